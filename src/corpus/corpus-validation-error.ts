import { formatIssue, type ValidationIssue } from "../shared/validation-issue.js";

/**
 * Thrown by `createCorpus` and `loadCorpus` when their input is invalid: every issue, each with its record and field,
 * and where it is: a path into the documents given (`createCorpus`, `DocumentIssue`), or a file, line and column
 * (`loadCorpus`, `FileIssue`).
 */
export class CorpusValidationError<Issue extends ValidationIssue = ValidationIssue> extends Error {
  override readonly name = "CorpusValidationError";
  /** Every problem found, from the schemas and the named checks. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - The problems found; the message lists each on its own line.
   */
  constructor(issues: readonly Issue[]) {
    super(`${issues.length} problem(s) in the documents:\n${issues.map(formatIssue).join("\n")}`);
    this.issues = Object.freeze([...issues]);
  }
}
