import { MigrationConflictError, migrateDirectory } from "../load/migrate-directory.js";
import { validateDirectory } from "../pipeline/validate-directory.js";
import { formatIssue } from "../shared/validation-issue.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { dataDirectoryArgument, type OptionSpec, optionsHelp, parseCommandArgs } from "./parse-command-args.js";

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", help: "Show this help." },
};

const USAGE = `Usage: newsfacts migrate [dir]

Migrates a data directory (default: data) in place from the 0.x layout, where each document defines every entity
it mentions, to the layout with an entity registry: each person, country, place, organisation and government is
defined once in entities/<id>.json, and each document keeps its mentions, roles and own description of it. Prints
each file written, then validates the result. When two documents define an entity differently, prints every
difference and writes nothing. Running it again changes nothing. Exit 0 when the result is valid, 1 otherwise.

Options:
${optionsHelp(OPTIONS)}`;

/**
 * `newsfacts migrate [dir]`: moves the referents of a 0.x data directory into the entity registry, then validates.
 *
 * @param args - The arguments after `migrate`: at most one, the data directory (default `data`).
 * @param output - Where to print.
 * @returns The exit code: 0 when the migrated directory is valid, 1 on a conflict or an invalid result.
 * @throws {@link UsageError} for an unknown option, extra arguments, or a directory that does not exist.
 */
export function runMigrate(args: readonly string[], output: CommandOutput): number {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    output.out(USAGE);
    return EXIT.ok;
  }
  const directory = dataDirectoryArgument(positionals);
  try {
    const { registered, rewritten } = migrateDirectory(directory);
    for (const file of [...registered, ...rewritten]) output.out(file);
    output.out(
      `${directory}: ${registered.length} referent(s) moved to the registry, ${rewritten.length} document(s) rewritten`,
    );
  } catch (error) {
    if (!(error instanceof MigrationConflictError)) throw error;
    output.error(error.message);
    return EXIT.invalid;
  }
  const { issues } = validateDirectory(directory);
  for (const issue of issues) output.error(formatIssue(issue));
  return issues.length > 0 ? EXIT.invalid : EXIT.ok;
}
