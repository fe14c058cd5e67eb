import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues } from "../../helpers/document-issues.js";

/**
 * The bridge document with "🌉" (two UTF-16 code units) put before "Harbour Bridge" in the headline, every offset from
 * there on moved by two, and the headline's mention of the bridge started `shift` code units earlier.
 */
function withBridgeEmoji(shift: number) {
  const document = bridgeDocument();
  const text = `🌉${document.text}`;
  const move = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const span = value as { start?: unknown; end?: unknown };
    if (typeof span.start === "number" && typeof span.end === "number") {
      span.start += 2;
      span.end += 2;
    }
    for (const child of Object.values(value)) move(child);
  };
  move(document);
  const headline = document.document.segments[0];
  if (headline) headline.span = { start: 0, end: headline.span.end, exact: text.slice(0, headline.span.end) };
  const bridge = document.entities.find((entity) => entity.id === "harbour-bridge")?.mentions[0];
  if (bridge) {
    bridge.span.start -= shift;
    bridge.span.exact = text.slice(bridge.span.start, bridge.span.end);
  }
  document.text = text;
  document.document.title = text.slice(0, headline?.span.end);
  document.document.sha256 = createHash("sha256").update(text).digest("hex");
  return document;
}

describe("spans-whole-characters", () => {
  it("accepts spans around a character outside the BMP", () => {
    expect(documentIssues(withBridgeEmoji(0), "spans-whole-characters")).toEqual([]);
    expect(documentIssues(withBridgeEmoji(2), "spans-whole-characters")).toEqual([]);
    expect(documentIssues(withBridgeEmoji(0), "spans-match")).toEqual([]);
  });

  it("reports a span that starts between the two halves of a surrogate pair", () => {
    expect(documentIssues(withBridgeEmoji(1), "spans-whole-characters")).toMatchObject([
      {
        recordId: "harbour-bridge",
        field: "mentions.0.span.start",
        message: 'start 1 splits the character "🌉" (U+1F309) in two',
        tip: "use 0 or 2: offsets count UTF-16 code units, two for this character",
      },
    ]);
  });

  it("reports a span that ends inside a pair, at its end", () => {
    const document = withBridgeEmoji(0);
    const headline = document.document.segments[0];
    if (headline) headline.span = { start: 0, end: 1, exact: document.text.slice(0, 1) };
    const issues = documentIssues(document, "spans-whole-characters");
    expect(issues.map(({ field, message }) => [field, message])).toEqual([
      ["segments.0.span.end", 'end 1 splits the character "🌉" (U+1F309) in two'],
    ]);
  });
});
