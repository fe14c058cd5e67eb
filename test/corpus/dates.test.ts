import { describe, expect, it } from "vitest";
import { corpus } from "../helpers/shipped-article.js";

/** The spans' text of the expressions a query returns. */
const said = (expressions: readonly { span: { exact: string } }[]) => expressions.map(({ span }) => span.exact);

describe("corpus.dates", () => {
  const september = corpus.dates({ from: "2021-09-01", to: "2021-09-30" });

  it("includes the 10-16 September exercise dates and the year 2021, not 1999", () => {
    expect(said(september).some((text) => text.includes("10-16 September"))).toBe(true);
    expect(said(september)).toContain("this year");
    expect(said(september)).toContain("2021");
    expect(said(september).some((text) => text.includes("1999"))).toBe(false);
    expect(said(september)).not.toContain("last year");
  });

  it("keeps open intervals: 'in October or later' overlaps any later date", () => {
    expect(said(corpus.dates({ from: "2030-01-01" }))).toContain("in October or later");
    expect(said(corpus.dates({ from: "2021-09-01", to: "2021-09-30" }))).not.toContain("in October or later");
    // "recently" is open towards the past.
    expect(said(corpus.dates({ to: "1900" }))).toContain("recently");
  });

  it("leaves durations and recurrences out of ranges, but not out of unranged queries", () => {
    const all = said(corpus.dates({ from: "1000", to: "3000" }));
    expect(all).not.toContain("just days");
    expect(all).not.toContain("every four years");
    expect(said(corpus.dates({ type: "DURATION" }))).toEqual(["just days"]);
    expect(said(corpus.dates({ type: "SET" }))).toEqual(["every four years"]);
    expect(corpus.dates({ from: "1000", type: "SET" })).toEqual([]);
  });

  it("accepts Date objects and keeps the precision of calendar strings", () => {
    const instant = new Date(Date.UTC(2017, 5, 1, 12));
    expect(said(corpus.dates({ from: instant, to: instant }))).toContain("2017");
    // The whole of September: up to its last instant.
    expect(said(corpus.dates({ from: "2021-09-16", to: "2021-09" })).some((text) => text.includes("September"))).toBe(
      true,
    );
    // The drills end on 16 September: the 17th is after them.
    expect(
      said(corpus.dates({ from: "2021-09-17", to: "2021-09-30" })).some((text) => text.includes("September")),
    ).toBe(false);
    expect(said(corpus.dates({ from: "2021-09-16T23:59:59Z" })).some((text) => text.includes("September"))).toBe(true);
  });

  it("throws a RangeError for invalid dates and reversed ranges", () => {
    expect(() => corpus.dates({ from: "2021-02-30" })).toThrow(RangeError);
    expect(() => corpus.dates({ from: "2021-13" })).toThrow(RangeError);
    expect(() => corpus.dates({ to: "next Thursday" })).toThrow(RangeError);
    expect(() => corpus.dates({ from: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => corpus.dates({ from: "2021-10-01", to: "2021-09-01" })).toThrow(/from is after to/);
  });

  it("returns every expression without a filter, in corpus order", () => {
    const all = corpus.dates();
    expect(all.length).toBe(corpus.documents[0]?.temporalExpressions.length);
    const starts = all.map((expression) => expression.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("corpus.timeline", () => {
  const timeline = corpus.timeline();

  it("holds the DATE and TIME expressions in chronological order", () => {
    expect(timeline.every(({ expression }) => expression.type === "DATE" || expression.type === "TIME")).toBe(true);
    expect(timeline.length).toBe(corpus.dates({ type: "DATE" }).length + corpus.dates({ type: "TIME" }).length);
    const starts = timeline.map(({ bounds }) => bounds[0] ?? Number.NEGATIVE_INFINITY);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(timeline[0]?.bounds[0]).toBeNull();
    expect(timeline.at(-1)?.expression.span.exact).toBe("in October or later");
  });

  it("gives each entry the records it dates and the links that involve them", () => {
    const september = timeline.find(({ expression }) => expression.span.exact.includes("10-16 September"));
    const exercise = september?.records.find((dated) => dated.kind === "entity");
    expect(exercise?.record.id).toBe("zapad-2021");
    expect(september?.links.some((link) => link.evidence.exact.includes("10-16 September"))).toBe(true);
    const putinSpoke = timeline.find(({ records }) =>
      records.some((dated) => dated.kind === "quote" && dated.record.speaker === "vladimir-putin"),
    );
    expect(putinSpoke?.expression.span.exact).toBe("on Thursday");
  });
});
