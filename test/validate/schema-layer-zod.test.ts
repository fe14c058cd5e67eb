import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { RECORD_FILES, type RecordCollection } from "../../src/schema/data-files.js";
import { DocumentSchema } from "../../src/schema/document.js";
import { checkSchema } from "../../src/validate/schema-layer.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { bridgeDocument, bridgeSpan } from "../helpers/bridge-document.js";

// biome-ignore lint/suspicious/noExplicitAny: the test edits parsed JSON freely.
type Json = any;

/** Values that break fields in every way a field can be wrong. */
const REPLACEMENTS: readonly unknown[] = [
  undefined,
  null,
  "",
  "x",
  "Not A Slug",
  "ana-nunez",
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
  { start: 0, end: 1, exact: "H" },
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

/** Broken copies of one value: a path in it, a replacement, and whether an unknown key is added instead. */
function brokenCopies(values: readonly Json[]) {
  return fc
    .constantFrom(...values)
    .chain((value) =>
      fc
        .tuple(fc.constantFrom(...pathsOf(value)), fc.constantFrom(...REPLACEMENTS), fc.boolean())
        .map(([path, replacement, addKey]) => ({ path, broken: mutate(value, path, replacement, addKey) })),
    );
}

/** Valid records of each collection to break: the bridge document's, and a temporal link it does not have. */
function validRecords(collection: RecordCollection): Json[] {
  if (collection !== "temporalLinks") return bridgeDocument()[collection];
  const evidence = bridgeSpan("said on 4 March 2024");
  return [
    {
      id: "link-said-on",
      source: "quote-nunez-reopen-may",
      relation: "IS_INCLUDED",
      target: "time-4-march-2024",
      evidence,
    },
  ];
}

describe("the schema layer's verdict is Zod's", () => {
  const collections = Object.keys(RECORD_FILES) as RecordCollection[];

  it.each(collections)("keeps a valid %s record", (collection) => {
    const document: Json = bridgeDocument();
    document[collection] = validRecords(collection);
    expect(checkSchema(document, 0)).toMatchObject({ findings: [], document: { [collection]: document[collection] } });
  });

  it.each(collections)("keeps a broken %s record exactly when Zod's safeParse accepts it", (collection) => {
    const schema = RECORD_FILES[collection].record as z.ZodType;
    fc.assert(
      fc.property(brokenCopies(validRecords(collection)), ({ path, broken }) => {
        const document: Json = bridgeDocument();
        document[collection] = [broken];
        const kept = checkSchema(document, 0).document?.[collection].length === 1;
        expect({ path, kept }).toEqual({ path, kept: schema.safeParse(broken).success });
      }),
      { numRuns: 300, seed: 20240909 },
    );
  });

  it("keeps a document whose document record is broken exactly when Zod's safeParse accepts the record", () => {
    fc.assert(
      fc.property(brokenCopies([bridgeDocument().document]), ({ path, broken }) => {
        const kept = checkSchema({ ...bridgeDocument(), document: broken }, 0).document !== undefined;
        expect({ path, kept }).toEqual({ path, kept: DocumentSchema.safeParse(broken).success });
      }),
      { numRuns: 300, seed: 20240909 },
    );
  });
});

describe("the schema layer under another Zod locale", () => {
  afterEach(() => {
    z.config(z.locales.en());
  });

  /** The bridge document with a missing field, an unknown field, a wrong type and a wrong enum value. */
  function brokenDocument(): Json {
    const document: Json = bridgeDocument();
    delete document.quotes[0].speaker;
    document.entities[0].nickname = "Ana";
    document.entities[1].name = 5;
    document.claims[0].factuality.claimant = "certain";
    return document;
  }

  /** Each schema issue's place, and its message where the message is the package's own. */
  function findingsOf(document: Json) {
    return validateDocuments([document])
      .issues.filter((issue) => issue.check === "schema")
      .map(({ recordId, field, message }) => ({ recordId, field, message }));
  }

  it("finds the same problems at the same places, and still tells a missing field from a wrong one", () => {
    const english = findingsOf(brokenDocument());
    z.config(z.locales.fr());
    const french = findingsOf(brokenDocument());
    const place = ({ recordId, field }: { recordId: string; field: string }) => ({ recordId, field });
    expect(french.map(place)).toEqual(english.map(place));
    expect(french.map(place)).toEqual([
      { recordId: "ana-nunez", field: "nickname" },
      { recordId: "harbour-bridge", field: "name" },
      { recordId: "quote-nunez-reopen-may", field: "speaker" },
      { recordId: "claim-bridge-reopens-may", field: "factuality.claimant" },
    ]);
    const speaker = (findings: typeof english) => findings.find((finding) => finding.field === "speaker")?.message;
    expect(speaker(french)).toBe("missing required field (expected string)");
    expect(speaker(english)).toBe("missing required field (expected string)");
    // Zod's own messages did change language: the locale was in force.
    const name = (findings: typeof english) => findings.find((finding) => finding.field === "name")?.message;
    expect(name(french)).not.toBe(name(english));
  });
});
