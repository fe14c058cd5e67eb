import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RECORD_FILES } from "../schema/data-files.js";
import { REGISTRY_FIELDS, REGISTRY_KINDS } from "../schema/registry-entity.js";
import { REGISTRY_FOLDER } from "./entity-registry.js";
import { UsageError } from "./usage-error.js";

/** A parsed JSON object of a data file. */
type JsonObject = Record<string, unknown>;

/** What a migration wrote. */
export interface Migration {
  /** The registry files written, one per referent moved out of the documents. */
  readonly registered: readonly string[];
  /** The documents' `entities.json` files rewritten. */
  readonly rewritten: readonly string[];
}

/** The definitions of one id disagree between documents: the migration writes nothing, so nothing is lost. */
export class MigrationConflictError extends Error {
  override readonly name = "MigrationConflictError";
  /**
   * @param differences - One line per difference: the id, the field and the two documents' values.
   */
  constructor(readonly differences: readonly string[]) {
    super(`the documents define these entities differently; make them agree, then migrate:\n${differences.join("\n")}`);
  }
}

/** Writes JSON as the data files are written: two-space indents and a final newline. */
function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A field's value in a form that compares equal when two definitions agree: lists as sorted sets. */
function comparable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...new Set(value.map(String))].sort());
  if (typeof value === "object" && value !== null) return JSON.stringify(Object.entries(value).sort());
  return JSON.stringify(value ?? null);
}

/** One document folder's entity records, as read. */
interface FolderEntities {
  readonly folder: string;
  readonly path: string;
  readonly file: JsonObject & { records: JsonObject[] };
}

/** The registry file of a referent: its defining fields and description, in a fixed order. */
function registryRecord(entity: JsonObject): JsonObject {
  const record: JsonObject = { $schema: "../../schema/registry-entity.schema.json", id: entity.id };
  for (const field of ["kind", "name", "aliases", "description", "members", "externalIds"]) {
    if (entity[field] !== undefined) record[field] = entity[field];
  }
  return record;
}

/**
 * Migrates a data directory from the 0.x layout (0.1, 0.2), where every document defines each entity it mentions in its own
 * `entities.json`, to the layout with an entity registry: each person, country, place, organisation and government
 * moves to `entities/<id>.json` (its kind, names, members, external ids and the description of the first document
 * that defines it), and each document keeps, for that referent, its mentions, roles and, when it differs from the
 * registry's, its own description. Other entities stay in their document. Entities already in the registry are
 * stripped from the documents that still define them. Running it again changes nothing.
 *
 * @param directory - The data directory to migrate in place.
 * @returns The files written.
 * @throws {@link MigrationConflictError} when two documents define one id differently (nothing is written).
 * @throws {@link UsageError} when the directory does not exist.
 */
export function migrateDirectory(directory: string): Migration {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new UsageError(`data directory "${directory}" does not exist or is not a directory`);
  }
  const registryFolder = join(directory, REGISTRY_FOLDER);
  const registry = new Map<string, JsonObject>();
  if (existsSync(registryFolder)) {
    for (const name of readdirSync(registryFolder).filter((file) => file.endsWith(".json"))) {
      const entity = JSON.parse(readFileSync(join(registryFolder, name), "utf8")) as JsonObject;
      registry.set(String(entity.id), entity);
    }
  }
  const folders: FolderEntities[] = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== REGISTRY_FOLDER)
    .map((entry) => join(directory, entry.name, RECORD_FILES.entities.file))
    .filter((path) => existsSync(path))
    .sort()
    .map((path) => ({ folder: path, path, file: JSON.parse(readFileSync(path, "utf8")) }));
  // The first full definition of each referent that belongs in the registry, and every difference from it.
  const moving = new Map<string, { entity: JsonObject; path: string }>();
  const differences: string[] = [];
  for (const { path, file } of folders) {
    for (const entity of file.records) {
      if (entity.kind === undefined) continue;
      const id = String(entity.id);
      const known = registry.get(id) ?? moving.get(id)?.entity;
      const where = registry.has(id) ? join(registryFolder, `${id}.json`) : moving.get(id)?.path;
      if (known === undefined) {
        if ((REGISTRY_KINDS as readonly unknown[]).includes(entity.kind)) moving.set(id, { entity, path });
        continue;
      }
      for (const field of REGISTRY_FIELDS) {
        if (comparable(entity[field]) !== comparable(known[field])) {
          differences.push(
            `${id} ${field}: ${comparable(known[field])} in ${where}, ${comparable(entity[field])} in ${path}`,
          );
        }
      }
    }
  }
  if (differences.length > 0) throw new MigrationConflictError(differences);
  const registered: string[] = [];
  if (moving.size > 0) mkdirSync(registryFolder, { recursive: true });
  for (const [id, { entity }] of moving) {
    const path = join(registryFolder, `${id}.json`);
    const record = registryRecord(entity);
    writeJson(path, record);
    registry.set(id, record);
    registered.push(path);
  }
  const rewritten: string[] = [];
  for (const { path, file } of folders) {
    let changed = false;
    const records = file.records.map((entity) => {
      const defined = registry.get(String(entity.id));
      if (defined === undefined || entity.kind === undefined) return entity;
      changed = true;
      const own: JsonObject = {};
      for (const [key, value] of Object.entries(entity)) {
        if ((REGISTRY_FIELDS as readonly string[]).includes(key)) continue;
        if (key === "description" && value === defined.description) continue;
        own[key] = value;
      }
      return own;
    });
    if (!changed) continue;
    writeJson(path, { ...file, records });
    rewritten.push(path);
  }
  return { registered, rewritten };
}
