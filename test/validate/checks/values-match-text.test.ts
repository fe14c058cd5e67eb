import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

/** The values-match-text messages for the bridge document with the explicit "on 4 March 2024" given a value. */
function withValue(value: string, resolution = "explicit") {
  const document = bridgeDocument();
  const expression = present(document.temporalExpressions[0], "4 March");
  expression.value = value;
  expression.resolution = resolution;
  if (resolution === "inferred") Object.assign(expression, { reasoning: "For the test.", certainty: 0.5 });
  return documentIssues(document, "values-match-text").map(({ recordId, field, message }) => [
    recordId,
    field,
    message,
  ]);
}

describe("values-match-text", () => {
  it("accepts the value the words state, and a less precise one", () => {
    expect(withValue("2024-03-04")).toEqual([]);
    expect(withValue("2024")).toEqual([]);
  });

  it("reports an explicit value with another year than its words", () => {
    expect(withValue("2023-03-04")).toEqual([
      [
        "time-4-march-2024",
        "value",
        '"2023-03-04" does not have the year its words state: "on 4 March 2024" says 2024',
      ],
    ]);
  });

  it("reports an explicit value with another month than the one its words name", () => {
    expect(withValue("2024-04-04")).toEqual([
      ["time-4-march-2024", "value", '"2024-04-04" does not have the month its words name: "on 4 March 2024"'],
    ]);
  });

  it("leaves inferred values to their reasoning", () => {
    expect(withValue("2023-03-04", "inferred")).toEqual([]);
  });
});
