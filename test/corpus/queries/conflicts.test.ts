import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimIndex } from "../../../src/corpus/indexes/claim-index.js";
import { type CorpusDocument, recordTable } from "../../../src/corpus/indexes/record-table.js";
import { findConflicts } from "../../../src/corpus/queries/conflicts.js";
import { growthRatio, NEAR_LINEAR_BOUND } from "../../helpers/growth.js";

/** The fields of a quantity that the conflict search reads. */
interface TestQuantity {
  unit: string;
  approximation: "exact" | "range" | "upper-bound" | "lower-bound" | "approximate";
  value?: number;
  min?: number;
  max?: number;
  span: { start: number; end: number; exact: string };
}

/** The fields of a claim that the conflict search reads. */
interface TestClaim {
  id: string;
  about: string[];
  quantities: TestQuantity[];
  relations: { type: "contradicts" | "supports"; target: string; reason?: string }[];
}

/** Documents holding only what the conflict search reads, as the corpus holds them. */
function corpusOf(documents: readonly { id: string; claims: TestClaim[] }[]): CorpusDocument[] {
  return documents.map(({ id, claims }) => ({ document: { id }, claims }) as unknown as CorpusDocument);
}

/** A quantity with a small value, so that equal, overlapping and disjoint figures are all common. */
const quantity = fc
  .record({
    unit: fc.constantFrom("troops", "Troops ", "tanks"),
    approximation: fc.constantFrom("exact", "range", "upper-bound", "lower-bound", "approximate"),
    a: fc.integer({ min: 0, max: 5 }),
    b: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ unit, approximation, a, b }): TestQuantity => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const span = { start: 0, end: 1, exact: `figure ${a}-${b}` };
    if (approximation === "exact" || approximation === "approximate") return { unit, approximation, value: a, span };
    if (approximation === "range") return { unit, approximation, min: low, max: high, span };
    if (approximation === "upper-bound") return { unit, approximation, max: a, span };
    return { unit, approximation, min: a, span };
  });

/** A few documents of a few claims each, about a few referents, some linked by relations. */
const documentsArbitrary = fc
  .array(
    fc.array(
      fc.record({
        about: fc.uniqueArray(fc.constantFrom("zapad-2021", "russia", "belarus"), { maxLength: 3 }),
        quantities: fc.array(quantity, { maxLength: 3 }),
        relations: fc.array(
          fc.record({
            type: fc.constantFrom("contradicts" as const, "supports" as const),
            target: fc.integer({ min: 0, max: 30 }),
            reason: fc.option(fc.constantFrom("one reason", "another"), { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 6 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((documents) => {
    let next = 0;
    return documents.map((claims, index) => ({
      id: `document-${index % 3}`,
      claims: claims.map(
        (claim): TestClaim => ({
          id: `claim-${next++}`,
          about: claim.about,
          quantities: claim.quantities,
          relations: claim.relations.map(({ type, target, reason }) => ({
            type,
            target: `claim-${target}`,
            ...(reason === undefined ? {} : { reason }),
          })),
        }),
      ),
    }));
  });

/** The values a figure allows, written out from the meaning of each kind of quantity. */
function allowed(figure: TestQuantity): [number, number] | undefined {
  const infinity = Number.POSITIVE_INFINITY;
  if (figure.approximation === "approximate") return undefined;
  if (figure.approximation === "exact") return [figure.value as number, figure.value as number];
  if (figure.approximation === "upper-bound") return [-infinity, figure.max as number];
  if (figure.approximation === "lower-bound") return [figure.min as number, infinity];
  return [figure.min as number, figure.max as number];
}

/**
 * The conflicts as the documentation of `conflicts()` describes them, found by comparing every pair of claims:
 * relation pairs first, then quantity pairs in corpus order, each pair's reason from the first referent and unit
 * (in order of first appearance) under which two of its figures share no value.
 */
function everyPairConflicts(documents: readonly { id: string; claims: TestClaim[] }[]) {
  const claims = documents.flatMap(({ id, claims }) => claims.map((claim) => ({ claim, document: id })));
  const conflicts = new Map<string, { claims: string[]; documents: string[]; basis: string; reasons: string[] }>();
  const keyOf = (a: string, b: string) => [a, b].sort().join(" ");
  for (const { claim, document } of claims) {
    for (const relation of claim.relations) {
      const target = claims.find((other) => other.claim.id === relation.target);
      if (relation.type !== "contradicts" || target === undefined) continue;
      const key = keyOf(claim.id, target.claim.id);
      const conflict = conflicts.get(key) ?? {
        claims: [claim.id, target.claim.id],
        documents: [document, target.document],
        basis: "relation",
        reasons: [],
      };
      conflicts.set(key, conflict);
      if (relation.reason !== undefined) conflict.reasons.push(relation.reason);
    }
  }
  const unitOf = (figure: TestQuantity) => figure.unit.trim().toLowerCase();
  const groups: string[] = [];
  for (const { claim } of claims) {
    const units = [...new Set(claim.quantities.filter((figure) => allowed(figure)).map(unitOf))];
    for (const unit of units) for (const referent of claim.about) groups.push(`${referent} ${unit}`);
  }
  const groupOrder = [...new Set(groups)];
  claims.forEach((one, i) => {
    for (const other of claims.slice(i + 1)) {
      if (one.document === other.document || conflicts.has(keyOf(one.claim.id, other.claim.id))) continue;
      for (const group of groupOrder) {
        const [referent, unit] = group.split(" ") as [string, string];
        if (!one.claim.about.includes(referent) || !other.claim.about.includes(referent)) continue;
        const figuresOf = (claim: TestClaim) =>
          claim.quantities.filter((figure) => unitOf(figure) === unit && allowed(figure) !== undefined);
        const clash = figuresOf(one.claim)
          .flatMap((left) => figuresOf(other.claim).map((right) => [left, right] as const))
          .find(([left, right]) => {
            const [a, b] = [allowed(left) as [number, number], allowed(right) as [number, number]];
            return a[1] < b[0] || b[1] < a[0];
          });
        if (clash === undefined) continue;
        conflicts.set(keyOf(one.claim.id, other.claim.id), {
          claims: [one.claim.id, other.claim.id],
          documents: [one.document, other.document],
          basis: "quantities",
          reasons: [
            `${one.document} gives "${clash[0].span.exact}" ${unit} and ${other.document} "${clash[1].span.exact}": the figures cannot both hold`,
          ],
        });
        break;
      }
    }
  });
  return [...conflicts.values()];
}

/** What findConflicts returns, with claims as ids, to compare. */
function foundConflicts(documents: readonly { id: string; claims: TestClaim[] }[]) {
  const corpus = corpusOf(documents);
  return findConflicts(claimIndex(recordTable(corpus, (document) => document.claims))).map((conflict) => ({
    claims: conflict.claims.map((claim) => claim.id),
    documents: [...conflict.documents],
    basis: conflict.basis,
    reasons: [...conflict.reasons],
  }));
}

describe("findConflicts", () => {
  it("finds the same conflicts, in the same order with the same reasons, as a comparison of every pair", () => {
    fc.assert(
      fc.property(documentsArbitrary, (documents) => {
        expect(foundConflicts(documents)).toEqual(everyPairConflicts(documents));
      }),
      { numRuns: 1000 },
    );
  });

  it("names the first clashing figures of two articles' claims about the same referent", () => {
    const span = (exact: string) => ({ start: 0, end: exact.length, exact });
    const claim = (id: string, ...quantities: TestQuantity[]): TestClaim => ({
      id,
      about: ["zapad-2021"],
      quantities,
      relations: [],
    });
    const documents = [
      {
        id: "one",
        claims: [claim("a", { unit: "troops", approximation: "exact", value: 200_000, span: span("200,000") })],
      },
      {
        id: "two",
        claims: [
          claim(
            "b",
            { unit: "troops", approximation: "range", min: 150_000, max: 210_000, span: span("150,000 to 210,000") },
            { unit: "Troops", approximation: "lower-bound", min: 250_000, span: span("more than 250,000") },
          ),
        ],
      },
    ];
    expect(foundConflicts(documents)).toEqual([
      {
        claims: ["a", "b"],
        documents: ["one", "two"],
        basis: "quantities",
        reasons: ['one gives "200,000" troops and two "more than 250,000": the figures cannot both hold'],
      },
    ]);
  });

  it("grows near-linearly with documents whose figures for one referent all agree", () => {
    const documentsOf = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `document-${index}`,
        claims: [
          {
            id: `claim-${index}`,
            about: ["zapad-2021"],
            quantities: [
              { unit: "troops", approximation: "upper-bound", max: 200_000, span: { start: 0, end: 1, exact: "x" } },
              {
                unit: "troops",
                approximation: "range",
                min: 190_000,
                max: 210_000,
                span: { start: 0, end: 1, exact: "x" },
              },
            ],
            relations: [],
          } satisfies TestClaim,
        ],
      }));
    const ratio = growthRatio(
      (scale) => corpusOf(documentsOf(250 * scale)),
      (corpus) => {
        expect(findConflicts(claimIndex(recordTable(corpus, (document) => document.claims)))).toEqual([]);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });
});
