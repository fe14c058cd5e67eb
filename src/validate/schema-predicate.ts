import type { z } from "zod";

/** Whether a value passes a schema: true exactly when the schema's `safeParse` succeeds. */
export type SchemaPredicate = (value: unknown) => boolean;

/** The parts of a Zod 4 schema definition the predicate reads (`schema._zod.def`). */
interface Definition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDefinition } }[];
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
}

/** The parts of a Zod 4 check definition the predicate reads. */
interface CheckDefinition {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}

/** The definition of a schema. */
function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** A predicate for one check of a string, a number or an array, or undefined for a check it does not know. */
function checkPredicate(check: CheckDefinition): ((value: never) => boolean) | undefined {
  switch (check.check) {
    case "min_length":
      return (value: { length: number }) => value.length >= (check.minimum ?? 0);
    case "max_length":
      return (value: { length: number }) => value.length <= (check.maximum ?? Number.POSITIVE_INFINITY);
    case "string_format": {
      const pattern = check.pattern;
      // A global or sticky pattern keeps state between calls: leave it to Zod.
      if (check.format !== "regex" || pattern === undefined || pattern.global || pattern.sticky) return undefined;
      return (value: string) => pattern.test(value);
    }
    case "number_format":
      if (check.format === "safeint") return (value: number) => Number.isSafeInteger(value);
      if (check.format === "int32") return (value: number) => Number.isInteger(value) && (value | 0) === value;
      return undefined;
    case "greater_than": {
      const bound = check.value ?? Number.NEGATIVE_INFINITY;
      return check.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case "less_than": {
      const bound = check.value ?? Number.POSITIVE_INFINITY;
      return check.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    }
    default:
      return undefined;
  }
}

/** A predicate for the checks of a node, or undefined when one of them is unknown (custom refinements included). */
function checksPredicate(definition: Definition): ((value: never) => boolean) | undefined {
  const predicates = (definition.checks ?? []).map((check) => checkPredicate(check._zod.def));
  if (predicates.some((predicate) => predicate === undefined)) return undefined;
  const all = predicates as ((value: never) => boolean)[];
  if (all.length === 0) return () => true;
  if (all.length === 1) return all[0];
  return (value: never) => all.every((predicate) => predicate(value));
}

/** The predicate of a strict or plain object: every field passes, and a strict object has no other key. */
function objectPredicate(definition: Definition): SchemaPredicate | undefined {
  const catchall = definition.catchall && definitionOf(definition.catchall).type;
  // Other catch-alls (a schema for the extra keys) are left to Zod.
  if (catchall !== undefined && catchall !== "never") return undefined;
  const fields = Object.entries(definition.shape ?? {}).map(([key, schema]) => ({
    key,
    passes: closurePredicate(schema),
  }));
  const known = new Set(fields.map((field) => field.key));
  const strict = catchall === "never";
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const { key, passes } of fields) if (!passes(record[key])) return false;
    if (strict) for (const key in record) if (!known.has(key)) return false;
    return true;
  };
}

/** The predicate of a node without its checks, or undefined for a kind of schema it does not know. */
function typePredicate(definition: Definition): SchemaPredicate | undefined {
  switch (definition.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      // Zod 4 numbers are finite: NaN and the infinities fail.
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "unknown":
      return () => true;
    case "enum": {
      const values = new Set(Object.values(definition.entries ?? {}));
      return (value) => values.has(value);
    }
    case "literal": {
      const values = new Set(definition.values ?? []);
      return (value) => values.has(value);
    }
    case "optional": {
      if (definition.innerType === undefined) return undefined;
      const inner = closurePredicate(definition.innerType);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      if (definition.element === undefined) return undefined;
      const element = closurePredicate(definition.element);
      return (value) => Array.isArray(value) && value.every((item) => element(item));
    }
    case "union": {
      // A discriminated union accepts what one of its options accepts, as a plain union does.
      const options = (definition.options ?? []).map((option) => closurePredicate(option));
      return (value) => options.some((option) => option(value));
    }
    case "object":
      return objectPredicate(definition);
    default:
      return undefined;
  }
}

/** The source of a test for one check of a string, a number or an array on `v`, or undefined for an unknown check. */
function checkSource(check: CheckDefinition, reference: (value: unknown) => string): string | undefined {
  switch (check.check) {
    case "min_length":
      return `v.length >= ${Number(check.minimum ?? 0)}`;
    case "max_length":
      return check.maximum === undefined ? "true" : `v.length <= ${Number(check.maximum)}`;
    case "string_format": {
      const pattern = check.pattern;
      if (check.format !== "regex" || pattern === undefined || pattern.global || pattern.sticky) return undefined;
      return `${reference(pattern)}.test(v)`;
    }
    case "number_format":
      if (check.format === "safeint") return "Number.isSafeInteger(v)";
      if (check.format === "int32") return "(Number.isInteger(v) && (v | 0) === v)";
      return undefined;
    case "greater_than":
      return check.value === undefined ? "true" : `v ${check.inclusive ? ">=" : ">"} ${reference(check.value)}`;
    case "less_than":
      return check.value === undefined ? "true" : `v ${check.inclusive ? "<=" : "<"} ${reference(check.value)}`;
    default:
      return undefined;
  }
}

/**
 * Generates one JavaScript function per schema node, the nodes calling each other directly, so that the engine
 * inlines them and every property read (`v["start"]`) has one shape to expect: several times faster than the
 * closures. Constants (patterns, sets, bounds, fallback schemas) are passed in as references, never written into
 * the source; keys are written with `JSON.stringify`.
 */
function generatePredicate(root: z.ZodType): SchemaPredicate {
  const references: unknown[] = [];
  const reference = (value: unknown) => `r[${references.push(value) - 1}]`;
  const names = new Map<z.ZodType, string>();
  const functions: string[] = [];
  const nameOf = (schema: z.ZodType): string => {
    const known = names.get(schema);
    if (known !== undefined) return known;
    const name = `f${names.size}`;
    names.set(schema, name);
    functions.push(`function ${name}(v) {\n${bodyOf(schema)}\n}`);
    return name;
  };
  const fallback = (schema: z.ZodType) => `return ${reference(schema)}.safeParse(v).success;`;
  const bodyOf = (schema: z.ZodType): string => {
    const definition = definitionOf(schema);
    const checks = (definition.checks ?? []).map((check) => checkSource(check._zod.def, reference));
    if (checks.some((check) => check === undefined)) return fallback(schema);
    const checked = checks.map((check) => `if (!(${check})) return false;`).join("\n");
    switch (definition.type) {
      case "string":
        return `if (typeof v !== "string") return false;\n${checked}\nreturn true;`;
      case "number":
        // Zod 4 numbers are finite: NaN and the infinities fail.
        return `if (typeof v !== "number" || !Number.isFinite(v)) return false;\n${checked}\nreturn true;`;
      case "boolean":
        return `return typeof v === "boolean";`;
      case "unknown":
        return "return true;";
      case "enum":
        return `return ${reference(new Set(Object.values(definition.entries ?? {})))}.has(v);`;
      case "literal":
        return `return ${reference(new Set(definition.values ?? []))}.has(v);`;
      case "optional":
        if (definition.innerType === undefined) return fallback(schema);
        return `return v === undefined || ${nameOf(definition.innerType)}(v);`;
      case "array": {
        if (definition.element === undefined) return fallback(schema);
        const element = nameOf(definition.element);
        return `if (!Array.isArray(v)) return false;\n${checked}\nfor (let i = 0; i < v.length; i++) if (!${element}(v[i])) return false;\nreturn true;`;
      }
      case "union": {
        const options = (definition.options ?? []).map((option) => `${nameOf(option)}(v)`);
        return `return ${options.length === 0 ? "false" : options.join(" || ")};`;
      }
      case "object": {
        const catchall = definition.catchall && definitionOf(definition.catchall).type;
        if (catchall !== undefined && catchall !== "never") return fallback(schema);
        const shape = Object.entries(definition.shape ?? {});
        const fields = shape.map(([key, field]) => `if (!${nameOf(field)}(v[${JSON.stringify(key)}])) return false;`);
        const cases = shape.map(([key]) => `case ${JSON.stringify(key)}:`).join(" ");
        const strict =
          catchall === "never" ? `for (const k in v) switch (k) { ${cases} break; default: return false; }` : "";
        return [
          `if (typeof v !== "object" || v === null || Array.isArray(v)) return false;`,
          checked,
          ...fields,
          strict,
          "return true;",
        ].join("\n");
      }
      default:
        return fallback(schema);
    }
  };
  const root_ = nameOf(root);
  const source = `"use strict";\n${functions.join("\n")}\nreturn ${root_};`;
  return new Function("r", source)(references) as SchemaPredicate;
}

/** Whether this process may compile code from strings (`--disallow-code-generation-from-strings` forbids it). */
const canGenerate = (() => {
  try {
    return new Function("return true")() === true;
  } catch {
    return false;
  }
})();

const predicates = new WeakMap<z.ZodType, SchemaPredicate>();

/**
 * A fast yes/no test derived from a Zod schema: true exactly when `schema.safeParse(value)` succeeds. It walks the
 * schema's definition once (strict objects, strings, numbers, booleans, enums, literals, arrays, optionals, unions,
 * and the length, regex, integer and bound checks) and generates a plain JavaScript test, with no issue collection
 * and no output copy (closures where code cannot be generated from strings). Any node it does not know (a custom
 * refinement, a transform, a default) is tested by Zod itself, so the schema stays the single source of truth.
 * Validation uses it to skip Zod's slower path for valid records, and asks Zod for the issues of the others.
 *
 * @param schema - A Zod schema.
 * @param options - `generate: false` builds closures instead of generated code (what a process that forbids code
 *   generation gets).
 * @returns The predicate (built once per schema and kept).
 *
 * @example
 * [{ start: 0, end: 5, exact: "Putin" }, { start: 0, end: 5, exact: "" }].map(schemaPredicate(SpanSchema))
 * //=> [true, false]
 */
export function schemaPredicate(schema: z.ZodType, options: { readonly generate?: boolean } = {}): SchemaPredicate {
  const generate = (options.generate ?? true) && canGenerate;
  if (generate) {
    const known = generated.get(schema);
    if (known !== undefined) return known;
    const predicate = generatePredicate(schema);
    generated.set(schema, predicate);
    return predicate;
  }
  return closurePredicate(schema);
}

const generated = new WeakMap<z.ZodType, SchemaPredicate>();

/** The closure form of {@link schemaPredicate}. */
function closurePredicate(schema: z.ZodType): SchemaPredicate {
  const known = predicates.get(schema);
  if (known !== undefined) return known;
  const definition = definitionOf(schema);
  const ofType = typePredicate(definition);
  const checks = checksPredicate(definition);
  let predicate: SchemaPredicate;
  if (ofType === undefined || checks === undefined) predicate = (value) => schema.safeParse(value).success;
  else if ((definition.checks ?? []).length === 0) predicate = ofType;
  else predicate = (value) => ofType(value) && checks(value as never);
  predicates.set(schema, predicate);
  return predicate;
}
