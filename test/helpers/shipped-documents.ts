import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { ARTICLE_ID, DATA_DIRECTORY, type JsonRecord } from "./data-copy.js";

/** The shipped documents, read and validated from the data directory: fresh copies on every call. */
export function shippedDocuments(): AnnotatedDocument[] {
  return structuredClone([...validateDirectory(DATA_DIRECTORY).documents]);
}

/** The shipped article, read and validated from the data directory: a fresh copy on every call. */
export function shippedArticle(): AnnotatedDocument {
  const article = validateDirectory(DATA_DIRECTORY).documents.find((document) => document.document.id === ARTICLE_ID);
  if (!article) throw new Error(`no valid document "${ARTICLE_ID}" in ${DATA_DIRECTORY}`);
  return structuredClone(article);
}

/** Whether a value is a span: an object with numeric `start` and `end` and a string `exact`. */
function isSpan(value: JsonRecord): boolean {
  return typeof value.start === "number" && typeof value.end === "number" && typeof value.exact === "string";
}

/**
 * A copy of a document whose text starts with `before`, every span shifted by `before.length` UTF-16 code units so
 * that each still covers the same words: a way to put characters outside the Basic Multilingual Plane in front of
 * every span of a real document.
 */
export function withTextBefore(document: AnnotatedDocument, before: string): AnnotatedDocument {
  const copy = structuredClone(document);
  const shift = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if (!Array.isArray(value) && isSpan(value as JsonRecord)) {
      (value as JsonRecord).start += before.length;
      (value as JsonRecord).end += before.length;
    }
    for (const child of Object.values(value)) shift(child);
  };
  shift(copy);
  copy.text = before + copy.text;
  return copy;
}
