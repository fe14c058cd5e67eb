import { describe, expect, it } from "vitest";
import { NDJSON_FILES, ndjsonRows } from "../../../src/formats/ndjson/ndjson-tables.js";
import { PARQUET_COLUMNS } from "../../../src/formats/parquet/parquet-columns.js";
import { toParquet } from "../../../src/formats/parquet/to-parquet.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import { shippedDocuments } from "../../helpers/shipped-documents.js";

/** The four bytes that open and close every Parquet file. */
const MAGIC = "PAR1";

const bytesToText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("toParquet", () => {
  const documents = shippedDocuments();
  const [document] = documents;
  if (!document) throw new Error("no shipped document");

  it("declares the columns of every NDJSON table, in the NDJSON key order, and no others", () => {
    expect(Object.keys(PARQUET_COLUMNS)).toEqual([...NDJSON_FILES]);
    const tables = ndjsonRows(document);
    for (const file of NDJSON_FILES) {
      for (const row of tables[file] ?? [])
        expect([file, Object.keys(row)]).toEqual([file, Object.keys(PARQUET_COLUMNS[file] ?? {})]);
    }
  });

  it("writes one Parquet file per table, named after the NDJSON file", () => {
    const files = toParquet(documents);
    expect(Object.keys(files)).toEqual(NDJSON_FILES.map((file) => file.replace(/\.ndjson$/, ".parquet")));
    for (const [path, bytes] of Object.entries(files)) {
      expect([path, bytesToText(bytes.slice(0, 4)), bytesToText(bytes.slice(-4))]).toEqual([path, MAGIC, MAGIC]);
    }
  });

  it("partitions by document in the Hive layout, a file only where the document has rows", () => {
    const second = structuredClone(document);
    second.document.id = "a-second-document";
    for (const entity of second.entities) entity.roles = undefined;
    const files = Object.keys(toParquet([document, second], { partition: true }));
    for (const table of ["documents", "quotes", "claims"]) {
      expect(files).toContain(`${table}/document_id=${document.document.id}/part-0.parquet`);
      expect(files).toContain(`${table}/document_id=a-second-document/part-0.parquet`);
    }
    expect(files).toContain(`roles/document_id=${document.document.id}/part-0.parquet`);
    expect(files).not.toContain("roles/document_id=a-second-document/part-0.parquet");
  });

  it("writes a table with no rows as a file with the table's columns, when not partitioned", () => {
    const bare: AnnotatedDocument = { ...structuredClone(document), quotes: [] };
    for (const claim of bare.claims) claim.quote = undefined;
    const files = toParquet([bare]);
    expect(bytesToText(files["quotes.parquet"]?.slice(0, 4) ?? new Uint8Array())).toBe(MAGIC);
  });

  it("refuses a value of another type than its column's, naming the table, column and value", () => {
    const broken = structuredClone(document);
    const quote = broken.quotes[0];
    if (!quote) throw new Error("no quote");
    (quote as { ellipsis: unknown }).ellipsis = "yes";
    expect(() => toParquet([broken])).toThrow('quotes: "yes" in column "ellipsis" is not a boolean value');
  });

  it("refuses null in a column of a required field", () => {
    const broken = structuredClone(document);
    const entity = broken.entities[0];
    if (!entity) throw new Error("no entity");
    (entity as { description: unknown }).description = null;
    expect(() => toParquet([broken])).toThrow('entities: null in column "description" is not a string value');
  });
});
