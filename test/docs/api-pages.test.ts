/**
 * The API reference shows the data model field by field, not as type expressions: the page of each object schema of
 * `newsfacts/schema` says what it parses to with a table of its fields, the record types list their fields, and the
 * query methods name their record types. Read from the generated site (docs/site/, written by `npm run build`); the
 * expected fields come from the schemas themselves.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schemaEntry from "../../src/exports/schema.js";

const SITE = "docs/site";

/** A page of the site. */
function page(path: string): string {
  return readFileSync(join(SITE, path), "utf8");
}

/** The text a reader sees of an HTML fragment. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of a page's first signature (`name: type = ...`). */
function signatureOf(html: string): string {
  return textOf(html.match(/<div class="tsd-signature">([\s\S]*?)<\/div>/)?.[1] ?? "");
}

/** The rows of the page's first table, each as the text of its cells. */
function tableRows(html: string): string[][] {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1] ?? "")),
  );
}

/** A field's description as its schema declares it (on the field, or on the schema an optional field wraps). */
function descriptionOf(field: z.ZodType): string | undefined {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return field.meta()?.description ?? inner.meta()?.description;
}

/** The object schemas `newsfacts/schema` exports, by export name. */
const OBJECT_SCHEMAS = Object.entries(schemaEntry as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodObject] => entry[0].endsWith("Schema") && entry[1] instanceof z.ZodObject,
);

describe("the API pages of the schemas", () => {
  it("cover the record kinds", () => {
    expect(OBJECT_SCHEMAS.map(([name]) => name)).toEqual(
      expect.arrayContaining(["ClaimSchema", "QuoteSchema", "EntitySchema", "TemporalExpressionSchema"]),
    );
  });

  it.each(OBJECT_SCHEMAS)(
    "%s shows the type it parses to, and each of its fields with its description",
    (name, schema) => {
      const html = page(`variables/newsfacts_schema.${name}.html`);
      const parsed = name.slice(0, -"Schema".length);
      expect(signatureOf(html)).toBe(`${name}: ZodObject<${parsed}> = ...`);
      expect(html).toMatch(new RegExp(`Parses to <a href="[^"]*\\b${parsed}\\.html"`));
      const rows = tableRows(html);
      expect(rows.map(([field]) => field?.replace(/ \(optional\)$/, ""))).toEqual(Object.keys(schema.shape));
      for (const [field, type, description] of rows) {
        const key = field?.replace(/ \(optional\)$/, "") ?? "";
        const fieldSchema = schema.shape[key] as z.ZodType;
        expect(field?.endsWith("(optional)"), key).toBe(fieldSchema instanceof z.ZodOptional);
        // A schema parses ids as strings: the table shows no id type parameter.
        expect(type, key).not.toMatch(/\bIds\b/);
        expect(description, key).toBe(descriptionOf(fieldSchema)?.replaceAll("`", "") ?? "");
      }
    },
  );
});

describe("the API pages of the records and queries", () => {
  it("list a record type's fields, each by a type's name rather than the type written out", () => {
    const html = page("interfaces/newsfacts.ClaimRecord.html");
    const members = [...html.matchAll(/<h3 class="tsd-anchor-link" id="([^"]+)"/g)].map((match) => match[1]);
    expect(members.sort()).toEqual(
      Object.keys(schemaEntry.ClaimSchema.shape)
        .map((key) => key.toLowerCase())
        .sort(),
    );
    const declaration = signatureOf(html);
    expect(declaration).toMatch(/^interface ClaimRecord<Ids extends IdTypes = ShippedIds> \{ about: /);
    // One pair of braces, the interface's own: no field's type is an object type written out.
    expect(declaration.match(/[{}]/g)).toEqual(["{", "}"]);
    expect(declaration).toContain("evidence: DeepReadonly<Span>;");
  });

  it("name the documents' type on the corpus instead of writing it out", () => {
    const html = page("classes/newsfacts.Corpus.html");
    const signature = textOf(
      html.match(/<div class="tsd-signature" id="documentsdocuments">([\s\S]*?)<\/div>/)?.[1] ?? "",
    );
    expect(signature).toMatch(/^get documents\(\): readonly DeepReadonlyObject<AnnotatedDocument<\w+>>\[\]$/);
  });

  it("name the record type a query returns, once", () => {
    const html = page("classes/newsfacts.Corpus.html");
    const quotes =
      html.match(/<div class="tsd-signature tsd-anchor-link" id="quotes-1">([\s\S]*?)<a href="#quotes-1"/)?.[1] ?? "";
    expect(textOf(quotes)).toBe("quotes(filter?: QuoteFilter<Ids>): readonly QuoteRecord<Ids>[]");
  });
});
