/**
 * `npm run validate`: the first build step. Runs the same command as `newsfacts validate`, without loading the
 * rest of the command line, which needs the modules that later build steps generate from the validated data.
 * The validator is imported inside the command, as the command line does, so that a package missing from
 * node_modules (an install older than package.json) is one line from runCommand, not a stack trace at load.
 */
import { processOutput } from "../src/cli/process-output.js";
import { type Command, runCommand } from "../src/cli/run-command.js";

const validate: Command = async (args, output) =>
  (await import("../src/cli/validate-command.js")).runValidate(args, output);

process.exitCode = await runCommand("validate", validate, process.argv.slice(2), processOutput());
