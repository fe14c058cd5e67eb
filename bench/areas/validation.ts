/**
 * Validation throughput, with what it should be compared with, on the same documents, interleaved: the schema layer
 * and the check layer of `validateDocuments`; the whole of it; Ajv's compiled check of the shipped JSON Schemas (the
 * same records against the same rules, without the checks); raw Zod (`AnnotatedDocumentSchema.safeParse`, what the
 * schema layer replaces); and `createCorpus`, which freezes its input, validates it and builds a corpus. Because
 * `createCorpus` takes ownership of (freezes) what it is given, it is timed on fresh copies of the documents, made
 * outside the timing, beside validation of fresh copies too (`compareOnFreshCopies`).
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { createCorpus } from "../../src/corpus/create-corpus.js";
import { type AnnotatedDocument, AnnotatedDocumentSchema } from "../../src/schema/annotated-document.js";
import { RECORD_FILES, type RecordCollection } from "../../src/schema/data-files.js";
import { CHECKS } from "../../src/validate/registry.js";
import { checkLayer, corpusFacts, schemaLayer, validateDocuments } from "../../src/validate/validate-documents.js";
import { compare, consume, cpuNow, median } from "../timing.js";

/** The validation figures of one corpus size: median ms of each, and records per second. */
export interface ValidationFigures {
  readonly schemaMs: number;
  readonly checksMs: number;
  /** `validateDocuments`: both layers, and each issue's record and field. */
  readonly validationMs: number;
  /** `validateDocuments` on fresh copies, timed beside `createCorpus` (see `compareOnFreshCopies`). */
  readonly validationOfCopiesMs: number;
  readonly ajvMs: number;
  readonly zodMs: number;
  readonly createCorpusMs: number;
  readonly recordsPerSecond: {
    readonly schema: number;
    readonly checks: number;
    readonly validation: number;
    readonly validationOfCopies: number;
    readonly ajv: number;
    readonly zod: number;
    readonly createCorpus: number;
  };
  /**
   * Each named check alone over every document, as a share of Ajv's schema check timed beside them: where the time
   * of the check layer goes.
   */
  readonly checkShareOfAjv: Readonly<Record<string, number>>;
  /** Errors found in the synthetic documents: 0, or the bench measures the wrong thing. */
  readonly issues: number;
  /** Warnings and notes (advice, such as a name left unannotated): they do not make the documents invalid. */
  readonly advisories: number;
}

/** The record-level JSON Schema file of each collection, as `npm run generate` writes it. */
const RECORD_SCHEMA_FILES: Readonly<Record<RecordCollection, string>> = {
  entities: "entity",
  quotes: "quote",
  claims: "claim",
  temporalExpressions: "temporal-expression",
  temporalLinks: "temporal-link",
  uncertaintyMarkers: "uncertainty-marker",
};

/** Ajv's validator of a shipped record-level JSON Schema, compiled once (standalone-grade code). */
function compiledSchema(ajv: Ajv2020, name: string): ValidateFunction {
  return ajv.compile(JSON.parse(readFileSync(`schema/records/${name}.schema.json`, "utf8")));
}

/**
 * What Ajv's compiled schema check of the same documents costs: the document record and every record against its
 * record-level JSON Schema (the text is a string).
 */
function ajvCheck(): (documents: readonly AnnotatedDocument[]) => boolean {
  // `unicode: false`: maxLength counts UTF-16 code units, as the schemas' `.max()` does, not code points (JSON
  // Schema's rule, which walks every string): the same rule as ours, and the faster check.
  const ajv = new Ajv2020({ strict: true, unicode: false });
  const documentRecord = compiledSchema(ajv, "document");
  const collections = Object.keys(RECORD_FILES) as RecordCollection[];
  const records = collections.map(
    (collection) => [collection, compiledSchema(ajv, RECORD_SCHEMA_FILES[collection])] as const,
  );
  return (documents) => {
    let valid = true;
    for (const document of documents) {
      valid = documentRecord(document.document) && typeof document.text === "string" && valid;
      for (const [collection, check] of records)
        for (const record of document[collection]) valid = check(record) && valid;
    }
    return valid;
  };
}

/**
 * The most documents the validation figures are measured on: they are throughputs (records per second, shares of
 * Ajv), which the scaling figure (validation at 10x the documents, in processes of their own) shows hold at larger
 * sizes; at 10,000 documents, the fresh copies `createCorpus` needs and each check timed alone took more than the
 * bench's 6 GB heap and hours of a shared machine.
 */
export const VALIDATION_LIMIT = 1000;

/**
 * `validateDocuments` and `createCorpus`, interleaved, each given fresh copies of the documents (parsed from JSON
 * outside the timing, as an application reads its files): `createCorpus` freezes its input, so a second call on the
 * same objects would skip the freezing it has to do once.
 *
 * @param documents - Valid documents.
 * @param samples - Batches of each.
 * @returns The median ms per call of validation and of `createCorpus`.
 */
function compareOnFreshCopies(documents: readonly AnnotatedDocument[], samples: number): [number, number] {
  const json = documents.map((document) => JSON.stringify(document));
  const fresh = () => json.map((text) => JSON.parse(text) as unknown);
  // Enough calls per batch for 20 ms, as `compare` does, with the copies of a batch made before it.
  const once = cpuNow();
  consume(createCorpus(fresh()));
  const calls = Math.max(1, Math.min(64, Math.ceil(20 / (cpuNow() - once))));
  const timeBatch = (run: (input: unknown[]) => unknown) => {
    const copies = Array.from({ length: calls }, fresh);
    const start = cpuNow();
    for (const copy of copies) consume(run(copy));
    return (cpuNow() - start) / calls;
  };
  const validation: number[] = [];
  const creation: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    validation.push(timeBatch(validateDocuments));
    creation.push(timeBatch(createCorpus));
  }
  return [median(validation), median(creation)];
}

/** Each named check alone over the documents, as a share of Ajv's schema check, interleaved with it. */
function checkShares(
  valid: ReturnType<typeof schemaLayer>["valid"],
  ajv: () => unknown,
  samples: number,
): Record<string, number> {
  const corpus = corpusFacts(valid, valid.length);
  const runs = CHECKS.map((check) => () => {
    let problems = 0;
    for (const { document, index, invalidIds } of valid) {
      problems += check.run({ document, documentIndex: index, corpus, invalidIds }).length;
    }
    return problems;
  });
  const [ajvMs, ...checkMs] = compare([ajv, ...runs], samples, 20) as [number, ...number[]];
  return Object.fromEntries(CHECKS.map((check, index) => [check.name, (checkMs[index] ?? 0) / ajvMs]));
}

/**
 * Times validation and what it is compared with on the same documents.
 *
 * @param documents - Valid documents (never changed).
 * @param records - How many records they hold.
 * @param samples - Batches per figure.
 * @returns The figures.
 */
export function measureValidation(
  documents: readonly AnnotatedDocument[],
  records: number,
  samples: number,
): ValidationFigures {
  const { valid, findings } = schemaLayer(documents);
  const found = [...findings, ...checkLayer(valid, documents.length)];
  const issues = found.filter((finding) => finding.level === "error").length;
  const ajv = ajvCheck();
  if (!ajv(documents)) throw new Error("Ajv rejects the synthetic documents: the JSON Schemas and the data disagree");
  const [schemaMs, checksMs, validationMs, ajvMs, zodMs] = compare(
    [
      () => schemaLayer(documents),
      () => checkLayer(valid, documents.length),
      () => validateDocuments(documents),
      () => ajv(documents),
      () => documents.map((document) => AnnotatedDocumentSchema.safeParse(document).success),
    ],
    samples,
    20,
  ) as [number, number, number, number, number];
  const [validationOfCopiesMs, createCorpusMs] = compareOnFreshCopies(documents, samples);
  const checkShareOfAjv = checkShares(valid, () => ajv(documents), samples);
  const perSecond = (ms: number) => (records / ms) * 1000;
  return {
    schemaMs,
    checksMs,
    validationMs,
    validationOfCopiesMs,
    ajvMs,
    zodMs,
    createCorpusMs,
    recordsPerSecond: {
      schema: perSecond(schemaMs),
      checks: perSecond(checksMs),
      validation: perSecond(validationMs),
      validationOfCopies: perSecond(validationOfCopiesMs),
      ajv: perSecond(ajvMs),
      zod: perSecond(zodMs),
      createCorpus: perSecond(createCorpusMs),
    },
    checkShareOfAjv,
    issues,
    advisories: found.length - issues,
  };
}
