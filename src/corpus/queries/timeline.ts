import type { DateBounds } from "../../dates/date-bounds.js";
import type { ShippedIds } from "../../generated/shipped-ids.js";
import type { IdTypes, StringIds } from "../id-types.js";
import type { EntityIndex } from "../indexes/entity-index.js";
import { involvementKey, type LinkIndex } from "../indexes/link-index.js";
import type { RecordIndex, RecordKind } from "../indexes/record-index.js";
import { documentIdAt } from "../indexes/record-table.js";
import type { TemporalIndex } from "../indexes/temporal-index.js";
import type {
  ClaimRecord,
  EntityRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
} from "../typed-records.js";
import { lookup, select } from "./select.js";

/** The kinds of record, besides entities, that a temporal expression dates. */
const DATED_KINDS: readonly RecordKind[] = ["quote", "claim"];

/** A record a temporal expression dates, tagged with its kind. */
export type DatedRecord<Ids extends IdTypes = ShippedIds> =
  | { readonly kind: "entity"; readonly record: EntityRecord<Ids> }
  | { readonly kind: "quote"; readonly record: QuoteRecord<Ids> }
  | { readonly kind: "claim"; readonly record: ClaimRecord<Ids> };

/** One point or stretch of a timeline: a DATE or TIME expression with what it dates. */
export interface TimelineEntry<Ids extends IdTypes = ShippedIds> {
  readonly expression: TemporalExpressionRecord<Ids>;
  /** The id of the expression's document. */
  readonly document: Ids["document"];
  /** The earliest and latest instant it may denote (epoch ms, UTC; `null` for an open or unknown end). */
  readonly bounds: DateBounds;
  /** The events, quotes and claims it dates (its `dates` ids), in that order. */
  readonly records: readonly DatedRecord<Ids>[];
  /** The temporal links that involve the expression or a record it dates, in corpus order. */
  readonly links: readonly TemporalLinkRecord<Ids>[];
}

/** Orders two numbers, infinities included. */
function order(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Orders bounds by min (an open start first), then by max (an open end last). */
function compareBounds(a: DateBounds, b: DateBounds): number {
  return (
    order(a[0] ?? Number.NEGATIVE_INFINITY, b[0] ?? Number.NEGATIVE_INFINITY) ||
    order(a[1] ?? Number.POSITIVE_INFINITY, b[1] ?? Number.POSITIVE_INFINITY)
  );
}

/**
 * The indexes a timeline is built from: the part of `CorpusIndexes` it reads, named here because `CorpusIndexes`
 * builds the timeline (importing it back would make a cycle).
 */
export interface TimelineSources {
  readonly records: RecordIndex;
  readonly entities: EntityIndex;
  readonly temporal: TemporalIndex;
  readonly links: LinkIndex;
  readonly dateBounds: ReadonlyMap<string, DateBounds>;
}

/** The records an expression dates, resolved in its own document. */
function datedRecords(
  indexes: TimelineSources,
  expression: TemporalExpressionRecord<StringIds>,
  documentIndex: number,
): readonly DatedRecord<StringIds>[] {
  const records: DatedRecord<StringIds>[] = [];
  for (const id of expression.dates) {
    const located = indexes.records.find(id, DATED_KINDS);
    if (located?.kind === "quote" || located?.kind === "claim") {
      records.push({ kind: located.kind, record: located.record } as DatedRecord<StringIds>);
      continue;
    }
    // An event this document defines, as the corpus hands it out: one record with the mentions of every document.
    const defined = indexes.entities.definitions.get(id)?.some((entry) => entry.documentIndex === documentIndex);
    const entity = indexes.entities.byId.get(id);
    if (defined && entity !== undefined) records.push({ kind: "entity", record: entity });
  }
  return Object.freeze(records.map((record) => Object.freeze(record)));
}

/**
 * Every DATE and TIME expression in chronological order (by earliest instant, an open start first, then by latest
 * instant, an open end last; ties in corpus order), each with the records it dates and the temporal links that
 * involve it or them.
 *
 * @param indexes - The corpus indexes it reads.
 * @returns The timeline, frozen.
 */
export function buildTimeline(indexes: TimelineSources): readonly TimelineEntry<StringIds>[] {
  const { table } = indexes.temporal;
  const links = indexes.links;
  const entries: TimelineEntry<StringIds>[] = [];
  table.records.forEach((expression, position) => {
    const bounds = indexes.dateBounds.get(expression.id);
    // Durations and recurrences have no bounds: they have no place on a timeline.
    if (bounds === undefined) return;
    const document = documentIdAt(table, position);
    const involved = [expression.id, ...expression.dates].map((id) => involvementKey(document, id));
    entries.push(
      Object.freeze({
        expression,
        document,
        bounds,
        records: datedRecords(indexes, expression, table.documentIndexes[position] ?? -1),
        links: select(links.table, [lookup(() => links.byInvolved, involved)], () => true),
      }),
    );
  });
  return Object.freeze(entries.sort((a, b) => compareBounds(a.bounds, b.bounds)));
}
