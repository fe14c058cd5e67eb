/**
 * The schema layer has no rules of its own: it asks Zod. The quote schema is given fields of the forms a
 * hand-written interpreter of Zod's definitions got wrong (the schema module is replaced for this file only), and
 * the validator's verdict on each value is Zod's.
 */
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { QuoteSchema } from "../../src/schema/quote.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { bridgeDocument } from "../helpers/bridge-document.js";

vi.mock("../../src/schema/quote.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/schema/quote.js")>();
  const { z: zod } = await import("zod");
  const QuoteSchema = original.QuoteSchema.extend({
    take: zod.int().optional(),
    recordedOn: zod.iso.date().optional(),
    contact: zod.email().optional(),
    transcript: zod
      .string()
      .transform((text) => text.trim())
      .pipe(zod.string().min(1))
      .optional(),
    nickname: zod.string().exactOptional(),
  }).meta(original.QuoteSchema.meta() ?? {});
  return { ...original, QuoteSchema };
});

/** The schema issues of the bridge document with its quote's fields set to `fields`. */
function schemaIssuesWith(fields: Record<string, unknown>) {
  const document = bridgeDocument();
  Object.assign(document.quotes[0] ?? {}, fields);
  return validateDocuments([document]).issues.filter((issue) => issue.check === "schema");
}

describe("the schema layer on forms Zod knows best", () => {
  it.each([
    ["an integer", "take", 1.5, 2],
    ["an ISO date", "recordedOn", "2021-13-45", "2021-03-04"],
    ["an e-mail address", "contact", "not an address", "press@example.org"],
    ["a transformed then checked string", "transcript", "   ", " said "],
    ["an exact optional field", "nickname", undefined, "Ana"],
  ])("%s: rejects what Zod rejects, at the field, and accepts what Zod accepts", (_form, field, bad, good) => {
    const quote = bridgeDocument().quotes[0];
    // The premise, from Zod itself: the first value fails the field, the second passes it.
    expect(QuoteSchema.safeParse({ ...quote, [field]: bad }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quote, [field]: good }).success).toBe(true);
    expect(schemaIssuesWith({ [field]: bad })).toMatchObject([
      { check: "schema", recordId: "quote-nunez-reopen-may", field },
    ]);
    expect(schemaIssuesWith({ [field]: good })).toEqual([]);
  });

  it("reports an exact optional field set to undefined as missing, which JSON cannot express but code can", () => {
    expect(z.string().exactOptional().safeParse(undefined).success).toBe(false);
    expect(schemaIssuesWith({ nickname: undefined })).toMatchObject([
      { field: "nickname", message: "missing required field (expected string)" },
    ]);
  });
});
