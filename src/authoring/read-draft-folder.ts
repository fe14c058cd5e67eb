import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseJsonFile } from "../load/json-file.js";
import { DOCUMENT_FILE, RECORD_FILES } from "../schema/data-files.js";
import type { FilePosition } from "../shared/file-position.js";
import { type DraftFolder, isJsonObject, type JsonValue } from "./draft-folder.js";

/** A draft folder read from disk, with a way to find the line and column of a JSON path in a file as read. */
export interface ReadDraftFolder {
  readonly folder: DraftFolder;
  positionOf(file: string, path: readonly (string | number)[]): FilePosition;
}

/** Why a document folder cannot be fixed: a file is not JSON, or the source text is missing. */
export class UnreadableDraftError extends Error {
  override readonly name = "UnreadableDraftError";
}

/**
 * Reads a document folder for the fixers: `document.json`, the source text it names and every record file present,
 * parsed but not checked against the schemas (spans may still be written by their text alone).
 *
 * @param directory - The document folder.
 * @returns The draft folder and a position look-up.
 * @throws {@link UnreadableDraftError} when a file has a JSON syntax error or the source text is missing.
 */
export function readDraftFolder(directory: string): ReadDraftFolder {
  const names = [DOCUMENT_FILE.file, ...Object.values(RECORD_FILES).map(({ file }) => file)];
  const files = new Map<string, JsonValue>();
  const originals = new Map<string, string>();
  const parsed = new Map<string, ReturnType<typeof parseJsonFile>>();
  for (const name of names) {
    const path = join(directory, name);
    if (!existsSync(path)) continue;
    const original = readFileSync(path, "utf8");
    const json = parseJsonFile(original);
    const syntaxError = json.syntaxErrors[0];
    if (syntaxError !== undefined) {
      const { line, column } = syntaxError.position;
      throw new UnreadableDraftError(`${path}:${line}:${column}: ${syntaxError.message}`);
    }
    files.set(name, json.value as JsonValue);
    originals.set(name, original);
    parsed.set(name, json);
  }
  const document = files.get(DOCUMENT_FILE.file);
  const source = isJsonObject(document) ? document.source : undefined;
  const textFile = typeof source === "string" ? join(directory, source) : undefined;
  if (textFile === undefined || !existsSync(textFile))
    throw new UnreadableDraftError(`${join(directory, DOCUMENT_FILE.file)}: no source text to fix against`);
  return {
    folder: { text: readFileSync(textFile, "utf8"), files, originals },
    positionOf: (file, path) => parsed.get(file)?.positionOf([...path]) ?? { line: 1, column: 1 },
  };
}
