import { describe, expect, it } from "vitest";
import { BRIDGE_TEXT, bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

/** The bridge document with its segment at `index` given new offsets (and the text they cover). */
function withSegmentAt(index: number, start: number, end: number) {
  const document = bridgeDocument();
  const segment = document.document.segments[index];
  if (!segment) throw new Error(`no segment ${index}`);
  segment.span = { start, end, exact: BRIDGE_TEXT.slice(start, end) };
  return document;
}

describe("segments-tile", () => {
  it("accepts segments separated by blank lines, with text after the last one only whitespace", () => {
    expect(documentIssues(bridgeDocument(), "segments-tile")).toEqual([]);
  });

  it("reports a paragraph that starts inside the headline", () => {
    const paragraph = bridgeDocument().document.segments[1]?.span;
    const issues = documentIssues(withSegmentAt(1, 10, paragraph?.end ?? 0), "segments-tile");
    expect(issues).toMatchObject([
      {
        recordId: "harbour-bridge-reopening",
        field: "segments.1.span.start",
        message:
          "starts at 10, inside an earlier segment (segment-headline, 0-24): segments are listed in text order and never overlap",
      },
    ]);
  });

  it("reports text outside every segment, at the end of the segment before it", () => {
    const paragraph = bridgeDocument().document.segments[1]?.span;
    const end = (paragraph?.end ?? 0) - "longer.".length;
    const issues = documentIssues(withSegmentAt(1, paragraph?.start ?? 0, end), "segments-tile");
    expect(issues).toMatchObject([
      { field: "segments.1.span.end", message: `the text "longer." at ${end}-${end + 7} is in no segment` },
    ]);
  });

  it("reports text before the first segment at its start", () => {
    const issues = documentIssues(withSegmentAt(0, "Harbour ".length, 24), "segments-tile");
    expect(issues.map(({ field, message }) => [field, message])).toContainEqual([
      "segments.0.span.start",
      'the text "Harbour" at 0-7 is in no segment',
    ]);
  });

  it("reports a second headline, and a document without one", () => {
    const twice = bridgeDocument();
    present(twice.document.segments[1], "segment 1").kind = "headline";
    expect(documentIssues(twice, "segments-tile")).toMatchObject([
      {
        field: "segments.1.kind",
        message: expect.stringMatching(/^is a second headline \(the first is segment-headline\)/),
      },
    ]);
    const none = bridgeDocument();
    present(none.document.segments[0], "segment 0").kind = "paragraph";
    expect(documentIssues(none, "segments-tile")).toMatchObject([
      { field: "segments", message: "no segment is the headline" },
    ]);
  });

  it("reports a title that is not the headline as printed", () => {
    const document = bridgeDocument();
    document.document.title = "Harbour Bridge to Reopen";
    expect(documentIssues(document, "segments-tile")).toMatchObject([
      {
        field: "title",
        message:
          'title "Harbour Bridge to Reopen" differs from the headline "Harbour Bridge to reopen" (segment-headline)',
      },
    ]);
  });
});
