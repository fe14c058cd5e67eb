import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../../src/pipeline/validate-directory.js";
import { unannotatedOccurrences } from "../../../src/validate/checks/unannotated-mentions.js";
import { ARTICLE_ID, copyArticle, DATA_DIRECTORY, documentFile } from "../../helpers/data-copy.js";
import { newsfacts } from "../../helpers/newsfacts-cli.js";

const never = () => false;
const TEXT = readFileSync(join(DATA_DIRECTORY, ARTICLE_ID, "source.txt"), "utf8");

/** The line:column of an offset of the article's text, counted here by splitting lines. */
function textPosition(offset: number): string {
  const before = TEXT.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1) ?? "").length + 1}`;
}

type Span = { start: number; end: number; exact: string };

/** Whether a claim of the article names `id` in its `about` and its evidence holds `span`. */
function claimRestsOn(id: string, span: Span): boolean {
  const claims = JSON.parse(readFileSync(join(DATA_DIRECTORY, ARTICLE_ID, "claims.json"), "utf8")).records;
  return claims.some(
    (claim: { about: string[]; evidence: Span }) =>
      claim.about.includes(id) && claim.evidence.start <= span.start && span.end <= claim.evidence.end,
  );
}

/**
 * A copy of the shipped article (with the registry entries it uses) whose entity `id` lost a mention spelt `exact`;
 * returns the data folder and the mention. The mentions are in the document's record even for a registry referent.
 * The mention is one that no claim's `about` rests on: removing one of those is an error of its own (about-named),
 * not the advice this test is about.
 */
function withoutMention(id: string, exact: string) {
  const data = copyArticle();
  const path = documentFile(data, "entities.json");
  const json = JSON.parse(readFileSync(path, "utf8"));
  const entity = json.records.find((record: { id: string }) => record.id === id);
  const index = entity.mentions.findIndex(
    (mention: { span: Span }) => mention.span.exact === exact && !claimRestsOn(id, mention.span),
  );
  const [removed] = entity.mentions.splice(index, 1);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return { data, path, removed };
}

describe("unannotatedOccurrences", () => {
  const text = "Voss met Clara Voss. Vossberg is far. Voss left.";
  const all = [{ start: 0, end: text.length }];

  it("finds whole-word occurrences outside the annotated mentions, longest names first", () => {
    expect(unannotatedOccurrences(text, all, ["Voss", "Clara Voss"], [{ start: 0, end: 4 }], never)).toEqual([
      { start: 9, end: 19 },
      { start: 38, end: 42 },
    ]);
  });

  it("ignores page furniture and stretches that are exactly another referent's mention", () => {
    expect(unannotatedOccurrences(text, [{ start: 0, end: 20 }], ["Voss"], [], never)).toEqual([
      { start: 0, end: 4 },
      { start: 15, end: 19 },
    ]);
    const isOther = (start: number) => start === 0;
    expect(unannotatedOccurrences(text, all, ["Voss"], [], isOther).map(({ start }) => start)).toEqual([15, 38]);
  });
});

describe("unannotated-mentions", () => {
  it("lists a removed mention as advice of level info, which does not make the data invalid", () => {
    const { data, removed } = withoutMention("alexander-lukashenko", "Lukashenko");
    const { issues, advisories } = validateDirectory(data);
    expect(issues).toEqual([]);
    const lukashenko = advisories.filter((advice) => advice.recordId === "alexander-lukashenko");
    expect(lukashenko).toMatchObject([
      {
        check: "unannotated-mentions",
        level: "info",
        field: "mentions",
        message: `"Lukashenko" at ${textPosition(removed.span.start)} of the text is not annotated as a mention of "alexander-lukashenko"`,
      },
    ]);
  });

  it("is printed by validate with its level, and validate still exits 0", () => {
    const { data, removed } = withoutMention("alexander-lukashenko", "Lukashenko");
    const result = newsfacts("validate", data);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      ` alexander-lukashenko mentions: info: "Lukashenko" at ${textPosition(removed.span.start)} of the text is not annotated`,
    );
    expect(result.stdout).toMatch(/0 problem\(s\), \d+ warning\(s\) or note\(s\)\n$/);
  });

  it("fix --only mentions adds the missing mention back, with its context", () => {
    const { data, path, removed } = withoutMention("alexander-lukashenko", "Lukashenko");
    const fixed = newsfacts("fix", data, "--only", "mentions");
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toMatch(/alexander-lukashenko mentions: added 1 mention\(s\): "Lukashenko"/);
    const entity = JSON.parse(readFileSync(path, "utf8")).records.find(
      (record: { id: string }) => record.id === "alexander-lukashenko",
    );
    expect(entity.mentions).toContainEqual(removed);
    expect(newsfacts("fix", data, "--check").status).toBe(0);
  });

  it("is not run by a plain fix, which adds no mention unasked", () => {
    const { data, path } = withoutMention("alexander-lukashenko", "Lukashenko");
    const before = readFileSync(path, "utf8");
    expect(newsfacts("fix", data).status).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(before);
  });
});
