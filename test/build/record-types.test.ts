/**
 * The types written out by `npm run generate` (src/generated/record-types.ts) are what the main entry's declarations
 * and the documentation use; the Zod schemas stay the one place the data model is written. These checks fail when
 * the generated types and the types Zod infers (with ids typed by `RecordOf`) differ in any field.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { recordTypesModule } from "../../src/build/record-types-module.js";
import type * as generated from "../../src/generated/record-types.js";
import type { ShippedIds } from "../../src/generated/shipped-ids.js";
import type { RecordOf } from "../../src/model/record-types.js";
import type * as schemas from "../../src/schema/index.js";
import type * as inferred from "../../src/schema/types.js";

/** Ids of a corpus that is neither the shipped one nor plain strings. */
interface OtherIds {
  readonly document: "d";
  readonly entity: "e";
  readonly quote: "q";
  readonly claim: "c";
  readonly temporalExpression: "t";
  readonly temporalLink: "l";
  readonly uncertaintyMarker: "u";
}

describe("the generated data types", () => {
  it("are written without zod, a record type for every record kind the corpus hands out", () => {
    const source = recordTypesModule(new Set(["quote", "claim"]));
    expect(source).not.toMatch(/from "zod"/);
    expect(source).toMatch(/^export interface QuoteRecord<Ids extends IdTypes = ShippedIds> \{$/m);
    expect(source).toMatch(/^export interface ClaimRecord<Ids extends IdTypes = ShippedIds> \{$/m);
    expect(source).not.toMatch(/EntityRecord/);
    expect(source).toMatch(/^ {2}readonly speaker: Ids\["entity"\];$/m);
    expect(source).toMatch(/^ {2}readonly claimant: Ids\["entity"\] \| "author";$/m);
  });

  it("equal the types Zod infers from the schemas", () => {
    expectTypeOf<generated.AnnotatedDocument>().toEqualTypeOf<inferred.AnnotatedDocument>();
    expectTypeOf<generated.Document>().toEqualTypeOf<inferred.Document>();
    expectTypeOf<generated.Entity>().toEqualTypeOf<inferred.Entity>();
    expectTypeOf<generated.Mention>().toEqualTypeOf<inferred.Mention>();
    expectTypeOf<generated.Quote>().toEqualTypeOf<inferred.Quote>();
    expectTypeOf<generated.Claim>().toEqualTypeOf<inferred.Claim>();
    expectTypeOf<generated.Quantity>().toEqualTypeOf<inferred.Quantity>();
    expectTypeOf<generated.ClaimRelation>().toEqualTypeOf<inferred.ClaimRelation>();
    expectTypeOf<generated.TemporalExpression>().toEqualTypeOf<inferred.TemporalExpression>();
    expectTypeOf<generated.ResolutionRule>().toEqualTypeOf<inferred.ResolutionRule>();
    expectTypeOf<generated.TemporalLink>().toEqualTypeOf<inferred.TemporalLink>();
    expectTypeOf<generated.UncertaintyMarker>().toEqualTypeOf<inferred.UncertaintyMarker>();
    expectTypeOf<generated.PublicationDate>().toEqualTypeOf<inferred.PublicationDate>();
    expectTypeOf<generated.Segment>().toEqualTypeOf<inferred.Segment>();
    expectTypeOf<generated.Span>().toEqualTypeOf<inferred.Span>();
    expectTypeOf<generated.Factuality>().toEqualTypeOf<inferred.Factuality>();
    expectTypeOf<generated.EntityKind>().toEqualTypeOf<inferred.EntityKind>();
    expectTypeOf<generated.QuoteKind>().toEqualTypeOf<inferred.QuoteKind>();
    expectTypeOf<generated.SegmentKind>().toEqualTypeOf<inferred.SegmentKind>();
    expectTypeOf<generated.UncertaintyCategory>().toEqualTypeOf<inferred.UncertaintyCategory>();
    expectTypeOf<generated.FactualityViews>().toEqualTypeOf<z.infer<typeof schemas.FactualityViewsSchema>>();
    expectTypeOf<generated.UncertaintyEffect>().toEqualTypeOf<z.infer<typeof schemas.UncertaintyEffectSchema>>();
    expectTypeOf<generated.FactualityReading>().toEqualTypeOf<schemas.FactualityReading>();
    expectTypeOf<generated.PublicationConstraint>().toEqualTypeOf<schemas.PublicationConstraint>();
    expectTypeOf<generated.Violation>().toEqualTypeOf<schemas.Violation>();
    expectTypeOf<generated.RegistryEntity>().toEqualTypeOf<schemas.RegistryEntity>();
    expectTypeOf<generated.EntityMentions>().toEqualTypeOf<z.infer<typeof schemas.EntityMentionsSchema>>();
  });

  it("type records as RecordOf does, for the shipped ids, plain strings and any other ids", () => {
    expectTypeOf<generated.EntityRecord>().toEqualTypeOf<RecordOf<typeof schemas.EntitySchema, "entity", ShippedIds>>();
    expectTypeOf<generated.QuoteRecord>().toEqualTypeOf<RecordOf<typeof schemas.QuoteSchema, "quote", ShippedIds>>();
    expectTypeOf<generated.ClaimRecord<OtherIds>>().toEqualTypeOf<
      RecordOf<typeof schemas.ClaimSchema, "claim", OtherIds>
    >();
    expectTypeOf<generated.TemporalExpressionRecord<OtherIds>>().toEqualTypeOf<
      RecordOf<typeof schemas.TemporalExpressionSchema, "temporalExpression", OtherIds>
    >();
    expectTypeOf<generated.TemporalLinkRecord<OtherIds>>().toEqualTypeOf<
      RecordOf<typeof schemas.TemporalLinkSchema, "temporalLink", OtherIds>
    >();
    expectTypeOf<generated.UncertaintyMarkerRecord<OtherIds>>().toEqualTypeOf<
      RecordOf<typeof schemas.UncertaintyMarkerSchema, "uncertaintyMarker", OtherIds>
    >();
  });
});
