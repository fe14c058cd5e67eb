import { parseArgs } from "node:util";
import { type CommandOutput, EXIT, runValidate } from "./validate-command.js";

const USAGE = `Usage: newsfacts <command> [options]

Commands:
  validate [dir]   Validate a data directory (default: data). Exit 0 when clean, 1 on any problem, 2 on a usage error.

Options:
  -h, --help       Show this help.`;

/**
 * Runs the command line with the given arguments.
 *
 * @param argv - The arguments after the program name.
 * @param output - Where to print.
 * @returns The exit code.
 */
export function main(argv: readonly string[], output: CommandOutput): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: "boolean", short: "h" } } });
  } catch (error) {
    output.error(`newsfacts: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    output.out(USAGE);
    return command === undefined && !parsed.values.help ? EXIT.usage : EXIT.ok;
  }
  if (command === "validate" && rest.length <= 1) return runValidate(rest[0] ?? "data", output);
  output.error(`newsfacts: unknown command or arguments: ${parsed.positionals.join(" ")} (see newsfacts --help)`);
  return EXIT.usage;
}
