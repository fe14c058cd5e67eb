import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

/** Two characters outside the BMP, of two UTF-16 code units each. */
const PREFIX = "🌉🌉";

/** The bridge document with two "🌉" before its text, every span moved past them and the headline over them. */
function withTwoEmoji() {
  const document = bridgeDocument();
  const move = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const span = value as { start?: unknown; end?: unknown };
    if (typeof span.start === "number" && typeof span.end === "number") {
      span.start += PREFIX.length;
      span.end += PREFIX.length;
    }
    for (const child of Object.values(value)) move(child);
  };
  move(document);
  const text = `${PREFIX}${document.text}`;
  const headline = present(document.document.segments[0], "the headline");
  headline.span = { start: 0, end: headline.span.end, exact: text.slice(0, headline.span.end) };
  document.text = text;
  document.document.title = headline.span.exact;
  document.document.sha256 = createHash("sha256").update(text).digest("hex");
  return document;
}

describe("spans-whole-characters, every span and both ends", () => {
  it("reports the start and the end of one span, and a later span, each where it splits a character", () => {
    const document = withTwoEmoji();
    const text = document.text;
    // From the middle of the first 🌉 to the middle of the second; then from the middle of the second on.
    present(document.entities[1], "entity 1").mentions[0] = { span: { start: 1, end: 3, exact: text.slice(1, 3) } };
    present(document.entities[2], "entity 2").mentions[0] = { span: { start: 3, end: 4, exact: text.slice(3, 4) } };
    const issues = documentIssues(document, "spans-whole-characters");
    expect(issues.map(({ recordId, field, message }) => [recordId, field, message])).toEqual([
      ["harbour-bridge", "mentions.0.span.start", 'start 1 splits the character "🌉" (U+1F309) in two'],
      ["harbour-bridge", "mentions.0.span.end", 'end 3 splits the character "🌉" (U+1F309) in two'],
      ["engineers", "mentions.0.span.start", 'start 3 splits the character "🌉" (U+1F309) in two'],
    ]);
  });
});
