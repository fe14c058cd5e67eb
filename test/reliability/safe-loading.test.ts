import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusValidationError, createCorpus, type ValidationIssue } from "../../src/exports/validate.js";
import { LIMITS } from "../../src/schema/limits.js";
import { article } from "../helpers/shipped-article.js";

/** The shipped document as untrusted JSON text, which each test edits and parses again. */
const JSON_TEXT = JSON.stringify(article);
// biome-ignore lint/suspicious/noExplicitAny: the tests edit parsed JSON freely.
type Json = Record<string, any>;

/** The issues `createCorpus` reports for a document, or fails the test when it accepts it. */
function issuesOf(document: unknown): readonly ValidationIssue[] {
  try {
    createCorpus([document]);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusValidationError);
    return (error as CorpusValidationError).issues;
  }
  throw new Error("createCorpus accepted the document");
}

/** Parses the shipped JSON text after a textual edit, as an application would parse a downloaded file. */
function parsed(edit: (text: string) => string = (text) => text): Json {
  return JSON.parse(edit(JSON_TEXT));
}

/** Whether anything leaked onto Object.prototype. */
function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && !Object.hasOwn(Object.prototype, "polluted") && probe.constructor === Object;
}

afterEach(() => {
  expect(prototypeIsClean()).toBe(true);
});

describe("createCorpus on untrusted JSON", () => {
  it("accepts the shipped document as JSON text", () => {
    expect(createCorpus([parsed()]).documents[0]?.document.id).toBe(article.document.id);
  });

  const POLLUTERS = ["__proto__", "constructor", "prototype"];
  const PLACES: { name: string; prefix: string; field: string; recordId?: string }[] = [
    { name: "the top of the document", prefix: "{", field: "" },
    { name: "the document record", prefix: '{"document":{', field: "" },
    { name: "an entity", prefix: '"entities":[{', field: "" },
    { name: "a claim's factuality", prefix: '"factuality":{', field: "factuality" },
    { name: "a quote's cue span", prefix: '"cue":{', field: "cue" },
    { name: "a marker's effect", prefix: '"effect":{', field: "effect" },
  ];
  for (const key of POLLUTERS) {
    for (const place of PLACES) {
      it(`rejects a "${key}" key in ${place.name}, names it, and leaves Object.prototype alone`, () => {
        const payload = `"${key}":{"polluted":true,"prototype":{"polluted":true}},`;
        const document = parsed((text) => text.replace(place.prefix, `${place.prefix}${payload}`));
        const issues = issuesOf(document);
        expect(issues).toContainEqual(
          expect.objectContaining({
            check: "schema",
            message: `unknown field "${key}"`,
            field: place.field === "" ? key : `${place.field}.${key}`,
          }),
        );
        expect(prototypeIsClean()).toBe(true);
      });
    }
  }

  it("rejects a prototype key where an id belongs (an array of ids), without applying it", () => {
    const issues = issuesOf(parsed((text) => text.replace('"about":[', '"about":[{"__proto__":{"polluted":true}},')));
    expect(issues[0]).toMatchObject({ check: "schema", path: ["quotes", expect.any(Number), "about", 0] });
  });

  it.each([
    ["an infinite offset (1e999 in JSON)", '"start":1e999', "schema", "start"],
    ["a negative offset", '"start":-1', "schema", "start"],
    ["a fractional offset", '"start":0.5', "schema", "start"],
    ["an offset as a string", '"start":"3"', "schema", "start"],
  ])("rejects %s", (_name, replacement, check, field) => {
    const issues = issuesOf(parsed((text) => text.replace(/"start":\d+/, replacement)));
    expect(issues[0]).toMatchObject({ check });
    expect(issues[0]?.field.endsWith(field)).toBe(true);
  });

  it("rejects NaN and Infinity offsets given from JavaScript", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const document = parsed();
      document.quotes[0].cue.end = value;
      expect(issuesOf(document)).toEqual([expect.objectContaining({ check: "schema", field: "cue.end" })]);
    }
  });

  it("rejects a span past the end of the text, and a span whose text does not match", () => {
    const document = parsed();
    document.claims[0].evidence.end = document.text.length + 10;
    document.claims[1].evidence.exact = "not the text";
    const spanIssues = issuesOf(document).filter((issue) => issue.check === "spans-match");
    expect(spanIssues.map(({ check, recordId, field }) => [check, recordId, field])).toEqual([
      ["spans-match", document.claims[0].id, "evidence.end"],
      ["spans-match", document.claims[1].id, "evidence.exact"],
    ]);
  });

  it("rejects a text that is not the annotated one", () => {
    const document = parsed();
    document.text = document.text.replace("Putin", "Pution");
    const checks = new Set(issuesOf(document).map((issue) => issue.check));
    expect(checks).toContain("source-hash");
    expect(checks).toContain("spans-match");
  });

  it(`rejects a text longer than ${LIMITS.textLength} code units, and a string longer than ${LIMITS.stringLength}`, () => {
    const longText = parsed();
    longText.text += " ".repeat(LIMITS.textLength);
    expect(issuesOf(longText)).toEqual([
      expect.objectContaining({
        check: "schema",
        recordId: longText.document.id,
        documentIndex: 0,
        path: ["text"],
        field: "",
        message: `the string is ${longText.text.length} code units long, more than the limit of ${LIMITS.textLength}`,
      }),
    ]);
    const longString = parsed();
    longString.entities[0].description = "x".repeat(LIMITS.stringLength + 1);
    expect(issuesOf(longString)).toEqual([
      expect.objectContaining({ check: "schema", recordId: longString.entities[0].id, field: "description" }),
    ]);
  });

  it("accepts strings exactly at the limits", () => {
    const document = parsed();
    document.entities[0].description = "x".repeat(LIMITS.stringLength);
    createCorpus([document]);
  });

  it("turns what JSON cannot hold (a function, a symbol) into a TypeError, not a DOMException", () => {
    expect(() => createCorpus([{ document: () => 1 }])).toThrow(TypeError);
    expect(() => createCorpus([Symbol("document")])).toThrow(TypeError);
    expect(() => createCorpus("not an array" as never)).toThrow(TypeError);
  });

  it("throws only CorpusValidationError for arbitrary JSON, with prototype keys anywhere, and never pollutes (500 runs)", () => {
    const key = fc.oneof(
      fc.constantFrom("__proto__", "constructor", "prototype", "document", "text", "records"),
      fc.string(),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie("value"), { maxLength: 3 }),
        fc
          .array(fc.tuple(key, tie("value")), { maxLength: 4 })
          .map((entries) =>
            JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v ?? null)}`).join(",")}}`),
          ),
      ),
    }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), (documents) => {
        try {
          createCorpus(documents);
        } catch (error) {
          if (documents.length > 0 || !(error instanceof CorpusValidationError)) {
            expect(error).toBeInstanceOf(CorpusValidationError);
          }
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
