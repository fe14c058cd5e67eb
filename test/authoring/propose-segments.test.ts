import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { proposeSegments } from "../../src/authoring/propose-segments.js";

const FOLDER = "data/putin-lukashenko-union-state-talks";

describe("proposeSegments", () => {
  it("proposes exactly the segments annotated by hand for the shipped article, furniture included", () => {
    const text = readFileSync(`${FOLDER}/source.txt`, "utf8");
    const annotated = JSON.parse(readFileSync(`${FOLDER}/document.json`, "utf8")).segments;
    expect(proposeSegments(text)).toEqual(annotated);
  });

  it("leaves whitespace around a line out of its span, and takes single line breaks as paragraph breaks", () => {
    expect(proposeSegments("Title\n  First.  \nSecond.\n")).toEqual([
      { id: "headline", kind: "headline", span: { start: 0, end: 5, exact: "Title" } },
      { id: "paragraph-1", kind: "paragraph", span: { start: 8, end: 14, exact: "First." } },
      { id: "paragraph-2", kind: "paragraph", span: { start: 17, end: 24, exact: "Second." } },
    ]);
  });

  it("numbers repeated furniture of one kind, and proposes the usual furniture lines as furniture", () => {
    const kinds = proposeSegments(
      "Title\nBody.\nRead more: other story\nRelated: a third\nJoin the conversation\nWe use cookies to improve this site.",
    ).map((segment) => [segment.id, segment.kind]);
    expect(kinds).toEqual([
      ["headline", "headline"],
      ["paragraph-1", "paragraph"],
      ["related-link", "related-link"],
      ["related-link-2", "related-link"],
      ["comment-prompt", "comment-prompt"],
      ["cookie-notice", "cookie-notice"],
    ]);
  });

  it("proposes nothing for an empty or blank text", () => {
    expect(proposeSegments("\n \n")).toEqual([]);
  });
});
