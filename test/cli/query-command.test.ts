import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_ID,
  copyArticle,
  copyData,
  copyDataWithFixture,
  DATA_DIRECTORY,
  editJson,
  FIXTURE_ARTICLE_ID,
  type JsonRecord,
  readRecords,
} from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

const quotes = readRecords(DATA_DIRECTORY, "quotes.json");
const claims = readRecords(DATA_DIRECTORY, "claims.json");

/** The ids of the records a `--json` query printed. */
function jsonIds(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonRecord[]).map((record) => record.id);
}

describe("newsfacts query", () => {
  it("prints a table: a heading, a rule and one line per quote, for --speaker and --kind", () => {
    const expected = quotes.filter((quote) => quote.speaker === "alexander-lukashenko" && quote.kind === "indirect");
    expect(expected.length).toBeGreaterThan(1);
    const result = newsfacts(
      "query",
      "quotes",
      "--speaker",
      "alexander-lukashenko",
      "--kind",
      "indirect",
      "--data",
      copyArticle(),
    );
    expect(result.status).toBe(0);
    const [heading, rule, ...rows] = result.stdout.trimEnd().split("\n");
    expect(heading?.split(/\s{2,}/)).toEqual(["id", "kind", "speaker", "content"]);
    expect(rule).toMatch(/^-+( +-+){3}$/);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(expected.map((quote) => quote.id));
    // The speaker is shown by name; --json keeps the id.
    for (const row of rows) expect(row).toMatch(/ indirect +Alexander Lukashenko +\S/);
  });

  it("prints JSON with --json: the full records, filtered by claimant, certainty and view", () => {
    const byAuthor = claims.filter((claim) => claim.claimant === "author");
    const certain = byAuthor.filter((claim) => claim.factuality.author.startsWith("CT"));
    // The filter must drop something for the test to mean anything: the author's probable (PR) claims.
    expect(certain.length).toBeGreaterThan(0);
    expect(certain.length).toBeLessThan(byAuthor.length);
    const result = newsfacts(
      "query",
      "claims",
      "--claimant",
      "author",
      "--min-certainty",
      "CT",
      "--view",
      "author",
      "--document",
      ARTICLE_ID,
      "--json",
    );
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as JsonRecord[];
    expect(printed.map((claim) => claim.id)).toEqual(certain.map((claim) => claim.id));
    expect(printed[0]).toEqual({ document: ARTICLE_ID, ...certain[0] });
  });

  it("filters dates by TIMEX3 type and uncertainty markers by the record they affect", () => {
    const durations = readRecords(DATA_DIRECTORY, "temporal-expressions.json").filter(
      (time) => time.type === "DURATION",
    );
    const dates = newsfacts("query", "dates", "--type", "DURATION", "--document", ARTICLE_ID, "--json");
    expect(jsonIds(dates.stdout)).toEqual(durations.map((time) => time.id));
    const target = "claim-moscow-200000-troops";
    const markers = readRecords(DATA_DIRECTORY, "uncertainty-markers.json").filter((marker) =>
      marker.affects.includes(target),
    );
    expect(markers.length).toBeGreaterThan(0);
    expect(jsonIds(newsfacts("query", "uncertainty", "--target", target, "--json").stdout)).toEqual(
      markers.map((marker) => marker.id),
    );
  });

  it("adds a document column, and a document id to each JSON record, when the corpus has several documents", () => {
    const directory = copyDataWithFixture();
    const result = newsfacts(
      "query",
      "quotes",
      "--speaker",
      "alexander-lukashenko",
      "--kind",
      "direct",
      "--data",
      directory,
    );
    expect(result.status).toBe(0);
    const [heading, , ...rows] = result.stdout.trimEnd().split("\n");
    expect(heading?.split(/\s{2,}/)).toEqual(["document", "id", "kind", "speaker", "content"]);
    const documents = rows.map((row) => row.split(/\s+/)[0]);
    expect(new Set(documents)).toEqual(new Set([ARTICLE_ID, FIXTURE_ARTICLE_ID]));
    const printed = JSON.parse(
      newsfacts("query", "entities", "--name", "peskov", "--data", directory, "--json").stdout,
    ) as JsonRecord[];
    expect(printed.map((entity) => [entity.id, entity.documents])).toEqual([
      ["dmitri-peskov", [FIXTURE_ARTICLE_ID, ARTICLE_ID]],
    ]);
  });

  it.each([
    ["entities", "--kind", "place"],
    ["quotes", "--kind", "direct"],
    ["claims", "--claimant", "author"],
    ["dates", "--type", "DATE"],
    ["uncertainty", "--category", "evidential"],
  ])("takes --document on %s, keeping only that document's records", (kind, flag, value) => {
    const directory = copyDataWithFixture();
    const all = JSON.parse(newsfacts("query", kind, flag, value, "--data", directory, "--json").stdout) as JsonRecord[];
    const only = JSON.parse(
      newsfacts("query", kind, flag, value, "--document", FIXTURE_ARTICLE_ID, "--data", directory, "--json").stdout,
    ) as JsonRecord[];
    const fromFixture = (record: JsonRecord) =>
      record.document === FIXTURE_ARTICLE_ID || record.documents?.includes(FIXTURE_ARTICLE_ID);
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    expect(only).toEqual(all.filter(fromFixture));
  });

  it("queries a user's own data directory with --data", () => {
    const directory = copyData();
    // Putin is defined once, in the entity registry.
    const putinFile = join(directory, "entities", "vladimir-putin.json");
    const putin = JSON.parse(readFileSync(putinFile, "utf8"));
    writeFileSync(putinFile, JSON.stringify({ ...putin, name: "Vladimir Vladimirovich Putin" }));
    const result = newsfacts("query", "entities", "--name", "vladimirovich", "--data", directory, "--json");
    expect(result.status).toBe(0);
    expect(jsonIds(result.stdout)).toEqual(["vladimir-putin"]);
    expect(jsonIds(newsfacts("query", "entities", "--name", "vladimirovich", "--json").stdout)).toEqual([]);
  });

  /** The issue lines `newsfacts validate` prints: its standard error without the record counts and the summary. */
  function validateIssueLines(directory: string): string[] {
    const lines = newsfacts("validate", directory).stderr.trimEnd().split("\n");
    return lines.slice(0, -1).filter((line) => !line.startsWith("document "));
  }

  it.each([
    {
      stage: "a check (a reference to no entity)",
      break: (directory: string) =>
        editJson(directory, "quotes.json", (json) => {
          json.records[0].speaker = "nobody";
        }),
      issue: /quotes\.json:\d+:\d+ .* speaker: unknown entity id "nobody" \[references-resolve\]/,
    },
    {
      stage: "loading (a JSON syntax error)",
      break: (directory: string) => {
        const file = join(directory, ARTICLE_ID, "claims.json");
        writeFileSync(file, readFileSync(file, "utf8").replace("{", "{,"));
      },
      issue: /claims\.json:1:2 .*\[json\]/,
    },
  ])("prints the issues newsfacts validate prints, then one line, and exits 1 when --data fails $stage", (example) => {
    const directory = copyData();
    example.break(directory);
    const issueLines = validateIssueLines(directory);
    expect(issueLines).toEqual([expect.stringMatching(example.issue)]);
    const result = newsfacts("query", "quotes", "--data", directory);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${issueLines.join("\n")}\nnewsfacts query: ${directory} has 1 problem(s)\n`);
  });

  it.each([
    [["claims", "--speaker", "vladimir-putin"], "--speaker"],
    [["claims", "--min-certainty", "sure"], "--min-certainty"],
    [["dates", "--from", "yesterday"], "--from"],
    [["entities", "--kind"], "--kind"],
  ])("exits 2 with one line naming the flag for %j", (args, flag) => {
    const result = newsfacts("query", ...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.endsWith("\n")).toBe(true);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(flag);
  });

  it("exits 2 naming an unknown query kind", () => {
    const result = newsfacts("query", "people");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^newsfacts query: unknown query "people"[^\n]*\n$/);
  });

  it("documents every query and its filters with --help, and one query's with query <kind> --help", () => {
    const all = newsfacts("query", "--help");
    expect(all.status).toBe(0);
    for (const word of [
      "entities",
      "quotes",
      "claims",
      "dates",
      "uncertainty",
      "--speaker",
      "--min-certainty",
      "--json",
    ])
      expect(all.stdout).toContain(word);
    const claimsHelp = newsfacts("query", "claims", "--help");
    expect(claimsHelp.status).toBe(0);
    expect(claimsHelp.stdout).toMatch(/^Usage: newsfacts query claims/);
    expect(claimsHelp.stdout).toContain("--polarity");
    expect(claimsHelp.stdout).not.toContain("--speaker");
  });
});
