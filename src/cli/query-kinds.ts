import type { Corpus } from "../corpus/corpus.js";
import { instantsOf } from "../corpus/queries/date-range.js";
import { UsageError } from "../load/usage-error.js";
import { EntityKindSchema } from "../schema/entity.js";
import { QuoteKindSchema } from "../schema/quote.js";
import { TemporalTypeSchema } from "../schema/temporal-expression.js";
import { UncertaintyCategorySchema } from "../schema/uncertainty-marker.js";
import type { OptionSpec } from "./parse-command-args.js";
import { type TextColumn, textTable } from "./text-table.js";

/** A filter as the command line gives it: option values by the query method's filter key (`minCertainty`). */
export type CliFilter = Readonly<Record<string, string>>;

/** One `newsfacts query <kind>`: its filter options (named as the filter keys, in kebab case), query and table. */
export interface QueryKind {
  readonly summary: string;
  /** The filter options; `--min-certainty` sets the filter key `minCertainty`. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * Runs the corpus method with the filter. `records` are what `--json` prints: each record with the id of its
   * document first (`document`, or `documents` for an entity, which several documents may mention); `table` renders
   * them as the default, readable output, with a document column when the corpus has more than one document.
   */
  readonly run: (corpus: Corpus, filter: CliFilter) => { readonly records: readonly object[]; table(): string[] };
}

/** Where a record comes from: the id of its document, or of every document that mentions an entity. */
type DocumentsOf<Row> = (corpus: Corpus, row: Row) => { readonly document: string } | { readonly documents: string[] };

/** A query kind from its query, where its records come from, and the table columns of the records it returns. */
function queryKind<Row extends object>(kind: {
  summary: string;
  options: Record<string, OptionSpec>;
  query: (corpus: Corpus, filter: CliFilter) => readonly Row[];
  documentsOf: DocumentsOf<Row>;
  columns: readonly TextColumn<Row>[];
}): QueryKind {
  return {
    summary: kind.summary,
    options: { ...kind.options, document: documentOption },
    run: (corpus, filter) => {
      const rows = kind.query(corpus, filter).map((record) => ({ record, origin: kind.documentsOf(corpus, record) }));
      const columns: TextColumn<(typeof rows)[number]>[] = kind.columns.map((column) => ({
        ...column,
        cell: (row) => column.cell(row.record),
      }));
      const documentColumn: TextColumn<(typeof rows)[number]> = {
        heading: "document",
        cell: ({ origin }) => ("document" in origin ? origin.document : origin.documents.join(", ")),
      };
      return {
        records: rows.map(({ record, origin }) => ({ ...origin, ...record })),
        table: () => textTable(corpus.documents.length > 1 ? [documentColumn, ...columns] : columns, rows),
      };
    },
  };
}

/** The document of a record that is not an entity. */
const documentOf = (corpus: Corpus, record: Parameters<Corpus["documentOf"]>[0]) => ({
  document: corpus.documentOf(record),
});

/** A date option, checked as the query checks it, so that a bad date is a usage error naming the flag. */
function checkedDate(filter: CliFilter, key: "from" | "to"): string | undefined {
  const value = filter[key];
  if (value === undefined) return undefined;
  try {
    instantsOf(value);
  } catch (error) {
    throw new UsageError(`--${key}: ${(error as Error).message}`);
  }
  return value;
}

const entityId = (help: string): OptionSpec => ({ type: "string", help: `Only ${help} (an entity id).` });
const documentOption: OptionSpec = {
  type: "string",
  help: "Only records from this document (a document id); for entities, those it mentions.",
};

/**
 * The query kinds of `newsfacts query`, each mapping its options 1:1 onto the filter of a `Corpus` method:
 * `entities` → `corpus.entities`, `quotes` → `corpus.quotes`, `claims` → `corpus.claims`, `dates` → `corpus.dates`,
 * `uncertainty` → `corpus.uncertainty`.
 */
export const QUERY_KINDS: Readonly<Record<string, QueryKind>> = {
  entities: queryKind({
    summary: "People, countries, organisations, events, ... (corpus.entities)",
    options: {
      kind: { type: "string", choices: EntityKindSchema.options, help: "Only entities of this kind." },
      name: { type: "string", help: "Only entities whose name or an alias contains these words." },
    },
    query: (corpus, filter) => corpus.entities(filter),
    documentsOf: (corpus, entity) => ({
      documents: [...new Set(corpus.mentions(entity.id).map((mention) => mention.document))],
    }),
    columns: [
      { heading: "id", cell: (entity) => entity.id },
      { heading: "kind", cell: (entity) => entity.kind },
      { heading: "name", cell: (entity) => entity.name },
      { heading: "mentions", cell: (entity) => entity.mentions.length },
    ],
  }),
  quotes: queryKind({
    summary: "Reported speech, direct and indirect (corpus.quotes)",
    options: {
      speaker: entityId("quotes by this speaker"),
      kind: { type: "string", choices: QuoteKindSchema.options, help: "Only quotes of this kind." },
      about: entityId("quotes about this entity"),
    },
    query: (corpus, filter) => corpus.quotes(filter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (quote) => quote.id },
      { heading: "kind", cell: (quote) => quote.kind },
      { heading: "speaker", cell: (quote) => quote.speaker },
      { heading: "content", cell: (quote) => quote.content.exact, maxWidth: 70 },
    ],
  }),
  claims: queryKind({
    summary: "Propositions with their FactBank factuality (corpus.claims)",
    options: {
      claimant: { type: "string", help: 'Only claims by this entity, or by the article itself ("author").' },
      about: entityId("claims about this entity"),
      "min-certainty": {
        type: "string",
        choices: ["CT", "PR", "PS", "U"],
        help: "Only claims at least this certain (CT > PR > PS > U), from --view.",
      },
      polarity: { type: "string", choices: ["+", "-", "u"], help: "Only claims of this polarity, from --view." },
      view: {
        type: "string",
        choices: ["claimant", "author"],
        help: "Whose view --min-certainty and --polarity read (default claimant).",
      },
      "related-to": { type: "string", help: "Only claims related to this claim (a claim id)." },
    },
    query: (corpus, filter) => corpus.claims(filter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (claim) => claim.id },
      { heading: "claimant", cell: (claim) => claim.claimant },
      { heading: "claimant view", cell: (claim) => claim.factuality.claimant },
      { heading: "author view", cell: (claim) => claim.factuality.author },
      { heading: "statement", cell: (claim) => claim.statement, maxWidth: 70 },
    ],
  }),
  dates: queryKind({
    summary: "Temporal expressions, TIMEX3 with EDTF values (corpus.dates)",
    options: {
      from: { type: "string", help: "Only dates that may fall on or after this ISO date (2021, 2021-09, 2021-09-01)." },
      to: { type: "string", help: "Only dates that may fall on or before this ISO date." },
      type: { type: "string", choices: TemporalTypeSchema.options, help: "Only expressions of this TIMEX3 type." },
    },
    query: (corpus, filter) =>
      corpus.dates({ ...filter, from: checkedDate(filter, "from"), to: checkedDate(filter, "to") } as CliFilter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (expression) => expression.id },
      { heading: "type", cell: (expression) => expression.type },
      { heading: "value", cell: (expression) => expression.value },
      { heading: "text", cell: (expression) => expression.span.exact },
    ],
  }),
  uncertainty: queryKind({
    summary: "Hedges, evidentials, approximators, ... (corpus.uncertainty)",
    options: {
      target: { type: "string", help: "Only markers that affect this claim, quote or temporal expression (an id)." },
      category: { type: "string", choices: UncertaintyCategorySchema.options, help: "Only markers of this category." },
    },
    query: (corpus, filter) => corpus.uncertainty(filter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (marker) => marker.id },
      { heading: "category", cell: (marker) => marker.category },
      { heading: "cue", cell: (marker) => marker.cue.exact },
      { heading: "effect", cell: (marker) => marker.effect.type },
      { heading: "affects", cell: (marker) => marker.affects.join(", ") },
    ],
  }),
};
