import { describe, expect, it } from "vitest";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { Quantity } from "../../../src/schema/claim.js";
import type { CheckInput } from "../../../src/validate/check.js";
import { quantitiesMatchText } from "../../../src/validate/checks/quantities-match-text.js";

const TEXT = "Police said as many as 200,000 people marched in the fifth protest, every four years, 10-16 times.";

/** A span of the text above: the first occurrence of `exact`. */
function span(exact: string) {
  const start = TEXT.indexOf(exact);
  return { start, end: start + exact.length, exact };
}

/** The problems the check finds for one claim (evidence: the whole sentence) with the given quantities. */
function problems(quantities: Partial<Quantity>[], evidence = span(TEXT), language = "en") {
  const document = {
    text: TEXT,
    document: { language },
    claims: [{ id: "claim", evidence, quantities }],
  } as unknown as AnnotatedDocument;
  // Only the document matters to this check; the corpus facts are not read.
  const input = { document, documentIndex: 0, invalidIds: new Set<string>() } as unknown as CheckInput;
  return quantitiesMatchText.run(input).map(({ path, message }) => [path.join("."), message]);
}

describe("quantities-match-text", () => {
  it("accepts numbers as their words state them, in digits and in words", () => {
    expect(
      problems([
        { span: span("as many as 200,000"), approximation: "approximate", value: 200_000, cue: span("as many as") },
        { span: span("as many as 200,000"), approximation: "upper-bound", max: 200_000 },
        { span: span("fifth"), approximation: "exact", value: 5 },
        { span: span("every four years"), approximation: "exact", value: 4 },
        { span: span("10-16"), approximation: "range", min: 10, max: 16 },
      ]),
    ).toEqual([]);
  });

  it("reports a number its words do not state: a bound off by a factor of ten, an ordinal as a negative number", () => {
    expect(
      problems([
        { span: span("as many as 200,000"), approximation: "upper-bound", max: 20_000 },
        { span: span("fifth"), approximation: "exact", value: -5 },
        { span: span("10-16"), approximation: "range", min: 10, max: 15 },
      ]),
    ).toEqual([
      ["claims.0.quantities.0.max", 'max 20000 is not what "as many as 200,000" states (200,000)'],
      ["claims.0.quantities.1.value", 'value -5 is not what "fifth" states (5)'],
      ["claims.0.quantities.2.max", 'max 15 is not what "10-16" states (16)'],
    ]);
  });

  it("reads number words only in English, and leaves vague amounts alone", () => {
    expect(problems([{ span: span("fifth"), approximation: "exact", value: -5 }], span(TEXT), "de")).toEqual([]);
    expect(
      problems([{ span: span("200,000 people"), approximation: "approximate", value: 200_000 }], span(TEXT), "de"),
    ).toEqual([]);
  });

  it("reports a quantity outside its claim's evidence, and a cue outside its quantity", () => {
    expect(
      problems(
        [{ span: span("fifth"), approximation: "exact", value: 5, cue: span("Police") }],
        span("Police said as many as 200,000 people marched"),
      ),
    ).toEqual([
      ["claims.0.quantities.0.span", "53-58 lies outside the claim's evidence (0-45)"],
      ["claims.0.quantities.0.cue", "0-6 lies outside the quantity's span (53-58)"],
    ]);
  });
});
