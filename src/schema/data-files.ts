import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { ClaimSchema } from "./claim.js";
import { DocumentSchema } from "./document.js";
import { EntitySchema } from "./entity.js";
import { QuoteSchema } from "./quote.js";
import { EntityMentionsSchema, RegistryEntitySchema } from "./registry-entity.js";
import { TemporalExpressionSchema } from "./temporal-expression.js";
import { TemporalLinkSchema } from "./temporal-link.js";
import { UncertaintyMarkerSchema } from "./uncertainty-marker.js";

const SchemaPointer = boundedString().meta({
  description: "Path or URL of the JSON Schema this file follows, for editors.",
});

/** Wraps a record schema in the shape of a data file: `{ "$schema": "...", "records": [...] }`. */
function recordFile<Record extends z.ZodType>(record: Record, description: string) {
  return z.strictObject({
    $schema: SchemaPointer.optional(),
    records: z.array(record).meta({ description }),
  });
}

/**
 * The files of a document folder that hold lists of records, keyed by the corpus property that collects them.
 * Each file is `{ "$schema": "...", "records": [...] }`; `schema` checks a whole file, `record` one record.
 */
export const RECORD_FILES = {
  entities: {
    file: "entities.json",
    // A document defines its own referents in full, and records only the mentions of those of the registry.
    schema: recordFile(
      z.union([EntitySchema, EntityMentionsSchema]),
      "The document's entities: its own referents in full, and its mentions of the referents of the registry.",
    ),
    record: EntitySchema,
  },
  quotes: { file: "quotes.json", schema: recordFile(QuoteSchema, "The document's quotes."), record: QuoteSchema },
  claims: { file: "claims.json", schema: recordFile(ClaimSchema, "The document's claims."), record: ClaimSchema },
  temporalExpressions: {
    file: "temporal-expressions.json",
    schema: recordFile(TemporalExpressionSchema, "The document's temporal expressions."),
    record: TemporalExpressionSchema,
  },
  temporalLinks: {
    file: "temporal-links.json",
    schema: recordFile(TemporalLinkSchema, "The document's temporal links."),
    record: TemporalLinkSchema,
  },
  uncertaintyMarkers: {
    file: "uncertainty-markers.json",
    schema: recordFile(UncertaintyMarkerSchema, "The document's uncertainty markers."),
    record: UncertaintyMarkerSchema,
  },
} as const;

/** The name of a collection of records in a document: `entities`, `quotes`, `claims`, ... */
export type RecordCollection = keyof typeof RECORD_FILES;

/**
 * Whether a key of an annotated document names a record collection (and not `document`, `text` or an unknown key).
 *
 * @param key - A key, or the first step of a path into a document.
 * @returns Whether it is one of the keys of `RECORD_FILES`.
 *
 * @example
 * [isRecordCollection("quotes"), isRecordCollection("document"), isRecordCollection("toString")]
 * //=> [true, false, false]
 */
export function isRecordCollection(key: unknown): key is RecordCollection {
  return typeof key === "string" && Object.hasOwn(RECORD_FILES, key);
}

/** A file of the entity registry, `entities/<id>.json`: one referent, with an optional `$schema` pointer. */
export const REGISTRY_FILE = {
  file: "registry-entity.json",
  schema: RegistryEntitySchema.extend({ $schema: SchemaPointer.optional() }),
} as const;

/** The document file: the document record itself, with an optional `$schema` pointer. */
export const DOCUMENT_FILE = {
  file: "document.json",
  schema: DocumentSchema.extend({ $schema: SchemaPointer.optional() }),
} as const;
