import type { DocumentIssue } from "../../src/shared/validation-issue.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";

/** Validates one in-memory document (parsed JSON) and returns the issues a given check reported. */
export function documentIssues(document: unknown, check: string): DocumentIssue[] {
  return validateDocuments([document]).issues.filter((issue) => issue.check === check);
}

/** A value a test knows is there (an element of a fixture it wrote), or a thrown error naming what was missing. */
export function present<Value>(value: Value | undefined, what: string): Value {
  if (value === undefined) throw new Error(`the fixture has no ${what}`);
  return value;
}
