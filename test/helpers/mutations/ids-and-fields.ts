import { mulberry32 } from "../../../bench/synthetic-corpus.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import { RECORD_FILES } from "../../../src/schema/data-files.js";
import type { JsonRecord } from "../data-copy.js";
import { definedIds } from "../model-walks.js";
import { deleteAt, getAt, type Mutation, objectsIn, records } from "./mutation.js";

/**
 * Every record given the id of the record defined just before it (the publication date for the first entity), and
 * the first record of each collection also given a segment's id: the later definition is reported.
 */
export function duplicateIds(document: AnnotatedDocument): Mutation[] {
  const defined = definedIds(document);
  const segment = document.document.segments[0]?.id ?? "headline";
  return defined.slice(1).flatMap((current, n) => {
    const previous = defined[n]?.id ?? "";
    const firstOfCollection = current.path[1] === 0;
    return [previous, ...(firstOfCollection ? [segment] : [])].map((id) => ({
      kind: "duplicate id",
      description: `${current.path.join(".")}: "${current.id}" -> "${id}"`,
      apply: (json: JsonRecord) => {
        (getAt(json, current.path.slice(0, -1)) as JsonRecord).id = id;
      },
      check: "unique-ids",
      path: current.path,
      marker: JSON.stringify(id),
    }));
  });
}

/** Every object of every record (the record itself, its spans, mentions, factuality, effect, ...). */
function recordObjects(document: AnnotatedDocument) {
  return records(document).flatMap(({ collection, index, record }) =>
    objectsIn(record, [collection, index]).map(({ path, object }) => ({ path, object, collection, index })),
  );
}

/**
 * An unknown field added to every record: in turn to the record itself and to one seeded nested object of it (a span,
 * a mention, the factuality, the effect, ...); and to the document record, a segment and the publication date.
 */
export function unknownFields(document: AnnotatedDocument): Mutation[] {
  const random = mulberry32(4);
  const objects = recordObjects(document);
  const targets = records(document).map(({ collection, index }, n) => {
    const nested = objects.filter((entry) => entry.collection === collection && entry.index === index).slice(1);
    const pick = nested[Math.floor(random() * nested.length)];
    return n % 2 === 1 && pick ? pick.path : [collection, index];
  });
  targets.push(["document"], ["document", "segments", 3], ["document", "publicationDate"]);
  return targets.map((path, n) => {
    const key = ["note", "speakerId", "Exact", "confidence", "source_url"][n % 5] ?? "note";
    return {
      kind: "unknown field",
      description: `${path.join(".")}.${key} added`,
      apply: (json: JsonRecord) => {
        (getAt(json, path) as JsonRecord)[key] = "added";
      },
      check: "schema",
      path: [...path, key],
      marker: JSON.stringify(key),
    };
  });
}

/**
 * A prototype-polluting key (`__proto__`, `constructor`, `prototype` in turn) added to every record, in turn to the
 * record itself or to a nested object of it, as JSON text carries it: an own property, as `JSON.parse` creates it.
 */
export function prototypeKeys(document: AnnotatedDocument): Mutation[] {
  const keys = ["__proto__", "constructor", "prototype"];
  const objects = recordObjects(document);
  return records(document).flatMap(({ collection, index }, n) => {
    const nested = objects.filter((entry) => entry.collection === collection && entry.index === index);
    const path =
      n % 2 === 0 ? [collection, index] : (nested[(n % (nested.length - 1)) + 1]?.path ?? [collection, index]);
    return [path].map((path) => {
      const key = keys[n % keys.length] ?? "__proto__";
      return {
        kind: "prototype key",
        description: `${path.join(".")}.${key} added`,
        apply: (json: JsonRecord) => {
          const target = getAt(json, path) as JsonRecord;
          const polluted = JSON.parse(`{${JSON.stringify(key)}:{"polluted":true}}`);
          Object.defineProperty(target, key, {
            value: polluted[key],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        },
        check: "schema",
        path: [...path, key],
        marker: JSON.stringify(key),
      };
    });
  });
}

/** Whether a field of a record schema is required (does not accept undefined). */
function isRequired(collection: keyof typeof RECORD_FILES, key: string): boolean {
  const shape = RECORD_FILES[collection].record.shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  return shape[key]?.safeParse(undefined).success === false;
}

/**
 * A required field removed: every required top-level field of the first record of each collection; then, in turn,
 * one seeded required field of a record, or `start`, `end` or `exact` of one of its spans.
 */
export function missingFields(document: AnnotatedDocument): Mutation[] {
  const random = mulberry32(5);
  const objects = recordObjects(document);
  return records(document).flatMap(({ collection, index, record }) => {
    const required = Object.keys(record).filter((key) => isRequired(collection, key));
    const keys = index === 0 ? required : [required[Math.floor(random() * required.length)] ?? "id"];
    const spans = objects.filter(
      (entry) => entry.collection === collection && entry.index === index && "exact" in entry.object,
    );
    const span = spans[Math.floor(random() * spans.length)];
    const spanKey = ["start", "end", "exact"][index % 3] ?? "start";
    const paths = [
      ...(index % 2 === 0 ? keys.map((key) => [collection, index, key]) : []),
      ...(span && index % 2 === 1 ? [[...span.path, spanKey]] : []),
    ];
    return paths.map((path) => ({
      kind: "missing required field",
      description: `${path.join(".")} removed`,
      apply: (json: JsonRecord) => deleteAt(json, path),
      check: "schema",
      path,
      // A record without its id is named by its position.
      ...(path.length === 3 && path[2] === "id" ? { recordId: `records[${index}]` } : {}),
    }));
  });
}
