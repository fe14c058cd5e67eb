import { type EdtfBounds, edtfBounds, intervalEndpoints } from "../../dates/edtf-bounds.js";
import { isIsoDuration, isIsoRecurrence } from "../../dates/iso-duration.js";
import type { TemporalExpression } from "../../schema/temporal-expression.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** The first line of the `edtf` parser's error, which goes on to list every token it expected. */
function parserMessage(error: unknown): string {
  return String((error as Error).message).split("\n")[0] ?? "";
}

/** A bare number of five digits or more, alone or as an endpoint: the `edtf` parser reads it as milliseconds. */
const BARE_LONG_NUMBER = /(?:^|\/)-?\d{5,}(?:\/|$)/;

/**
 * Why a value that parses still cannot be compared with other dates, or undefined: a bare number of five digits or
 * more is no year (`99999` parses as 99,999 milliseconds after 1970), and a year outside the range of JavaScript
 * dates (`Y170000002`) has no bounds at all; queries would let such a value match every date range, or none.
 */
function rangeError(value: string, bounds: EdtfBounds): string | undefined {
  if (BARE_LONG_NUMBER.test(value)) {
    return `${quotedValue(value)} is no year: EDTF writes a year of more than four digits with a Y (Y12345), and the parser reads a bare number as milliseconds`;
  }
  if (Number.isNaN(bounds.min) || Number.isNaN(bounds.max)) {
    return `${quotedValue(value)} lies outside the years dates can be compared in (-271821 to 275759)`;
  }
  return undefined;
}

/** Why a value does not parse as EDTF with `edtfBounds` (what every later stage parses it with), or undefined. */
function parseError(value: string): string | undefined {
  let bounds: EdtfBounds;
  try {
    bounds = edtfBounds(value);
  } catch (error) {
    return `${quotedValue(value)} is not valid EDTF: ${parserMessage(error)}`;
  }
  return rangeError(value, bounds);
}

/**
 * Why a DATE or TIME value does not parse, or undefined when it does. The whole value is parsed, as the corpus parses
 * it; for an interval whose whole fails, an endpoint that fails alone is named, and an interval whose endpoints
 * each parse is left to `intervals-ordered`, which says how the two relate.
 */
function edtfError(value: string): string | undefined {
  const whole = parseError(value);
  if (whole === undefined) return undefined;
  const endpoints = intervalEndpoints(value);
  if (endpoints === undefined) return whole;
  for (const endpoint of endpoints) {
    if (endpoint.kind !== "value") continue;
    const part = parseError(endpoint.value);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** Why a value is not well-formed for its TIMEX3 type, or undefined when it is. */
function valueError(expression: TemporalExpression): string | undefined {
  switch (expression.type) {
    case "DATE":
    case "TIME": {
      const error = edtfError(expression.value);
      if (error === undefined) return undefined;
      if (isIsoDuration(expression.value) || isIsoRecurrence(expression.value)) {
        const kind = isIsoDuration(expression.value) ? "a duration (DURATION)" : "a recurrence (SET)";
        return `${quotedValue(expression.value)} is ${kind}, not a ${expression.type} value: the type does not fit the value`;
      }
      return error;
    }
    case "DURATION":
      if (isIsoDuration(expression.value)) return undefined;
      if (edtfError(expression.value) === undefined) {
        return `${quotedValue(expression.value)} is a date, not a DURATION value (ISO 8601 such as P4Y or PXD): the type does not fit the value`;
      }
      return `${quotedValue(expression.value)} is not an ISO 8601 duration such as P4Y or PXD`;
    case "SET":
      return isIsoRecurrence(expression.value)
        ? undefined
        : `${quotedValue(expression.value)} is not an ISO 8601 recurrence such as R/P4Y`;
  }
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value is not a calendar day that exists (`2021-02-30` does not), or undefined when it is one. */
function calendarDayError(value: string): string | undefined {
  if (!CALENDAR_DAY.test(value)) return `${quotedValue(value)} is not a calendar date YYYY-MM-DD`;
  return parseError(value);
}

/**
 * Every date-valued field parses as the later stages parse it: DATE and TIME values as EDTF (with the `edtf` package,
 * the whole value), durations and recurrences as ISO 8601, and the publication date and each rejected alternative as
 * a calendar day that exists.
 */
export const edtfParses: Check = {
  name: "edtf-parses",
  description:
    "DATE and TIME values parse as EDTF; DURATION and SET values are ISO 8601 durations and recurrences; the publication date and its alternatives are real calendar days.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    const publication = document.document.publicationDate;
    const publicationError = calendarDayError(publication.value);
    if (publicationError) problems.push({ path: ["document", "publicationDate", "value"], message: publicationError });
    publication.alternatives.forEach((alternative, index) => {
      const message = calendarDayError(alternative.value);
      if (message) problems.push({ path: ["document", "publicationDate", "alternatives", index, "value"], message });
    });
    document.temporalExpressions.forEach((expression, index) => {
      const message = valueError(expression);
      if (message) problems.push({ path: ["temporalExpressions", index, "value"], message });
    });
    return problems;
  },
};
