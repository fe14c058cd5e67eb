import { describe, expect, it } from "vitest";
import { copyData, editRecord, type JsonRecord, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/**
 * In a copy of the data, finds the first weakening marker that `select` accepts and that scopes a claim, and marks
 * that claim CT+ from `view`. Returns the marker and the claim's id.
 */
function markHedgedClaimCertain(
  directory: string,
  view: "author" | "claimant",
  select: (marker: JsonRecord) => boolean,
) {
  const marker = readRecords(directory, "uncertainty-markers.json").find(
    (record) =>
      record.effect.type === "weakens" &&
      select(record) &&
      record.affects.some((id: string) => id.startsWith("claim-")),
  );
  const claimId: string | undefined = marker?.affects.find((id: string) => id.startsWith("claim-"));
  editRecord(
    directory,
    "claims.json",
    (record) => record.id === claimId,
    (record) => {
      record.factuality[view] = "CT+";
    },
  );
  return { marker, claimId };
}

describe("hedged-not-certain", () => {
  it("reports a claim that a weakening hedge scopes but that is marked certain from the author's view", () => {
    const directory = copyData();
    const { marker, claimId } = markHedgedClaimCertain(directory, "author", () => true);
    const issues = issuesOf(directory, "hedged-not-certain").filter((issue) =>
      issue.message.includes(`(${marker?.id})`),
    );
    expect(issues).toMatchObject([
      {
        recordId: claimId,
        field: "factuality.author",
        message: `is CT+, but the claim is hedged by "${marker?.cue.exact}" (${marker?.id})`,
      },
    ]);
  });

  it("reports a claim marked certain from the claimant's view when the claimant hedges it", () => {
    const directory = copyData();
    const { marker, claimId } = markHedgedClaimCertain(
      directory,
      "claimant",
      (record) => record.effect.view === "claimant",
    );
    expect(issuesOf(directory, "hedged-not-certain")).toMatchObject([
      {
        recordId: claimId,
        field: "factuality.claimant",
        message: `is CT+ from the claimant's view, but the claimant hedges it with "${marker?.cue.exact}" (${marker?.id})`,
        tip: `use the marker's weakened value (${marker?.effect.to}) for the claimant's view`,
      },
    ]);
  });

  it("lets a claimant be certain of what the author alone doubts", () => {
    const directory = copyData();
    const marker = readRecords(directory, "uncertainty-markers.json").find(
      (record) => record.effect.type === "weakens" && record.effect.view === "author",
    );
    editRecord(
      directory,
      "claims.json",
      (record) => record.id === marker?.affects[0],
      (record) => {
        record.factuality.claimant = "CT+";
      },
    );
    expect(issuesOf(directory, "hedged-not-certain")).toEqual([]);
  });

  it("lets an approximator scope a certain claim, since it only makes a number approximate", () => {
    const directory = copyData();
    const marker = readRecords(directory, "uncertainty-markers.json").find(
      (record) => record.effect.type === "approximates" && record.affects.length === 1,
    );
    editRecord(
      directory,
      "claims.json",
      (record) => record.id === marker?.affects[0],
      (record) => {
        record.factuality.author = "CT+";
      },
    );
    expect(
      issuesOf(directory, "hedged-not-certain").filter((issue) => issue.message.includes(`(${marker?.id})`)),
    ).toEqual([]);
  });
});
