import { type CommandOutput, EXIT } from "./command-output.js";
import { packageVersion } from "./package-version.js";
import { type Command, runCommand } from "./run-command.js";

/**
 * The commands, by name, each loaded only when it runs: `--help` loads none, and `query` and `export` on the shipped
 * corpus never load the validator (zod, the EDTF parser, date-fns), which only `validate` and `--data` need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import("./validate-command.js")).runValidate,
  query: async () => (await import("./query-command.js")).runQuery,
  export: async () => (await import("./export-command.js")).runExport,
  new: async () => (await import("./new-command.js")).runNew,
  fix: async () => (await import("./fix-command.js")).runFix,
  migrate: async () => (await import("./migrate-command.js")).runMigrate,
};

const USAGE = `Usage: newsfacts <command> [options]

Commands:
  validate [dir]   Validate a data directory (default: data). Exit 0 when clean, 1 on any problem.
  query <kind>     Query the corpus: entities, quotes, claims, dates or uncertainty, with filters.
  export           Write the corpus as JSON-LD, W3C Web Annotations, NDJSON or JSON Schema.
  new <source.txt> Start a document folder from an article's text.
  fix [dir]        Compute and repair offsets, context, hash, order and layout of data files.
  migrate [dir]    Move the entities of a 0.x data directory into the entity registry (entities/<id>.json).

Run newsfacts <command> --help for a command's options. Exit code 2 on a usage error.

Options:
  -h, --help       Show this help.
  -v, --version    Print the version of newsfacts.`;

/**
 * Runs the command line with the given arguments. A usage error prints one line naming the command and the flag,
 * and exits 2; data that does not validate exits 1.
 *
 * @param argv - The arguments after the program name.
 * @param output - Where to print.
 * @returns The exit code, once the command has finished.
 *
 * @example
 * await main(["query", "entities", "--kind", "person"], output)
 * //=> 0
 */
export async function main(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    output.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") {
    output.out(packageVersion());
    return EXIT.ok;
  }
  // Own properties only: `newsfacts constructor` is an unknown command, not Object's constructor.
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) {
    output.error(`newsfacts: unknown command or option "${command}" (see newsfacts --help)`);
    return EXIT.usage;
  }
  // Loaded inside runCommand, so that a missing peer dependency is one line, not a stack.
  return runCommand(command, async (args, out) => (await load())(args, out), rest, output);
}
