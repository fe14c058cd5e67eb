import type { Span } from "../schema/span.js";
import type { DataModel, FieldPath, RecordKindModel, ReferenceField } from "./data-model.js";

/**
 * The path of the value being visited, from the document root (`["quotes", 3, "about", 1]`). The walkers reuse one
 * array for every visit, so that a walk over a large corpus makes no path for the values that pass: copy it
 * (`[...path]`) to keep it beyond the call.
 */
export type LivePath = readonly (string | number)[];

/** Reads a property of a value that may be anything (a record walked by a path). */
function child(value: unknown, key: string | number): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
}

/**
 * Calls `visit` with every value at `path` below `value` (every element at a `"*"`), skipping absent optional
 * fields, with `stack` holding the path while `visit` runs.
 */
function walkPath(
  value: unknown,
  path: FieldPath,
  from: number,
  stack: (string | number)[],
  visit: (value: unknown) => void,
): void {
  if (value === undefined) return;
  if (from === path.length) {
    visit(value);
    return;
  }
  const part = path[from] as string | number;
  if (part === "*") {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      stack.push(index);
      walkPath(value[index], path, from + 1, stack, visit);
      stack.pop();
    }
    return;
  }
  stack.push(part);
  walkPath(child(value, part), path, from + 1, stack, visit);
  stack.pop();
}

/**
 * The records of one kind in a document: its collection, or a list of its one record (the publication date).
 *
 * @param kind - The record kind, from the model.
 * @param document - An annotated document.
 * @returns The records, as listed.
 *
 * @example
 * recordsOf(kindNamed(DATA_MODEL, "quote"), corpus.documents[0]).length > 0
 * //=> true
 */
export function recordsOf(kind: RecordKindModel, document: object): readonly unknown[] {
  let value: unknown = document;
  for (const key of kind.at) value = child(value, key);
  if (kind.collection) return Array.isArray(value) ? value : [];
  return value === undefined ? [] : [value];
}

/**
 * Calls `visit` for every record of a document with an id, kind by kind in model order (the publication date, then
 * the collections as listed), with the record's index in its collection (0 for the publication date).
 *
 * @param model - The data model.
 * @param document - A schema-valid annotated document.
 * @param visit - Called with the id, the record's kind and its index.
 */
export function eachId(
  model: DataModel,
  document: object,
  visit: (id: string, kind: RecordKindModel, index: number) => void,
): void {
  for (const kind of model.kinds) {
    const records = recordsOf(kind, document);
    for (let index = 0; index < records.length; index++) visit(child(records[index], "id") as string, kind, index);
  }
}

/**
 * The path of a record's id, as {@link eachId} visits it.
 *
 * @param kind - The record's kind.
 * @param index - The record's index in its collection.
 * @returns The path, e.g. `["quotes", 3, "id"]` or `["document", "publicationDate", "id"]`.
 */
export function idPath(kind: RecordKindModel, index: number): LivePath {
  return kind.collection ? [...kind.at, index, "id"] : [...kind.at, "id"];
}

/**
 * Calls `visit` for every reference a document's records make, in model and then document order: the id, its field
 * in the model, the record's kind and the live path of the id. Absent optional fields and the values a field accepts
 * that are not references (the claimant `author`) are skipped.
 *
 * @param model - The data model.
 * @param document - A schema-valid annotated document.
 * @param visit - Called for each reference.
 */
export function eachReference(
  model: DataModel,
  document: object,
  visit: (id: string, field: ReferenceField, kind: RecordKindModel, path: LivePath) => void,
): void {
  const stack: (string | number)[] = [];
  for (const kind of model.kinds) {
    if (kind.references.length === 0) continue;
    stack.push(...kind.at);
    const records = recordsOf(kind, document);
    for (let index = 0; index < records.length; index++) {
      if (kind.collection) stack.push(index);
      for (const field of kind.references) {
        walkPath(records[index], field.path, 0, stack, (id) => {
          if (!field.alsoAccepts.includes(id as string)) visit(id as string, field, kind, stack);
        });
      }
      if (kind.collection) stack.pop();
    }
    stack.length = 0;
  }
}

/**
 * Calls `visit` for every span of a document, in schema order: the segments, the publication date's evidence, then
 * the records' spans.
 *
 * @param model - The data model.
 * @param document - A schema-valid annotated document.
 * @param visit - Called with each span and its live path.
 */
export function eachSpan(model: DataModel, document: object, visit: (span: Span, path: LivePath) => void): void {
  const stack: (string | number)[] = [];
  for (const path of model.spans) walkPath(document, path, 0, stack, (span) => visit(span as Span, stack));
}

/**
 * Calls `visit` for every span of every record in a document's collections (not the segments or the publication
 * date's evidence), record by record in file order.
 *
 * @param model - The data model.
 * @param document - A schema-valid annotated document.
 * @param visit - Called with each span, its record's kind and index, and its live path.
 */
export function eachRecordSpan(
  model: DataModel,
  document: object,
  visit: (span: Span, kind: RecordKindModel, index: number, path: LivePath) => void,
): void {
  const stack: (string | number)[] = [];
  for (const kind of model.kinds) {
    if (!kind.collection) continue;
    stack.push(...kind.at);
    const records = recordsOf(kind, document);
    for (let index = 0; index < records.length; index++) {
      stack.push(index);
      for (const path of kind.spans)
        walkPath(records[index], path, 0, stack, (span) => visit(span as Span, kind, index, stack));
      stack.pop();
    }
    stack.length = 0;
  }
}

/**
 * The span that stands for a record when it is quoted or shown in context: what its schema marks as `mainSpan` (an
 * entity's first mention, a quote's content, a claim's evidence, a marker's scope) or its only span.
 *
 * @param kind - The record's kind.
 * @param record - The record.
 * @returns The span, or undefined for a kind without one.
 */
export function mainSpanOf(kind: RecordKindModel, record: object): Span | undefined {
  if (kind.mainSpan === undefined) return undefined;
  let value: unknown = record;
  for (const part of kind.mainSpan) value = child(value, part);
  return value as Span | undefined;
}

/**
 * How many records a document holds in its collections (every kind but the publication date).
 *
 * @param model - The data model.
 * @param document - A schema-valid annotated document.
 * @returns The number of entities, quotes, claims, temporal expressions, temporal links and uncertainty markers.
 */
export function recordCount(model: DataModel, document: object): number {
  let count = 0;
  for (const kind of model.kinds) if (kind.collection) count += recordsOf(kind, document).length;
  return count;
}
