import { readDataDirectory } from "../load/read-data-directory.js";
import { type ValidationResult, validateDocuments } from "../validate/validate-documents.js";

/**
 * Reads and validates a data directory: layout and JSON syntax, the schemas, then every named check.
 *
 * @param directory - The data directory, e.g. `data`.
 * @returns The valid documents and every issue, with file, line and column.
 * @throws {@link UsageError} when the directory does not exist.
 */
export function validateDirectory(directory: string): ValidationResult {
  const { inputs, locator, issues } = readDataDirectory(directory);
  const result = validateDocuments(inputs, locator);
  return { documents: result.documents, issues: [...issues, ...result.issues], advisories: result.advisories };
}
