import type { ExportInput } from "../formats/export-input.js";
import { toJsonLd } from "../formats/json-ld/to-json-ld.js";
import { jsonText } from "../formats/json-text.js";
import { toNdjson } from "../formats/ndjson/to-ndjson.js";
import { toWebAnnotations } from "../formats/web-annotation/to-web-annotations.js";
import { UsageError } from "../load/usage-error.js";
import { commandCorpus } from "./command-corpus.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { writeExportFolder } from "./export-folder.js";
import { type OptionSpec, optionsHelp, parseCommandArgs } from "./parse-command-args.js";

/** What a format is asked for: the documents (loaded on first call) and whether to partition by document. */
interface FormatInput {
  readonly documents: () => Promise<ExportInput>;
  readonly partition: boolean;
}

/** The files a format writes, as path (under `--out`) → content. */
type ExportFiles = Record<string, string | Uint8Array>;

/** The files each format writes. */
const FORMATS: Readonly<Record<string, (input: FormatInput) => Promise<ExportFiles>>> = {
  jsonld: async ({ documents }) => ({ "newsfacts.jsonld": jsonText(toJsonLd(await documents())) }),
  w3c: async ({ documents }) => ({ "web-annotations.jsonld": jsonText(toWebAnnotations(await documents())) }),
  ndjson: async ({ documents }) => toNdjson(await documents()),
  // The Parquet writer is loaded only for this format: every other command starts without it.
  parquet: async ({ documents, partition }) => {
    const { toParquet } = await import("../formats/parquet/to-parquet.js");
    return toParquet(await documents(), { partition });
  },
  // The schemas describe the data model, not the documents: the same for every corpus. They are made from the Zod
  // schemas, so only this format loads zod.
  "json-schema": async () => {
    const { jsonSchemas } = await import("../build/json-schemas.js");
    return Object.fromEntries([...jsonSchemas()].map(([path, schema]) => [path, jsonText(schema)]));
  },
};

/** The formats that can be partitioned by document. */
const PARTITIONED_FORMATS: readonly string[] = ["parquet"];

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: "string", choices: Object.keys(FORMATS), help: "The format to write (required)." },
  out: { type: "string", help: "The directory to write into, created if needed; it must be empty (required)." },
  force: { type: "boolean", help: "Write into a non-empty --out, replacing the files of the same names." },
  partition: {
    type: "boolean",
    help: "Parquet only: one folder per table, Hive-partitioned by document (<table>/document_id=<id>/).",
  },
  data: { type: "string", help: "Export the documents of this data directory instead of the shipped corpus." },
  help: { type: "boolean", short: "h", help: "Show this help." },
};

const USAGE = `Usage: newsfacts export --format <${Object.keys(FORMATS).join("|")}> --out <dir> [--force] [--partition] [--data <dir>]

Writes the corpus in a standard format:
  jsonld       newsfacts.jsonld: schema.org JSON-LD (NewsArticle, Person, Quotation, Claim, ...), context embedded.
  w3c          web-annotations.jsonld: one W3C Web Annotation per record, positions in code points.
  ndjson       one .ndjson table per record kind and nested list, for DuckDB, BigQuery or Spark.
  parquet      the same tables as Apache Parquet files with column types (--partition: by document).
  json-schema  the JSON Schemas of the data files and of each record kind (records/).

Everything is written to a temporary folder beside --out and moved into place at the end: an error leaves nothing
behind, and a symbolic link in --out is replaced, never followed.

Options:
${optionsHelp(OPTIONS)}`;

/**
 * `newsfacts export --format <format> --out <dir> [--force] [--partition] [--data dir]`: writes the shipped corpus
 * (or a data directory's documents) in a standard format and prints the path of every file written. The files are
 * written with {@link writeExportFolder}: all or nothing, into an empty or new `--out` unless `--force`.
 *
 * @param args - The arguments after `export`.
 * @param output - Where to print.
 * @returns The exit code.
 * @throws {@link UsageError} for a missing or unknown format, a missing, empty, linked or non-empty `--out`,
 *   `--partition` with a format other than `parquet`, or an unknown option.
 *
 * @example
 * await runExport(["--help"], output)
 * //=> 0
 */
export async function runExport(args: readonly string[], output: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    output.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = FORMATS[values.format as string];
  if (format === undefined) throw new UsageError(`--format is required: one of ${Object.keys(FORMATS).join(", ")}`);
  if (typeof values.out !== "string") throw new UsageError("--out is required: the directory to write into");
  const partition = values.partition === true;
  if (partition && !PARTITIONED_FORMATS.includes(values.format as string)) {
    throw new UsageError(`--partition applies only to --format ${PARTITIONED_FORMATS.join(", ")}`);
  }
  // Loaded before the format runs, so that --data is validated for every format (json-schema does not read it).
  const data = values.data === undefined ? undefined : (await commandCorpus(values.data as string)).documents;
  const files = await format({
    documents: async () => data ?? (await commandCorpus(undefined)).documents,
    partition,
  });
  for (const file of writeExportFolder(values.out, files, values.force === true)) output.out(file);
  return EXIT.ok;
}
