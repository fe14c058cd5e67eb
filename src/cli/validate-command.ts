import { SCHEMA_MODEL } from "../model/schema-model.js";
import { recordCount } from "../model/walkers.js";
import { validateDirectory } from "../pipeline/validate-directory.js";
import { formatIssue } from "../shared/validation-issue.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { dataDirectoryArgument, type OptionSpec, optionsHelp, parseCommandArgs } from "./parse-command-args.js";

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", help: "Show this help." },
};

const USAGE = `Usage: newsfacts validate [dir]

Validates a data directory (default: data): the schemas, then every named check. Prints every problem at once,
one line each, as file:line:column record field: message [check]. Warnings and notes (checks of level warning or
info, such as unannotated-mentions) are printed with their level and fail nothing. Then one line per valid document
with its record count, then the totals. Exit 0 when clean, 1 on any error.

Options:
${optionsHelp(OPTIONS)}`;

/**
 * `newsfacts validate [dir]`: validates a data directory and prints every issue, one per line.
 *
 * @param args - The arguments after `validate`: at most one, the data directory (default `data`).
 * @param output - Where to print.
 * @returns The exit code: 0 clean, 1 with issues.
 * @throws {@link UsageError} for an unknown option, extra arguments, or a directory that does not exist.
 *
 * @example
 * runValidate(["data"], output)
 * //=> 0
 */
export function runValidate(args: readonly string[], output: CommandOutput): number {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    output.out(USAGE);
    return EXIT.ok;
  }
  const directory = dataDirectoryArgument(positionals);
  const { documents, issues, advisories } = validateDirectory(directory);
  for (const issue of issues) output.error(formatIssue(issue));
  // Warnings and notes are advice: printed with their level, on standard output, and they fail nothing.
  for (const advice of advisories) output.out(formatIssue(advice));
  const counts = documents.map((document) => recordCount(SCHEMA_MODEL, document));
  const records = counts.reduce((sum, count) => sum + count, 0);
  const notes = advisories.length > 0 ? `, ${advisories.length} warning(s) or note(s)` : "";
  const print = (line: string) => (issues.length > 0 ? output.error(line) : output.out(line));
  documents.forEach((document, index) => {
    print(`document ${document.document.id}: ${counts[index]} record(s)`);
  });
  print(`${directory}: ${documents.length} document(s), ${records} record(s), ${issues.length} problem(s)${notes}`);
  return issues.length > 0 ? EXIT.invalid : EXIT.ok;
}
