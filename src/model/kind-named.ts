import type { RecordKindName } from "../schema/record-kinds.js";
import type { DataModel, RecordKindModel } from "./data-model.js";

/**
 * A record kind of the model, by name.
 *
 * @param model - The data model.
 * @param name - The kind, e.g. `quote`.
 * @returns The kind.
 * @throws {Error} When the model has no such kind (the schemas define every kind a name can name).
 *
 * @example
 * kindNamed(DATA_MODEL, "temporalExpression").file
 * //=> "temporal-expressions.json"
 */
export function kindNamed(model: DataModel, name: RecordKindName): RecordKindModel {
  const kind = model.kinds.find((candidate) => candidate.kind === name);
  if (kind === undefined) throw new Error(`the data model has no "${name}" records`);
  return kind;
}
