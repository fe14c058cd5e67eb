/**
 * DuckDB, a real SQL engine, reads what the NDJSON and Parquet exports write: the command line's files (one Parquet
 * file per table, Hive partitions by document, and NDJSON), row for row against the corpus, with the column types
 * the export declares, every span equal to the text it points to, and the analyst queries of the Command line and
 * formats guide giving the same answers as the query API.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../src/exports/index.js";
import type { ExportInput } from "../../src/formats/export-input.js";
import { NDJSON_FILES } from "../../src/formats/ndjson/ndjson-tables.js";
import { toNdjson } from "../../src/formats/ndjson/to-ndjson.js";
import { PARQUET_COLUMNS, type ParquetColumnType } from "../../src/formats/parquet/parquet-columns.js";
import { toParquet } from "../../src/formats/parquet/to-parquet.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";
import { shippedDocuments, withTextBefore } from "../helpers/shipped-documents.js";

/** How an export lays a table out, and the DuckDB table function that reads it. */
type Layout = "ndjson" | "parquet" | "partitioned";

const LAYOUTS: readonly Layout[] = ["ndjson", "parquet", "partitioned"];

/** `claim-relations.ndjson` → `claim-relations`. */
const tableOf = (file: string) => file.replace(/\.ndjson$/, "");

/** A table's SQL view name: `claim-relations` → `claim_relations`. */
const viewOf = (table: string) => table.replaceAll("-", "_");

/** The DuckDB expression that reads a table of an export directory in a layout. */
function source(directory: string, table: string, layout: Layout): string {
  if (layout === "ndjson") return `read_json('${join(directory, `${table}.ndjson`)}', format = 'newline_delimited')`;
  if (layout === "parquet") return `read_parquet('${join(directory, `${table}.parquet`)}')`;
  return `read_parquet('${join(directory, table, "*", "*.parquet")}', hive_partitioning = true)`;
}

/** Writes export files (relative path → content) under a new temporary directory. */
function writeExport(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-duckdb-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

/** Runs the built command line's export into a new temporary directory. */
function cliExport(...args: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-duckdb-cli-"));
  const result = newsfacts("export", "--out", directory, ...args);
  expect(result.status, result.stderr).toBe(0);
  return directory;
}

/** The rows of a query, with DuckDB's BIGINT counts as numbers. */
async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value]),
      ),
    );
}

/** The rows each table must have: one per record, or per element of a nested list, counted from the records. */
function expectedRowCounts(documents: ExportInput): Record<string, number> {
  const sum = (count: (document: ExportInput[number]) => number) =>
    documents.reduce((total, document) => total + count(document), 0);
  return {
    documents: documents.length,
    segments: sum((document) => document.document.segments.length),
    entities: sum((document) => document.entities.length),
    mentions: sum((document) => document.entities.reduce((total, entity) => total + entity.mentions.length, 0)),
    roles: sum((document) => document.entities.reduce((total, entity) => total + (entity.roles?.length ?? 0), 0)),
    quotes: sum((document) => document.quotes.length),
    claims: sum((document) => document.claims.length),
    quantities: sum((document) => document.claims.reduce((total, claim) => total + claim.quantities.length, 0)),
    "claim-relations": sum((document) => document.claims.reduce((total, claim) => total + claim.relations.length, 0)),
    "temporal-expressions": sum((document) => document.temporalExpressions.length),
    "temporal-links": sum((document) => document.temporalLinks.length),
    "uncertainty-markers": sum((document) => document.uncertaintyMarkers.length),
  };
}

/** The span column prefixes of a table: `""` for `start`/`end`/`exact`, `"cue_"` for `cue_start`/..., and so on. */
function spanPrefixes(file: string): string[] {
  return Object.keys(PARQUET_COLUMNS[file] ?? {})
    .filter((column) => column.endsWith("start"))
    .map((column) => column.slice(0, -"start".length));
}

/** Creates a view per table of an export in a layout; tables with no rows have no partition files to read. */
async function createViews(
  connection: DuckDBConnection,
  directory: string,
  layout: Layout,
  counts: Record<string, number>,
): Promise<void> {
  for (const file of NDJSON_FILES) {
    const table = tableOf(file);
    if (counts[table] === 0) continue;
    await connection.run(
      `CREATE OR REPLACE VIEW ${viewOf(table)} AS SELECT * FROM ${source(directory, table, layout)}`,
    );
  }
}

/**
 * Every span of every table checked with SQL's `substring` (1-based, in characters): how many spans there are and
 * how many equal the text they point to, per table and span column.
 */
async function spanCheck(connection: DuckDBConnection, counts: Record<string, number>) {
  const results: { column: string; spans: number; matching: number }[] = [];
  for (const file of NDJSON_FILES) {
    const table = tableOf(file);
    if (counts[table] === 0) continue;
    for (const prefix of spanPrefixes(file)) {
      const [start, end, exact] = ["start", "end", "exact"].map((name) => `t."${prefix}${name}"`);
      const [row] = await rows(
        connection,
        `SELECT count(*) AS spans,
                count(*) FILTER (WHERE substring(d.text, ${start} + 1, ${end} - ${start}) = ${exact}) AS matching
         FROM ${viewOf(table)} t JOIN documents d ON d.id = t.document_id
         WHERE ${start} IS NOT NULL`,
      );
      results.push({ column: `${table}.${prefix}start`, spans: Number(row?.spans), matching: Number(row?.matching) });
    }
  }
  return results;
}

/** The guide that shows the SQL of the exports: its Parquet and SQL section. */
const FORMATS_GUIDE = "docs/command-line.md";

/** The ```sql blocks of the formats guide, by their first line (a `-- question` comment, or the first statement). */
function formatsGuideSql(): Map<string, string> {
  const guide = readFileSync(FORMATS_GUIDE, "utf8");
  const blocks = [...guide.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  return new Map(blocks.map((block) => [block.split("\n")[0] ?? "", block]));
}

/** The ```sql blocks of the Data at scale guide that DuckDB runs (the BigQuery one is left to BigQuery). */
function guideDuckDbSql(): string[] {
  const guide = readFileSync("docs/data-at-scale.md", "utf8");
  return [...guide.matchAll(/```sql\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .filter((block) => !block.includes("newsfacts.quotes"));
}

/** The formats guide's query that starts with this comment. */
function guideQuery(comment: string): string {
  const query = [...formatsGuideSql()].find(([first]) => first.startsWith(`-- ${comment}`))?.[1];
  if (query === undefined) throw new Error(`${FORMATS_GUIDE} has no \`\`\`sql block starting "-- ${comment}"`);
  return query;
}

// The query API's answers to the three analyst questions, computed from the shipped corpus.

/** Speakers by number of quotes, most first (ties by id), through `corpus.quotes({ speaker })`. */
function quotedMost(): { speaker: string; quotes: number }[] {
  const speakers = [...new Set(corpus.entities().map((entity) => entity.id))];
  return speakers
    .map((speaker) => ({ speaker, quotes: corpus.quotes({ speaker }).length }))
    .filter((row) => row.quotes > 0)
    .sort((a, b) => b.quotes - a.quotes || (a.speaker < b.speaker ? -1 : 1));
}

/** Claims by the author's factuality value, in value order. */
function claimsByAuthorFactuality(): { factuality_author: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const claim of corpus.claims()) {
    counts.set(claim.factuality.author, (counts.get(claim.factuality.author) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([factuality_author, claims]) => ({ factuality_author, claims }));
}

/** DATE and TIME expressions whose bounds (`corpus.boundsOf`) lie within one calendar month, by month. */
function datesByMonth(): { month: string; expressions: number }[] {
  const counts = new Map<string, number>();
  for (const expression of [...corpus.dates({ type: "DATE" }), ...corpus.dates({ type: "TIME" })]) {
    const [start, end] = corpus.boundsOf(expression.id) ?? [null, null];
    if (start === null || end === null) continue;
    const month = new Date(start).toISOString().slice(0, 7);
    if (new Date(end).toISOString().slice(0, 7) === month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, expressions]) => ({ month, expressions }));
}

const DUCKDB_TYPES: Readonly<Record<ParquetColumnType, string>> = {
  string: "VARCHAR",
  int32: "INTEGER",
  double: "DOUBLE",
  boolean: "BOOLEAN",
  strings: "VARCHAR[]",
};

let instance: DuckDBInstance;
let connection: DuckDBConnection;
const documents = shippedDocuments();
const counts = expectedRowCounts(documents);
const exports: Record<Layout, string> = { ndjson: "", parquet: "", partitioned: "" };

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  exports.ndjson = cliExport("--format", "ndjson");
  exports.parquet = cliExport("--format", "parquet");
  exports.partitioned = cliExport("--format", "parquet", "--partition");
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe.each(LAYOUTS)("DuckDB reading the %s export of the command line", (layout) => {
  beforeAll(async () => {
    await createViews(connection, exports[layout], layout, counts);
  });

  it("has one row per record (or nested list element) in every table", async () => {
    expect(Object.keys(counts)).toEqual(NDJSON_FILES.map(tableOf));
    for (const [table, count] of Object.entries(counts)) {
      if (count === 0) continue;
      const [row] = await rows(connection, `SELECT count(*) AS n FROM ${viewOf(table)}`);
      expect([table, row?.n]).toEqual([table, count]);
    }
    expect(counts.quotes).toBeGreaterThan(0);
  });

  it("finds every span's exact text at its offsets with substring(text, start + 1, end - start)", async () => {
    const checked = await spanCheck(connection, counts);
    expect(checked.length).toBeGreaterThan(10);
    for (const { column, spans, matching } of checked) expect([column, matching]).toEqual([column, spans]);
    expect(checked.reduce((total, { spans }) => total + spans, 0)).toBeGreaterThan(300);
  });

  it("answers the formats guide's analyst questions as the query API does", async () => {
    expect(await rows(connection, guideQuery("Who is quoted most?"))).toEqual(quotedMost());
    expect(await rows(connection, guideQuery("How many claims does the article's author commit to"))).toEqual(
      claimsByAuthorFactuality(),
    );
    const months = datesByMonth();
    expect(months.length).toBeGreaterThan(0);
    expect(await rows(connection, guideQuery("Dates by month"))).toEqual(months);
    expect(await rows(connection, guideQuery("Every span is the text it points to"))).toEqual([]);
  });
});

describe("the Parquet export's schema, as DuckDB reads it", () => {
  it("has the declared type of every column, and document_id from the path when partitioned", async () => {
    for (const layout of ["parquet", "partitioned"] as const) {
      for (const file of NDJSON_FILES) {
        const table = tableOf(file);
        if (counts[table] === 0) continue;
        const described = await rows(connection, `DESCRIBE SELECT * FROM ${source(exports[layout], table, layout)}`);
        const types = Object.fromEntries(described.map((row) => [row.column_name, row.column_type]));
        const expected = Object.fromEntries(
          Object.entries(PARQUET_COLUMNS[file] ?? {}).map(([name, column]) => [name, DUCKDB_TYPES[column.type]]),
        );
        expect([layout, table, types]).toEqual([layout, table, expected]);
      }
    }
  });

  it("marks exactly the optional fields' columns as nullable", async () => {
    for (const file of NDJSON_FILES) {
      const columns = PARQUET_COLUMNS[file] ?? {};
      const schema = await rows(
        connection,
        `SELECT name, repetition_type FROM parquet_schema('${join(exports.parquet, `${tableOf(file)}.parquet`)}')`,
      );
      const repetition = Object.fromEntries(
        schema.filter((row) => String(row.name) in columns).map((row) => [row.name, row.repetition_type]),
      );
      const expected = Object.fromEntries(
        Object.entries(columns).map(([name, column]) => [name, column.nullable ? "OPTIONAL" : "REQUIRED"]),
      );
      expect([file, repetition]).toEqual([file, expected]);
    }
  });

  it("reads the formats guide's view definitions as written, with export/ as the export folder", async () => {
    const views = [...formatsGuideSql()].find(([first]) => first.startsWith("CREATE VIEW"))?.[1] ?? "";
    expect(views).toContain("CREATE VIEW quotes");
    await connection.run(
      views.replaceAll("'export/", `'${exports.parquet}/`).replaceAll("CREATE VIEW", "CREATE OR REPLACE VIEW"),
    );
    expect(await rows(connection, guideQuery("Who is quoted most?"))).toEqual(quotedMost());
  });
});

describe("offsets in code points, as SQL counts characters", () => {
  it("keep every span equal to its text after characters outside the BMP, in NDJSON and Parquet", async () => {
    const shifted = documents.map((document) => withTextBefore(document, "𝕏 😀 "));
    const shiftedCounts = expectedRowCounts(shifted);
    const directories: Record<Layout, string> = {
      ndjson: writeExport(toNdjson(shifted)),
      parquet: writeExport(toParquet(shifted)),
      partitioned: writeExport(toParquet(shifted, { partition: true })),
    };
    for (const layout of LAYOUTS) {
      await createViews(connection, directories[layout], layout, shiftedCounts);
      const checked = await spanCheck(connection, shiftedCounts);
      expect(checked.length).toBeGreaterThan(10);
      for (const { column, spans, matching } of checked)
        expect([layout, column, matching]).toEqual([layout, column, spans]);
    }
  });
});

describe("the Data at scale guide's DuckDB SQL", () => {
  it("runs as written on one folder holding every form of the export, and re-partitions by month", async () => {
    const files = { ...toNdjson(documents), ...toParquet(documents), ...toParquet(documents, { partition: true }) };
    const folder = writeExport(files);
    const warehouse = mkdtempSync(join(tmpdir(), "newsfacts-warehouse-"));
    const blocks = guideDuckDbSql();
    expect(blocks).toHaveLength(2);
    // A database of its own, so that the guide's view names are free.
    const guideInstance = await DuckDBInstance.create(":memory:");
    const guide = await guideInstance.connect();
    try {
      for (const block of blocks) {
        await guide.run(block.replaceAll("'export/", `'${folder}/`).replaceAll("'warehouse/", `'${warehouse}/`));
      }
      for (const view of ["quotes", "quotes_partitioned", "quotes_ndjson"]) {
        const [row] = await rows(guide, `SELECT count(*) AS n FROM ${view}`);
        expect([view, row?.n]).toEqual([view, counts.quotes]);
      }
      const [copied] = await rows(
        guide,
        `SELECT count(*) AS n FROM read_parquet('${warehouse}/quotes/*/*.parquet', hive_partitioning = true)`,
      );
      expect(copied?.n).toBe(counts.quotes);
    } finally {
      guide.closeSync();
      guideInstance.closeSync();
    }
  });
});
