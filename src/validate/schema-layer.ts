import { z } from "zod";
import { type AnnotatedDocument, AnnotatedDocumentSchema } from "../schema/annotated-document.js";
import { RECORD_FILES, type RecordCollection } from "../schema/data-files.js";
import type { DocumentPath } from "../shared/document-path.js";
import { quotedValue } from "../shared/quoted-value.js";
import type { Finding } from "./finding.js";

const COLLECTIONS = Object.keys(RECORD_FILES) as RecordCollection[];

/** The document without its records: the document record, the text, and one array per collection. */
const DocumentShellSchema = AnnotatedDocumentSchema.extend(
  Object.fromEntries(COLLECTIONS.map((collection) => [collection, z.array(z.unknown())])) as Record<
    RecordCollection,
    z.ZodArray<z.ZodUnknown>
  >,
);

/**
 * The schemas compiled by Zod itself (`z.compile`): their `validate` answers exactly as `safeParse` would, through
 * generated code and without building an output, so Zod's rules are the only ones and valid input costs no parse and
 * no copy. A whole valid document is one call; the shell and each record are checked only when it fails.
 */
const compiledDocument = z.compile(AnnotatedDocumentSchema);
const compiledShell = z.compile(DocumentShellSchema);
const compiledRecords = Object.fromEntries(
  COLLECTIONS.map((collection) => [collection, z.compile<z.ZodType>(RECORD_FILES[collection].record)]),
) as Record<RecordCollection, z.ZodType>;

/**
 * Whether the input has no value at a path: the key is not an own property of its parent, or holds `undefined`.
 * This, not Zod's message, tells a missing field from a wrong one: the message follows Zod's locale.
 */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/**
 * Rewrites a Zod issue as findings: one per unknown key, and a plain message for a missing field.
 *
 * @param issue - The issue, its path relative to `input`.
 * @param input - What Zod parsed (a document or one record).
 * @param prefix - Where `input` sits in the document.
 */
function issueFindings(
  issue: z.core.$ZodIssue,
  input: unknown,
  prefix: DocumentPath,
  documentIndex: number,
): Finding[] {
  const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      check: "schema",
      documentIndex,
      path: [...path, key],
      message: `unknown field ${quotedValue(key)}`,
      tip: "unknown fields are errors, never dropped: remove it or add it to the schema",
    }));
  }
  const missing = issue.code === "invalid_type" && isMissing(input, issue.path);
  return [
    {
      check: "schema",
      documentIndex,
      path,
      message: missing ? `missing required field (expected ${issue.expected})` : issue.message,
    },
  ];
}

/** The outcome of the schema layer for one document. */
export interface SchemaResult {
  /** The document with its schema-valid records, or undefined when the document record or text is invalid. */
  readonly document: AnnotatedDocument | undefined;
  /** Every schema problem, in the document and in each record. */
  readonly findings: readonly Finding[];
  /** Ids of records that exist but failed the schema: references to them are not reported as dangling. */
  readonly invalidIds: ReadonlySet<string>;
}

/**
 * The first validation layer: checks one document against the strict Zod schemas, record by record, so that one
 * bad record does not hide the problems of the others. The named checks then run over the records that passed.
 *
 * @param input - A candidate annotated document (parsed JSON).
 * @param documentIndex - Its index in the validated input, for the findings.
 * @returns The document with its valid records, the findings and the ids of invalid records. Valid records are the
 *   input's own objects (the schemas transform nothing); `createCorpus` freezes its input before validating it.
 */
export function checkSchema(input: unknown, documentIndex: number): SchemaResult {
  // Valid input (the common case) passes the compiled check and is used as it is; Zod parses only what fails it, to
  // report its issues record by record.
  if (compiledDocument.validate(input)) return { document: input, findings: [], invalidIds: new Set() };
  let shell: z.infer<typeof DocumentShellSchema>;
  if (compiledShell.validate(input)) shell = input as z.infer<typeof DocumentShellSchema>;
  else {
    const parsed = DocumentShellSchema.safeParse(input);
    if (!parsed.success) {
      const findings = parsed.error.issues.flatMap((issue) => issueFindings(issue, input, [], documentIndex));
      return { document: undefined, findings, invalidIds: new Set() };
    }
    shell = parsed.data;
  }
  const findings: Finding[] = [];
  const invalidIds = new Set<string>();
  const collections = Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const compiled = compiledRecords[collection];
      const valid = shell[collection].flatMap((record, index) => {
        if (compiled.validate(record)) return [record];
        const result = RECORD_FILES[collection].record.safeParse(record);
        if (result.success) return [result.data];
        for (const issue of result.error.issues) {
          for (const finding of issueFindings(issue, record, [collection, index], documentIndex))
            findings.push(finding);
        }
        const id = (record as { id?: unknown } | null)?.id;
        if (typeof id === "string") invalidIds.add(id);
        return [];
      });
      return [collection, valid];
    }),
  );
  const document = { ...shell, ...collections } as AnnotatedDocument;
  return { document, findings, invalidIds };
}
