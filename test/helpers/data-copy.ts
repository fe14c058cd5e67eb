import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The shipped data directory. */
export const DATA_DIRECTORY = "data";

/** The one shipped document's folder name (the tests of the validator mutate copies of it). */
export const DOCUMENT_FOLDER = readdirSync(DATA_DIRECTORY)[0] ?? "";

/** A record as read from a data file: a plain JSON object. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures edit parsed JSON freely.
export type JsonRecord = Record<string, any>;

/** A fresh copy of the shipped data directory in a temporary folder. */
export function copyData(): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-data-"));
  cpSync(DATA_DIRECTORY, directory, { recursive: true });
  return directory;
}

/** The path of a file of the copied document. */
export function documentFile(directory: string, file: string): string {
  return join(directory, DOCUMENT_FOLDER, file);
}

/** Reads the records of a data file of the copied document. */
export function readRecords(directory: string, file: string): JsonRecord[] {
  return JSON.parse(readFileSync(documentFile(directory, file), "utf8")).records;
}

/** Rewrites a data file of the copied document, after `edit` changed its parsed JSON, with two-space indents. */
export function editJson(directory: string, file: string, edit: (json: JsonRecord) => void): void {
  const path = documentFile(directory, file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * The 1-based line and column of the n-th occurrence (0-based) of `needle` in a file, found by plain text search,
 * independently of the JSON parser the validator uses.
 */
export function positionOfText(path: string, needle: string, occurrence = 0): { line: number; column: number } {
  const text = readFileSync(path, "utf8");
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} not found ${occurrence + 1} times in ${path}`);
  }
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * The 1-based line and column of the opening brace of the record with the given id, in a file written by
 * {@link editJson} (records sit at four spaces of indentation).
 */
export function positionOfRecord(path: string, id: string): { line: number; column: number } {
  const text = readFileSync(path, "utf8");
  const brace = text.lastIndexOf("\n    {", text.indexOf(`"id": "${id}"`)) + 1;
  return { line: text.slice(0, brace).split("\n").length, column: 5 };
}

/**
 * Edits, in a data file of the copied document, the first record that `select` picks, and returns that record as
 * it was before the edit. Throws when no record matches, so a test cannot pass vacuously.
 */
export function editRecord(
  directory: string,
  file: string,
  select: (record: JsonRecord) => boolean,
  edit: (record: JsonRecord) => void,
): JsonRecord {
  let original: JsonRecord | undefined;
  editJson(directory, file, (json) => {
    const record = (json.records as JsonRecord[]).find(select);
    if (!record) return;
    original = structuredClone(record);
    edit(record);
  });
  if (!original) throw new Error(`no record in ${file} matches the selection`);
  return original;
}

/**
 * How many records the data files of a directory's document hold: every JSON file with a `records` array, counted
 * from the files themselves rather than from the validator's list of collections.
 */
export function countRecords(directory: string): number {
  const folder = join(directory, DOCUMENT_FOLDER);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")).records)
    .reduce((sum: number, records: unknown) => sum + (Array.isArray(records) ? records.length : 0), 0);
}
