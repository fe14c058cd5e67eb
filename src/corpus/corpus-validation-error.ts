import { formatIssue, type ValidationIssue } from "../shared/validation-issue.js";

/**
 * Thrown by `createCorpus` and `loadCorpus` when their input is invalid: every issue, each with its file (with line and
 * column for `loadCorpus`), record and field.
 */
export class CorpusValidationError extends Error {
  override readonly name = "CorpusValidationError";
  /** Every problem found, from the schemas and the named checks. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The problems found; the message lists each on its own line.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super(`${issues.length} problem(s) in the documents:\n${issues.map(formatIssue).join("\n")}`);
    this.issues = Object.freeze([...issues]);
  }
}
