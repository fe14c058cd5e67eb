import { describe, expect, it } from "vitest";
import {
  ARTICLE_ID,
  copyData,
  copyDataWithFixture,
  countRecords,
  DATA_DIRECTORY,
  editJson,
  editRecord,
  FIXTURE_ARTICLE_ID,
} from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

describe("newsfacts validate", () => {
  it("exits 0 on the shipped data and says how much it checked", () => {
    const result = newsfacts("validate", "data");
    expect(result.status).toBe(0);
    // Advice (the unannotated-mentions notes) may come first, one line each; the summary counts it.
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toContain(`document ${ARTICLE_ID}: ${countRecords(DATA_DIRECTORY)} record(s)`);
    expect(lines.at(-1)).toMatch(
      /^data: \d+ document\(s\), \d+ record\(s\), 0 problem\(s\)(?:, \d+ warning\(s\) or note\(s\))?$/,
    );
    expect(result.stderr).toBe("");
  });

  it("prints one line per document, then the totals, when the data holds several documents", () => {
    const directory = copyDataWithFixture();
    const result = newsfacts("validate", directory);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const counts = lines
      .filter((line) => line.startsWith("document "))
      .map((line) => line.match(/^document ([a-z0-9-]+): (\d+) record\(s\)$/));
    expect(counts.map((match) => match?.[1])).toEqual(expect.arrayContaining([ARTICLE_ID, FIXTURE_ARTICLE_ID]));
    const total = counts.reduce((sum, match) => sum + Number(match?.[2]), 0);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^${directory}: ${counts.length} document\\(s\\), ${total} record\\(s\\), 0 problem\\(s\\)(, \\d+ warning\\(s\\) or note\\(s\\))?$`,
      ),
    );
  });

  it("exits 1 on a broken copy and prints every problem, one line each, not just the first", () => {
    const directory = copyData();
    editJson(directory, "quotes.json", (json) => {
      json.records[0].speaker = "nobody";
      json.records[1].extra = true;
    });
    editRecord(
      directory,
      "temporal-expressions.json",
      (record) => record.type === "DATE",
      (record) => {
        record.value = "not a date";
      },
    );
    const result = newsfacts("validate", directory);
    expect(result.status).toBe(1);
    const lines = result.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith("document "));
    expect(lines[0]).toMatch(/quotes\.json:\d+:\d+ quote-[a-z0-9-]+ extra: unknown field "extra" \[schema\]/);
    expect(lines[1]).toMatch(
      /quotes\.json:\d+:\d+ quote-[a-z0-9-]+ speaker: unknown entity id "nobody" \[references-resolve\]/,
    );
    expect(lines[2]).toMatch(
      /temporal-expressions\.json:\d+:\d+ time-[a-z0-9-]+ value: "not a date" is not valid EDTF/,
    );
    expect(lines[3]).toMatch(
      new RegExp(
        `^${directory}: \\d+ document\\(s\\), \\d+ record\\(s\\), 3 problem\\(s\\)(, \\d+ warning\\(s\\) or note\\(s\\))?$`,
      ),
    );
    expect(lines).toHaveLength(4);
  });

  it("exits 2 with a one-line message for a directory that does not exist", () => {
    const result = newsfacts("validate", "/nonexistent");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'newsfacts validate: data directory "/nonexistent" does not exist or is not a directory\n',
    );
  });

  it("exits 2 on an unknown option", () => {
    const result = newsfacts("validate", "--frobnicate");
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("--frobnicate");
  });
});
