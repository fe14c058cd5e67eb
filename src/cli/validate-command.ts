import { UsageError } from "../load/usage-error.js";
import { validateDirectory } from "../load/validate-directory.js";
import { recordCount } from "../validate/document-ids.js";
import { formatIssue } from "../validate/validation-issue.js";

/** Exit codes of the command line: 0 clean, 1 invalid data, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Where a command writes its output. */
export interface CommandOutput {
  readonly out: (line: string) => void;
  readonly error: (line: string) => void;
}

/**
 * `newsfacts validate [dir]`: validates a data directory and prints every issue, one per line.
 *
 * @param directory - The data directory (default `data`).
 * @param output - Where to print.
 * @returns The exit code: 0 clean, 1 with issues, 2 when the directory cannot be read.
 */
export function runValidate(directory: string, output: CommandOutput): number {
  try {
    const { documents, issues } = validateDirectory(directory);
    for (const issue of issues) output.error(formatIssue(issue));
    const records = documents.reduce((sum, document) => sum + recordCount(document), 0);
    const summary = `${directory}: ${documents.length} document(s), ${records} record(s), ${issues.length} problem(s)`;
    if (issues.length > 0) {
      output.error(summary);
      return EXIT.invalid;
    }
    output.out(summary);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(`newsfacts validate: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
