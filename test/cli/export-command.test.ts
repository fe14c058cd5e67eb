import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_ID,
  copyArticle,
  countRecords,
  DATA_DIRECTORY,
  type JsonRecord,
  readRecords,
} from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

/** Runs an export into a fresh directory; returns the directory and the files the command printed. */
function exportTo(format: string, ...args: string[]): { out: string; files: string[] } {
  const out = mkdtempSync(join(tmpdir(), `newsfacts-export-${format}-`));
  const result = newsfacts("export", "--format", format, "--out", out, ...args);
  expect(result.status, result.stderr).toBe(0);
  return { out, files: result.stdout.trimEnd().split("\n") };
}

describe("newsfacts export", () => {
  it("writes NDJSON tables whose every line parses, one line per record", () => {
    const { out, files } = exportTo("ndjson", "--data", copyArticle());
    expect(files).toContain(join(out, "claims.ndjson"));
    for (const file of files) {
      const content = readFileSync(file, "utf8");
      for (const line of content.split("\n").slice(0, -1)) expect(() => JSON.parse(line), file).not.toThrow();
    }
    const lines = (name: string) => readFileSync(join(out, name), "utf8").split("\n").length - 1;
    expect(lines("entities.ndjson")).toBe(readRecords(DATA_DIRECTORY, "entities.json").length);
    expect(lines("claims.ndjson")).toBe(readRecords(DATA_DIRECTORY, "claims.json").length);
  });

  it("writes one W3C annotation per record, from a data directory given with --data", () => {
    const { files } = exportTo("w3c", "--data", copyArticle());
    expect(files).toHaveLength(1);
    const annotations: JsonRecord[] = JSON.parse(readFileSync(files[0] ?? "", "utf8"));
    const records = countRecords(DATA_DIRECTORY);
    expect(annotations).toHaveLength(records);
    expect(annotations.every((annotation) => annotation.type === "Annotation")).toBe(true);
  });

  it("writes schema.org JSON-LD with its context embedded", () => {
    const { files } = exportTo("jsonld", "--data", copyArticle());
    const document = JSON.parse(readFileSync(files[0] ?? "", "utf8"));
    expect(typeof document["@context"]).toBe("object");
    expect(document["@graph"].filter((node: JsonRecord) => node["@type"] === "Claim")).toHaveLength(
      readRecords(DATA_DIRECTORY, "claims.json").length,
    );
  });

  it("writes the JSON Schemas exactly as the package ships them under schema/", () => {
    const { out, files } = exportTo("json-schema");
    expect(files.map((file) => relative(out, file))).toContain(join("records", "claim.schema.json"));
    for (const file of files) {
      expect(readFileSync(file, "utf8")).toBe(readFileSync(join("schema", relative(out, file)), "utf8"));
    }
  });

  it("writes one Parquet file per table, or with --partition one folder per table and document", () => {
    const tables = ["documents", "claims", "quotes", "claim-relations"];
    const single = exportTo("parquet");
    for (const table of tables) expect(single.files).toContain(join(single.out, `${table}.parquet`));
    const partitioned = exportTo("parquet", "--partition");
    const relativePaths = partitioned.files.map((file) => relative(partitioned.out, file));
    for (const table of tables) {
      expect(relativePaths).toContain(join(table, `document_id=${ARTICLE_ID}`, "part-0.parquet"));
    }
    for (const file of [...single.files, ...partitioned.files]) {
      expect(readFileSync(file).subarray(0, 4).toString(), file).toBe("PAR1");
    }
  });

  it.each([
    [["--format", "ndjson", "--out", "x", "--partition"], "--partition"],
    [["--format", "rdf", "--out", "x"], "--format"],
    [["--format", "ndjson"], "--out"],
    [["--out", "x"], "--format"],
    [["--format", "ndjson", "--out", "x", "--pretty"], "--pretty"],
  ])("exits 2 with one line naming the flag for %j", (args, flag) => {
    const result = newsfacts("export", ...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(flag);
  });

  it("documents its formats and options with --help", () => {
    const result = newsfacts("export", "--help");
    expect(result.status).toBe(0);
    for (const word of ["jsonld", "w3c", "ndjson", "parquet", "json-schema", "--out", "--partition", "--data"]) {
      expect(result.stdout).toContain(word);
    }
  });
});
