import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { DeepReadonly } from "../deep-readonly.js";

/** A frozen annotated document, as the corpus holds it. */
export type CorpusDocument = DeepReadonly<AnnotatedDocument>;

/**
 * The records of one kind across the corpus, in corpus order (document by document, then as listed), with the
 * document each comes from. Indexes refer to records by their position in the table.
 */
export interface RecordTable<Record> {
  readonly records: readonly Record[];
  /** For each position, the index of the record's document in `documents`. */
  readonly documentIndexes: readonly number[];
  readonly documents: readonly CorpusDocument[];
}

/** Positions of a table's records, ascending, by key (an id, a kind, a category). */
export type Postings = ReadonlyMap<string, readonly number[]>;

/**
 * Collects the records of one kind from every document, in corpus order.
 *
 * @param documents - The corpus documents.
 * @param pick - The collection to take from each document.
 * @returns The table.
 */
export function recordTable<Record>(
  documents: readonly CorpusDocument[],
  pick: (document: CorpusDocument) => readonly Record[],
): RecordTable<Record> {
  const records: Record[] = [];
  const documentIndexes: number[] = [];
  documents.forEach((document, documentIndex) => {
    for (const record of pick(document)) {
      records.push(record);
      documentIndexes.push(documentIndex);
    }
  });
  return { records, documentIndexes, documents };
}

/**
 * Groups the positions of a table's records by the keys each record has (a record with no key is in no group).
 * Each list is ascending and holds a position at most once, so results come out in corpus order.
 *
 * @param table - The records.
 * @param keysOf - The keys of a record, given the document it comes from.
 * @returns The positions by key.
 */
export function postings<Record>(
  table: RecordTable<Record>,
  keysOf: (record: Record, document: CorpusDocument) => Iterable<string>,
): Postings {
  const index = new Map<string, number[]>();
  table.records.forEach((record, position) => {
    const document = table.documents[table.documentIndexes[position] ?? -1] as CorpusDocument;
    for (const key of keysOf(record, document)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  return index;
}

/**
 * The positions of a table's records grouped by their document's id: the `document` filter of the queries.
 *
 * @param table - The records.
 * @returns The positions by document id.
 */
export function postingsByDocument<Record>(table: RecordTable<Record>): Postings {
  return postings(table, (_record, document) => [document.document.id]);
}

/**
 * The id of the document a table's record comes from.
 *
 * @param table - The records.
 * @param position - A position in the table.
 * @returns The document id.
 */
export function documentIdAt<Record>(table: RecordTable<Record>, position: number): string {
  return (table.documents[table.documentIndexes[position] ?? -1] as CorpusDocument).document.id;
}
