/**
 * The type of a Parquet column: UTF-8 text, a 32-bit signed integer (offsets, ordinals, counts), a double (certainty,
 * stated quantities), a boolean, or a list of strings (lists of ids and names).
 */
export type ParquetColumnType = "string" | "int32" | "double" | "boolean" | "strings";

/** A column of a Parquet table: its type, and whether a row may hold `null` (an absent optional field). */
export interface ParquetColumn {
  readonly type: ParquetColumnType;
  readonly nullable: boolean;
}

/** A table's columns, in the order of the NDJSON table's keys. */
export type ParquetColumns = Readonly<Record<string, ParquetColumn>>;

const string: ParquetColumn = { type: "string", nullable: false };
const optionalString: ParquetColumn = { type: "string", nullable: true };
const int32: ParquetColumn = { type: "int32", nullable: false };
const optionalInt32: ParquetColumn = { type: "int32", nullable: true };
const double: ParquetColumn = { type: "double", nullable: false };
const optionalDouble: ParquetColumn = { type: "double", nullable: true };
const boolean: ParquetColumn = { type: "boolean", nullable: false };
const strings: ParquetColumn = { type: "strings", nullable: false };

/** The three columns of a span (`start`, `end`, `exact`, with an optional prefix), all null for an absent span. */
function spanColumns(prefix = "", nullable = false): ParquetColumns {
  return {
    [`${prefix}start`]: nullable ? optionalInt32 : int32,
    [`${prefix}end`]: nullable ? optionalInt32 : int32,
    [`${prefix}exact`]: nullable ? optionalString : string,
  };
}

/**
 * The column types of every table of the NDJSON and Parquet exports, by NDJSON file name. Numbers the schemas allow
 * to be fractional (certainty, quantities) are doubles even when every value in a corpus happens to be whole, so
 * that a table's schema never depends on its data; a column is nullable exactly where the NDJSON row builder writes
 * `null` for an absent optional field. The Parquet writer refuses a value of another type and a column not listed
 * here, so a change to the NDJSON tables cannot pass into Parquet unnoticed.
 */
export const PARQUET_COLUMNS: Readonly<Record<string, ParquetColumns>> = {
  "documents.ndjson": {
    document_id: string,
    id: string,
    title: string,
    language: string,
    source: string,
    sha256: string,
    publication_date_id: string,
    publication_date: string,
    publication_date_resolution: string,
    publication_date_certainty: double,
    publication_date_reasoning: optionalString,
    text: string,
  },
  "segments.ndjson": { document_id: string, id: string, ordinal: int32, kind: string, ...spanColumns() },
  "entities.ndjson": {
    document_id: string,
    id: string,
    kind: string,
    name: string,
    aliases: strings,
    description: string,
    members: strings,
    part_of: strings,
    wikidata: optionalString,
  },
  "mentions.ndjson": {
    document_id: string,
    entity_id: string,
    ordinal: int32,
    ...spanColumns(),
    pronoun: boolean,
    adjectival: boolean,
    implicit: boolean,
    metonymy_type: optionalString,
    metonymy_literal: optionalString,
  },
  "roles.ndjson": {
    document_id: string,
    entity_id: string,
    ordinal: int32,
    role: string,
    of: optionalString,
    ...spanColumns(),
  },
  "quotes.ndjson": {
    document_id: string,
    id: string,
    kind: string,
    speaker: string,
    ...spanColumns(),
    ...spanColumns("cue_"),
    about: strings,
    said_at: optionalString,
    reported_in: optionalString,
    ellipsis: boolean,
    partial: boolean,
  },
  "claims.ndjson": {
    document_id: string,
    id: string,
    statement: string,
    claimant: string,
    ...spanColumns(),
    about: strings,
    factuality_claimant: string,
    factuality_author: string,
    status: optionalString,
    quote: optionalString,
  },
  "quantities.ndjson": {
    document_id: string,
    claim_id: string,
    ordinal: int32,
    unit: string,
    approximation: string,
    value: optionalDouble,
    min: optionalDouble,
    max: optionalDouble,
    ...spanColumns(),
    ...spanColumns("cue_", true),
  },
  "claim-relations.ndjson": {
    document_id: string,
    claim_id: string,
    ordinal: int32,
    type: string,
    target: string,
    reason: optionalString,
  },
  "temporal-expressions.ndjson": {
    document_id: string,
    id: string,
    type: string,
    value: string,
    timex: optionalString,
    mod: optionalString,
    resolution: string,
    anchor: optionalString,
    rule_op: optionalString,
    rule_weekday: optionalString,
    rule_relation: optionalString,
    rule_shift: optionalInt32,
    certainty: double,
    reasoning: optionalString,
    dates: strings,
    ...spanColumns(),
  },
  "temporal-links.ndjson": {
    document_id: string,
    id: string,
    source: string,
    relation: string,
    target: string,
    ...spanColumns(),
  },
  "uncertainty-markers.ndjson": {
    document_id: string,
    id: string,
    category: string,
    ...spanColumns(),
    ...spanColumns("scope_"),
    affects: strings,
    effect: string,
    effect_from: optionalString,
    effect_to: optionalString,
    effect_view: optionalString,
  },
};
