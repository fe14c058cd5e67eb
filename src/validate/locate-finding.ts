import { DOCUMENT_FILE, RECORD_FILES, type RecordCollection } from "../schema/data-files.js";
import type { SourceLocator } from "../shared/source-locator.js";
import type { ValidationIssue } from "../shared/validation-issue.js";
import type { Finding } from "./finding.js";

/** Reads a property of an unknown value without trusting its shape. */
function property(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

/** The id of a document input, or a positional name when it has none. */
export function documentLabel(input: unknown, documentIndex: number): string {
  const id = property(property(input, "document"), "id");
  return typeof id === "string" ? id : `documents[${documentIndex}]`;
}

/**
 * A locator for documents given in memory (parsed JSON): files are named `<document id>/<file>` and have no
 * line or column.
 */
export function inMemoryLocator(inputs: readonly unknown[]): SourceLocator {
  return {
    fileOf(documentIndex, part) {
      const label = documentLabel(inputs[documentIndex], documentIndex);
      if (part === "document") return `${label}/${DOCUMENT_FILE.file}`;
      if (part === "text") return `${label}/text`;
      return `${label}/${RECORD_FILES[part].file}`;
    },
  };
}

/**
 * Places a finding in its file: which file, line and column, which record and which field.
 *
 * @param finding - A finding with a path into an annotated document.
 * @param inputs - The validated documents, as given.
 * @param locator - Where each document's parts came from.
 * @returns The located issue.
 */
export function locateFinding(finding: Finding, inputs: readonly unknown[], locator: SourceLocator): ValidationIssue {
  const input = inputs[finding.documentIndex];
  const [part, ...rest] = finding.path;
  const tip = finding.tip ? { tip: finding.tip } : {};
  if (typeof part === "string" && Object.hasOwn(RECORD_FILES, part)) {
    const collection = part as RecordCollection;
    const [index, ...field] = rest;
    const id = property(property(property(input, collection), index ?? -1), "id");
    const file = locator.fileOf(finding.documentIndex, collection);
    const position = locator.positionOf?.(file, ["records", ...rest]);
    return {
      check: finding.check,
      file,
      ...position,
      recordId: typeof id === "string" ? id : `records[${index ?? "?"}]`,
      field: field.join("."),
      message: finding.message,
      ...tip,
      level: finding.level ?? "error",
    };
  }
  const isText = part === "text";
  // Inside `document` the path is a field of document.json; any other top-level key but `text` (an unknown field
  // of an in-memory document) is itself the field.
  let field = isText ? "" : finding.path.join(".");
  if (part === "document") field = rest.join(".");
  const file = locator.fileOf(finding.documentIndex, isText ? "text" : "document");
  const position = isText ? undefined : locator.positionOf?.(file, rest);
  return {
    check: finding.check,
    file,
    ...position,
    recordId: documentLabel(input, finding.documentIndex),
    field,
    message: finding.message,
    ...tip,
    level: finding.level ?? "error",
  };
}
