import { UsageError } from "../load/usage-error.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { InvalidDataError } from "./invalid-data-error.js";
import { missingPackage } from "./missing-package.js";
import { isSystemError, systemErrorMessage } from "./system-error.js";

/** A command of the command line: takes the arguments after its name and returns the exit code. */
export type Command = (args: readonly string[], output: CommandOutput) => number | Promise<number>;

/**
 * Runs one command, turning its usage errors into one line and exit code 2, invalid data (its issues, then one
 * line), a failed system call (a file that cannot be read or written) and a package that is not installed (zod, a
 * peer dependency that only validation needs) into one line and exit code 1. Anything else is a bug: one line asking for
 * a report, and exit code 1 (with the stack when `NEWSFACTS_DEBUG` is set).
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
    if (error instanceof UsageError) {
      output.error(`newsfacts ${name}: ${error.message}`);
      return EXIT.usage;
    }
    const missing = missingPackage(error);
    if (error instanceof InvalidDataError) {
      for (const issue of error.issues) output.error(issue);
      output.error(`newsfacts ${name}: ${error.message}`);
    } else if (missing !== undefined) {
      output.error(`newsfacts ${name}: needs the package "${missing}", which is not installed: npm install ${missing}`);
    } else if (isSystemError(error)) output.error(`newsfacts ${name}: ${systemErrorMessage(error)}`);
    else {
      const detail = process.env.NEWSFACTS_DEBUG ? (error as Error).stack : String((error as Error)?.message ?? error);
      output.error(`newsfacts ${name}: internal error, please report it: ${detail}`);
    }
    return EXIT.invalid;
  }
}
