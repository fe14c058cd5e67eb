import { didYouMean } from "../../shared/closest-ids.js";
import { CERTAINTY_LEVELS } from "../factuality-scale.js";
import { instantsOf, queryRange } from "./date-range.js";
import { type FilterField, QUERY_FILTERS, type QueryName } from "./filter-fields.js";

/** Why a filter is not accepted: which key, a wrong type (`TypeError`) or a value outside the allowed (`RangeError`). */
export interface FilterProblem {
  readonly key: string;
  readonly error: "TypeError" | "RangeError";
  /** What is wrong with the value, without the key: `"persons" is not one of person, country, …`. */
  readonly message: string;
}

/** The longest piece of a string value a message repeats. */
const SHOWN_LENGTH = 60;

/** A value as a message shows it: strings quoted (long ones cut), anything else by its kind. */
function shown(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
  }
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  return `a value of type ${typeof value}`;
}

/** The problem with one value of a `choice` field, or undefined. */
function choiceProblem(values: readonly string[], value: unknown): Omit<FilterProblem, "key"> | undefined {
  if (typeof value !== "string") {
    return { error: "TypeError", message: `must be one of ${values.join(", ")}, not ${shown(value)}` };
  }
  if (values.includes(value)) return undefined;
  return { error: "RangeError", message: `${shown(value)} is not one of ${values.join(", ")}` };
}

/**
 * What is wrong with a value of a filter field, or undefined when it is accepted: the rules that both the query
 * methods and `newsfacts query` apply.
 *
 * @param field - The field's definition.
 * @param value - The value given (not undefined).
 * @returns The problem, without the key.
 *
 * @example
 * filterValueProblem(QUERY_FILTERS.quotes.kind, "dierct")?.message
 * //=> '"dierct" is not one of direct, indirect, mixed'
 */
export function filterValueProblem(field: FilterField, value: unknown): Omit<FilterProblem, "key"> | undefined {
  switch (field.type) {
    case "id":
      if (typeof value === "string") return undefined;
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return undefined;
      return { error: "TypeError", message: `must be an id or an array of ids, not ${shown(value)}` };
    case "choice":
      if (field.many && Array.isArray(value)) {
        for (const item of value) {
          const problem = choiceProblem(field.values, item);
          if (problem !== undefined) return problem;
        }
        return undefined;
      }
      return choiceProblem(field.values, value);
    case "date":
      if (!(typeof value === "string" || value instanceof Date)) {
        return { error: "TypeError", message: `must be a Date or an ISO 8601 string, not ${shown(value)}` };
      }
      try {
        instantsOf(value);
        return undefined;
      } catch (error) {
        return { error: "RangeError", message: (error as Error).message };
      }
    case "text":
      return typeof value === "string"
        ? undefined
        : { error: "TypeError", message: `must be a string, not ${shown(value)}` };
  }
}

/** The problem between keys whose values are each valid but contradict each other, or undefined. */
function combinationProblem(query: QueryName, filter: Readonly<Record<string, unknown>>): FilterProblem | undefined {
  if (query === "dates") {
    try {
      queryRange(filter.from as Date | string | undefined, filter.to as Date | string | undefined);
    } catch (error) {
      return { key: "from", error: "RangeError", message: (error as Error).message };
    }
  }
  if (query === "claims" && filter.minCertainty !== undefined && filter.maxCertainty !== undefined) {
    const levels: readonly unknown[] = CERTAINTY_LEVELS;
    // The levels run from most to least certain: the minimum must not come before the maximum.
    if (levels.indexOf(filter.minCertainty) < levels.indexOf(filter.maxCertainty)) {
      return {
        key: "minCertainty",
        error: "RangeError",
        message: `${shown(filter.minCertainty)} is above maxCertainty ${shown(filter.maxCertainty)}: no claim is both`,
      };
    }
  }
  return undefined;
}

/**
 * The first problem of a filter given as an object of own properties: an unknown key, a value of the wrong type or
 * outside the allowed values, or keys that contradict each other. Keys whose value is undefined count as not set.
 *
 * @param query - The query method.
 * @param filter - The filter.
 * @returns The problem, or undefined when the filter is accepted.
 *
 * @example
 * filterProblem("quotes", { speker: "vladimir-putin" })?.message
 * //=> 'unknown filter (did you mean "speaker"?): expected one of speaker, kind, about, document'
 */
export function filterProblem(query: QueryName, filter: Readonly<Record<string, unknown>>): FilterProblem | undefined {
  const fields: Readonly<Record<string, FilterField>> = QUERY_FILTERS[query];
  const keys = Object.keys(fields);
  for (const key of Object.keys(filter)) {
    if (!Object.hasOwn(fields, key)) {
      const tip = didYouMean(key, keys);
      return {
        key,
        error: "TypeError",
        message: `unknown filter${tip === undefined ? "" : ` (${tip})`}: expected one of ${keys.join(", ")}`,
      };
    }
    const value = filter[key];
    const problem = value === undefined ? undefined : filterValueProblem(fields[key] as FilterField, value);
    if (problem !== undefined) return { key, ...problem };
  }
  return combinationProblem(query, filter);
}

/**
 * A query's filter, checked, as a frozen copy of its own properties that are set (on an object without a prototype,
 * so that nothing added to `Object.prototype` can act as a filter). A filter of undefined is the empty filter.
 *
 * @param query - The query method.
 * @param filter - The filter the caller gave.
 * @returns The checked filter.
 * @throws {TypeError} For a filter that is not an object, an unknown key, or a value of the wrong type.
 * @throws {RangeError} For a value outside the allowed values, an invalid date, or contradicting keys.
 *
 * @example
 * Object.keys(checkedFilter("quotes", { speaker: "vladimir-putin", kind: undefined }))
 * //=> ["speaker"]
 */
export function checkedFilter<Filter extends object>(query: QueryName, filter: unknown): Readonly<Partial<Filter>> {
  if (filter === undefined) return Object.freeze(Object.create(null));
  if (typeof filter !== "object" || filter === null || Array.isArray(filter)) {
    throw new TypeError(`corpus.${query}(filter): the filter must be an object, not ${shown(filter)}`);
  }
  const own: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(filter)) {
    const value = (filter as Record<string, unknown>)[key];
    if (value !== undefined) own[key] = value;
  }
  const problem = filterProblem(query, own);
  if (problem !== undefined) {
    const message = `corpus.${query}({ ${problem.key} }): ${problem.message}`;
    throw problem.error === "TypeError" ? new TypeError(message) : new RangeError(message);
  }
  return Object.freeze(own) as Readonly<Partial<Filter>>;
}
