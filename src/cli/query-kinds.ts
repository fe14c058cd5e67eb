import type { Corpus } from "../corpus/corpus.js";
import { type FilterField, QUERY_FILTERS, type QueryName } from "../corpus/queries/filter-fields.js";
import type { OptionSpec } from "./parse-command-args.js";
import { type TextColumn, textTable } from "./text-table.js";

/** A filter as the command line gives it: option values by the query method's filter key (`minCertainty`). */
export type CliFilter = Readonly<Record<string, string | readonly string[]>>;

/** One `newsfacts query <kind>`: its filter options (named as the filter keys, in kebab case), query and table. */
export interface QueryKind {
  /** The query method the command runs. */
  readonly name: QueryName;
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

/** A query kind from its query method, where its records come from, and the table columns of its records. */
function queryKind<Row extends object>(
  name: QueryName,
  kind: {
    summary: string;
    query: (corpus: Corpus, filter: CliFilter) => readonly Row[];
    documentsOf: DocumentsOf<Row>;
    columns: readonly TextColumn<Row>[];
  },
): QueryKind {
  return {
    name,
    summary: kind.summary,
    options: filterOptions(name),
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

/** `minCertainty` → `min-certainty`: the command line option of a filter key. */
export function optionName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The command line options of a query: one per key of its filter (in kebab case), with the allowed values and help
 * of the shared filter definition. Options that take ids, and those whose filter takes an array, may be repeated to
 * mean "any of them"; repeating any other option is a usage error.
 *
 * @param query - The query method.
 * @returns The options, by name.
 *
 * @example
 * filterOptions("claims")["min-certainty"]?.choices
 * //=> ["CT", "PR", "PS", "U"]
 */
export function filterOptions(query: QueryName): Record<string, OptionSpec> {
  const fields: Readonly<Record<string, FilterField>> = QUERY_FILTERS[query];
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => {
      const multiple = field.type === "id" || (field.type === "choice" && field.many);
      const repeat = multiple ? " Repeat for any of several." : "";
      const choices = field.type === "choice" ? { choices: field.values } : {};
      return [optionName(key), { type: "string", multiple, help: `${field.help}${repeat}`, ...choices }];
    }),
  );
}

export const QUERY_KINDS: Readonly<Record<string, QueryKind>> = {
  entities: queryKind("entities", {
    summary: "People, countries, organisations, events, ... (corpus.entities)",
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
  quotes: queryKind("quotes", {
    summary: "Reported speech, direct and indirect (corpus.quotes)",
    query: (corpus, filter) => corpus.quotes(filter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (quote) => quote.id },
      { heading: "kind", cell: (quote) => quote.kind },
      { heading: "speaker", cell: (quote) => quote.speaker },
      { heading: "content", cell: (quote) => quote.content.exact, maxWidth: 70 },
    ],
  }),
  claims: queryKind("claims", {
    summary: "Propositions with their FactBank factuality (corpus.claims)",
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
  dates: queryKind("dates", {
    summary: "Temporal expressions, TIMEX3 with EDTF values (corpus.dates)",
    query: (corpus, filter) => corpus.dates(filter),
    documentsOf: documentOf,
    columns: [
      { heading: "id", cell: (expression) => expression.id },
      { heading: "type", cell: (expression) => expression.type },
      { heading: "value", cell: (expression) => expression.value },
      { heading: "text", cell: (expression) => expression.span.exact },
    ],
  }),
  uncertainty: queryKind("uncertainty", {
    summary: "Hedges, evidentials, approximators, ... (corpus.uncertainty)",
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
