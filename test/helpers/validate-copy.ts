import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import type { FileIssue } from "../../src/shared/validation-issue.js";

/** Validates a data directory and returns the issues a given check reported. */
export function issuesOf(directory: string, check: string): FileIssue[] {
  return validateDirectory(directory).issues.filter((issue) => issue.check === check);
}
