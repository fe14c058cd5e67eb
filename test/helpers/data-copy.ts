import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** The shipped data directory. */
export const DATA_DIRECTORY = "data";

/**
 * The id of the article the package ships: the tests that check the shipped annotation name it, so that a document
 * added to `data/` changes none of them.
 */
export const ARTICLE_ID = "putin-lukashenko-union-state-talks";

/** The shipped article's folder, named by its id (the tests of the validator mutate copies of it). */
export const DOCUMENT_FOLDER = ARTICLE_ID;

/** A record as read from a data file: a plain JSON object. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures edit parsed JSON freely.
export type JsonRecord = Record<string, any>;

/** A fresh copy of the shipped data directory in a temporary folder. */
export function copyData(): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-data-"));
  cpSync(DATA_DIRECTORY, directory, { recursive: true });
  return directory;
}

/** The folder of the entity registry in a data directory: one `<id>.json` per referent of the corpus. */
export const REGISTRY_FOLDER = "entities";

/** The folder of the test fixtures: document folders and the registry entries they add to the shipped ones. */
export const FIXTURES_DIRECTORY = join("test", "fixtures");

/**
 * The folder of the second article written for the tests: a short, clearly fictional article that shares people
 * (Putin, Lukashenko, Peskov) and the Zapad-2021 exercises with the shipped one.
 */
export const FIXTURE_ARTICLE_FOLDER = join(FIXTURES_DIRECTORY, "fictional-river-forum");

/** The id of the fictional fixture article. */
export const FIXTURE_ARTICLE_ID = "fictional-river-forum";

/**
 * A temporary data directory with the given document folders and the registry entries their entities.json use,
 * taken from the shipped data or the fixtures.
 *
 * @param folders - Document folders (paths), copied under their own names.
 * @returns The directory.
 */
export function copyDocuments(...folders: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-documents-"));
  mkdirSync(join(directory, REGISTRY_FOLDER));
  for (const folder of folders) {
    cpSync(folder, join(directory, basename(folder)), { recursive: true });
    const entities = JSON.parse(readFileSync(join(folder, "entities.json"), "utf8")).records as JsonRecord[];
    for (const { id } of entities) {
      const entry = [DATA_DIRECTORY, FIXTURES_DIRECTORY]
        .map((root) => join(root, REGISTRY_FOLDER, `${id}.json`))
        .find((path) => existsSync(path));
      if (entry !== undefined) cpSync(entry, join(directory, REGISTRY_FOLDER, `${id}.json`));
    }
  }
  return directory;
}

/** A temporary data directory that holds the shipped article alone, with the registry entries it uses. */
export function copyArticle(): string {
  return copyDocuments(join(DATA_DIRECTORY, DOCUMENT_FOLDER));
}

/** A fresh copy of the shipped data directory with the fictional fixture article (and its registry entries) added. */
export function copyDataWithFixture(): string {
  const directory = copyData();
  cpSync(FIXTURE_ARTICLE_FOLDER, join(directory, FIXTURE_ARTICLE_ID), { recursive: true });
  cpSync(join(FIXTURES_DIRECTORY, REGISTRY_FOLDER), join(directory, REGISTRY_FOLDER), { recursive: true });
  return directory;
}

/** The path of a file of the copied document. */
export function documentFile(directory: string, file: string): string {
  return join(directory, DOCUMENT_FOLDER, file);
}

/**
 * Reads the records of a data file of the copied document. The records of `entities.json` come with their registry
 * definitions (`entities/<id>.json`) filled in, merged here by plain JSON rather than by the loader under test.
 */
export function readRecords(directory: string, file: string): JsonRecord[] {
  const records: JsonRecord[] = JSON.parse(readFileSync(documentFile(directory, file), "utf8")).records;
  if (file !== "entities.json") return records;
  return records.map((record) => {
    const path = join(directory, REGISTRY_FOLDER, `${record.id}.json`);
    if (!existsSync(path)) return record;
    const { $schema: _pointer, ...defined } = JSON.parse(readFileSync(path, "utf8"));
    return { ...defined, ...record };
  });
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
