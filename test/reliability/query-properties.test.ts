import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.js";
import { edtfBounds } from "../../src/dates/edtf-bounds.js";
import { corpus as shipped } from "../../src/exports/index.js";
import { createCorpus } from "../../src/exports/validate.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { bridgeDocument } from "../helpers/bridge-document.js";
import { allSpans } from "../helpers/model-walks.js";
import { article } from "../helpers/shipped-article.js";

/**
 * Property tests of the query methods: for arbitrary filters (known ids, ids of the wrong kind, unknown ids, empty
 * and odd strings, open, reversed and invalid date ranges) each method never throws except with its documented
 * error, and returns exactly what a naive scan over `corpus.documents` returns. Runs per property: `RUNS`.
 */
const RUNS = 1000;

/** The shipped corpus, and a corpus of two documents (the shipped article and a hand-written one) built at run time. */
const CORPORA: readonly Corpus[] = [
  shipped as unknown as Corpus,
  createCorpus([structuredClone(article), bridgeDocument()]),
];
const documents = CORPORA.flatMap((corpus) => corpus.documents) as unknown as AnnotatedDocument[];
const ids = (pick: (document: AnnotatedDocument) => readonly { id: string }[]) => [
  ...new Set(documents.flatMap((document) => pick(document).map((record) => record.id))),
];
const entityIds = ids((document) => document.entities);
const quoteIds = ids((document) => document.quotes);
const claimIds = ids((document) => document.claims);
const expressionIds = ids((document) => document.temporalExpressions);
const documentIds = [...new Set(documents.map((document) => document.document.id))];

/** A string a caller might pass as an id: a real one (of any kind), an unknown one, empty, odd or prototype-ish. */
const anyId = (...known: string[][]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known.flat()) },
    { weight: 1, arbitrary: fc.constantFrom(...entityIds, ...quoteIds, ...claimIds, ...expressionIds) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "author", "__proto__", "constructor", "toString", "no-such-id") },
    { weight: 1, arbitrary: fc.string() },
  );
/** One id or an array of ids, meaning any of them. */
const idOrIds = (...known: string[][]) =>
  fc.oneof(
    { weight: 3, arbitrary: anyId(...known) },
    { weight: 1, arbitrary: fc.array(anyId(...known), { maxLength: 3 }) },
  );
/** Whether a value is the wanted one or one of the wanted ones, as the documentation of the filters says. */
const wanted = (value: string, filter: string | readonly string[]) =>
  typeof filter === "string" ? value === filter : filter.includes(value);
/** A filter object whose every key may be absent (never present as undefined: the filter types forbid that). */
const filters = <T extends object>(fields: { [Key in keyof T]: fc.Arbitrary<T[Key]> }) =>
  fc.record(fields, { requiredKeys: [] });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const corpusArbitrary = fc.constantFrom(...CORPORA);

/** The ids of a result list, to compare and to print. */
const idsOf = (records: readonly { id: string }[]) => records.map((record) => record.id);

/** Records of a collection of every document of a corpus, in corpus order. */
function scan<Key extends "entities" | "quotes" | "claims" | "temporalExpressions" | "uncertaintyMarkers">(
  corpus: Corpus,
  key: Key,
): { record: AnnotatedDocument[Key][number]; document: string }[] {
  return (corpus.documents as unknown as AnnotatedDocument[]).flatMap((document) =>
    (document[key] as AnnotatedDocument[Key][number][]).map((record) => ({ record, document: document.document.id })),
  );
}

/** Words of a name, as the documentation of `entities({ name })` describes them. */
function words(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Expects a call to throw nothing, or only `RangeError`; returns the result or "RangeError". */
function outcome<T>(call: () => T): T | "RangeError" {
  try {
    return call();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return "RangeError";
  }
}

describe(`query properties (${RUNS} runs each)`, () => {
  it("entities(filter) never throws and equals a ranked scan: kind, the name or an alias, whole words, a prefix", () => {
    const names = documents.flatMap((document) =>
      document.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    );
    const kinds = [...new Set(documents.flatMap((document) => document.entities.map((entity) => entity.kind)))];
    const name = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((full) => full.split(" ").slice(-1)[0] ?? ""),
      fc.constantFrom(...names).map((full) => full.toUpperCase().slice(0, 4)),
      fc.string(),
      fc.constantFrom("", "  ", "’", "Núñez", "NUNEZ"),
    );
    fc.assert(
      fc.property(corpusArbitrary, filters({ kind: fc.constantFrom(...kinds), name }), (corpus, filter) => {
        const { kind, name: query } = filter;
        const result = corpus.entities(filter);
        const seen = new Set<string>();
        const phrase = query === undefined ? "" : words(query).join(" ");
        // How well an entity's names match, as documented: 0 the whole canonical name, 1 a whole alias, 2 whole
        // consecutive words, 3 consecutive words of which the last is only begun; undefined for no match.
        const level = (entity: { name: string; aliases: readonly string[] }) => {
          const names = [entity.name, ...entity.aliases].map((candidate) => words(candidate).join(" "));
          if (names[0] === phrase) return 0;
          if (names.includes(phrase)) return 1;
          if (names.some((candidate) => ` ${candidate} `.includes(` ${phrase} `))) return 2;
          if (names.some((candidate) => ` ${candidate}`.includes(` ${phrase}`))) return 3;
          return undefined;
        };
        const expected = scan(corpus, "entities")
          .map(({ record }) => record)
          .filter((entity) => !seen.has(entity.id) && seen.add(entity.id))
          .filter((entity) => kind === undefined || entity.kind === kind)
          .filter((entity) => query === undefined || (phrase !== "" && level(entity) !== undefined))
          .map((entity, order) => ({ entity, order, level: query === undefined ? 0 : (level(entity) ?? 0) }))
          .sort((a, b) => a.level - b.level || a.order - b.order)
          .map(({ entity }) => entity);
        expect(idsOf(result)).toEqual(idsOf(expected));
        expect(result.every((record) => record === corpus.entity(record.id))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("mentions(id) never throws and equals every mention of every definition of the id", () => {
    fc.assert(
      fc.property(corpusArbitrary, anyId(entityIds), (corpus, id) => {
        const expected = scan(corpus, "entities")
          .filter(({ record }) => record.id === id)
          .flatMap(({ record, document }) => record.mentions.map((mention) => ({ ...mention, document })));
        expect(corpus.mentions(id)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("quotes(filter) never throws and equals a scan", () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        filters({
          speaker: idOrIds(entityIds),
          kind: fc.constantFrom("direct", "indirect", "mixed") as fc.Arbitrary<"direct">,
          about: idOrIds(entityIds),
          document: anyId(documentIds),
        }),
        (corpus, filter) => {
          const expected = scan(corpus, "quotes")
            .filter(({ record, document }) => {
              return (
                (filter.speaker === undefined || wanted(record.speaker, filter.speaker)) &&
                (filter.kind === undefined || record.kind === filter.kind) &&
                (filter.about === undefined || record.about.some((id) => wanted(id, filter.about ?? []))) &&
                (filter.document === undefined || document === filter.document)
              );
            })
            .map(({ record }) => record);
          const result = corpus.quotes(filter);
          expect(idsOf(result)).toEqual(idsOf(expected));
          expect(result.every((record, index) => record === expected[index])).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("claims(filter) never throws and equals a scan over the FactBank scale, in either view", () => {
    const LEVEL: Record<string, number> = { CT: 3, PR: 2, PS: 1, U: 0 };
    const levelOf = (value: string) => LEVEL[value.startsWith("U") ? "U" : value.slice(0, 2)] ?? -1;
    const polarityOf = (value: string) => (value.endsWith("u") ? "u" : value.slice(-1));
    fc.assert(
      fc.property(
        corpusArbitrary,
        filters({
          claimant: idOrIds(entityIds, ["author"]),
          about: idOrIds(entityIds),
          minCertainty: fc.constantFrom("CT", "PR", "PS", "U") as fc.Arbitrary<"CT">,
          polarity: fc.constantFrom("+", "-", "u") as fc.Arbitrary<"+">,
          view: fc.constantFrom("claimant", "author") as fc.Arbitrary<"claimant">,
          relatedTo: anyId(claimIds),
          document: anyId(documentIds),
        }),
        (corpus, filter) => {
          const claims = scan(corpus, "claims");
          const target = claims.find(({ record }) => record.id === filter.relatedTo)?.record;
          const expected = claims
            .filter(({ record, document }) => {
              const value = record.factuality[filter.view ?? "claimant"];
              return (
                (filter.claimant === undefined || wanted(record.claimant, filter.claimant)) &&
                (filter.about === undefined || record.about.some((id) => wanted(id, filter.about ?? []))) &&
                (filter.document === undefined || document === filter.document) &&
                (filter.minCertainty === undefined || levelOf(value) >= (LEVEL[filter.minCertainty] ?? 0)) &&
                (filter.polarity === undefined || polarityOf(value) === filter.polarity) &&
                (filter.relatedTo === undefined ||
                  (target !== undefined &&
                    (record.relations.some((relation) => relation.target === target.id) ||
                      target.relations.some((relation) => relation.target === record.id))))
              );
            })
            .map(({ record }) => record);
          const result = corpus.claims(filter);
          expect(idsOf(result)).toEqual(idsOf(expected));
          expect(result.every((record, index) => record === expected[index])).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("uncertainty(filter) never throws and equals a scan", () => {
    const categories = [
      ...new Set(documents.flatMap((document) => document.uncertaintyMarkers.map((m) => m.category))),
    ];
    fc.assert(
      fc.property(
        corpusArbitrary,
        filters({ target: anyId(claimIds, quoteIds, expressionIds), category: fc.constantFrom(...categories) }),
        (corpus, filter) => {
          const { target, category } = filter;
          const expected = scan(corpus, "uncertaintyMarkers")
            .map(({ record }) => record)
            .filter(
              (marker) =>
                (target === undefined || marker.affects.includes(target)) &&
                (category === undefined || marker.category === category),
            );
          expect(idsOf(corpus.uncertainty(filter))).toEqual(idsOf(expected));
        },
      ),
      { numRuns: RUNS },
    );
  });

  /** A query date, with the instants it stands for by the documentation, or "invalid". */
  type QueryDate = { input: Date | string; instants: [number, number] | "invalid" };
  const utc = (year: number, month: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    return date.getTime();
  };
  const queryDate: fc.Arbitrary<QueryDate> = fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((year) => ({
      input: String(year).padStart(4, "0"),
      instants: [utc(year, 0, 1), utc(year + 1, 0, 1) - 1] as [number, number],
    })),
    fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 })).map(([year, month]) => ({
      input: `${year}-${String(month).padStart(2, "0")}`,
      instants:
        month >= 1 && month <= 12
          ? ([utc(year, month - 1, 1), utc(year, month, 1) - 1] as [number, number])
          : ("invalid" as const),
    })),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 32 }))
      .map(([year, month, day]) => {
        const start = utc(year, month - 1, day);
        const real = day >= 1 && new Date(start).getUTCMonth() === month - 1;
        return {
          input: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
          instants: real ? ([start, utc(year, month - 1, day + 1) - 1] as [number, number]) : ("invalid" as const),
        };
      }),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((date) => ({
      input: date,
      instants: [date.getTime(), date.getTime()] as [number, number],
    })),
    fc.date({ min: new Date("2015-01-01"), max: new Date("2025-12-31"), noInvalidDate: true }).map((date) => ({
      input: date.toISOString().slice(0, 16),
      instants: [
        Date.parse(`${date.toISOString().slice(0, 16)}Z`),
        Date.parse(`${date.toISOString().slice(0, 16)}Z`),
      ] as [number, number],
    })),
    fc.constantFrom<QueryDate>(
      { input: new Date(Number.NaN), instants: "invalid" },
      { input: "", instants: "invalid" },
      { input: "yesterday", instants: "invalid" },
      { input: "2021-9-1", instants: "invalid" },
      { input: "2021-09-09T25:00", instants: "invalid" },
      { input: "09/09/2021", instants: "invalid" },
    ),
  );

  it("dates(filter) throws only RangeError, exactly for invalid dates and reversed ranges, and equals a scan", () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        optional(queryDate),
        optional(queryDate),
        optional(fc.constantFrom("DATE", "TIME", "DURATION", "SET") as fc.Arbitrary<"DATE">),
        (corpus, from, to, type) => {
          const filter = {
            ...(from && { from: from.input }),
            ...(to && { to: to.input }),
            ...(type && { type }),
          };
          const result = outcome(() => corpus.dates(filter));
          const invalid = from?.instants === "invalid" || to?.instants === "invalid";
          const start = from === undefined ? Number.NEGATIVE_INFINITY : (from.instants as [number, number])[0];
          const end = to === undefined ? Number.POSITIVE_INFINITY : (to.instants as [number, number])[1];
          if (invalid || start > end) {
            expect(result).toBe("RangeError");
            return;
          }
          const ranged = from !== undefined || to !== undefined;
          const expected = scan(corpus, "temporalExpressions")
            .map(({ record }) => record)
            .filter((expression) => type === undefined || expression.type === type)
            .filter((expression) => {
              if (!ranged) return true;
              if (expression.type !== "DATE" && expression.type !== "TIME") return false;
              const { min, max } = edtfBounds(expression.value);
              const earliest = min === null || !Number.isFinite(min) ? Number.NEGATIVE_INFINITY : min;
              const latest = max === null || !Number.isFinite(max) ? Number.POSITIVE_INFINITY : max;
              return earliest <= end && latest >= start;
            });
          expect(result === "RangeError" ? result : idsOf(result)).toEqual(idsOf(expected));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("dates(filter) with arbitrary strings throws nothing but RangeError", () => {
    fc.assert(
      fc.property(corpusArbitrary, filters({ from: fc.string(), to: fc.string() }), (corpus, filter) => {
        outcome(() => corpus.dates(filter));
      }),
      { numRuns: RUNS },
    );
  });

  it("every span of every record, segment and evidence round-trips through corpus.text(span)", () => {
    const spans = CORPORA.flatMap((corpus) =>
      (corpus.documents as unknown as AnnotatedDocument[]).flatMap((document) =>
        allSpans(document).map(({ span }) => ({ corpus, span, document: document.document.id })),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...spans), ({ corpus, span, document }) => {
        expect(corpus.text(span, document)).toBe(span.exact);
        if (corpus.documents.length === 1) expect(corpus.text(span)).toBe(span.exact);
      }),
      { numRuns: RUNS },
    );
    // And exhaustively, since there are only a few hundred.
    for (const { corpus, span, document } of spans) expect(corpus.text(span, document)).toBe(span.exact);
  });

  it("text(range) for arbitrary offsets returns the slice, or throws RangeError when they are not valid", () => {
    const offset = fc.oneof(
      fc.integer({ min: -10, max: 4000 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 2 ** 53),
    );
    fc.assert(
      fc.property(corpusArbitrary, offset, offset, optional(anyId(documentIds)), (corpus, start, end, id) => {
        const document = (corpus.documents as unknown as AnnotatedDocument[]).find((d) => d.document.id === id);
        const result = outcome(() =>
          id === undefined ? corpus.text({ start, end }) : corpus.text({ start, end }, id),
        );
        const text = (id === undefined && corpus.documents.length === 1 ? corpus.documents[0] : document)?.text;
        const valid =
          text !== undefined &&
          Number.isInteger(start) &&
          Number.isInteger(end) &&
          start >= 0 &&
          start <= end &&
          end <= text.length;
        expect(result).toBe(valid ? text.slice(start, end) : "RangeError");
      }),
      { numRuns: RUNS },
    );
  });
});
