import { filterProblem } from "../corpus/queries/check-filter.js";
import { UsageError } from "../load/usage-error.js";
import { commandCorpus } from "./command-corpus.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { type OptionSpec, optionsHelp, type ParsedCommandArgs, parseCommandArgs } from "./parse-command-args.js";
import { type CliFilter, optionName, QUERY_KINDS, type QueryKind } from "./query-kinds.js";
import { QUERY_FORMATS, type QueryFormat, queryOutput } from "./query-output.js";
import { unknownFilterIds } from "./unknown-filter-ids.js";

/** The options every query takes besides its filters. */
const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  data: { type: "string", help: "Query the documents of this data directory instead of the shipped corpus." },
  format: {
    type: "string",
    choices: QUERY_FORMATS,
    help: "table (names, fitted to the terminal), json (the full records, ids), ndjson (one record a line) or csv.",
  },
  json: { type: "boolean", help: "The same as --format json." },
  wide: { type: "boolean", help: "Never cut a table cell, however wide the line." },
  help: { type: "boolean", short: "h", help: "Show this help." },
};

/** The help of `newsfacts query`, or of one query kind. */
function queryHelp(name?: string): string {
  const kinds = name === undefined ? Object.entries(QUERY_KINDS) : [[name, QUERY_KINDS[name] as QueryKind] as const];
  const sections = kinds.map(([kind, { summary, options }]) => `${kind}: ${summary}\n${optionsHelp(options)}`);
  return `Usage: newsfacts query ${name ?? "<entities|quotes|claims|dates|uncertainty>"} [options]

Prints the records that pass every filter given, in corpus order: a table, or JSON, NDJSON or CSV with --format.
An id or a name the corpus does not have is reported on stderr, with the closest ones, and exits 1 (the empty
result still goes to stdout), as grep does for no match.

${sections.join("\n\n")}

Options of every query:
${optionsHelp(COMMON_OPTIONS)}`;
}

/** `--min-certainty` → `minCertainty`: the option's key in the query method's filter. */
function filterKey(option: string): string {
  return option.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The filter the command line gives, checked by the same rules as the query method's (so a bad date or a reversed
 * range is a usage error naming the flag, not a crash).
 */
function commandFilter(kind: QueryKind, values: ParsedCommandArgs["values"]): CliFilter {
  const filter: Record<string, string | readonly string[]> = {};
  for (const option of Object.keys(kind.options)) {
    const value = values[option];
    if (typeof value === "string" || Array.isArray(value)) filter[filterKey(option)] = value;
  }
  const problem = filterProblem(kind.name, filter);
  if (problem !== undefined) throw new UsageError(`--${optionName(problem.key)}: ${problem.message}`);
  return filter;
}

/** The output format: `--format`, or `--json`, which may not contradict it. */
function outputFormat(values: ParsedCommandArgs["values"]): QueryFormat {
  const format = (values.format as QueryFormat | undefined) ?? (values.json === true ? "json" : "table");
  if (values.json === true && format !== "json") throw new UsageError(`--json contradicts --format ${format}`);
  return format;
}

/**
 * `newsfacts query <kind> [filters] [--data dir] [--json]`: runs a corpus query with the filters given on the
 * command line (each flag is a key of the query method's filter: `--min-certainty PR` is `{ minCertainty: "PR" }`)
 * and prints the records as a table, or as JSON with `--json`.
 *
 * @param args - The arguments after `query`.
 * @param output - Where to print.
 * @returns The exit code: 0, also when nothing matches; 1 when an id or name given is not in the corpus.
 * @throws {@link UsageError} for an unknown kind, option or value.
 *
 * @example
 * runQuery(["quotes", "--speaker", "vladimir-putin", "--json"], output)
 * //=> 0
 */
export async function runQuery(args: readonly string[], output: CommandOutput): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h") {
    output.out(queryHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  // Own properties only: `query toString` is an unknown query, not Object's toString.
  const kind = Object.hasOwn(QUERY_KINDS, name) ? QUERY_KINDS[name] : undefined;
  if (kind === undefined) {
    throw new UsageError(`unknown query "${name}": expected one of ${Object.keys(QUERY_KINDS).join(", ")}`);
  }
  const { values, positionals } = parseCommandArgs(rest, { ...kind.options, ...COMMON_OPTIONS });
  if (values.help === true) {
    output.out(queryHelp(name));
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const filter = commandFilter(kind, values);
  const format = outputFormat(values);
  const corpus = await commandCorpus(values.data as string | undefined);
  const records = kind.query(corpus, filter);
  const width = { columns: output.columns, wide: values.wide === true };
  for (const line of queryOutput(format, records, kind.columns(corpus), width)) output.out(line);
  const unknown = unknownFilterIds(corpus, kind.name, filter, records.length);
  for (const { key, message } of unknown) output.error(`newsfacts query: --${optionName(key)}: ${message}`);
  return unknown.length > 0 ? EXIT.invalid : EXIT.ok;
}
