import type { IdTypeName, RecordKindName } from "../schema/record-kinds.js";

/**
 * A path to a value inside a record (or, for {@link DataModel.spans}, inside an annotated document): object keys,
 * `"*"` for every element of an array, and `0` for the first one.
 */
export type FieldPath = readonly (string | number)[];

/** A field of a record that holds the id of another record. */
export interface ReferenceField {
  /** Where the id is, e.g. `["speaker"]` or `["relations", "*", "target"]`. */
  readonly path: FieldPath;
  /** The field's name for messages: the keys of its path, e.g. `relations.target`. */
  readonly name: string;
  /** The kinds of record it may refer to. */
  readonly refersTo: readonly RecordKindName[];
  /** Values that are not references (the claimant `author`). */
  readonly alsoAccepts: readonly string[];
}

/** One kind of record: where its records are in a document, and what in them refers and anchors. */
export interface RecordKindModel {
  /** The kind, e.g. `temporalExpression`. */
  readonly kind: RecordKindName;
  /** The kind in words, for messages: `temporal expression`. */
  readonly words: string;
  /** The id type its ids belong to (`IdTypes`): the kind itself, or `temporalExpression` for a publication date. */
  readonly idType: IdTypeName;
  /** Where its records are in an annotated document: `["quotes"]`, or `["document", "publicationDate"]`. */
  readonly at: readonly string[];
  /** Whether `at` holds a list of records (a collection) rather than one record. */
  readonly collection: boolean;
  /** The data file that holds its records, e.g. `quotes.json`. */
  readonly file: string;
  /** Whether its ids name referents that may recur across documents (entities); other ids are corpus-unique. */
  readonly sharedAcrossDocuments: boolean;
  /** Its reference fields, in schema order. */
  readonly references: readonly ReferenceField[];
  /** Its span fields, in schema order. */
  readonly spans: readonly FieldPath[];
  /** The span that stands for a record of this kind (`corpus.context`, `sentenceOf`), if it has spans. */
  readonly mainSpan?: FieldPath;
}

/**
 * The data model, derived from the Zod schemas by `deriveModel`: every record kind with its collection, file, id
 * type, reference fields and spans. Plain data, so that code that must not load zod reads a generated copy.
 */
export interface DataModel {
  /** Every record kind, in the order its records appear in an annotated document. */
  readonly kinds: readonly RecordKindModel[];
  /** Every span of an annotated document, inside records or not (segments), from the document root. */
  readonly spans: readonly FieldPath[];
}
