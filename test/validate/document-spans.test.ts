import { describe, expect, it } from "vitest";
import { SCHEMA_MODEL } from "../../src/model/schema-model.js";
import { eachSpan } from "../../src/model/walkers.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { documentSpans } from "../../src/validate/document-spans.js";
import { article } from "../helpers/shipped-article.js";

describe("documentSpans", () => {
  const document = article as AnnotatedDocument;
  const walked: { span: unknown; path: (string | number)[] }[] = [];
  eachSpan(SCHEMA_MODEL, document, (span, path) => {
    walked.push({ span, path: [...path] });
  });

  it("lists every span the walk visits, in its order, each with its path and whether a record holds it", () => {
    const { spans, inRecord, pathOf } = documentSpans(document);
    expect(spans).toEqual(walked.map(({ span }) => span));
    expect(spans.map((_span, index) => pathOf(index))).toEqual(walked.map(({ path }) => path));
    expect(inRecord).toEqual(walked.map(({ path }) => path[0] !== "document"));
    expect(inRecord).toContain(false);
    expect(inRecord).toContain(true);
  });

  it("walks a document once while it is the one asked for, and again for another document", () => {
    const first = documentSpans(document);
    expect(documentSpans(document)).toBe(first);
    const other = structuredClone(document);
    expect(documentSpans(other)).not.toBe(first);
    expect(documentSpans(other).spans).toEqual(first.spans);
  });
});
