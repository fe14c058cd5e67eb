import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/run.js";
import { textTable } from "../../src/cli/text-table.js";
import { corpus } from "../../src/exports/index.js";
import { copyArticle, copyDataWithFixture } from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";
import { corpus as articleCorpus } from "../helpers/shipped-article.js";

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

/**
 * A data directory of the shipped article alone: the tests of exact columns query it, since a corpus of several
 * documents adds a `document` column.
 */
const articleData = copyArticle();

describe("newsfacts query output", () => {
  it("prints the version with --version and -v, as package.json has it", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8"));
    for (const flag of ["--version", "-v"])
      expect(newsfacts(flag)).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it("shows speakers and claimants by name in tables and CSV, and keeps ids in JSON and NDJSON", () => {
    const table = newsfacts("query", "quotes", "--data", articleData, "--kind", "direct").stdout;
    expect(table).toContain("Vladimir Putin");
    expect(table).not.toContain("vladimir-putin");
    const json = JSON.parse(
      newsfacts("query", "quotes", "--data", articleData, "--kind", "direct", "--format", "json").stdout,
    );
    // Each record printed as JSON carries the id of its document first.
    const expected = articleCorpus
      .quotes({ kind: "direct" })
      .map((quote) => ({ document: articleCorpus.documentOf(quote), ...quote }));
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
    const ndjson = newsfacts("query", "quotes", "--data", articleData, "--kind", "direct", "--format", "ndjson")
      .stdout.trimEnd()
      .split("\n");
    expect(ndjson.map((line) => JSON.parse(line))).toEqual(json);
    const claims = newsfacts(
      "query",
      "claims",
      "--data",
      articleData,
      "--claimant",
      "author",
      "--format",
      "csv",
    ).stdout;
    expect(claims.split("\n")[0]).toBe("id,claimant,claimant view,author view,statement");
    expect(claims.split("\n")[1]).toMatch(/^claim-[a-z0-9-]+,the author,/);
  });

  it("writes CSV that a CSV reader gets back: quotes doubled, fields with commas quoted, nothing cut", () => {
    const csv = newsfacts("query", "claims", "--format", "csv").stdout.trimEnd().split("\n");
    const claims = corpus.claims();
    expect(csv).toHaveLength(claims.length + 1);
    const withComma = claims.findIndex((claim) => claim.statement.includes(","));
    expect(withComma).toBeGreaterThanOrEqual(0);
    const statement = (claims[withComma] as { statement: string }).statement;
    expect(csv[withComma + 1]?.endsWith(`,"${statement.replaceAll('"', '""')}"`)).toBe(true);
  });

  it("cuts the last column to fit the terminal, measuring “ and … as one column, and never with --wide", async () => {
    const run = async (args: string[], columns: number) => {
      const lines: string[] = [];
      await main(args, { out: (line) => lines.push(line), error: () => {}, columns });
      return lines;
    };
    const narrow = await run(["query", "quotes", "--data", articleData], 120);
    expect(narrow.every((line) => stringWidth(line) <= 120)).toBe(true);
    expect(narrow.some((line) => line.endsWith("…"))).toBe(true);
    const wide = await run(["query", "quotes", "--data", articleData, "--wide"], 120);
    expect(wide.some((line) => stringWidth(line) > 120)).toBe(true);
    expect(wide.some((line) => line.includes("only as a union … nearly a single people"))).toBe(true);
    // “, … and wide characters are padded by their width on screen, so the next column lines up.
    const table = textTable(
      [
        { heading: "text", cell: (row: string) => row },
        { heading: "next", cell: () => "x" },
      ],
      ["“quoted”", "a … b", "北京", "plain"],
    );
    const positions = table.slice(2).map((line) => stringWidth(line.slice(0, line.lastIndexOf("x"))));
    expect(new Set(positions)).toEqual(new Set([stringWidth("“quoted”  ")]));
  });

  it("fits a table of several documents to the terminal: the text first, then the widest columns alike", async () => {
    const lines: string[] = [];
    const out = (line: string) => lines.push(line);
    await main(["query", "quotes", "--data", copyDataWithFixture()], { out, error: () => {}, columns: 120 });
    expect(lines[0]?.split(/ {2,}/)[0]).toBe("document");
    expect(lines.every((line) => stringWidth(line) <= 120)).toBe(true);
    // Ids wider than the cap are cut to the same width, so the columns still line up and every row is there.
    const rows = ["doc-aaaa-bbbb-cccc-dddd-eeee", "doc-x"].map((id) => ({ id, text: "words ".repeat(20) }));
    const table = textTable(
      [
        { heading: "id", cell: (row: (typeof rows)[number]) => row.id },
        { heading: "other id", cell: (row: (typeof rows)[number]) => `${row.id}-${row.id}` },
        { heading: "text", cell: (row: (typeof rows)[number]) => row.text },
      ],
      rows,
      { columns: 50 },
    );
    expect(table).toHaveLength(4);
    expect(table.every((line) => stringWidth(line) <= 50)).toBe(true);
    // 50 columns: the text is cut to its least, 12; the two ids share the rest, 17 each with the separators.
    expect(table[2]).toBe("doc-aaaa-bbbb-cc…  doc-aaaa-bbbb-cc…  words words…");
    expect(table[3]).toBe("doc-x              doc-x-doc-x        words words…");
  });

  it("says did you mean on stderr and exits 1 for an unknown id, with the empty result on stdout", () => {
    const result = newsfacts("query", "quotes", "--speaker", "vladimir-putn", "--format", "json");
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toBe(
      'newsfacts query: --speaker: no entity "vladimir-putn" in the corpus (did you mean "vladimir-putin"?)\n',
    );
    const related = newsfacts("query", "claims", "--related-to", "claim-moscow-200000-troop");
    expect(related.status).toBe(1);
    expect(related.stderr).toContain(
      '--related-to: no claim "claim-moscow-200000-troop" in the corpus (did you mean "claim-moscow-200000-troops"?)',
    );
    const name = newsfacts("query", "entities", "--name", "lukashenkov");
    expect(name.status).toBe(1);
    expect(name.stderr).toContain('--name: no entity name matches "lukashenkov" (did you mean "lukashenko"?)');
    // A known id that matches nothing is an answer, not a mistake.
    expect(newsfacts("query", "quotes", "--speaker", "nato").status).toBe(0);
    expect(newsfacts("query", "claims", "--claimant", "author", "--json").status).toBe(0);
  });

  it("refuses --json with another --format, and an unknown format", () => {
    expect(newsfacts("query", "quotes", "--json", "--format", "csv")).toMatchObject({
      status: 2,
      stderr: "newsfacts query: --json contradicts --format csv\n",
    });
    expect(newsfacts("query", "quotes", "--format", "xml").status).toBe(2);
    expect(ids(JSON.parse(newsfacts("query", "quotes", "--json").stdout))).toEqual(ids(corpus.quotes()));
  });
});
