import { UsageError } from "../load/usage-error.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { InvalidDataError } from "./invalid-data-error.js";

/** A command of the command line: takes the arguments after its name and returns the exit code. */
export type Command = (args: readonly string[], output: CommandOutput) => number | Promise<number>;

/**
 * Runs one command, turning its usage errors into one line and exit code 2, and invalid data into exit code 1.
 *
 * @param name - The command's name, for the message (`validate`).
 * @param command - The command.
 * @param args - The arguments after the command's name.
 * @param output - Where to print.
 * @returns The exit code, once the command has finished.
 */
export async function runCommand(
  name: string,
  command: Command,
  args: readonly string[],
  output: CommandOutput,
): Promise<number> {
  try {
    return await command(args, output);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof InvalidDataError)) throw error;
    output.error(`newsfacts ${name}: ${error.message}`);
    return error instanceof UsageError ? EXIT.usage : EXIT.invalid;
  }
}
