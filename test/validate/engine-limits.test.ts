import { describe, expect, it } from "vitest";
import { CorpusValidationError } from "../../src/corpus/corpus-validation-error.js";
import { createCorpus } from "../../src/corpus/create-corpus.js";
import { ECHO_LIMIT } from "../../src/shared/quoted-value.js";
import type { ValidationIssue } from "../../src/shared/validation-issue.js";
import { FINDINGS_PER_CHECK } from "../../src/validate/cap-findings.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { articleInput } from "../helpers/article-input.js";
import type { JsonRecord } from "../helpers/data-copy.js";

const pristine = articleInput;

/** A fresh copy of the shipped document after `edit`. */
function edited(edit: (document: JsonRecord) => void): JsonRecord {
  const copy = structuredClone(pristine);
  edit(copy);
  return copy;
}

/** What createCorpus throws for a document: it must be a CorpusValidationError, never a crash. */
function corpusIssues(document: JsonRecord): readonly ValidationIssue[] {
  try {
    createCorpus([document]);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusValidationError);
    return (error as CorpusValidationError).issues;
  }
  throw new Error("createCorpus accepted the document");
}

const dateIndex = pristine.temporalExpressions.findIndex((expression: JsonRecord) => expression.type === "DATE");

describe("every value a later stage parses is parsed by the validator the same way", () => {
  it.each([
    ["a day to itself", "2021-09-09/2021-09-09"],
    ["an end less precise than its start, ending no later", "2021-09-10/2021-09"],
  ])("reports an interval whose endpoints parse alone but not together (%s)", (_name, value) => {
    const document = edited((json) => {
      json.temporalExpressions[dateIndex].value = value;
    });
    const want = expect.objectContaining({
      check: "intervals-ordered",
      recordId: pristine.temporalExpressions[dateIndex].id,
      field: "value",
      message: expect.stringContaining("does not parse as a whole"),
    });
    expect(validateDocuments([document]).issues).toEqual([want]);
    expect(corpusIssues(document)).toEqual([want]);
  });

  it("reports an impossible publication date instead of crashing on it, anchored on or not", () => {
    const anchored = edited((json) => {
      json.document.publicationDate.value = "2021-02-30";
    });
    const want = expect.objectContaining({
      check: "edtf-parses",
      recordId: pristine.document.id,
      field: "publicationDate.value",
      message: expect.stringMatching(/^"2021-02-30" is not valid EDTF/),
    });
    expect(validateDocuments([anchored]).issues).toContainEqual(want);
    expect(corpusIssues(anchored)).toContainEqual(want);
    const unanchored = edited((json) => {
      json.document.publicationDate.value = "2021-02-30";
      json.temporalExpressions = json.temporalExpressions.filter(
        (expression: JsonRecord) => expression.anchor === undefined,
      );
      json.temporalLinks = [];
      json.uncertaintyMarkers = [];
    });
    expect(validateDocuments([unanchored]).issues.filter((issue) => issue.check !== "references-resolve")).toEqual([
      want,
    ]);
  });

  it("reports a rejected alternative publication date that is no calendar day", () => {
    const document = edited((json) => {
      json.document.publicationDate.alternatives[0].value = "2021-09-31";
    });
    expect(validateDocuments([document]).issues).toEqual([
      expect.objectContaining({ check: "edtf-parses", field: "publicationDate.alternatives.0.value" }),
    ]);
  });
});

describe("engine limits: nothing is spread, recursed or echoed without a bound", () => {
  it("reports 30,000 bad records (150,000 findings) with the first findings of the check and a count of the rest", () => {
    const withEntities = (count: number) =>
      edited((json) => {
        json.entities = Array.from({ length: count }, (_, index) => ({ id: `entity-${index}` }));
      });
    const perEntity = validateDocuments([withEntities(1)]).issues.filter((issue) => issue.check === "schema").length;
    const schema = validateDocuments([withEntities(30_000)]).issues.filter((issue) => issue.check === "schema");
    expect(schema).toHaveLength(FINDINGS_PER_CHECK + 1);
    const counted = /^and ([\d,]+) more problems of this check in this document/.exec(schema.at(-1)?.message ?? "");
    expect(Number(counted?.[1]?.replaceAll(",", "")) + FINDINGS_PER_CHECK).toBe(perEntity * 30_000);
  });

  it("checks a direct quote after 300,000 quotation marks", () => {
    const marks = "“".repeat(300_000);
    const document = edited((json) => {
      json.text = `${marks}${json.text}`;
    });
    const issues = validateDocuments([document]).issues;
    expect(issues.some((issue) => issue.check === "spans-match")).toBe(true);
  });

  it("echoes at most a bounded part of a long value in a message", () => {
    const long = "x".repeat(99_000);
    const document = edited((json) => {
      json.quotes[0].speaker = `${long}`;
      json.entities[0].mentions[0].span.exact = long;
    });
    const issues = validateDocuments([document]).issues;
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      expect(issue.message.length + (issue.tip?.length ?? 0)).toBeLessThan(4 * ECHO_LIMIT + 300);
    }
    expect(issues.map((issue) => issue.message).join("\n")).toContain("(99,000 characters)");
  });
});
