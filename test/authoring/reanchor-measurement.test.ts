/**
 * The re-anchoring measurement: realistic edits applied to a copy of the shipped article, and every span of its
 * records re-anchored against the edited text. Each span's true new place is known from the edits themselves, so a
 * span placed anywhere else counts as misplaced.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reanchorSpan } from "../../src/authoring/reanchor-span.js";
import type { Span } from "../../src/schema/span.js";
import type { JsonRecord } from "../helpers/data-copy.js";

const FOLDER = "data/putin-lukashenko-union-state-talks";
const SOURCE = readFileSync(join(FOLDER, "source.txt"), "utf8");

/** Every span of every record of the article, read from its files. */
function articleSpans(): Span[] {
  const spans: Span[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const record = value as JsonRecord;
    if (typeof record.start === "number" && typeof record.end === "number" && typeof record.exact === "string")
      spans.push(record as Span);
    for (const child of Object.values(record)) visit(child);
  };
  for (const file of readdirSync(FOLDER).filter((name) => name.endsWith(".json")))
    visit(JSON.parse(readFileSync(join(FOLDER, file), "utf8")));
  return spans;
}

/** A replacement of `remove` code units at `at` of the old text by `insert`. */
interface Edit {
  readonly name: string;
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** An edit that replaces the first occurrence of `before` (after `from`) with `after`. */
function replace(name: string, before: string, after: string, from = 0): Edit {
  const at = SOURCE.indexOf(before, from);
  if (at < 0) throw new Error(`"${before}" is not in the article`);
  return { name, at, remove: before.length, insert: after };
}

const FURNITURE = SOURCE.indexOf("\n\nSee also");

/** The realistic edits, in text order, none overlapping. */
const EDITS: readonly Edit[] = [
  { name: "a line inserted at the top", at: 0, remove: 0, insert: "UPDATED 10 September 2021, 09:00\n\n" },
  replace("a name re-spelt", "Dmitri Peskov", "Dmitry Peskov"),
  replace("a phrase rewritten", "in a rhetorical flourish", "with a flourish of rhetoric"),
  replace("a number re-formatted", "200,000", "200 000"),
  { name: "the page furniture removed", at: FURNITURE, remove: SOURCE.length - FURNITURE, insert: "\n" },
];

/** Applies the edits to the article. */
function edited(): string {
  let text = "";
  let from = 0;
  for (const edit of EDITS) {
    text += SOURCE.slice(from, edit.at) + edit.insert;
    from = edit.at + edit.remove;
  }
  return text + SOURCE.slice(from);
}

/** Where an old offset lands in the edited text; an offset inside a removed stretch lands at that edit's start. */
function mapOffset(offset: number): number {
  let shift = 0;
  for (const edit of EDITS) {
    if (offset < edit.at) break;
    if (offset < edit.at + edit.remove) return edit.at + shift;
    shift += edit.insert.length - edit.remove;
  }
  return offset + shift;
}

/** Whether an edit changes the text of a span (an insertion touches it only strictly inside). */
function touches(edit: Edit, span: Span): boolean {
  if (edit.remove === 0) return edit.at > span.start && edit.at < span.end;
  return edit.at < span.end && edit.at + edit.remove > span.start;
}

describe("re-anchoring the shipped article after realistic edits", () => {
  const text = edited();
  const spans = articleSpans();
  const outcomes = spans.map((span) => {
    const expected = {
      start: mapOffset(span.start),
      end: mapOffset(span.end - 1) + 1,
      touched: EDITS.some((edit) => touches(edit, span)),
    };
    return { span, expected, result: reanchorSpan(text, span) };
  });

  it("re-anchors exactly every span whose words the edits left alone, and places no span where it does not belong", () => {
    const isExact = (status: string) => status === "unchanged" || status === "shifted";
    const untouched = outcomes.filter(({ expected }) => !expected.touched);
    const misplaced = outcomes.filter(({ result, expected }) => {
      if (result.status === "orphan") return false;
      // An untouched span must land exactly where the edits moved it; a touched one must at least overlap that place.
      if (!expected.touched) return result.span.start !== expected.start || result.span.end !== expected.end;
      return result.span.end <= expected.start || result.span.start >= expected.end;
    });
    const count = (status: string) => outcomes.filter(({ result }) => result.status === status).length;
    const figures = {
      spans: spans.length,
      untouchedByEdits: untouched.length,
      unchanged: count("unchanged"),
      shifted: count("shifted"),
      fuzzy: count("fuzzy"),
      orphaned: count("orphan"),
      misplaced: misplaced.length,
      exactShareOfUntouched: untouched.filter(({ result }) => isExact(result.status)).length / untouched.length,
      exactShareOfAll: outcomes.filter(({ result }) => isExact(result.status)).length / spans.length,
    };
    console.log(`re-anchoring figures: ${JSON.stringify(figures)}`);
    expect(misplaced.map(({ span, result }) => [span.exact, span.start, result])).toEqual([]);
    expect(figures.exactShareOfUntouched).toBeGreaterThanOrEqual(0.98);
    // Most of the article's spans are short and the edits few: all but the touched ones come back exactly.
    expect(figures.exactShareOfAll).toBeGreaterThanOrEqual(0.9);
  });

  it("orphans only spans that the edits touched, and re-anchors every untouched span exactly", () => {
    for (const { span, expected, result } of outcomes) {
      if (expected.touched) continue;
      expect([span.exact, span.start, result.status]).toEqual([
        span.exact,
        span.start,
        expect.stringMatching(/^(unchanged|shifted)$/),
      ]);
    }
  });

  it("places a re-spelt name and a re-formatted number approximately, giving their new text", () => {
    const peskov = outcomes.filter(({ span }) => span.exact === "Dmitri Peskov");
    expect(peskov.length).toBeGreaterThan(0);
    for (const { result } of peskov)
      expect(result).toMatchObject({ status: "fuzzy", span: { exact: "Dmitry Peskov" } });
    const figure = outcomes.filter(({ span }) => span.exact.includes("200,000"));
    expect(figure.length).toBeGreaterThan(0);
    for (const { span, result } of figure)
      expect(result).toMatchObject({ status: "fuzzy", span: { exact: span.exact.replace("200,000", "200 000") } });
  });
});
