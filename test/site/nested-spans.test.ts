import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MarkedSpan, nestedSpans } from "../../src/site/reading-view/nested-spans.js";

/** A span with no chip or label, keyed `s<index>`. */
function span(index: number, start: number, end: number): MarkedSpan {
  return {
    key: `s${index}`,
    start,
    end,
    layerRank: index % 3,
    attributes: 'class="mark"',
    firstAttributes: "",
    prefix: "",
    suffix: "",
  };
}

/** Reads the HTML back: the text, the text under each key, and whether the tags balance. */
function readBack(html: string): { text: string; byKey: Map<string, string>; balanced: boolean } {
  const open: string[] = [];
  const byKey = new Map<string, string>();
  let text = "";
  let balanced = true;
  for (const token of html.match(/<span [^>]*>|<\/span>|[^<]+/g) ?? []) {
    if (token.startsWith("<span")) {
      const key = token.match(/ (?:id|data-part)="([^"]+)"/)?.[1] ?? "?";
      open.push(key);
    } else if (token === "</span>") {
      if (open.pop() === undefined) balanced = false;
    } else {
      const decoded = token
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
      text += decoded;
      for (const key of new Set(open)) byKey.set(key, (byKey.get(key) ?? "") + decoded);
    }
  }
  return { text, byKey, balanced: balanced && open.length === 0 };
}

describe("nestedSpans", () => {
  it("keeps the text, balances the tags and gives every span exactly its own words, however spans overlap", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (text, pairs) => {
          const spans = pairs
            .map(([a, b]) => [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number])
            .map(([start, end], index) => span(index, start, end));
          const { text: shown, byKey, balanced } = readBack(nestedSpans(text, 0, text.length, spans));
          expect(shown).toBe(text);
          expect(balanced).toBe(true);
          for (const marked of spans) {
            expect(byKey.get(marked.key) ?? "").toBe(text.slice(marked.start, marked.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("nests a span inside another without splitting either", () => {
    const html = nestedSpans("Kremlin spokesperson", 0, 20, [span(0, 0, 20), span(1, 0, 7)]);
    expect(html).toBe('<span class="mark" id="s0"><span class="mark" id="s1">Kremlin</span> spokesperson</span>');
  });

  it("renders only the range asked for, clipping spans that cross its edges", () => {
    const html = nestedSpans("ab\n\ncd", 4, 6, [span(0, 1, 5)]);
    expect(readBack(html).text).toBe("cd");
    expect(readBack(html).byKey.get("s0")).toBe("c");
  });
});
