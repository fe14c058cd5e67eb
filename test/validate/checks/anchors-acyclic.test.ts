import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("anchors-acyclic", () => {
  it("accepts anchors that end at the publication date", () => {
    expect(documentIssues(bridgeDocument(), "anchors-acyclic")).toEqual([]);
  });

  it("reports a relative date anchored on itself", () => {
    const document = bridgeDocument();
    present(document.temporalExpressions[1], "May").anchor = "time-in-may";
    expect(documentIssues(document, "anchors-acyclic")).toMatchObject([
      { recordId: "time-in-may", field: "anchor", message: "is anchored on itself" },
    ]);
  });

  it("reports every date on a cycle of anchors", () => {
    const document = bridgeDocument();
    present(document.temporalExpressions[0], "4 March").anchor = "time-in-may";
    present(document.temporalExpressions[1], "May").anchor = "time-4-march-2024";
    const cycle = "time-4-march-2024 -> time-in-may -> time-4-march-2024";
    expect(documentIssues(document, "anchors-acyclic").map(({ recordId, message }) => [recordId, message])).toEqual([
      ["time-4-march-2024", `anchors form a cycle: ${cycle}, so no value in it follows from the text`],
      ["time-in-may", `anchors form a cycle: ${cycle}, so no value in it follows from the text`],
    ]);
  });
});
