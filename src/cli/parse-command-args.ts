import { parseArgs } from "node:util";
import { UsageError } from "../load/usage-error.js";

/** A command line option: a string (optionally one of `choices`) or a boolean flag. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The values a string option accepts; any other value is a usage error naming the flag. */
  readonly choices?: readonly string[];
  /** One line of help, shown by `--help`. */
  readonly help: string;
}

/** What a command's arguments parse to: option values by flag name, and the positional arguments. */
export interface ParsedCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** The first line of a `parseArgs` error, without Node's hint about `--`: it names the flag already. */
function firstSentence(message: string): string {
  return message.replace(/\. To specify a positional argument[\s\S]*$/, "");
}

/**
 * Parses a command's arguments with `util.parseArgs` (strict), and checks every option with `choices`. Every problem
 * becomes a {@link UsageError} whose one-line message names the flag.
 *
 * @param args - The arguments after the command name.
 * @param options - The command's options, by flag name (without `--`).
 * @returns The option values and the positional arguments.
 * @throws {@link UsageError} for an unknown option, a missing value or a value outside its choices.
 *
 * @example
 * parseCommandArgs(["--kind", "person"], { kind: { type: "string", choices: ["person"], help: "" } }).values.kind
 * //=> "person"
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
): ParsedCommandArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short }]) => [
          name,
          short === undefined ? { type } : { type, short },
        ]),
      ),
    });
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
  for (const [name, { choices }] of Object.entries(options)) {
    const value = parsed.values[name];
    if (choices !== undefined && typeof value === "string" && !choices.includes(value)) {
      throw new UsageError(`--${name}: "${value}" is not one of ${choices.join(", ")}`);
    }
  }
  return { values: parsed.values as ParsedCommandArgs["values"], positionals: parsed.positionals };
}

/**
 * The `Options:` section of a command's help: one line per option, aligned.
 *
 * @param options - The command's options.
 * @returns The lines, without a trailing newline.
 *
 * @example
 * optionsHelp({ json: { type: "boolean", help: "Print JSON." } })
 * //=> "  --json  Print JSON."
 */
export function optionsHelp(options: Readonly<Record<string, OptionSpec>>): string {
  const flags = Object.entries(options).map(
    ([name, { type, short }]) =>
      `${short === undefined ? "" : `-${short}, `}--${name}${type === "string" ? " <value>" : ""}`,
  );
  const width = Math.max(...flags.map((flag) => flag.length)) + 2;
  return Object.values(options)
    .map(({ choices, help }, index) => {
      const values = choices === undefined ? "" : ` One of: ${choices.join(", ")}.`;
      return `  ${(flags[index] ?? "").padEnd(width)}${help}${values}`;
    })
    .join("\n");
}
