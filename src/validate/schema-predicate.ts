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
    passes: schemaPredicate(schema),
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
      const inner = schemaPredicate(definition.innerType);
      return (value) => value === undefined || inner(value);
    }
    case "array": {
      if (definition.element === undefined) return undefined;
      const element = schemaPredicate(definition.element);
      return (value) => Array.isArray(value) && value.every((item) => element(item));
    }
    case "union": {
      // A discriminated union accepts what one of its options accepts, as a plain union does.
      const options = (definition.options ?? []).map(schemaPredicate);
      return (value) => options.some((option) => option(value));
    }
    case "object":
      return objectPredicate(definition);
    default:
      return undefined;
  }
}

const predicates = new WeakMap<z.ZodType, SchemaPredicate>();

/**
 * A fast yes/no test derived from a Zod schema: true exactly when `schema.safeParse(value)` succeeds. It walks the
 * schema's definition once (strict objects, strings, numbers, booleans, enums, literals, arrays, optionals, unions,
 * and the length, regex, integer and bound checks) and builds plain closures, with no issue collection and no output
 * copy. Any node it does not know (a custom refinement, a transform, a default) is tested by Zod itself, so the
 * schema stays the single source of truth. Validation uses it to skip Zod's slower path for valid records, and asks
 * Zod for the issues of the others.
 *
 * @param schema - A Zod schema.
 * @returns The predicate (built once per schema and kept).
 *
 * @example
 * [{ start: 0, end: 5, exact: "Putin" }, { start: 0, end: 5, exact: "" }].map(schemaPredicate(SpanSchema))
 * //=> [true, false]
 */
export function schemaPredicate(schema: z.ZodType): SchemaPredicate {
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
