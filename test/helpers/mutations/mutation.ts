import { SCHEMA_MODEL } from "../../../src/model/schema-model.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { RecordCollection } from "../../../src/schema/data-files.js";
import type { DocumentPath } from "../../../src/shared/document-path.js";
import type { JsonRecord } from "../data-copy.js";

/**
 * One corruption of a document, with the issue the validator must report for it. `apply` edits a deep copy of the
 * document's parsed JSON (the shape `validateDocuments` takes: `document`, `text`, `entities`, `quotes`, ...).
 */
export interface Mutation {
  /** The kind of corruption, for the per-kind table (`dangling quotes.speaker`, `shifted span`, ...). */
  readonly kind: string;
  /** What was done, to name a mutation that passed validation. */
  readonly description: string;
  /** Edits the copy in place. */
  readonly apply: (document: JsonRecord) => void;
  /** The check that must report it: `schema` for the schema layer, else a named check. */
  readonly check: string;
  /**
   * Where the issue must be: a path into the document (`["quotes", 3, "speaker"]`); the field must equal
   * the path after the record, or lie under it (`cue` covers `cue.exact`).
   */
  readonly path: DocumentPath;
  /** The record id the issue must name, when it is not the id the record has after the edit. */
  readonly recordId?: string;
  /** Text that must appear on the reported line when the document is written to files (the new value or key). */
  readonly marker?: string;
}

/** A generator of mutations of one kind over every record of a pristine, valid document. */
export type MutationGenerator = (document: AnnotatedDocument) => Mutation[];

/** Reads the value at a path. */
export function getAt(root: unknown, path: DocumentPath): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

/** The object holding the last key of a path, and that key. */
function parentOf(root: unknown, path: DocumentPath): [Record<string | number, unknown>, string | number] {
  const key = path.at(-1);
  if (key === undefined) throw new Error("empty path");
  return [getAt(root, path.slice(0, -1)) as Record<string | number, unknown>, key];
}

/** Sets the value at a path. */
export function setAt(root: unknown, path: DocumentPath, value: unknown): void {
  const [parent, key] = parentOf(root, path);
  parent[key] = value;
}

/** Deletes the property at a path. */
export function deleteAt(root: unknown, path: DocumentPath): void {
  const [parent, key] = parentOf(root, path);
  delete parent[key];
}

/** Every record of a document with its collection and index. */
export function records(
  document: AnnotatedDocument,
): { collection: RecordCollection; index: number; record: JsonRecord }[] {
  const collections = SCHEMA_MODEL.kinds
    .filter((kind) => kind.collection)
    .map((kind) => kind.at[0] as RecordCollection);
  return collections.flatMap((collection) =>
    (document[collection] as JsonRecord[]).map((record, index) => ({ collection, index, record })),
  );
}

/** Every plain object inside a value (itself included), with its path relative to the value. */
export function objectsIn(value: unknown, path: DocumentPath = []): { path: DocumentPath; object: JsonRecord }[] {
  if (Array.isArray(value)) return value.flatMap((element, index) => objectsIn(element, [...path, index]));
  if (typeof value !== "object" || value === null) return [];
  return [
    { path, object: value as JsonRecord },
    ...Object.entries(value).flatMap(([key, child]) => objectsIn(child, [...path, key])),
  ];
}
