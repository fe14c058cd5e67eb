import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("mentions-distinct", () => {
  it("accepts two entities mentioned by the same words", () => {
    const document = bridgeDocument();
    present(document.entities[2], "entity 2").mentions.push(
      structuredClone(present(document.entities[1]?.mentions[0], "mention of entity 1")),
    );
    expect(documentIssues(document, "mentions-distinct")).toEqual([]);
  });

  it("reports a mention an entity lists twice, at the repeat", () => {
    const document = bridgeDocument();
    const bridge = present(document.entities[1], "entity 1");
    bridge.mentions.push(structuredClone(present(bridge.mentions[0], "mention 0")));
    expect(documentIssues(document, "mentions-distinct")).toMatchObject([
      {
        recordId: "harbour-bridge",
        field: "mentions.2.span",
        message: 'repeats mention 0 ("Harbour Bridge" at 0-14)',
      },
    ]);
  });
});
