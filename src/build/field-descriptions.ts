import { z } from "zod";
import * as schemas from "../schema/index.js";

/** The file, relative to the package root, that the TypeDoc plugin `scripts/typedoc-field-descriptions.mjs` reads. */
export const FIELD_DESCRIPTIONS_FILE = "docs/generated/field-descriptions.json";

/** A JSON Schema node, as far as this walk needs it. */
interface JsonSchemaNode {
  readonly description?: string;
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly items?: JsonSchemaNode;
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly allOf?: readonly JsonSchemaNode[];
  readonly $defs?: Readonly<Record<string, JsonSchemaNode>>;
}

/** Follows `#/$defs/Name` references to the node they name. */
function resolve(node: JsonSchemaNode, defs: Readonly<Record<string, JsonSchemaNode>>): JsonSchemaNode {
  const name = node.$ref?.replace(/^#\/\$defs\//, "");
  const target = name === undefined ? undefined : defs[name];
  if (target === undefined) return node;
  const { $ref: _reference, ...local } = node;
  return { ...target, ...local };
}

/** Collects `path → description` for every property below `node`; arrays and unions are transparent. */
function collect(
  node: JsonSchemaNode,
  defs: Readonly<Record<string, JsonSchemaNode>>,
  prefix: string,
  out: Map<string, string>,
  depth: number,
): void {
  // The data model has no recursive types; the limit only guards against a future one looping forever.
  if (depth > 8) return;
  const resolved = resolve(node, defs);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const path = prefix === "" ? name : `${prefix}.${name}`;
    const description = property.description ?? resolve(property, defs).description;
    if (description !== undefined && !out.has(path)) out.set(path, description);
    collect(property, defs, path, out, depth + 1);
  }
  if (resolved.items !== undefined) collect(resolved.items, defs, prefix, out, depth + 1);
  for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) {
    collect(branch, defs, prefix, out, depth + 1);
  }
}

/**
 * The field descriptions of every object schema exported by `newsfacts/schema`, keyed by the name of the type
 * inferred from it (`QuoteSchema` → `Quote`), then by property path (`cue.start`; array elements and union
 * branches add no segment). They come from the schemas' `.meta({ description })` through `z.toJSONSchema`, so
 * the documentation says exactly what the JSON Schemas say.
 *
 * @returns Type name → property path → description, both sorted.
 */
export function fieldDescriptions(): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  const entries: [string, unknown][] = Object.entries(schemas);
  for (const [exportName, schema] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    if (!exportName.endsWith("Schema") || !(schema instanceof z.ZodType)) continue;
    const root = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as JsonSchemaNode;
    const fields = new Map<string, string>();
    collect(root, root.$defs ?? {}, "", fields, 0);
    if (fields.size === 0) continue;
    result[exportName.slice(0, -"Schema".length)] = Object.fromEntries(
      [...fields].sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return result;
}
