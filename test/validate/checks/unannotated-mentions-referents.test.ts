import { describe, expect, it } from "vitest";
import { validateDocuments } from "../../../src/validate/validate-documents.js";
import { BRIDGE_TEXT, bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { present } from "../../helpers/document-issues.js";

/** The advice unannotated-mentions gives on a document, as record id and message. */
function advice(document: unknown): { recordId: string | undefined; message: string }[] {
  return validateDocuments([document])
    .advisories.filter((issue) => issue.check === "unannotated-mentions")
    .map(({ recordId, message }) => ({ recordId, message }));
}

/** The line:column of the `nth` occurrence of `exact` in the bridge text, counted here by splitting lines. */
function position(exact: string, nth = 0): string {
  const lines = BRIDGE_TEXT.slice(0, bridgeSpan(exact, nth).start).split("\n");
  return `${lines.length}:${(lines.at(-1) ?? "").length + 1}`;
}

describe("unannotated-mentions, referent by referent", () => {
  it("gives no advice on the bridge document as written", () => {
    expect(advice(bridgeDocument())).toEqual([]);
  });

  it("advises on every referent with a missed name, in the order of the entities, not only the first", () => {
    const document = bridgeDocument();
    present(document.entities[0], "entity 0").aliases = ["Mayor"];
    present(document.entities[2], "entity 2").aliases = ["repairs"];
    expect(advice(document)).toEqual([
      {
        recordId: "ana-nunez",
        message: `"Mayor" at ${position("Mayor")} of the text is not annotated as a mention of "ana-nunez"`,
      },
      {
        recordId: "engineers",
        message: `"repairs" at ${position("repairs")} of the text is not annotated as a mention of "engineers"`,
      },
    ]);
  });

  it("finds a referent whose name never occurs by an alias that does", () => {
    const document = bridgeDocument();
    const engineers = present(document.entities[2], "entity 2");
    engineers.name = "the repair crews";
    engineers.aliases = ["repairs"];
    expect(advice(document).map(({ message }) => message)).toEqual([
      `"repairs" at ${position("repairs")} of the text is not annotated as a mention of "engineers"`,
    ]);
  });

  it("passes over a stretch that is exactly another referent's mention, and advises on the same name elsewhere", () => {
    const document = bridgeDocument();
    present(document.entities[1], "entity 1").mentions.push({ span: bridgeSpan("reopen", 0) });
    present(document.entities[2], "entity 2").aliases = ["reopen"];
    expect(advice(document)).toEqual([
      {
        recordId: "engineers",
        message: `"reopen" at ${position("reopen", 1)} of the text is not annotated as a mention of "engineers"`,
      },
    ]);
  });
});
