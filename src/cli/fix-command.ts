import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isJsonObject } from "../authoring/draft-folder.js";
import { FIXERS, fixDraft } from "../authoring/fix-draft.js";
import type { FixNote } from "../authoring/fixers/fixer.js";
import { type ReadDraftFolder, readDraftFolder, UnreadableDraftError } from "../authoring/read-draft-folder.js";
import { readEntityRegistry } from "../load/entity-registry.js";
import { UsageError } from "../load/usage-error.js";
import { DOCUMENT_FILE } from "../schema/data-files.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { dataDirectoryArgument, type OptionSpec, optionsHelp, parseCommandArgs } from "./parse-command-args.js";

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  only: {
    type: "string",
    help: `Run only these fixers, comma-separated: ${FIXERS.map(({ name }) => name).join(", ")}.`,
  },
  check: { type: "boolean", help: "Write nothing: report what would change, and exit 1 if anything would (for CI)." },
  help: { type: "boolean", short: "h", help: "Show this help." },
};

const USAGE = `Usage: newsfacts fix [dir] [--only <fixers>] [--check]

Repairs the data files of a document folder, or of every document folder in a data directory (default: data),
writing a file only when its content changes. The fixers, in the order they run:
${FIXERS.map(({ name, description, byDefault }) => `  ${name.padEnd(8)} ${description}${byDefault ? "" : " (only with --only)"}`).join("\n")}

Every moved span is listed. A span that cannot be placed with confidence is reported as an orphan with its old text
and left as it was; the exit code is 1 while any remain. Exit 0 when everything is fixed.

Options:
${optionsHelp(OPTIONS)}`;

/** The document folders to fix: the folder itself when it holds a document.json, else its sub-folders that do. */
function documentFolders(directory: string): string[] {
  if (!existsSync(directory) || !statSync(directory).isDirectory())
    throw new UsageError(`"${directory}" does not exist or is not a directory`);
  if (existsSync(join(directory, DOCUMENT_FILE.file))) return [directory];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, DOCUMENT_FILE.file)))
    .map((entry) => join(directory, entry.name))
    .sort();
}

/**
 * The name and aliases of each referent of the entity registry of the data directory that holds a document folder,
 * by id: the mentions fixer looks for them, as a document's record of a registry referent holds no names. A registry
 * that cannot be read gives no names here; `validate` reports its problems.
 */
function registryNames(documentFolder: string): Map<string, readonly string[]> {
  const names = new Map<string, readonly string[]>();
  for (const [id, { entity }] of readEntityRegistry(dirname(documentFolder)).entries) {
    const aliases = Array.isArray(entity.aliases) ? entity.aliases : [];
    names.set(
      id,
      [entity.name, ...aliases].filter((name): name is string => typeof name === "string"),
    );
  }
  return names;
}

/** The names given to `--only`, each checked against the fixers. */
function selectedFixers(only: string | boolean | readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (typeof only !== "string") return undefined;
  const names = only.split(",").map((name) => name.trim());
  const known = FIXERS.map(({ name }) => name);
  const unknown = names.find((name) => !known.includes(name));
  if (unknown !== undefined) throw new UsageError(`--only: "${unknown}" is not one of ${known.join(", ")}`);
  return new Set(names);
}

/** One line for a note: `file:line:column record field: message`, as `validate` prints its issues. */
function noteLine(directory: string, draft: ReadDraftFolder, note: FixNote): string {
  const { line, column } = draft.positionOf(note.file, note.path);
  const value = draft.folder.files.get(note.file);
  const records = isJsonObject(value) && Array.isArray(value.records) ? value.records : undefined;
  const record = note.path[0] === "records" ? records?.[Number(note.path[1])] : value;
  const recordId = isJsonObject(record) && typeof record.id === "string" ? record.id : "-";
  const field = (note.path[0] === "records" ? note.path.slice(2) : note.path).join(".");
  return `${join(directory, note.file)}:${line}:${column} ${recordId} ${field}: ${note.message}`;
}

/**
 * `newsfacts fix [dir]`: runs the fixers over each document folder and writes the files they changed.
 *
 * @param args - The arguments after `fix`.
 * @param output - Where to print.
 * @returns The exit code: 0 when everything is fixed (or, with `--check`, nothing would change), 1 otherwise.
 * @throws {@link UsageError} for an unknown option or fixer, or a directory that does not exist.
 */
export function runFix(args: readonly string[], output: CommandOutput): number {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    output.out(USAGE);
    return EXIT.ok;
  }
  const only = selectedFixers(values.only);
  const check = values.check === true;
  let failed = false;
  for (const directory of documentFolders(dataDirectoryArgument(positionals))) {
    let draft: ReadDraftFolder;
    try {
      draft = readDraftFolder(directory);
    } catch (error) {
      if (!(error instanceof UnreadableDraftError)) throw error;
      output.error(error.message);
      failed = true;
      continue;
    }
    const run = fixDraft(draft.folder, only, registryNames(directory));
    for (const note of run.changes) output.out(`${noteLine(directory, draft, note)}${check ? " (would change)" : ""}`);
    for (const note of run.unresolved) output.error(noteLine(directory, draft, note));
    if (!check) {
      for (const [file, text] of run.writes) {
        // Renamed over the old file, so an interrupted write never leaves half a file.
        const path = join(directory, file);
        writeFileSync(`${path}.fixing`, text);
        renameSync(`${path}.fixing`, path);
      }
    }
    const verb = check ? "would change" : "changed";
    const summary = `${directory}: ${verb} ${run.writes.size} file(s), ${run.unresolved.length} unresolved`;
    const problem = run.unresolved.length > 0 || (check && run.writes.size > 0);
    (problem ? output.error : output.out)(summary);
    failed ||= problem;
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
