import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { DocumentPath } from "../../../src/shared/document-path.js";
import type { JsonRecord } from "../data-copy.js";
import { getAt, type Mutation, objectsIn, records, setAt } from "./mutation.js";

/** The enum fields of each object shape, by the key that holds them (discriminators included). */
const ENUM_KEYS: Readonly<Record<string, readonly string[]>> = {
  entities: ["kind"],
  metonymy: ["type"],
  quotes: ["kind"],
  factuality: ["claimant", "author"],
  claims: ["status"],
  relations: ["type"],
  quantities: ["approximation"],
  temporalExpressions: ["type", "mod", "resolution"],
  rule: ["op", "weekday", "relation"],
  temporalLinks: ["relation"],
  uncertaintyMarkers: ["category"],
  effect: ["type", "from", "to", "view"],
  segments: ["kind"],
  publicationDate: ["resolution"],
};

/** The key under which an object sits in its record: the last string in its path (`relations` for `relations.0`). */
function holder(path: DocumentPath): string {
  return [...path].reverse().find((key): key is string => typeof key === "string") ?? "";
}

/** A wrong value for an enum field, cycling through a made-up value, a case change and a near miss. */
function wrongValue(key: string | number | undefined, value: string, n: number): string {
  const changedCase = value === value.toUpperCase() ? value.toLowerCase() : value.toUpperCase();
  return [`not-a-${String(key)}`, changedCase === value ? `${value}-x` : changedCase, `${value} `][n % 3] ?? "x";
}

/** Every enum field of every record (and of the document: segment kinds, the publication date's resolution). */
export function wrongEnums(document: AnnotatedDocument): Mutation[] {
  const objects = [
    ...records(document).flatMap(({ collection, index, record }) => objectsIn(record, [collection, index])),
    ...objectsIn(document.document, ["document"]),
  ];
  const fields: DocumentPath[] = objects.flatMap(({ path, object }) => {
    const keys = ENUM_KEYS[holder(path)] ?? [];
    return keys.filter((key) => typeof object[key] === "string").map((key) => [...path, key]);
  });
  const covered = new Set<string>();
  // Every enum field once, then every other occurrence, so that each field is tried without repeating it 50 times.
  const sampled = fields.filter((path, n) => {
    const field = `${holder(path.slice(0, -1))}.${String(path.at(-1))}`;
    const first = !covered.has(field);
    covered.add(field);
    return first || n % 2 === 0;
  });
  return sampled.map((path, n) => {
    const original = getAt(document, path) as string;
    const value = wrongValue(path.at(-1), original, n);
    return {
      kind: "wrong enum value",
      description: `${path.join(".")}: "${original}" -> "${value}"`,
      apply: (json: JsonRecord) => setAt(json, path, value),
      check: "schema",
      path,
      marker: JSON.stringify(value),
    };
  });
}
