import { type Dirent, lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DOCUMENT_FILE, RECORD_FILES, type RecordCollection } from "../schema/data-files.js";
import { LIMITS } from "../schema/limits.js";
import type { FilePosition } from "../shared/file-position.js";
import { quotedValue } from "../shared/quoted-value.js";
import type { DocumentIssue, FileIssue } from "../shared/validation-issue.js";
import {
  type EntityRegistry,
  REGISTRY_FOLDER,
  readEntityRegistry,
  resolveRegistryEntities,
} from "./entity-registry.js";
import { type JsonFile, parseJsonFile } from "./json-file.js";
import { type DocumentSources, locateIssue } from "./locate-issue.js";
import { readDataText } from "./read-data-text.js";
import { UsageError } from "./usage-error.js";

const COLLECTIONS = Object.keys(RECORD_FILES) as RecordCollection[];
const FILE_KEYS = new Set(["$schema", "records"]);

/** What reading a data directory gives: documents to validate, how to place their issues, and layout problems. */
export interface DataDirectory {
  /** One candidate annotated document per readable document folder, in folder-name order. */
  readonly inputs: readonly unknown[];
  /** Places a validation issue of `inputs`, in document coordinates, in its file, line and column. */
  readonly locate: (issue: DocumentIssue) => FileIssue;
  /** Problems found while reading: JSON syntax, missing or unexpected files, malformed file wrappers. */
  readonly issues: readonly FileIssue[];
}

/** Whether a path exists, without following a symbolic link at its end. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Collects the files of one document folder into a candidate annotated document. */
class DocumentFolder {
  readonly issues: FileIssue[] = [];
  readonly files = new Map<string, JsonFile>();
  readonly paths = new Map<"document" | "text" | RecordCollection, string>();
  constructor(readonly folder: string) {}

  private issue(
    file: string,
    check: string,
    message: string,
    position?: FilePosition,
    tip?: string,
    record: { recordId?: string; field?: string } = {},
  ): void {
    const { recordId = "-", field = "" } = record;
    this.issues.push({ check, file, ...position, recordId, field, message, ...(tip ? { tip } : {}), level: "error" });
  }

  /**
   * A file's text: read only when it is a regular file within the size limit, decoded as strict UTF-8; undefined
   * (with the problem reported) otherwise.
   */
  private readText(file: string, maxBytes: number, isSource: boolean): string | undefined {
    const read = readDataText(file, maxBytes, isSource);
    if ("issue" in read) {
      this.issues.push(read.issue);
      return undefined;
    }
    return read.text;
  }

  private readJson(file: string): unknown {
    const text = this.readText(file, LIMITS.jsonFileBytes, false);
    if (text === undefined) return undefined;
    const json = parseJsonFile(text);
    this.files.set(file, json);
    for (const error of json.syntaxErrors) {
      this.issue(file, "json", error.message, error.position, undefined, error);
    }
    return json.value;
  }

  private readRecords(collection: RecordCollection): unknown[] | undefined {
    const file = join(this.folder, RECORD_FILES[collection].file);
    this.paths.set(collection, file);
    if (!exists(file)) return [];
    const value = this.readJson(file);
    if (value === undefined) return undefined;
    if (
      typeof value !== "object" ||
      value === null ||
      Array.isArray(value) ||
      !Array.isArray((value as { records?: unknown }).records)
    ) {
      this.issue(file, "layout", 'the file must be an object with a "records" array', { line: 1, column: 1 });
      return undefined;
    }
    for (const key of Object.keys(value).filter((key) => !FILE_KEYS.has(key))) {
      this.issue(
        file,
        "layout",
        `unknown field ${quotedValue(key)} at the top of the file`,
        this.files.get(file)?.positionOf([key]),
      );
    }
    return (value as { records: unknown[] }).records;
  }

  /**
   * Reads every file; returns the candidate document, or undefined when a file is unreadable, and the registry
   * referents it mentions (undefined when its entities could not be read). The records of registry referents get
   * their definitions from the registry.
   */
  read(registry: EntityRegistry): { input: unknown; used: readonly string[] | undefined } {
    const input = this.readFiles();
    if (!isObject(input) || !Array.isArray(input.entities)) return { input, used: undefined };
    const file = this.paths.get("entities") ?? this.folder;
    const resolved = resolveRegistryEntities(input.entities, registry, file, this.files.get(file));
    this.issues.push(...resolved.issues);
    // A referent whose registry file is unusable leaves the document incomplete: the registry's issue says why, and
    // the document is not validated further, as when one of its own files cannot be read.
    if (resolved.blocked) return { input: undefined, used: resolved.used };
    return { input: { ...input, entities: resolved.records }, used: resolved.used };
  }

  /** Reads every file into a candidate document, or undefined when a file is unreadable. */
  private readFiles(): unknown {
    const expected = new Set<string>([
      DOCUMENT_FILE.file,
      ...COLLECTIONS.map((collection) => RECORD_FILES[collection].file),
    ]);
    const documentFile = join(this.folder, DOCUMENT_FILE.file);
    this.paths.set("document", documentFile);
    if (!exists(documentFile)) {
      this.issue(documentFile, "layout", `missing ${DOCUMENT_FILE.file}: every document folder needs one`);
      return undefined;
    }
    const document = this.readJson(documentFile);
    const source = (document as { source?: unknown } | undefined)?.source;
    if (typeof source === "string") expected.add(source);
    for (const name of readdirSync(this.folder).filter((name) => !expected.has(name))) {
      this.issue(
        join(this.folder, name),
        "layout",
        `unexpected file ${quotedValue(name)} in a document folder`,
        undefined,
        `expected ${[...expected].join(", ")}`,
      );
    }
    const records = Object.fromEntries(COLLECTIONS.map((collection) => [collection, this.readRecords(collection)]));
    if (document === undefined || Object.values(records).includes(undefined)) return undefined;
    if (typeof source !== "string") return { document, text: "", ...records };
    const textFile = join(this.folder, source);
    this.paths.set("text", textFile);
    if (!exists(textFile)) {
      this.issue(
        documentFile,
        "layout",
        `the source text file ${quotedValue(source)} does not exist`,
        this.files.get(documentFile)?.positionOf(["source"]),
      );
      return undefined;
    }
    const text = this.readText(textFile, LIMITS.textFileBytes, true);
    if (text === undefined) return undefined;
    const { $schema: _schema, ...documentRecord } = document as Record<string, unknown>;
    return { document: documentRecord, text, ...records };
  }
}

/** Whether a value is a plain JSON object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A symbolic link or a special file where a document folder belongs: reported, never followed or skipped. */
function strayEntry(directory: string, entry: Dirent): FileIssue | undefined {
  if (entry.isDirectory() || entry.isFile()) return undefined;
  const what = entry.isSymbolicLink() ? "a symbolic link" : "a special file";
  return {
    check: "layout",
    file: join(directory, entry.name),
    recordId: "-",
    field: "",
    message: `${quotedValue(entry.name)} is ${what}: document folders must be real folders inside the data folder`,
    tip: "copy the document into the data folder instead of linking it",
    level: "error",
  };
}

/**
 * Reads a data directory: the entity registry (`entities/<id>.json`, one file per referent defined for the whole
 * corpus) and one folder per document, holding `document.json`, the source text and one JSON file per record
 * collection; a document's records of registry referents get their definitions from the registry. Files are parsed
 * with positions, so that every issue can name its file, line and column. Only regular files and real folders inside
 * the directory are read: a symbolic link, a pipe or a device in their place is reported and never opened, a file over
 * the size limits (`LIMITS`) is reported without being read, and bytes that would silently change the text (invalid
 * UTF-8, a byte order mark, CRLF line endings in a source text) are reported by their cause.
 *
 * @param directory - The data directory, e.g. `data`.
 * @returns The candidate documents, how to place their issues in their files, and the problems found while reading.
 * @throws {@link UsageError} when the directory does not exist or is not a directory.
 */
export function readDataDirectory(directory: string): DataDirectory {
  if (!exists(directory) || !statSync(directory).isDirectory()) {
    throw new UsageError(`data directory "${directory}" does not exist or is not a directory`);
  }
  const registry = readEntityRegistry(directory);
  const entries = readdirSync(directory, { withFileTypes: true });
  const strays = entries.flatMap((entry) => strayEntry(directory, entry) ?? []);
  const folders = entries
    .filter((entry) => entry.isDirectory() && entry.name !== REGISTRY_FOLDER)
    .map((entry) => new DocumentFolder(join(directory, entry.name)))
    .sort((a, b) => a.folder.localeCompare(b.folder));
  const read = folders.map((folder) => ({ folder, ...folder.read(registry) }));
  const kept = read.filter((entry) => entry.input !== undefined);
  // Every referent of the registry is shipped through the documents that mention it: one that none mentions is lost.
  // Only known when every document's entities could be read: an unreadable or linked one may be the one.
  const used = new Set(read.flatMap((entry) => entry.used ?? []));
  const complete = strays.length === 0 && read.every((entry) => entry.used !== undefined);
  const unused = [...registry.entries].flatMap(([id, entry]): FileIssue[] =>
    !complete || used.has(id)
      ? []
      : [
          {
            check: "entity-registry",
            file: entry.file,
            ...entry.json.positionOf(["id"]),
            recordId: id,
            field: "",
            message: `no document mentions entity "${id}"`,
            tip: "record its mentions in a document's entities.json, or remove it from the registry",
            level: "error",
          },
        ],
  );
  const files = new Map(kept.flatMap((entry) => [...entry.folder.files]));
  const sources: DocumentSources = {
    fileOf: (documentIndex, part) => kept[documentIndex]?.folder.paths.get(part) ?? directory,
    positionOf: (file, pointer) => files.get(file)?.positionOf(pointer),
  };
  return {
    inputs: kept.map((entry) => entry.input),
    issues: [...strays, ...registry.issues, ...read.flatMap((entry) => entry.folder.issues), ...unused],
    locate: (issue) => locateIssue(issue, sources),
  };
}
