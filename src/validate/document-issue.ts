import { isRecordCollection } from "../schema/data-files.js";
import type { DocumentIssue } from "../shared/validation-issue.js";
import type { Finding } from "./finding.js";

/** Reads a property of an unknown value without trusting its shape. */
function property(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

/** The id of a document input, or a positional name when it has none. */
function documentLabel(input: unknown, documentIndex: number): string {
  const id = property(property(input, "document"), "id");
  return typeof id === "string" ? id : `documents[${documentIndex}]`;
}

/**
 * Names the record and field of a finding, in document coordinates: no file, line or column, which only loading
 * knows.
 *
 * @param finding - A finding with a path into an annotated document.
 * @param inputs - The validated documents, as given.
 * @returns The issue.
 */
export function documentIssue(finding: Finding, inputs: readonly unknown[]): DocumentIssue {
  const input = inputs[finding.documentIndex];
  const [part, ...rest] = finding.path;
  const facts = {
    check: finding.check,
    documentIndex: finding.documentIndex,
    path: finding.path,
    message: finding.message,
    ...(finding.tip ? { tip: finding.tip } : {}),
    level: finding.level ?? "error",
  };
  if (isRecordCollection(part)) {
    const [index, ...field] = rest;
    const id = property(property(property(input, part), index ?? -1), "id");
    return { ...facts, recordId: typeof id === "string" ? id : `records[${index ?? "?"}]`, field: field.join(".") };
  }
  // Inside `document` the path is a field of document.json; any other top-level key but `text` (an unknown field
  // of an in-memory document) is itself the field.
  let field = part === "text" ? "" : finding.path.join(".");
  if (part === "document") field = rest.join(".");
  return { ...facts, recordId: documentLabel(input, finding.documentIndex), field };
}
