import { describe, expect, it } from "vitest";
import { toNdjson } from "../../../src/formats/ndjson/to-ndjson.js";
import { DATA_DIRECTORY, type JsonRecord, readRecords } from "../../helpers/data-copy.js";
import { shippedArticle, withTextBefore } from "../../helpers/shipped-documents.js";

/** Parses every line of an NDJSON file; the file must end with a newline (or be empty). */
function parseLines(content: string): JsonRecord[] {
  if (content === "") return [];
  expect(content.endsWith("\n")).toBe(true);
  return content
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line));
}

/** The number of elements of a nested list, summed over the records of a data file. */
function nestedCount(file: string, list: string): number {
  return readRecords(DATA_DIRECTORY, file).reduce((sum, record) => sum + (record[list]?.length ?? 0), 0);
}

describe("toNdjson", () => {
  const document = shippedArticle();
  const documents = [document];
  const files = toNdjson(documents);
  const rows = Object.fromEntries(Object.entries(files).map(([file, content]) => [file, parseLines(content)]));

  it("writes one row per record, and one per element of each nested list, in its own file", () => {
    const expected: Record<string, number> = {
      "documents.ndjson": 1,
      "segments.ndjson": document.document.segments.length,
      "entities.ndjson": readRecords(DATA_DIRECTORY, "entities.json").length,
      "mentions.ndjson": nestedCount("entities.json", "mentions"),
      "roles.ndjson": nestedCount("entities.json", "roles"),
      "quotes.ndjson": readRecords(DATA_DIRECTORY, "quotes.json").length,
      "claims.ndjson": readRecords(DATA_DIRECTORY, "claims.json").length,
      "quantities.ndjson": nestedCount("claims.json", "quantities"),
      "claim-relations.ndjson": nestedCount("claims.json", "relations"),
      "temporal-expressions.ndjson": readRecords(DATA_DIRECTORY, "temporal-expressions.json").length,
      "temporal-links.ndjson": readRecords(DATA_DIRECTORY, "temporal-links.json").length,
      "uncertainty-markers.ndjson": readRecords(DATA_DIRECTORY, "uncertainty-markers.json").length,
    };
    expect(Object.fromEntries(Object.entries(rows).map(([file, lines]) => [file, lines.length]))).toEqual(expected);
    for (const [file, count] of Object.entries(expected)) expect(count, file).toBeGreaterThan(0);
  });

  it("gives every row of a file the same keys, starting with document_id", () => {
    for (const [file, lines] of Object.entries(rows)) {
      const keys = Object.keys(lines[0] ?? {});
      expect(keys[0], file).toBe("document_id");
      for (const line of lines) expect(Object.keys(line), file).toEqual(keys);
    }
  });

  it("has only scalar columns, or arrays of strings for lists of ids and names", () => {
    for (const [file, lines] of Object.entries(rows)) {
      for (const line of lines) {
        for (const [key, value] of Object.entries(line)) {
          const scalar = value === null || ["string", "number", "boolean"].includes(typeof value);
          const strings = Array.isArray(value) && value.every((element) => typeof element === "string");
          expect(scalar || strings, `${file} ${key}`).toBe(true);
        }
      }
    }
  });

  it("flattens spans and optional fields to columns: a mention's start, end, exact; a claim without status", () => {
    const putin = readRecords(DATA_DIRECTORY, "entities.json").find((entity) => entity.id === "vladimir-putin");
    const first = rows["mentions.ndjson"]?.find((row) => row.entity_id === "vladimir-putin" && row.ordinal === 0);
    const { start, end, exact } = putin?.mentions[0].span ?? {};
    expect(first).toMatchObject({ start, end, exact, pronoun: false });
    const claim = readRecords(DATA_DIRECTORY, "claims.json").find((record) => record.status === undefined);
    expect(rows["claims.ndjson"]?.find((row) => row.id === claim?.id)).toMatchObject({
      status: null,
      factuality_claimant: claim?.factuality.claimant,
      factuality_author: claim?.factuality.author,
    });
  });

  it("counts offsets in code points, so slicing the document's text by code points gives exact", () => {
    const shifted = toNdjson([withTextBefore(document, "𝕏 😀 ")]);
    const text = [...JSON.parse(shifted["documents.ndjson"] ?? "").text];
    const original = rows["mentions.ndjson"] ?? [];
    const mentions = parseLines(shifted["mentions.ndjson"] ?? "");
    mentions.forEach((mention, index) => {
      expect(mention.start).toBe((original[index]?.start ?? 0) + 4);
      expect(text.slice(mention.start, mention.end).join("")).toBe(mention.exact);
    });
    for (const file of ["quotes.ndjson", "uncertainty-markers.ndjson"]) {
      for (const row of parseLines(shifted[file] ?? "")) {
        const prefix = file === "quotes.ndjson" ? "cue_" : "scope_";
        expect(text.slice(row[`${prefix}start`], row[`${prefix}end`]).join(""), file).toBe(row[`${prefix}exact`]);
      }
    }
  });
});
