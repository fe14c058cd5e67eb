import { describe, expect, it } from "vitest";
import { copyData, editJson, type JsonRecord } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** The first claim that contradicts another where both state a quantity of the same unit, with the pair. */
function contradictingPair(claims: JsonRecord[]) {
  for (const claim of claims) {
    for (const [r, relation] of claim.relations.entries()) {
      const target = claims.find((candidate) => candidate.id === relation.target);
      if (relation.type !== "contradicts" || !target) continue;
      const mine = claim.quantities.find((quantity: JsonRecord) =>
        target.quantities.some((theirs: JsonRecord) => theirs.unit === quantity.unit),
      );
      if (mine) return { claim, target, r, mine };
    }
  }
  throw new Error("no contradicting claims with quantities of one unit");
}

describe("contradictions-disjoint", () => {
  it("reports contradicting claims once the emphatic 'as many as' is encoded as an upper bound", () => {
    const directory = copyData();
    let pair: ReturnType<typeof contradictingPair> | undefined;
    editJson(directory, "claims.json", (json) => {
      pair = contradictingPair(json.records);
      const theirs = pair.target.quantities.find((quantity: JsonRecord) => quantity.unit === pair?.mine.unit);
      const top = Math.max(theirs.value ?? theirs.max, pair.mine.max ?? pair.mine.value);
      Object.assign(theirs, { approximation: "upper-bound", max: top });
      delete theirs.value;
    });
    expect(issuesOf(directory, "contradictions-disjoint")).toMatchObject([
      { recordId: pair?.claim.id, field: `relations.${pair?.r}` },
    ]);
  });

  it("finds the shipped contradictions coherent", () => {
    expect(issuesOf(copyData(), "contradictions-disjoint")).toEqual([]);
  });
});
