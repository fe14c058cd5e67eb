import { describe, expect, it } from "vitest";
import { fieldDescriptions } from "../../src/build/field-descriptions.js";
import { QuoteSchema, SpanSchema, UncertaintyMarkerSchema } from "../../src/schema/index.js";

describe("the field descriptions for the documentation", () => {
  const descriptions = fieldDescriptions();

  it("give each field of an inferred type the description its Zod schema declares", () => {
    expect(descriptions.Quote?.speaker).toBe(QuoteSchema.shape.speaker.meta()?.description);
    expect(descriptions.Span?.exact).toBe(SpanSchema.shape.exact.meta()?.description);
  });

  it("describe nested fields by path, through references, arrays and unions", () => {
    expect(descriptions.Quote?.cue).toBe(QuoteSchema.shape.cue.meta()?.description);
    expect(descriptions.Quote?.["cue.start"]).toBe(SpanSchema.shape.start.meta()?.description);
    expect(descriptions.Entity?.["mentions.span.exact"]).toBe(SpanSchema.shape.exact.meta()?.description);
    expect(descriptions.UncertaintyMarker?.["effect.view"]).toMatch(/whose view/i);
    expect(descriptions.UncertaintyMarker?.scope).toBe(UncertaintyMarkerSchema.shape.scope.meta()?.description);
  });

  it("cover every record kind of an annotated document", () => {
    expect(Object.keys(descriptions)).toEqual(
      expect.arrayContaining([
        "AnnotatedDocument",
        "Document",
        "Entity",
        "Quote",
        "Claim",
        "TemporalExpression",
        "TemporalLink",
        "UncertaintyMarker",
      ]),
    );
  });
});
