/**
 * `npm run validate`: the first build step. Runs the same command as `newsfacts validate`, without loading the
 * rest of the command line, which needs the modules that later build steps generate from the validated data.
 */
import { processOutput } from "../src/cli/process-output.js";
import { runCommand } from "../src/cli/run-command.js";
import { runValidate } from "../src/cli/validate-command.js";

process.exitCode = await runCommand("validate", runValidate, process.argv.slice(2), processOutput());
