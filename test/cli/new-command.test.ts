import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newsfacts } from "../helpers/newsfacts-cli.js";

const ARTICLE = "Mayor opens bridge\n\nThe mayor opened the bridge.\n\nSee also: other news\n";

/** A fresh folder with the given bytes as `article.txt`. */
function articleFile(bytes: string | Buffer): { work: string; file: string } {
  const work = mkdtempSync(join(tmpdir(), "newsfacts-new-"));
  const file = join(work, "article.txt");
  writeFileSync(file, bytes);
  return { work, file };
}

describe("newsfacts new", () => {
  it("copies the text byte for byte, records its SHA-256 and proposes segments, with the id from the headline", () => {
    const { work, file } = articleFile(ARTICLE);
    const result = newsfacts("new", file, "--data", join(work, "data"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/created .*mayor-opens-bridge\/ from article\.txt: 3 segments \(1 page furniture\)/);
    const folder = join(work, "data", "mayor-opens-bridge");
    expect(readFileSync(join(folder, "source.txt"))).toEqual(Buffer.from(ARTICLE));
    const document = JSON.parse(readFileSync(join(folder, "document.json"), "utf8"));
    expect(document.sha256).toBe(createHash("sha256").update(ARTICLE).digest("hex"));
    expect(document.title).toBe("Mayor opens bridge");
    expect(document.segments.map((segment: { kind: string }) => segment.kind)).toEqual([
      "headline",
      "paragraph",
      "related-link",
    ]);
    expect(readdirSync(folder).sort()).toEqual([
      "claims.json",
      "document.json",
      "entities.json",
      "quotes.json",
      "source.txt",
      "temporal-expressions.json",
      "temporal-links.json",
      "uncertainty-markers.json",
    ]);
    // The pointers resolve to the package's schemas from wherever the folder is.
    const quotes = JSON.parse(readFileSync(join(folder, "quotes.json"), "utf8"));
    expect(quotes.records).toEqual([]);
    expect(existsSync(join(folder, quotes.$schema))).toBe(true);
  });

  it.each([
    ["a byte order mark", `\uFEFF${ARTICLE}`, /article\.txt:1:1: the file starts with a byte order mark/],
    ["CRLF line endings", ARTICLE.replaceAll("\n", "\r\n"), /article\.txt:1:19: CRLF line endings/],
    ["decomposed accents (NFD)", `Cafe\u0301 opens\n\nText.\n`, /article\.txt:1:4: the text is not composed as NFC/],
  ])("refuses %s with the place and the fix, and --normalize repairs it", (_what, text, message) => {
    const { work, file } = articleFile(text);
    const refused = newsfacts("new", file, "--data", join(work, "data"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(message);
    expect(refused.stderr).toMatch(/--normalize/);
    expect(existsSync(join(work, "data"))).toBe(false);
    const normalized = newsfacts("new", file, "--data", join(work, "data"), "--normalize", "--id", "normalized");
    expect(normalized.status).toBe(0);
    const copied = readFileSync(join(work, "data", "normalized", "source.txt"), "utf8");
    expect(copied).toBe(text.replace("\uFEFF", "").replaceAll("\r\n", "\n").normalize("NFC"));
  });

  it("refuses invalid UTF-8 even with --normalize, naming line and column", () => {
    const { work, file } = articleFile(
      Buffer.concat([Buffer.from("Title\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" ok\n")]),
    );
    const refused = newsfacts("new", file, "--data", join(work, "data"), "--normalize");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/article\.txt:3:4: the file is not valid UTF-8/);
  });

  it("gives one-line usage errors for a missing file, a bad id and a folder that exists", () => {
    const { work, file } = articleFile(ARTICLE);
    expect(newsfacts("new").stderr).toMatch(/^newsfacts new: missing the source text file/);
    expect(newsfacts("new", join(work, "nope.txt")).stderr).toBe(
      `newsfacts new: cannot read "${join(work, "nope.txt")}": ENOENT\n`,
    );
    const badId = newsfacts("new", file, "--data", join(work, "data"), "--id", "Not A Slug");
    expect([badId.status, badId.stderr]).toEqual([
      2,
      'newsfacts new: --id: "Not A Slug" must be a kebab-case slug (lower-case letters, digits and single hyphens)\n',
    ]);
    mkdirSync(join(work, "data", "taken"), { recursive: true });
    const taken = newsfacts("new", file, "--data", join(work, "data"), "--id", "taken");
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/already exists/);
  });
});
