import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATA_MODEL } from "../../src/generated/data-model.js";
import { deriveModel } from "../../src/model/derive-model.js";
import { kindNamed } from "../../src/model/kind-named.js";
import { SCHEMA_MODEL } from "../../src/model/schema-model.js";
import { eachReference, eachSpan, mainSpanOf } from "../../src/model/walkers.js";
import { AnnotatedDocumentSchema } from "../../src/schema/annotated-document.js";
import { referenceTo } from "../../src/schema/reference.js";
import { SpanSchema } from "../../src/schema/span.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { bridgeDocument } from "../helpers/bridge-document.js";

describe("deriveModel", () => {
  it("is what the build generated for the code that loads no zod", () => {
    expect(DATA_MODEL).toEqual(deriveModel(AnnotatedDocumentSchema));
  });

  it("finds every record kind once, where its records are and in which file", () => {
    expect(SCHEMA_MODEL.kinds.map((kind) => [kind.kind, kind.at.join("."), kind.file, kind.idType])).toEqual([
      ["publicationDate", "document.publicationDate", "document.json", "temporalExpression"],
      ["entity", "entities", "entities.json", "entity"],
      ["quote", "quotes", "quotes.json", "quote"],
      ["claim", "claims", "claims.json", "claim"],
      ["temporalExpression", "temporalExpressions", "temporal-expressions.json", "temporalExpression"],
      ["temporalLink", "temporalLinks", "temporal-links.json", "temporalLink"],
      ["uncertaintyMarker", "uncertaintyMarkers", "uncertainty-markers.json", "uncertaintyMarker"],
    ]);
    expect(SCHEMA_MODEL.kinds.filter((kind) => kind.sharedAcrossDocuments).map((kind) => kind.kind)).toEqual([
      "entity",
    ]);
  });

  it("takes the main span from `mainSpan` (the first of a list) or the only span", () => {
    const mainSpans = Object.fromEntries(SCHEMA_MODEL.kinds.map((kind) => [kind.kind, kind.mainSpan?.join(".")]));
    expect(mainSpans).toEqual({
      publicationDate: undefined,
      entity: "mentions.0.span",
      quote: "content",
      claim: "evidence",
      temporalExpression: "span",
      temporalLink: "evidence",
      uncertaintyMarker: "scope",
    });
    const document = bridgeDocument();
    const entity = document.entities[0];
    expect(entity && mainSpanOf(kindNamed(SCHEMA_MODEL, "entity"), entity)).toBe(entity?.mentions[0]?.span);
  });

  /** A document schema with one record kind, for the errors below. */
  function documentWith(quote: z.ZodObject) {
    return z.strictObject({ quotes: z.array(quote) });
  }

  it("refuses metadata it cannot honour, naming the field", () => {
    const quote = (shape: z.ZodRawShape) => z.strictObject({ id: z.string(), ...shape }).meta({ recordKind: "quote" });
    const toUnknownKind = quote({ about: z.array(referenceTo(["claim"], "A claim.")) });
    expect(() => deriveModel(documentWith(toUnknownKind))).toThrow(
      'quote.about refers to "claim", which no schema defines',
    );
    const twoMainSpans = quote({ a: SpanSchema.meta({ mainSpan: true }), b: SpanSchema.meta({ mainSpan: true }) });
    expect(() => deriveModel(documentWith(twoMainSpans))).toThrow("quotes.*.b: a second main span of quote");
    const referenceOnNumber = quote({ count: z.number().meta({ refersTo: ["quote"] }) });
    expect(() => deriveModel(documentWith(referenceOnNumber))).toThrow("quotes.*.count: refersTo is only for id");
    expect(() => deriveModel(documentWith(quote({ a: SpanSchema, b: SpanSchema })))).toThrow("quote has several spans");
    const inUnion = quote({ either: z.union([SpanSchema, z.string()]) });
    expect(() => deriveModel(documentWith(inUnion))).toThrow("quotes.*.either: a span inside a union");
    expect(() => deriveModel(z.strictObject({ quotes: z.array(quote({})), more: z.array(quote({})) }))).toThrow(
      'more.*: a second "quote" record kind',
    );
  });
});

describe("the walkers", () => {
  it("visit every reference with its live path, but not the values a field accepts that are not ids", () => {
    const document = bridgeDocument();
    const seen: string[] = [];
    eachReference(SCHEMA_MODEL, document, (id, field, kind, path) => {
      seen.push(`${kind.kind}.${field.name}@${path.join(".")}=${id}`);
    });
    expect(seen).toContain("quote.speaker@quotes.0.speaker=ana-nunez");
    expect(seen.filter((entry) => entry.includes("claimant=author"))).toEqual([]);
    const claimants = document.claims.filter((claim) => claim.claimant !== "author").length;
    expect(seen.filter((entry) => entry.startsWith("claim.claimant@"))).toHaveLength(claimants);
  });

  it("visit every span of a document, segments first", () => {
    const document = bridgeDocument();
    const paths: string[] = [];
    eachSpan(SCHEMA_MODEL, document, (span, path) => {
      expect(document.text.slice(span.start, span.end)).toBe(span.exact);
      paths.push(path.join("."));
    });
    expect(paths[0]).toBe("document.segments.0.span");
    expect(paths).toContain("quotes.0.content");
    expect(paths).toContain("entities.0.mentions.0.span");
  });
});

describe("a reference of the wrong kind", () => {
  it("is named as such, not as an unknown id", () => {
    const document = bridgeDocument();
    Object.assign(document.quotes[0] ?? {}, { speaker: "time-4-march-2024" });
    const [issue] = validateDocuments([document]).issues;
    expect(issue).toMatchObject({
      check: "references-resolve",
      field: "speaker",
      message: '"time-4-march-2024" is a temporal expression, but speaker must refer to an entity',
    });
  });
});
