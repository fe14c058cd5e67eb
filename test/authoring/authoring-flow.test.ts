/**
 * The guide "Adding an article", run end to end on a fictional article: new → records written by their exact text
 * → fix → validate → query. The records are the fixture's, as a contributor would write them (no offsets).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newsfacts } from "../helpers/newsfacts-cli.js";

const FIXTURE = "test/fixtures/authoring";
const TEXT = readFileSync(join(FIXTURE, "source.txt"), "utf8");

/** Fills the new folder's files with the fixture's records and publication date, as a contributor would. */
function writeRecords(folder: string): void {
  for (const file of readdirSync(join(FIXTURE, "records"))) {
    const written = JSON.parse(readFileSync(join(FIXTURE, "records", file), "utf8"));
    if (file === "publication-date.json") {
      const document = JSON.parse(readFileSync(join(folder, "document.json"), "utf8"));
      document.publicationDate = written;
      writeFileSync(join(folder, "document.json"), JSON.stringify(document, null, 2));
      continue;
    }
    const target = JSON.parse(readFileSync(join(folder, file), "utf8"));
    target.records = written.records;
    writeFileSync(join(folder, file), JSON.stringify(target));
  }
}

describe("adding an article with the authoring commands", () => {
  const work = mkdtempSync(join(tmpdir(), "newsfacts-authoring-"));
  const data = join(work, "data");
  const folder = join(data, "eastbrook-bridge-opening");
  cpSync(join(FIXTURE, "source.txt"), join(work, "article.txt"));

  it("new creates the folder, and validation asks for the publication date", () => {
    const created = newsfacts("new", join(work, "article.txt"), "--data", data, "--id", "eastbrook-bridge-opening");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    expect(readFileSync(join(folder, "source.txt"), "utf8")).toBe(TEXT);
    const pending = newsfacts("validate", data);
    expect(pending.status).toBe(1);
    expect(pending.stderr).toMatch(
      /document\.json:\d+:\d+ eastbrook-bridge-opening publicationDate\.value: still to decide: the day the article was published/,
    );
  });

  it("fix computes every span written by its text, and validation then passes", () => {
    writeRecords(folder);
    const fixed = newsfacts("fix", data);
    expect(fixed.stderr).toBe("");
    expect(fixed.status).toBe(0);
    const quotes = JSON.parse(readFileSync(join(folder, "quotes.json"), "utf8")).records;
    const said = TEXT.indexOf("said");
    expect(quotes[0].cue).toEqual({
      start: said,
      end: said + 4,
      exact: "said",
      prefix: TEXT.slice(said - 32, said),
      suffix: TEXT.slice(said + 4, said + 36),
    });
    const validated = newsfacts("validate", data);
    expect(validated.stderr).toBe("");
    expect(validated.stdout).toMatch(/0 problem\(s\)/);
    expect(validated.status).toBe(0);
  });

  it("the new article can be queried", () => {
    const quotes = newsfacts("query", "quotes", "--data", data, "--speaker", "clara-voss", "--json");
    expect(quotes.status).toBe(0);
    expect(JSON.parse(quotes.stdout).map((quote: { id: string }) => quote.id)).toEqual([
      "quote-voss-bridge-joins-town",
      "quote-voss-ferry-stop",
    ]);
  });

  it("a second fix changes nothing, and --check agrees", () => {
    expect(newsfacts("fix", data).stdout).toMatch(/changed 0 file\(s\), 0 unresolved/);
    expect(newsfacts("fix", data, "--check").status).toBe(0);
  });
});
