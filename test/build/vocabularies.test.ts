import { describe, expect, it } from "vitest";
import { vocabulariesModule } from "../../src/build/generated-modules.js";
import { ENTITY_KINDS, QUOTE_KINDS, TEMPORAL_TYPES, UNCERTAINTY_CATEGORIES } from "../../src/generated/vocabularies.js";
import { EntityKindSchema } from "../../src/schema/entity.js";
import { QuoteKindSchema } from "../../src/schema/quote.js";
import { TemporalTypeSchema } from "../../src/schema/temporal-expression.js";
import { UncertaintyCategorySchema } from "../../src/schema/uncertainty-marker.js";

describe("the generated vocabularies", () => {
  it("hold the values of the schemas' enumerations, for code that must not load zod", () => {
    expect(ENTITY_KINDS).toEqual(EntityKindSchema.options);
    expect(QUOTE_KINDS).toEqual(QuoteKindSchema.options);
    expect(TEMPORAL_TYPES).toEqual(TemporalTypeSchema.options);
    expect(UNCERTAINTY_CATEGORIES).toEqual(UncertaintyCategorySchema.options);
  });

  it("are up to date with the generator", () => {
    expect(vocabulariesModule()).toContain(`export const QUOTE_KINDS = ${JSON.stringify(QuoteKindSchema.options)}`);
  });
});
