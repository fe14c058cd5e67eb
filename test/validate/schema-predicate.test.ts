import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readShippedData } from "../../src/generated/shipped-data.js";
import { AnnotatedDocumentSchema } from "../../src/schema/annotated-document.js";
import { RECORD_FILES } from "../../src/schema/data-files.js";
import { DocumentSchema } from "../../src/schema/document.js";
import { SpanSchema } from "../../src/schema/span.js";
import { schemaPredicate } from "../../src/validate/schema-predicate.js";

// biome-ignore lint/suspicious/noExplicitAny: the test edits parsed JSON freely.
type Json = any;

const [shipped] = readShippedData().documents;
if (shipped === undefined) throw new Error("no shipped document");

/** Every schema the validator tests with a predicate, with shipped values of it. */
const CASES: readonly { name: string; schema: z.ZodType; values: readonly unknown[] }[] = [
  ...Object.entries(RECORD_FILES).map(([collection, { record }]) => ({
    name: collection,
    schema: record as z.ZodType,
    values: shipped[collection as keyof typeof RECORD_FILES] as readonly unknown[],
  })),
  { name: "document", schema: DocumentSchema, values: [shipped.document] },
  { name: "annotated document", schema: AnnotatedDocumentSchema, values: [shipped] },
];

/** Values that break schemas in every way a field can be wrong. */
const REPLACEMENTS: readonly unknown[] = [
  undefined,
  null,
  "",
  "x",
  "Not A Slug",
  "vladimir-putin",
  "CT+",
  "weekday",
  -1,
  0,
  0.5,
  1,
  2,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  true,
  [],
  [""],
  ["not a slug"],
  {},
  { start: 0, end: 1, exact: "P" },
];

/** Every path to a value inside a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf(value[key], [...prefix, key])]);
}

/** A copy of a value with the value at `path` replaced, deleted (`undefined`), or an unknown key added beside it. */
function mutate(value: Json, path: (string | number)[], replacement: unknown, addKey: boolean): Json {
  const copy = structuredClone(value);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string | number;
  if (addKey && !Array.isArray(parent)) parent.unknownField = replacement;
  else if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe("schemaPredicate", () => {
  it("accepts every shipped record, as Zod does", () => {
    for (const { schema, values } of CASES) {
      for (const generate of [true, false]) {
        const passes = schemaPredicate(schema, { generate });
        for (const value of values) expect(passes(value)).toBe(true);
      }
    }
  });

  it.each([
    ["generated code", true],
    ["closures", false],
  ])("agrees with Zod's safeParse on records broken at any field (%s)", (_form, generate) => {
    for (const { name, schema, values } of CASES.filter((entry) => entry.name !== "annotated document")) {
      const passes = schemaPredicate(schema, { generate });
      const arbitrary = fc
        .constantFrom(...values)
        .chain((value) =>
          fc.tuple(
            fc.constant(value),
            fc.constantFrom(...pathsOf(value)),
            fc.constantFrom(...REPLACEMENTS),
            fc.boolean(),
          ),
        );
      fc.assert(
        fc.property(arbitrary, ([value, path, replacement, addKey]) => {
          const broken = mutate(value, path, replacement, addKey);
          expect({ name, path, verdict: passes(broken) }).toEqual({
            name,
            path,
            verdict: schema.safeParse(broken).success,
          });
        }),
        { numRuns: 400, seed: 20240909 },
      );
    }
  });

  it("leaves what it does not know to Zod: a custom refinement still runs", () => {
    const even = z.number().refine((value) => value % 2 === 0);
    for (const generate of [true, false]) {
      const passes = schemaPredicate(z.strictObject({ value: even }), { generate });
      expect([passes({ value: 2 }), passes({ value: 3 })]).toEqual([true, false]);
    }
  });

  it("rejects what a strict object does not know, and what is not an object", () => {
    const isSpan = schemaPredicate(SpanSchema);
    expect(isSpan({ start: 0, end: 5, exact: "Putin" })).toBe(true);
    expect(isSpan({ start: 0, end: 5, exact: "Putin", extra: 1 })).toBe(false);
    expect(isSpan([0, 5, "Putin"])).toBe(false);
    expect(isSpan(null)).toBe(false);
  });
});
