import type { AnnotatedDocument, Entity } from "../generated/record-types.js";
import { SCHEMA_MODEL } from "../model/schema-model.js";
import { eachId } from "../model/walkers.js";
import type { DocumentIssue, ValidationIssue } from "../shared/validation-issue.js";
import { capFindings } from "./cap-findings.js";
import type { CorpusFacts } from "./check.js";
import { documentIssue } from "./document-issue.js";
import type { Finding } from "./finding.js";
import { CHECKS } from "./registry.js";
import { checkSchema } from "./schema-layer.js";

/**
 * The outcome of validating documents: the valid ones, typed, and every issue found; in document coordinates
 * (`DocumentIssue`) from `validateDocuments`, located in files (`FileIssue`) when the documents were read from files.
 */
export interface ValidationResult<Issue extends ValidationIssue = ValidationIssue> {
  /** The documents whose document record and text passed the schema layer, with their schema-valid records. */
  readonly documents: readonly AnnotatedDocument[];
  /** Every error found, from both layers; empty when the input is valid. */
  readonly issues: readonly Issue[];
  /** Warnings and notes from checks whose findings are advice: printed, but they do not make the input invalid. */
  readonly advisories: readonly Issue[];
}

/** Every entity id defined in more than one document, with each definition. */
function sharedEntities(
  documents: readonly { document: AnnotatedDocument; index: number }[],
): CorpusFacts["sharedEntities"] {
  // Most entity ids have one definition: it is kept alone, and only an id defined again gets a list.
  const first = new Map<string, { documentIndex: number; entity: Entity }>();
  const definitions = new Map<string, { documentIndex: number; entity: Entity }[]>();
  for (const { document, index } of documents) {
    for (const entity of document.entities) {
      const definition = { documentIndex: index, entity };
      const earlier = first.get(entity.id);
      if (earlier === undefined) {
        first.set(entity.id, definition);
        continue;
      }
      const known = definitions.get(entity.id);
      if (known === undefined) definitions.set(entity.id, [earlier, definition]);
      else known.push(definition);
    }
  }
  return definitions;
}

/**
 * Facts the checks share: the documents of each record id that several documents define, the documents of each
 * document id and source text, and the entities several documents define.
 *
 * @param documents - The documents that passed the schema layer, with their index in the input.
 * @param inputCount - How many documents the input held.
 * @returns The facts.
 */
export function corpusFacts(
  documents: readonly { document: AnnotatedDocument; index: number }[],
  inputCount: number,
): CorpusFacts {
  // The first document that defines each id, and the documents of each id that several define: unique-ids then looks
  // each id up in a map of the few ids several documents share, not in a map of every id of the corpus.
  const firstDefinedIn = new Map<string, number>();
  const documentsDefining = new Map<string, number[]>();
  const documentIds: string[] = new Array(inputCount).fill("");
  const documentsWithId = new Map<string, number[]>();
  const documentsWithText = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else list.push(index);
  };
  for (const { document, index } of documents) {
    documentIds[index] = document.document.id;
    add(documentsWithId, document.document.id, index);
    add(documentsWithText, document.document.sha256, index);
    eachId(SCHEMA_MODEL, document, (id, kind) => {
      if (kind.sharedAcrossDocuments) return;
      const first = firstDefinedIn.get(id);
      if (first === undefined) firstDefinedIn.set(id, index);
      else if (first !== index) {
        const owners = documentsDefining.get(id);
        if (owners === undefined) documentsDefining.set(id, [first, index]);
        // Documents come in order, so an owner already listed is the last one.
        else if (owners[owners.length - 1] !== index) owners.push(index);
      }
    });
  }
  return {
    documentsDefining,
    documentIds,
    documentsWithId,
    documentsWithText,
    sharedEntities: sharedEntities(documents),
  };
}

/**
 * Validates annotated documents in two layers: the strict schemas, then every named check over the documents that
 * passed the schemas. Reports every problem at once, up to `FINDINGS_PER_CHECK` per check and document and a line
 * that counts the rest. Each issue is in document coordinates: the index of its document in `inputs` and the path
 * inside it (`["quotes", 3, "speaker"]`), with the record's id and the field; validation knows nothing about files
 * (`loadCorpus` and `newsfacts validate` place the issues of documents read from files in their files).
 *
 * @param inputs - Candidate annotated documents (parsed JSON).
 * @returns The valid documents and every issue.
 *
 * @example
 * validateDocuments([{ ...corpus.documents[0], document: { ...corpus.documents[0].document, colour: "red" } }])
 *   .issues.map((issue) => [issue.documentIndex, issue.path, issue.recordId, issue.message])
 * //=> [[0, ["document", "colour"], "putin-lukashenko-union-state-talks", 'unknown field "colour"']]
 */
export function validateDocuments(inputs: readonly unknown[]): ValidationResult<DocumentIssue> {
  const { valid, findings } = schemaLayer(inputs);
  // Appended one by one: spreading a list of a hundred thousand findings into push() overflows the stack.
  for (const finding of checkLayer(valid, inputs.length)) findings.push(finding);
  const issues = capFindings(findings).map((finding) => documentIssue(finding, inputs));
  return {
    documents: valid.map(({ document }) => document),
    issues: issues.filter((issue) => issue.level === "error"),
    advisories: issues.filter((issue) => issue.level !== "error"),
  };
}

/** A document that passed the schema layer, with its index in the input and the ids of its invalid records. */
export interface SchemaValidDocument {
  readonly document: AnnotatedDocument;
  readonly index: number;
  readonly invalidIds: ReadonlySet<string>;
}

/**
 * The first validation layer over every input: the schemas, record by record (see `checkSchema`).
 *
 * @param inputs - Candidate annotated documents (parsed JSON).
 * @returns The documents whose document record and text passed, and every schema finding.
 */
export function schemaLayer(inputs: readonly unknown[]): { valid: SchemaValidDocument[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const valid: SchemaValidDocument[] = [];
  inputs.forEach((input, index) => {
    const { document, findings: schemaFindings, invalidIds } = checkSchema(input, index);
    for (const finding of schemaFindings) findings.push(finding);
    if (document) valid.push({ document, index, invalidIds });
  });
  return { valid, findings };
}

/**
 * The second validation layer: every named check of `CHECKS` over the documents that passed the schemas.
 *
 * @param valid - The output of the schema layer.
 * @param inputCount - How many documents were validated (valid or not).
 * @returns Every finding of every check.
 */
export function checkLayer(valid: readonly SchemaValidDocument[], inputCount: number): Finding[] {
  const findings: Finding[] = [];
  const corpus = corpusFacts(valid, inputCount);
  for (const { document, index, invalidIds } of valid) {
    const input = { document, documentIndex: index, corpus, invalidIds };
    for (const check of CHECKS) {
      for (const problem of check.run(input)) {
        findings.push({ check: check.name, documentIndex: index, ...problem, level: check.level ?? "error" });
      }
    }
  }
  return findings;
}
