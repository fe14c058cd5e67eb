import type { StringIds } from "../id-types.js";
import type { TemporalLinkRecord } from "../typed-records.js";
import { type Postings, postings, type RecordTable } from "./record-table.js";

/** The temporal links of a corpus by the records they involve. */
export interface LinkIndex {
  readonly table: RecordTable<TemporalLinkRecord<StringIds>>;
  /** Positions by `involvementKey(documentId, recordId)` of the link's source and target. */
  readonly byInvolved: Postings;
}

/**
 * The key of a record in one document: links resolve ids in their own document, and an entity id may recur in
 * other documents.
 *
 * @param documentId - The document's id.
 * @param recordId - The id of a record the link involves.
 * @returns The key.
 *
 * @example
 * involvementKey("putin-lukashenko-union-state-talks", "zapad-2021")
 * //=> "putin-lukashenko-union-state-talks zapad-2021"
 */
export function involvementKey(documentId: string, recordId: string): string {
  return `${documentId} ${recordId}`;
}

/**
 * Indexes the temporal links of the documents by the records they involve (source and target).
 *
 * @param table - The temporal links of the corpus, in corpus order.
 * @returns The link index.
 */
export function linkIndex(table: RecordTable<TemporalLinkRecord<StringIds>>): LinkIndex {
  const byInvolved = postings(table, (link, document) => [
    involvementKey(document.document.id, link.source),
    involvementKey(document.document.id, link.target),
  ]);
  return { table, byInvolved };
}
