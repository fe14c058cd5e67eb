/**
 * Validation throughput, with what it should be compared with, on the same documents, interleaved: the schema layer
 * and the check layer of `validateDocuments`; the whole of it; Ajv's compiled check of the shipped JSON Schemas (the
 * same records against the same rules, without the checks); raw Zod (`AnnotatedDocumentSchema.safeParse`, what the
 * schema layer replaces); and `createCorpus`, which validates and then builds a corpus.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { createCorpus } from "../../src/corpus/create-corpus.js";
import { type AnnotatedDocument, AnnotatedDocumentSchema } from "../../src/schema/annotated-document.js";
import { RECORD_FILES, type RecordCollection } from "../../src/schema/data-files.js";
import { checkLayer, schemaLayer, validateDocuments } from "../../src/validate/validate-documents.js";
import { compare } from "../timing.js";

/** The validation figures of one corpus size: median ms of each, and records per second. */
export interface ValidationFigures {
  readonly schemaMs: number;
  readonly checksMs: number;
  /** `validateDocuments`: both layers and the issues' locations. */
  readonly validationMs: number;
  readonly ajvMs: number;
  readonly zodMs: number;
  readonly createCorpusMs: number;
  readonly recordsPerSecond: {
    readonly schema: number;
    readonly checks: number;
    readonly validation: number;
    readonly ajv: number;
    readonly zod: number;
    readonly createCorpus: number;
  };
  /** Issues found in the synthetic documents: 0, or the bench measures the wrong thing. */
  readonly issues: number;
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
  const ajv = new Ajv2020({ strict: true });
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
 * Times validation and what it is compared with on the same documents.
 *
 * @param documents - Valid documents (never changed: `createCorpus` gets a copy made outside the timing... see below).
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
  const issues = findings.length + checkLayer(valid, documents.length).length;
  const ajv = ajvCheck();
  if (!ajv(documents)) throw new Error("Ajv rejects the synthetic documents: the JSON Schemas and the data disagree");
  const [schemaMs, checksMs, validationMs, ajvMs, zodMs, createCorpusMs] = compare(
    [
      () => schemaLayer(documents),
      () => checkLayer(valid, documents.length),
      () => validateDocuments(documents),
      () => ajv(documents),
      () => documents.map((document) => AnnotatedDocumentSchema.safeParse(document).success),
      () => createCorpus(documents),
    ],
    samples,
    20,
  ) as [number, number, number, number, number, number];
  const perSecond = (ms: number) => (records / ms) * 1000;
  return {
    schemaMs,
    checksMs,
    validationMs,
    ajvMs,
    zodMs,
    createCorpusMs,
    recordsPerSecond: {
      schema: perSecond(schemaMs),
      checks: perSecond(checksMs),
      validation: perSecond(validationMs),
      ajv: perSecond(ajvMs),
      zod: perSecond(zodMs),
      createCorpus: perSecond(createCorpusMs),
    },
    issues,
  };
}
