import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

const QUOTE = "quote-nunez-reopen-may";
const CLAIM = "claim-repairs-take-longer";
const MARCH_4 = "time-4-march-2024";
const MAY = "time-in-may";
const PUBLISHED = "bridge-publication-date";

/** The bridge document with the given links (source, relation, target), ids `link-0`, `link-1`, ... */
function withLinks(...links: [string, string, string][]) {
  const document = bridgeDocument();
  document.temporalLinks = links.map(([source, relation, target], index) => ({
    id: `link-${index}`,
    source,
    relation,
    target,
    evidence: bridgeSpan("said"),
  })) as never;
  return document;
}

/** The record id, field and message of each temporal-links-consistent issue. */
function problems(links: [string, string, string][]) {
  return documentIssues(withLinks(...links), "temporal-links-consistent").map(({ recordId, field, message }) => ({
    recordId,
    field,
    message,
  }));
}

describe("temporal-links-consistent", () => {
  it("accepts links that agree with each other and with the dates", () => {
    expect(
      problems([
        [MARCH_4, "BEFORE", MAY],
        [QUOTE, "IS_INCLUDED", MARCH_4],
        [QUOTE, "BEFORE", PUBLISHED],
        [CLAIM, "SIMULTANEOUS", MAY],
        [QUOTE, "BEFORE", CLAIM],
        [MAY, "BEGUN_BY", CLAIM],
      ]),
    ).toEqual([]);
  });

  it("reports a link from a record to itself", () => {
    expect(problems([[QUOTE, "BEFORE", QUOTE]])).toEqual([
      { recordId: "link-0", field: "target", message: `relates ${QUOTE} to itself` },
    ]);
  });

  it("reports each strict link of a BEFORE/AFTER cycle", () => {
    const found = problems([
      [QUOTE, "BEFORE", CLAIM],
      [CLAIM, "BEFORE", QUOTE],
    ]);
    expect(found.map(({ recordId, field }) => [recordId, field])).toEqual([
      ["link-0", "relation"],
      ["link-1", "relation"],
    ]);
    expect(found[0]?.message).toBe(
      `${QUOTE} BEFORE ${CLAIM} closes a cycle: with the other links between ${QUOTE}, ${CLAIM}, the end of ${QUOTE} would come before itself`,
    );
  });

  it("finds a cycle through AFTER and an equality", () => {
    const found = problems([
      [QUOTE, "SIMULTANEOUS", CLAIM],
      [QUOTE, "AFTER", CLAIM],
    ]);
    expect(found.map(({ recordId }) => recordId)).toEqual(["link-1"]);
    expect(found[0]?.message).toMatch(/closes a cycle/);
  });

  it("reports a link that contradicts the values of the dates it relates (May before 4 March)", () => {
    expect(problems([[MAY, "BEFORE", MARCH_4]])).toEqual([
      {
        recordId: "link-0",
        field: "relation",
        message: `${MAY} BEFORE ${MARCH_4} contradicts the dates: the end of ${MAY} (no earlier than 2024-05-31) would have to come before the start of ${MARCH_4} (no later than 2024-03-04)`,
      },
    ]);
  });

  it("names the instants when the two ends fall on the same day", () => {
    const document = withLinks(["time-4-march-again", "BEFORE", MARCH_4]);
    const march4 = present(document.temporalExpressions[0], "4 March");
    document.temporalExpressions.push({ ...structuredClone(march4), id: "time-4-march-again", dates: [] });
    const [found] = documentIssues(document, "temporal-links-consistent");
    expect(found?.message).toBe(
      `time-4-march-again BEFORE ${MARCH_4} contradicts the dates: the end of time-4-march-again (no earlier than 2024-03-04T23:59:59.999Z) would have to come before the start of ${MARCH_4} (no later than 2024-03-04T00:00:00.000Z)`,
    );
  });

  it("reports every link of a chain that contradicts the dates, and no other", () => {
    const found = problems([
      [QUOTE, "IS_INCLUDED", MAY],
      [QUOTE, "BEFORE", MARCH_4],
      [CLAIM, "AFTER", QUOTE],
    ]);
    expect(found.map(({ recordId }) => recordId)).toEqual(["link-0", "link-1"]);
  });
});
