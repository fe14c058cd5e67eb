import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("relative-dates with anchors shared by several expressions", () => {
  it("checks every expression against its own anchor, the publication date and another expression alike", () => {
    const document = bridgeDocument();
    const inMay = present(document.temporalExpressions[1], "expression 1");
    inMay.value = "2023-05";
    document.temporalExpressions.push(
      { ...structuredClone(inMay), id: "time-in-may-again", value: "2025-05" },
      { ...structuredClone(inMay), id: "time-in-may-anchored", anchor: "time-4-march-2024", value: "2023-05" },
      { ...structuredClone(inMay), id: "time-in-may-unknown", anchor: "time-nowhere", span: bridgeSpan("May", 1) },
    );
    const issues = documentIssues(document, "relative-dates");
    expect(issues.map(({ recordId, field, message }) => [recordId, field, message])).toEqual([
      ["time-in-may", "value", '"2023-05" does not match the rule: the year from anchor 2024-03-05 is 2024'],
      ["time-in-may-again", "value", '"2025-05" does not match the rule: the year from anchor 2024-03-05 is 2024'],
      ["time-in-may-anchored", "value", '"2023-05" does not match the rule: the year from anchor 2024-03-04 is 2024'],
      ["time-in-may-unknown", "anchor", 'anchor "time-nowhere" is not a date'],
    ]);
  });
});
