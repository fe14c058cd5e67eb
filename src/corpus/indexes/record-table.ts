import type { AnnotatedDocument } from "../../generated/record-types.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";

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
 * An object whose fields are each built on first read and then kept: an index of several postings builds only the
 * ones the queries use, so a first query costs the table and its own postings, not every filter's.
 *
 * @param builders - One function per field, called at most once.
 * @returns The object, with a getter per field that replaces itself with the built value.
 */
export function lazyFields<Fields extends object>(
  builders: { readonly [Key in keyof Fields]: () => Fields[Key] },
): Fields {
  const fields = {} as Fields;
  for (const key of Object.keys(builders) as (keyof Fields & string)[]) {
    // The getter keeps its value in a closure rather than redefining the property, which would turn the object into
    // a slower dictionary-mode object.
    let built = false;
    let value: Fields[typeof key];
    Object.defineProperty(fields, key, {
      enumerable: true,
      get() {
        if (!built) {
          value = builders[key]();
          built = true;
        }
        return value;
      },
    });
  }
  return Object.freeze(fields);
}

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
 * @param keysOf - The key of a record, or its keys, given the document it comes from. A single key is returned as
 *   a string, and a record's own array of ids as it is, so that building an index allocates nothing per record.
 * @returns The positions by key.
 */
export function postings<Record>(
  table: RecordTable<Record>,
  keysOf: (record: Record, document: CorpusDocument) => string | readonly string[],
): Postings {
  const index = new Map<string, number[]>();
  const add = (key: string, position: number) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  const { records, documentIndexes, documents } = table;
  for (let position = 0; position < records.length; position++) {
    const document = documents[documentIndexes[position] ?? -1] as CorpusDocument;
    const keys = keysOf(records[position] as Record, document);
    if (typeof keys === "string") add(keys, position);
    else for (const key of keys) add(key, position);
  }
  return index;
}

/**
 * The positions of a table's records grouped by their document's id: the `document` filter of the queries.
 *
 * @param table - The records.
 * @returns The positions by document id.
 */
export function postingsByDocument<Record>(table: RecordTable<Record>): Postings {
  return postings(table, (_record, document) => document.document.id);
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
