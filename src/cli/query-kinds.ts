import type { Corpus } from "../corpus/corpus.js";
import { type FilterField, QUERY_FILTERS, type QueryName } from "../corpus/queries/filter-fields.js";
import type { OptionSpec } from "./parse-command-args.js";
import type { TextColumn } from "./text-table.js";

/** A filter as the command line gives it: option values by the query method's filter key (`minCertainty`). */
export type CliFilter = Readonly<Record<string, string | readonly string[]>>;

/** One `newsfacts query <kind>`: its filter options (named as the filter keys, in kebab case), query and columns. */
export interface QueryKind {
  /** The query method the command runs. */
  readonly name: QueryName;
  readonly summary: string;
  /** The filter options; `--min-certainty` sets the filter key `minCertainty`. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs the corpus method with the filter. */
  readonly query: (corpus: Corpus, filter: CliFilter) => readonly object[];
  /** The columns of the table and CSV output, given the corpus (to show names where people read them). */
  readonly columns: (corpus: Corpus) => readonly TextColumn<object>[];
}

/** A query kind from its query method, and the table columns of the records the query returns. */
function queryKind<Row extends object>(
  name: QueryName,
  kind: {
    summary: string;
    query: (corpus: Corpus, filter: CliFilter) => readonly Row[];
    columns: (corpus: Corpus) => readonly TextColumn<Row>[];
  },
): QueryKind {
  // Each record printed carries the id of its document (an entity, the ids of the documents that mention it), and
  // tables get a document column when the corpus has several documents.
  const documentColumn: TextColumn<{ document?: string; documents?: readonly string[] }> = {
    heading: "document",
    cell: (row) => row.document ?? row.documents?.join(", ") ?? "",
  };
  return {
    name,
    summary: kind.summary,
    options: filterOptions(name),
    query: (corpus, filter) =>
      kind.query(corpus, filter).map((record) => ({ ...documentsOf(corpus, name, record), ...record })),
    columns: (corpus) =>
      (corpus.documents.length > 1
        ? [documentColumn, ...kind.columns(corpus)]
        : kind.columns(corpus)) as readonly TextColumn<object>[],
  };
}

/** Where a record comes from: its document, or for an entity every document that mentions it. */
function documentsOf(corpus: Corpus, name: QueryName, record: object): { document: string } | { documents: string[] } {
  if (name === "entities") {
    const id = (record as { id: string }).id;
    return { documents: [...new Set(corpus.mentions(id).map((mention) => mention.document))] };
  }
  return { document: corpus.documentOf(record as Parameters<Corpus["documentOf"]>[0]) };
}

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
    columns: () => [
      { heading: "id", cell: (entity) => entity.id },
      { heading: "kind", cell: (entity) => entity.kind },
      { heading: "name", cell: (entity) => entity.name },
      { heading: "mentions", cell: (entity) => entity.mentions.length },
    ],
  }),
  quotes: queryKind("quotes", {
    summary: "Reported speech, direct and indirect (corpus.quotes)",
    query: (corpus, filter) => corpus.quotes(filter),
    columns: (corpus) => [
      { heading: "id", cell: (quote) => quote.id },
      { heading: "kind", cell: (quote) => quote.kind },
      { heading: "speaker", cell: (quote) => corpus.nameOf(quote.speaker) ?? quote.speaker },
      { heading: "content", cell: (quote) => quote.content.exact, maxWidth: 70 },
    ],
  }),
  claims: queryKind("claims", {
    summary: "Propositions with their FactBank factuality (corpus.claims)",
    query: (corpus, filter) => corpus.claims(filter),
    columns: (corpus) => [
      { heading: "id", cell: (claim) => claim.id },
      { heading: "claimant", cell: (claim) => corpus.nameOf(claim.claimant) ?? claim.claimant },
      { heading: "claimant view", cell: (claim) => claim.factuality.claimant },
      { heading: "author view", cell: (claim) => claim.factuality.author },
      { heading: "statement", cell: (claim) => claim.statement, maxWidth: 70 },
    ],
  }),
  dates: queryKind("dates", {
    summary: "Temporal expressions, TIMEX3 with EDTF values (corpus.dates)",
    query: (corpus, filter) => corpus.dates(filter),
    columns: () => [
      { heading: "id", cell: (expression) => expression.id },
      { heading: "type", cell: (expression) => expression.type },
      { heading: "value", cell: (expression) => expression.value },
      { heading: "text", cell: (expression) => expression.span.exact },
    ],
  }),
  uncertainty: queryKind("uncertainty", {
    summary: "Hedges, evidentials, approximators, ... (corpus.uncertainty)",
    query: (corpus, filter) => corpus.uncertainty(filter),
    columns: () => [
      { heading: "id", cell: (marker) => marker.id },
      { heading: "category", cell: (marker) => marker.category },
      { heading: "cue", cell: (marker) => marker.cue.exact },
      { heading: "effect", cell: (marker) => marker.effect.type },
      { heading: "affects", cell: (marker) => marker.affects.join(", ") },
    ],
  }),
};
