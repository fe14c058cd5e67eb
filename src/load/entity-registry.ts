import { lstatSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { LIMITS } from "../schema/limits.js";
import { REGISTRY_FIELDS, RegistryEntitySchema } from "../schema/registry-entity.js";
import type { FileIssue } from "../shared/validation-issue.js";
import { type JsonFile, parseJsonFile } from "./json-file.js";
import { readDataText } from "./read-data-text.js";

/** The folder of a data directory that holds the corpus-wide entity registry, one `<id>.json` per referent. */
export const REGISTRY_FOLDER = "entities";

/** One referent of the registry: its fields (without `$schema`) and where they were read. */
export interface RegistryEntry {
  readonly entity: Readonly<Record<string, unknown>>;
  readonly file: string;
  readonly json: JsonFile;
}

/** The entity registry of a data directory, and the problems found while reading it. */
export interface EntityRegistry {
  /** The valid referents by id. */
  readonly entries: ReadonlyMap<string, RegistryEntry>;
  /**
   * The ids of referents whose file is present but unreadable or invalid: a document that mentions one is not
   * validated further (its records of the referent cannot be completed), and the registry file's issue says why.
   */
  readonly invalidIds: ReadonlySet<string>;
  readonly issues: readonly FileIssue[];
}

/** Whether a value is a plain JSON object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The issues of a Zod error on one registry file, located in the file. */
function schemaIssues(error: z.ZodError, value: Record<string, unknown>, file: string, json: JsonFile, id: string) {
  return error.issues.flatMap((issue): FileIssue[] => {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    const at = (fieldPath: readonly (string | number)[]) => ({
      check: "schema",
      file,
      ...json.positionOf(fieldPath),
      recordId: id,
      field: fieldPath.join("."),
      level: "error" as const,
    });
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        ...at([...path, key]),
        message: `unknown field "${key}"`,
        tip: "unknown fields are errors, never dropped: remove it or add it to the schema",
      }));
    }
    const missing = path.length === 1 && !Object.hasOwn(value, path[0] as string);
    return [{ ...at(path), message: missing ? "missing required field" : issue.message }];
  });
}

/** Whether a path is a real folder: not a symbolic link to one (a link in the data directory is reported there). */
function isRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the entity registry of a data directory (`<directory>/entities/<id>.json`), each file checked against the
 * registry schema and named after its id, so that a referent has exactly one place where it is defined. Its files
 * are read as a document folder's are (`readDataText`): regular files within the size limit, never through a link,
 * strict UTF-8 without a byte order mark.
 *
 * @param directory - The data directory.
 * @returns The valid referents and every problem, with file, line and column.
 */
export function readEntityRegistry(directory: string): EntityRegistry {
  const folder = join(directory, REGISTRY_FOLDER);
  const entries = new Map<string, RegistryEntry>();
  const invalidIds = new Set<string>();
  const issues: FileIssue[] = [];
  if (!isRealFolder(folder)) return { entries, invalidIds, issues };
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    const layout = (message: string, position?: { line: number; column: number }, tip?: string) =>
      issues.push({
        check: "layout",
        file,
        ...position,
        recordId: "-",
        field: "",
        message,
        ...(tip ? { tip } : {}),
        level: "error",
      });
    if (!name.endsWith(".json")) {
      layout(
        `unexpected file "${name}" in the entity registry`,
        undefined,
        "expected one <entity id>.json per referent",
      );
      continue;
    }
    const id = basename(name, ".json");
    const read = readDataText(file, LIMITS.jsonFileBytes, false);
    if ("issue" in read) {
      invalidIds.add(id);
      issues.push(read.issue);
      continue;
    }
    const json = parseJsonFile(read.text);
    for (const error of json.syntaxErrors)
      issues.push({
        ...error.position,
        check: "json",
        file,
        recordId: "-",
        field: "",
        message: error.message,
        level: "error",
      });
    if (json.value === undefined || json.syntaxErrors.length > 0) {
      invalidIds.add(id);
      continue;
    }
    if (!isObject(json.value)) {
      invalidIds.add(id);
      layout("a registry file must be one entity object", { line: 1, column: 1 });
      continue;
    }
    const { $schema, ...value } = json.value;
    if ($schema !== undefined && typeof $schema !== "string")
      layout('"$schema" must be a string', json.positionOf(["$schema"]));
    const parsed = RegistryEntitySchema.safeParse(value);
    if (!parsed.success) {
      invalidIds.add(id);
      issues.push(...schemaIssues(parsed.error, value, file, json, typeof value.id === "string" ? value.id : id));
      continue;
    }
    if (parsed.data.id !== id) {
      invalidIds.add(id);
      layout(`the file of entity "${parsed.data.id}" must be named ${parsed.data.id}.json`, json.positionOf(["id"]));
      continue;
    }
    entries.set(id, { entity: parsed.data, file, json });
  }
  return { entries, invalidIds, issues };
}

/**
 * A document's entity records with the registry's definitions filled in: a record of a registry referent holds only
 * its mentions, roles and (optionally) its own description, and gets the referent's kind, names, members, external
 * ids and description from the registry. A record that repeats a field the registry defines is reported (one place
 * defines each referent) and resolved from the registry all the same, so that no other problem hides behind it.
 *
 * @param records - The `records` of a document's `entities.json`, as parsed.
 * @param registry - The entity registry.
 * @param file - The document's `entities.json`, for the issues.
 * @param json - That file, parsed with positions.
 * @returns The resolved records, the ids of the registry referents the document mentions, whether it mentions one
 *   whose registry file is unreadable or invalid (`blocked`: its records cannot be completed), and the issues.
 */
export function resolveRegistryEntities(
  records: readonly unknown[],
  registry: EntityRegistry,
  file: string,
  json: JsonFile | undefined,
): { records: unknown[]; used: string[]; blocked: boolean; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const used: string[] = [];
  let blocked = false;
  const resolved = records.map((record, index) => {
    if (!isObject(record) || typeof record.id !== "string") return record;
    if (registry.invalidIds.has(record.id)) {
      used.push(record.id);
      blocked = true;
      return record;
    }
    const entry = registry.entries.get(record.id);
    if (entry === undefined) return record;
    used.push(record.id);
    const own: Record<string, unknown> = { ...record };
    for (const field of REGISTRY_FIELDS) {
      if (!Object.hasOwn(record, field)) continue;
      delete own[field];
      issues.push({
        check: "entity-registry",
        file,
        ...json?.positionOf(["records", index, field]),
        recordId: record.id,
        field,
        message: `${field} is defined in the entity registry (${entry.file}), not in a document`,
        tip: "a document's record of a registry referent holds only its mentions, roles and description",
        level: "error",
      });
    }
    return { ...entry.entity, ...own };
  });
  return { records: resolved, used, blocked, issues };
}
