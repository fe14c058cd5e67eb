import type { Corpus } from "../corpus/corpus.js";
import { type FilterField, type IdKind, QUERY_FILTERS, type QueryName } from "../corpus/queries/filter-fields.js";
import { didYouMean } from "../shared/closest-ids.js";
import type { CliFilter } from "./query-kinds.js";

/** Every id of the given kinds in the corpus, for "did you mean". */
function idsOf(corpus: Corpus, kind: IdKind | "author"): string[] {
  const ids = (records: readonly { readonly id: string }[]) => records.map((record) => record.id);
  switch (kind) {
    case "author":
      return ["author"];
    case "document":
      return corpus.documents.map((document) => document.document.id);
    case "entity":
      return ids(corpus.entities());
    case "quote":
      return ids(corpus.quotes());
    case "claim":
      return ids(corpus.claims());
    case "temporalExpression":
      return [...ids(corpus.dates()), ...corpus.documents.map((document) => document.document.publicationDate.id)];
    case "temporalLink":
    case "uncertaintyMarker":
      return [];
  }
}

/**
 * The problems with the ids and the name a query was given that the corpus does not have: one line per unknown id,
 * naming the filter key, with a "did you mean" tip when a known id is close; and, for `entities` with a `name`
 * nothing matches, the closest names. What `grep` does for no match: say so, and exit 1.
 *
 * @param corpus - The corpus queried.
 * @param query - The query method.
 * @param filter - The filter given, checked.
 * @param found - How many records the query returned.
 * @returns The problems, each with its filter key, in the order of the filter's keys.
 *
 * @example
 * unknownFilterIds(corpus, "quotes", { speaker: ["vladimir-putn"] }, 0)
 * //=> [{ key: "speaker", message: 'no entity "vladimir-putn" in the corpus (did you mean "vladimir-putin"?)' }]
 */
export function unknownFilterIds(
  corpus: Corpus,
  query: QueryName,
  filter: CliFilter,
  found: number,
): { readonly key: string; readonly message: string }[] {
  const fields: Readonly<Record<string, FilterField>> = QUERY_FILTERS[query];
  const problems: { key: string; message: string }[] = [];
  for (const [key, given] of Object.entries(filter)) {
    const field = fields[key];
    if (field?.type !== "id") continue;
    for (const value of typeof given === "string" ? [given] : given) {
      const known = field.of.some((kind) => (kind === "author" ? value === "author" : corpus.isId(kind, value)));
      if (known) continue;
      const tip = didYouMean(
        value,
        field.of.flatMap((kind) => idsOf(corpus, kind)),
      );
      const kinds = field.of
        .join(" or ")
        .replace(/([a-z])([A-Z])/g, "$1 $2")
        .toLowerCase();
      problems.push({ key, message: `no ${kinds} "${value}" in the corpus${tip === undefined ? "" : ` (${tip})`}` });
    }
  }
  const name = filter.name;
  if (query === "entities" && typeof name === "string" && found === 0 && filter.kind === undefined) {
    const names = corpus.entities().flatMap((entity) => [entity.name, ...entity.aliases]);
    const tip = didYouMean(name.toLowerCase(), new Map(names.map((text) => [text.toLowerCase(), text])).keys());
    problems.push({ key: "name", message: `no entity name matches "${name}"${tip === undefined ? "" : ` (${tip})`}` });
  }
  return problems;
}
