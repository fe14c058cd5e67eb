/**
 * Adding a reference field is one schema edit: this test gives the quote schema a `witness` field that refers to an
 * entity (the schema module is replaced for this file only) and shows that the data model, the validator, the typed
 * ids and the JSON Schema export pick it up with no other change.
 */
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { jsonSchemas } from "../../src/build/json-schemas.js";
import type { ShippedIds } from "../../src/generated/shipped-ids.js";
import { kindNamed } from "../../src/model/kind-named.js";
import type { RecordOf } from "../../src/model/record-types.js";
import { SCHEMA_MODEL } from "../../src/model/schema-model.js";
import type { QuoteSchema } from "../../src/schema/quote.js";
import { referenceTo } from "../../src/schema/reference.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { bridgeDocument } from "../helpers/bridge-document.js";

/** The quote schema with one more field: what a contributor would write in `src/schema/quote.ts`. */
function withWitness<Schema extends typeof QuoteSchema>(schema: Schema) {
  return schema.extend({ witness: referenceTo(["entity"], "Who else heard it.").optional() }).meta(schema.meta() ?? {});
}

vi.mock("../../src/schema/quote.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/schema/quote.js")>();
  const { referenceTo: reference } = await import("../../src/schema/reference.js");
  const QuoteSchema = original.QuoteSchema.extend({
    witness: reference(["entity"], "Who else heard it.").optional(),
  }).meta(original.QuoteSchema.meta() ?? {});
  return { ...original, QuoteSchema };
});

/** The bridge document with its quote's witness set, validated. */
function validateWithWitness(witness: string) {
  const document = bridgeDocument();
  Object.assign(document.quotes[0] ?? {}, { witness });
  return validateDocuments([document]).issues;
}

describe("a reference field added to a schema", () => {
  it("is in the data model, with its target kind", () => {
    expect(kindNamed(SCHEMA_MODEL, "quote").references).toContainEqual({
      path: ["witness"],
      name: "witness",
      refersTo: ["entity"],
      alsoAccepts: [],
    });
  });

  it("is checked by the validator: a known entity passes, an unknown id dangles, another kind is named", () => {
    expect(validateWithWitness("ana-nunez")).toEqual([]);
    const [dangling] = validateWithWitness("ana-nunes");
    expect(dangling).toMatchObject({
      check: "references-resolve",
      recordId: "quote-nunez-reopen-may",
      field: "witness",
      message: 'unknown entity id "ana-nunes"',
      tip: 'did you mean "ana-nunez"?',
    });
    const [wrongKind] = validateWithWitness("time-in-may");
    expect(wrongKind?.message).toBe('"time-in-may" is a temporal expression, but witness must refer to an entity');
  });

  it("is typed as an entity id in the records the corpus hands out", () => {
    type Quote = RecordOf<ReturnType<typeof withWitness>, "quote", ShippedIds>;
    expectTypeOf<Quote["witness"]>().toEqualTypeOf<ShippedIds["entity"] | undefined>();
    expectTypeOf<Quote["speaker"]>().toEqualTypeOf<ShippedIds["entity"]>();
  });

  it("is in the exported JSON Schema of a quote", () => {
    const schema = jsonSchemas().get("records/quote.schema.json") as {
      $defs: { Quote: { properties: Record<string, object> } };
    };
    expect(schema.$defs.Quote.properties.witness).toMatchObject({ type: "string", description: "Who else heard it." });
  });
});
