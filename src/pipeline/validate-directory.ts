import { readDataDirectory } from "../load/read-data-directory.js";
import type { FileIssue } from "../shared/validation-issue.js";
import { type ValidationResult, validateDocuments } from "../validate/validate-documents.js";

/**
 * Reads and validates a data directory: layout and JSON syntax, the schemas, then every named check. Validation
 * reports in document coordinates; loading places each issue in its file, line and column.
 *
 * @param directory - The data directory, e.g. `data`.
 * @returns The valid documents and every issue, with file, line and column.
 * @throws {@link UsageError} when the directory does not exist.
 */
export function validateDirectory(directory: string): ValidationResult<FileIssue> {
  const { inputs, locate, issues } = readDataDirectory(directory);
  const result = validateDocuments(inputs);
  return {
    documents: result.documents,
    issues: [...issues, ...result.issues.map(locate)],
    advisories: result.advisories.map(locate),
  };
}
