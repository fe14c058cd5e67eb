import { parseArgs } from "node:util";
import { UsageError } from "../load/usage-error.js";

/** A command line option: a string (optionally one of `choices`) or a boolean flag. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Whether the option may be given more than once, its values collected in an array ("any of them"). */
  readonly multiple?: boolean;
  /** The values a string option accepts; any other value is a usage error naming the flag. */
  readonly choices?: readonly string[];
  /** One line of help, shown by `--help`. */
  readonly help: string;
}

/** What a command's arguments parse to: option values by flag name, and the positional arguments. */
export interface ParsedCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** The first line of a `parseArgs` error, without Node's hint about `--`: it names the flag already. */
function firstSentence(message: string): string {
  return message.replace(/\. To specify a positional argument[\s\S]*$/, "");
}

/**
 * Parses a command's arguments with `util.parseArgs` (strict), checks every option with `choices`, and refuses an
 * option given twice unless it is `multiple` (rather than keep the last value silently). Every problem becomes a
 * {@link UsageError} whose one-line message names the flag.
 *
 * @param args - The arguments after the command name.
 * @param options - The command's options, by flag name (without `--`).
 * @returns The option values and the positional arguments.
 * @throws {@link UsageError} for an unknown option, a missing value, a value outside its choices or a repeated option.
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
      tokens: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short, multiple }]) => [
          name,
          { type, multiple: multiple === true, ...(short === undefined ? {} : { short }) },
        ]),
      ),
    });
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option" || options[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} given more than once: give it once`);
    seen.add(token.name);
  }
  for (const [name, { choices }] of Object.entries(options)) {
    const given = parsed.values[name];
    for (const value of Array.isArray(given) ? given : [given]) {
      if (choices !== undefined && typeof value === "string" && !choices.includes(value)) {
        throw new UsageError(`--${name}: "${value}" is not one of ${choices.join(", ")}`);
      }
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

/**
 * The one data directory that `validate`, `fix` and `migrate` take as their argument: `data` when none is given.
 *
 * @param positionals - The command's arguments that are not options.
 * @returns The directory.
 * @throws {@link UsageError} when there is more than one argument.
 *
 * @example
 * dataDirectoryArgument([])
 * //=> "data"
 */
export function dataDirectoryArgument(positionals: readonly string[]): string {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  return positionals[0] ?? "data";
}
