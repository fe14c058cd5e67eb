import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CorpusValidationError, createCorpus } from "../../src/exports/validate.js";
import { bridgeDocument, bridgeSpan } from "../helpers/bridge-document.js";

/** The element at an index, which the test document is known to have. */
function at<T>(list: readonly T[], index: number): T {
  const element = list[index];
  if (element === undefined) throw new Error(`no element ${index}`);
  return element;
}

describe("createCorpus", () => {
  it("answers queries over a user's own document", () => {
    const bridge = createCorpus([bridgeDocument()]);
    expect(bridge.entities({ name: "nunez" }).map((entity) => entity.id)).toEqual(["ana-nunez"]);
    expect(bridge.entities({ name: "mayor núñez" }).map((entity) => entity.id)).toEqual(["ana-nunez"]);
    const [quote] = bridge.quotes({ speaker: "ana-nunez" });
    expect(quote && bridge.text(quote.content)).toBe("will reopen in May");
    expect(bridge.claims({ minCertainty: "PR" }).map((claim) => claim.evidence.exact)).toEqual([
      "the bridge “will reopen in May”",
    ]);
    expect(bridge.conflicts()).toHaveLength(1);
    expect(bridge.dates({ from: "2024-05-31" }).map((date) => date.span.exact)).toEqual(["in May"]);
    expect(bridge.dates({ from: "2024-06-01" })).toEqual([]);
    expect(bridge.uncertainty({ category: "epistemic-modal" }).map((marker) => marker.cue.exact)).toEqual(["may"]);
    expect(bridge.mentions("harbour-bridge").map((mention) => mention.span.exact)).toEqual([
      "Harbour Bridge",
      "the bridge",
    ]);
    expect(bridge.timeline().map((entry) => entry.expression.span.exact)).toEqual(["on 4 March 2024", "in May"]);
    expect(bridge.sentenceOf(quote ?? ({} as never)).exact).toBe(
      "Mayor Ana Núñez said on 4 March 2024 that the bridge “will reopen in May”.",
    );
  });

  it("takes ownership of its input: the caller's documents are frozen in place, not copied", () => {
    const input = bridgeDocument();
    const bridge = createCorpus([input]);
    expect(Object.isFrozen(input)).toBe(true);
    expect(Object.isFrozen(at(input.entities, 0).mentions)).toBe(true);
    expect(() => {
      at(input.entities, 0).name = "Someone Else";
    }).toThrow(TypeError);
    // Records are the caller's objects; an entity is one record per referent, its mentions tagged with their document.
    expect(bridge.quotes()[0]).toBe(at(input.quotes, 0));
    expect(bridge.entity("ana-nunez")?.mentions.map((mention) => mention.span)).toEqual(
      at(input.entities, 0).mentions.map((mention) => mention.span),
    );
  });

  it("freezes invalid input too, and leaves a copy made before it free to change", () => {
    const broken = bridgeDocument();
    at(broken.quotes, 0).speaker = "nobody";
    const copy = structuredClone(broken);
    expect(() => createCorpus([broken])).toThrow(CorpusValidationError);
    expect(Object.isFrozen(broken.quotes)).toBe(true);
    at(copy.quotes, 0).speaker = "ana-nunez";
    expect(createCorpus([copy]).quotes({ speaker: "ana-nunez" })).toHaveLength(1);
  });

  it("joins several documents: text needs a document id then", () => {
    const first = bridgeDocument();
    const second = bridgeDocument();
    second.document.id = "harbour-bridge-copy";
    // Non-entity ids are unique across a corpus: rename them in the copy.
    const renamed = JSON.parse(JSON.stringify(second).replace(/"(quote|claim|time|marker)-/g, '"$1-copy-'));
    renamed.document.publicationDate.id = "bridge-copy-publication-date";
    renamed.temporalExpressions[1].anchor = "bridge-copy-publication-date";
    // The same source text twice is the same article annotated twice: the copy's text gets one more line.
    const line = "(A copy.)";
    renamed.document.segments.push({
      id: "copy-note",
      kind: "paragraph",
      span: { start: renamed.text.length, end: renamed.text.length + line.length, exact: line },
    });
    renamed.text = `${renamed.text}${line}\n`;
    renamed.document.sha256 = createHash("sha256").update(renamed.text).digest("hex");
    const both = createCorpus([first, renamed]);
    expect(both.mentions("ana-nunez").map((mention) => mention.document)).toEqual([
      "harbour-bridge-reopening",
      "harbour-bridge-copy",
    ]);
    expect(() => both.text({ start: 0, end: 7 })).toThrow(RangeError);
    expect(both.text({ start: 0, end: 7 }, "harbour-bridge-copy")).toBe("Harbour");
    const [, copyQuote] = both.quotes();
    expect(copyQuote && both.documentOf(copyQuote)).toBe("harbour-bridge-copy");
    expect(both.quotes({ document: "harbour-bridge-copy" })).toEqual([copyQuote]);
  });

  it("throws a CorpusValidationError listing every issue with its path into the documents given, record and field", () => {
    const broken = bridgeDocument();
    at(broken.quotes, 0).speaker = "ana-nunes";
    at(broken.claims, 0).evidence = { ...bridgeSpan("the bridge"), exact: "the bridges" };
    Object.assign(at(broken.entities, 1), { colour: "red" });
    let error: unknown;
    try {
      createCorpus([broken]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusValidationError);
    expect(error).toBeInstanceOf(Error);
    const second = error as CorpusValidationError;
    // Records are validated one by one: the unknown field does not hide the other record's problems.
    expect(second.issues).toEqual([
      expect.objectContaining({
        check: "schema",
        documentIndex: 0,
        path: ["entities", 1, "colour"],
        recordId: "harbour-bridge",
        field: "colour",
      }),
      expect.objectContaining({
        check: "references-resolve",
        documentIndex: 0,
        path: ["quotes", 0, "speaker"],
        recordId: "quote-nunez-reopen-may",
        field: "speaker",
        tip: 'did you mean "ana-nunez"?',
      }),
      expect.objectContaining({
        check: "spans-match",
        documentIndex: 0,
        path: ["claims", 0, "evidence", "exact"],
        recordId: "claim-bridge-reopens-may",
        field: "evidence.exact",
      }),
    ]);
    // No file, line or column: the message names where each problem is in the array given.
    for (const line of [
      "documents[0].quotes[0].speaker quote-nunez-reopen-may: ",
      "documents[0].claims[0].evidence.exact claim-bridge-reopens-may: ",
    ]) {
      expect(second.message).toContain(`\n${line}`);
    }
    for (const issue of second.issues) expect(issue).not.toHaveProperty("file");
  });

  it("lists every issue of every document in one error: dangling speaker, wrong exact, unknown field", () => {
    const checked = bridgeDocument();
    at(checked.quotes, 0).speaker = "nobody";
    at(checked.claims, 0).evidence = { ...bridgeSpan("the bridge"), exact: "the bridges" };
    const unknownField = { ...bridgeDocument(), colour: "red" };
    let error: CorpusValidationError | undefined;
    try {
      createCorpus([checked, unknownField]);
    } catch (caught) {
      error = caught as CorpusValidationError;
    }
    expect(error?.issues.map((issue) => `${issue.check} ${issue.recordId} ${issue.field}`).sort()).toEqual([
      "references-resolve quote-nunez-reopen-may speaker",
      "schema harbour-bridge-reopening colour",
      "spans-match claim-bridge-reopens-may evidence.exact",
    ]);
    expect(error?.message.split("\n")).toHaveLength(4);
  });

  it("rejects input that is not an array", () => {
    expect(() => createCorpus({} as never)).toThrow(TypeError);
  });
});
