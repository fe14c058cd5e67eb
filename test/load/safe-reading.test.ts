import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import { LIMITS } from "../../src/schema/limits.js";
import { copyArticle, DOCUMENT_FOLDER, documentFile, positionOfText } from "../helpers/data-copy.js";

/** Validates a copy of the data after `edit`, and returns its issues as check, file and message. */
function issuesAfter(edit: (directory: string) => void) {
  const directory = copyArticle();
  edit(directory);
  return { directory, ...validateDirectory(directory) };
}

/** Replaces a file of the copied document by whatever `make` puts at its path. */
function replace(directory: string, file: string, make: (path: string) => void): string {
  const path = documentFile(directory, file);
  rmSync(path);
  make(path);
  return path;
}

describe("reading a data directory reads only regular files inside it", () => {
  it.each([
    ["a symbolic link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path), "a symbolic link"],
    ["a named pipe (FIFO)", (path: string) => execFileSync("mkfifo", [path]), "a named pipe (FIFO)"],
    ["a directory", (path: string) => mkdirSync(path), "a directory"],
    [
      "a symbolic link to a file outside the folder",
      (path: string) => symlinkSync("/etc/hostname", path),
      "a symbolic link",
    ],
  ])("reports a record file that is %s, without reading it", (_name, make, what) => {
    let path = "";
    const { issues, documents } = issuesAfter((directory) => {
      path = replace(directory, "quotes.json", make);
    });
    expect(documents).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ check: "layout", file: path, message: expect.stringContaining(`it is ${what}`) }),
    ]);
  });

  it("reports a source text that is a symbolic link, and never reads what it points to", () => {
    let path = "";
    const { issues } = issuesAfter((directory) => {
      path = replace(directory, "source.txt", (target) => symlinkSync("/dev/zero", target));
    });
    expect(issues.map((issue) => [issue.file, issue.message])).toEqual([
      [path, expect.stringMatching(/^cannot read the file: it is a symbolic link/)],
    ]);
  });

  it("reports a symbolic link where a document folder belongs, instead of skipping it silently", () => {
    const { directory, issues } = issuesAfter((copy) => {
      const outside = copyArticle();
      rmSync(join(copy, DOCUMENT_FOLDER), { recursive: true });
      symlinkSync(join(outside, DOCUMENT_FOLDER), join(copy, DOCUMENT_FOLDER));
    });
    expect(issues).toEqual([
      expect.objectContaining({
        check: "layout",
        file: join(directory, DOCUMENT_FOLDER),
        message: expect.stringContaining("is a symbolic link"),
      }),
    ]);
  });

  it("checks the size before reading: a file over the limit is reported, not read", () => {
    let path = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "claims.json");
      // A sparse file: its size is over the limit without writing its bytes.
      truncateSync(path, LIMITS.jsonFileBytes + 1);
    });
    expect(issues).toEqual([
      expect.objectContaining({ file: path, message: expect.stringMatching(/more than the limit of 67,108,864$/) }),
    ]);
  });
});

describe("reading a data directory names what is wrong with the bytes", () => {
  it("reports a byte order mark at the start of a data file", () => {
    let path = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "quotes.json");
      writeFileSync(path, `\uFEFF${readFileSync(path, "utf8")}`);
    });
    expect(issues).toEqual([
      expect.objectContaining({
        check: "encoding",
        file: path,
        line: 1,
        column: 1,
        message: expect.stringContaining("byte order mark"),
      }),
    ]);
  });

  it("reports CRLF line endings in the source text at the first carriage return", () => {
    let path = "";
    let text = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "source.txt");
      text = readFileSync(path, "utf8");
      writeFileSync(path, text.replaceAll("\n", "\r\n"));
    });
    const firstLine = text.slice(0, text.indexOf("\n"));
    expect(issues).toEqual([
      expect.objectContaining({
        check: "encoding",
        file: path,
        line: 1,
        column: firstLine.length + 1,
        message: expect.stringContaining("CRLF"),
      }),
    ]);
  });

  it("reports invalid UTF-8 at its line and column instead of replacing it with U+FFFD", () => {
    let path = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "source.txt");
      const bytes = readFileSync(path);
      const at = bytes.indexOf(Buffer.from("Lukashenko"));
      bytes[at] = 0xe9; // Latin-1 é: not UTF-8 on its own
      writeFileSync(path, bytes);
    });
    const text = readFileSync("data/" + DOCUMENT_FOLDER + "/source.txt", "utf8");
    const before = text.slice(0, text.indexOf("Lukashenko"));
    expect(issues).toEqual([
      expect.objectContaining({
        check: "encoding",
        file: path,
        line: before.split("\n").length,
        column: before.length - before.lastIndexOf("\n"),
        message: "the file is not valid UTF-8",
      }),
    ]);
  });

  it("accepts a U+FFFD that is really in the file", () => {
    const { issues } = issuesAfter((directory) => {
      const path = documentFile(directory, "quotes.json");
      writeFileSync(path, readFileSync(path, "utf8").replace('"$schema"', '"x": "\uFFFD", "$schema"'));
    });
    expect(issues.map((issue) => issue.message)).toEqual(['unknown field "x" at the top of the file']);
  });
});

describe("reading a data directory refuses JSON that would lose data or crash a parser", () => {
  it('reports a second "records" key, which JSON.parse would keep, dropping every record', () => {
    let path = "";
    const { issues, documents } = issuesAfter((directory) => {
      path = documentFile(directory, "quotes.json");
      writeFileSync(path, readFileSync(path, "utf8").replace('"records": [', '"records": [], "records": ['));
    });
    expect(documents).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        check: "json",
        file: path,
        ...positionOfText(path, '"records"', 1),
        field: "records",
        message: 'duplicate key "records": JSON would keep only its last value',
      }),
    ]);
  });

  it("reports a duplicated field at the second key, naming its record", () => {
    let path = "";
    let id = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "quotes.json");
      const text = readFileSync(path, "utf8");
      id = /"id": "([^"]+)"/.exec(text)?.[1] ?? "";
      writeFileSync(path, text.replace('"speaker": ', '"speaker": "nobody", "speaker": '));
    });
    expect(issues).toEqual([
      expect.objectContaining({
        check: "json",
        file: path,
        ...positionOfText(path, '"speaker"', 1),
        recordId: id,
        field: "speaker",
      }),
    ]);
  });

  it("refuses JSON nested thousands deep with one issue instead of a stack overflow", () => {
    let path = "";
    const { issues } = issuesAfter((directory) => {
      path = documentFile(directory, "quotes.json");
      writeFileSync(path, `{"records": [${"[".repeat(50_000)}${"]".repeat(50_000)}]}`);
    });
    expect(issues).toEqual([
      expect.objectContaining({
        check: "json",
        file: path,
        line: 1,
        message: expect.stringContaining("nested more than"),
      }),
    ]);
  });
});
