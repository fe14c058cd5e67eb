/**
 * The guide "Adding an article", run end to end on a fictional article: the `npx newsfacts …` commands of its shell
 * blocks, in order (new → validate → fix → validate → query), with the records written between `new` and `fix` as a
 * contributor would write them, every span by its exact text alone.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const FIXTURE = "test/fixtures/authoring";
const GUIDE = readFileSync("docs/adding-an-article.md", "utf8");
const TEXT = readFileSync(join(FIXTURE, "source.txt"), "utf8");
const CLI = resolve("dist/cli.js");

/** The guide's commands, from the shell blocks after its authoring-flow marker, as argument lists. */
function guideCommands(): string[][] {
  const walkThrough = GUIDE.slice(GUIDE.indexOf("<!-- authoring-flow"), GUIDE.indexOf("## 6."));
  return [...walkThrough.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
    .flatMap((block) => (block[1] ?? "").split("\n"))
    .filter((line) => line.startsWith("npx newsfacts "))
    .map((line) => line.slice("npx newsfacts ".length).split(" "));
}

/** Runs the built command line in the contributor's working folder. */
function run(work: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fills the new folder's files with the fixture's records and publication date, as a contributor would. */
function writeRecords(folder: string): void {
  for (const file of readdirSync(join(FIXTURE, "records"))) {
    const written = JSON.parse(readFileSync(join(FIXTURE, "records", file), "utf8"));
    const target = file === "publication-date.json" ? "document.json" : file;
    const json = JSON.parse(readFileSync(join(folder, target), "utf8"));
    if (file === "publication-date.json") json.publicationDate = written;
    else json.records = written.records;
    // Written compactly, as an editor might: `fix` puts the project's layout back.
    writeFileSync(join(folder, target), JSON.stringify(json));
  }
}

describe("the guide's authoring commands, on a fictional article", () => {
  const work = mkdtempSync(join(tmpdir(), "newsfacts-authoring-"));
  mkdirSync(join(work, "data"));
  cpSync(join(FIXTURE, "source.txt"), join(work, "article.txt"));
  const folder = join(work, "data", "eastbrook-bridge-opening");
  const commands = guideCommands();

  it("are new, validate, fix, validate and query, in that order", () => {
    expect(commands.map((args) => args[0])).toEqual(["new", "validate", "fix", "validate", "query"]);
  });

  it("new creates the folder, and validation asks for the publication date", () => {
    const created = run(work, commands[0] ?? []);
    expect([created.status, created.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(folder, "source.txt"), "utf8")).toBe(TEXT);
    const pending = run(work, commands[1] ?? []);
    expect(pending.status).toBe(1);
    expect(pending.stderr).toMatch(
      /document\.json:\d+:\d+ eastbrook-bridge-opening publicationDate\.value: still to decide: the day the article was published/,
    );
  });

  it("fix computes every span written by its text, and validation then passes", () => {
    writeRecords(folder);
    const fixed = run(work, commands[2] ?? []);
    expect([fixed.status, fixed.stderr]).toEqual([0, ""]);
    const quotes = JSON.parse(readFileSync(join(folder, "quotes.json"), "utf8")).records;
    const said = TEXT.indexOf("said");
    expect(quotes[0].cue).toEqual({
      start: said,
      end: said + 4,
      exact: "said",
      prefix: TEXT.slice(said - 32, said),
      suffix: TEXT.slice(said + 4, said + 36),
    });
    const validated = run(work, commands[3] ?? []);
    expect(validated.stderr).toBe("");
    expect(validated.stdout).toMatch(/0 problem\(s\)/);
    expect(validated.status).toBe(0);
  });

  it("the new article can be queried", () => {
    const quotes = run(work, [...(commands[4] ?? []), "--json"]);
    expect(quotes.status).toBe(0);
    expect(JSON.parse(quotes.stdout).map((quote: { id: string }) => quote.id)).toEqual([
      "quote-voss-bridge-joins-town",
      "quote-voss-ferry-stop",
    ]);
  });

  it("a second fix changes nothing, and --check agrees", () => {
    expect(run(work, ["fix"]).stdout).toMatch(/changed 0 file\(s\), 0 unresolved/);
    expect(run(work, ["fix", "--check"]).status).toBe(0);
  });
});
