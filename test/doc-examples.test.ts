/**
 * Every `@example` in `src/**` is run against the real code and compared with its `//=>` line, so that the
 * documentation cannot drift from what the package does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tableCell } from "../src/build/data-catalogue.js";
import { factualityValues } from "../src/corpus/factuality-scale.js";
import { factualityKey } from "../src/corpus/indexes/claim-index.js";
import { LATEST, overlaps } from "../src/corpus/indexes/date-range-index.js";
import { involvementKey } from "../src/corpus/indexes/link-index.js";
import { mainSpan } from "../src/corpus/main-span.js";
import { containsPhrase, nameWords } from "../src/corpus/name-words.js";
import { instantsOf, queryRange } from "../src/corpus/queries/date-range.js";
import { corpus } from "../src/exports/index.js";
import { createCorpus, formatIssue } from "../src/exports/validate.js";
import { closestIds, didYouMean } from "../src/validate/closest-ids.js";

/** Everything an example may name. */
const SCOPE: Record<string, unknown> = {
  corpus,
  createCorpus,
  formatIssue,
  closestIds,
  didYouMean,
  mainSpan,
  nameWords,
  containsPhrase,
  factualityValues,
  factualityKey,
  involvementKey,
  overlaps,
  instantsOf,
  queryRange,
  LATEST,
  tableCell,
};

interface Example {
  readonly where: string;
  readonly code: string;
  readonly expected: string | undefined;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The examples of one file: each `@example` block split into `code` + `//=> expected` pairs. */
function examplesOf(file: string): Example[] {
  const source = readFileSync(file, "utf8");
  const examples: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const line = source.slice(0, comment.index).split("\n").length;
    const lines = (comment[1] ?? "").split("\n").map((text) => text.replace(/^\s*\* ?/, ""));
    let inExample = false;
    let code: string[] = [];
    for (const text of lines) {
      if (text.trimStart().startsWith("@")) {
        if (inExample && code.length > 0)
          examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: undefined });
        inExample = text.trimStart().startsWith("@example");
        code = [];
        continue;
      }
      if (!inExample) continue;
      if (text.startsWith("//=>")) {
        examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: text.slice(4).trim() });
        code = [];
      } else if (text.trim() !== "") code.push(text);
    }
    if (inExample && code.length > 0)
      examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: undefined });
  }
  return examples;
}

function evaluate(code: string): unknown {
  return new Function(...Object.keys(SCOPE), `return (${code});`)(...Object.values(SCOPE));
}

const EXAMPLES = sourceFiles("src").flatMap(examplesOf);

describe("@example blocks", () => {
  it("are found in the sources, including the corpus methods and the validator helpers", () => {
    const code = EXAMPLES.map((example) => example.code).join("\n");
    for (const name of [
      "corpus.entity(",
      "corpus.boundsOf(",
      "formatIssue(",
      "closestIds(",
      "didYouMean(",
      "createCorpus(",
    ]) {
      expect(code).toContain(name);
    }
    expect(EXAMPLES.length).toBeGreaterThan(25);
  });

  it.each(EXAMPLES.map((example) => [example.where, example] as const))("%s", (_where, example) => {
    expect(example.expected, `the example has no //=> line:\n${example.code}`).toBeDefined();
    expect(evaluate(example.code)).toEqual(evaluate(example.expected ?? "undefined"));
  });
});
