import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("mentions-distinct, the shortest repeat", () => {
  it("reports an entity whose only mention is listed twice", () => {
    const document = bridgeDocument();
    const engineers = present(document.entities[2], "entity 2");
    engineers.mentions.push(structuredClone(present(engineers.mentions[0], "mention 0")));
    const { start, end } = bridgeSpan("Engineers");
    expect(documentIssues(document, "mentions-distinct")).toMatchObject([
      {
        recordId: "engineers",
        field: "mentions.1.span",
        message: `repeats mention 0 ("Engineers" at ${start}-${end})`,
      },
    ]);
  });
});
