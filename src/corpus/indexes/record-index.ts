import type { PublicationDate } from "../../schema/publication-date.js";
import type { DeepReadonly } from "../deep-readonly.js";
import type {
  ClaimRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../typed-records.js";
import type { CorpusDocument } from "./record-table.js";

/** A record with its kind and the index of its document. */
interface Located<Kind extends string, Record> {
  readonly kind: Kind;
  readonly record: Record;
  readonly documentIndex: number;
}

/** Any record other than an entity (those ids are unique across the corpus), located in its document. */
export type LocatedRecord =
  | Located<"quote", QuoteRecord>
  | Located<"claim", ClaimRecord>
  | Located<"temporalExpression", TemporalExpressionRecord>
  | Located<"temporalLink", TemporalLinkRecord>
  | Located<"uncertaintyMarker", UncertaintyMarkerRecord>
  | Located<"publicationDate", DeepReadonly<PublicationDate>>;

/**
 * Indexes every record that is not an entity by id: quotes, claims, temporal expressions, temporal links,
 * uncertainty markers and publication dates (validation makes these ids unique across the corpus).
 *
 * @param documents - The corpus documents.
 * @returns The located records by id.
 */
export function recordIndex(documents: readonly CorpusDocument[]): ReadonlyMap<string, LocatedRecord> {
  const index = new Map<string, LocatedRecord>();
  const add = (located: LocatedRecord) => index.set(located.record.id, located);
  documents.forEach((document, documentIndex) => {
    add({ kind: "publicationDate", record: document.document.publicationDate, documentIndex });
    for (const record of document.quotes) add({ kind: "quote", record, documentIndex });
    for (const record of document.claims) add({ kind: "claim", record, documentIndex });
    for (const record of document.temporalExpressions) add({ kind: "temporalExpression", record, documentIndex });
    for (const record of document.temporalLinks) add({ kind: "temporalLink", record, documentIndex });
    for (const record of document.uncertaintyMarkers) add({ kind: "uncertaintyMarker", record, documentIndex });
  });
  return index;
}
