import { tryEdtfBounds } from "../../dates/edtf-bounds.js";
import { type ExpectedResolution, resolveRule } from "../../dates/resolve-rule.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Check, CheckProblem } from "../check.js";
import { quotedValue } from "../quoted-value.js";

/** An anchor's first calendar day, and whether the anchor is a whole day (a weekday rule needs one). */
interface AnchorDay {
  readonly day: string;
  readonly isDay: boolean;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date a TIMEX3 value starts with (`2021-09-09` of `2021-09-09TEV`, `2021-10`), if it names one. */
const TIMEX_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * Why a relative date's TIMEX3 value disagrees with what the rule gives, or undefined when it agrees or names no
 * calendar date (`PAST_REF`, `P4Y`): the timex is data too, and `2021-09-10TEV` for a Thursday that is 9 September
 * is as wrong as the value.
 */
function timexError(timex: string | undefined, expected: ExpectedResolution): string | undefined {
  const date = timex === undefined ? undefined : TIMEX_DATE.exec(timex)?.[0];
  if (date === undefined) return undefined;
  if (expected.kind === "day" ? expected.day.startsWith(date) : date.startsWith(String(expected.year)))
    return undefined;
  const rightValue = expected.kind === "day" ? expected.day : `the year ${expected.year}`;
  return `timex ${quotedValue(timex ?? "")} does not match the rule, which gives ${rightValue}`;
}

/** The latest instant a JavaScript Date can hold, in milliseconds either side of the epoch. */
const DATE_RANGE = 8.64e15;

/**
 * The first calendar day an anchor id stands for, or undefined when it is unknown or does not parse. The publication
 * date is parsed like any other value: `2021-02-30` matches its pattern and is no day at all (edtf-parses says so).
 */
function anchorDay(document: AnnotatedDocument, anchor: string): AnchorDay | undefined {
  const publication = document.document.publicationDate;
  const value =
    anchor === publication.id
      ? publication.value
      : document.temporalExpressions.find((candidate) => candidate.id === anchor)?.value;
  const earliest = value === undefined ? undefined : tryEdtfBounds(value)?.min;
  if (earliest === undefined || earliest === null || !(Math.abs(earliest) <= DATE_RANGE)) return undefined;
  // Years before 0 or after 9999 print as `+010000-01-01`: no calendar day date-fns can resolve a rule from.
  const day = new Date(earliest).toISOString().slice(0, 10);
  if (!CALENDAR_DAY.test(day)) return undefined;
  return { day, isDay: CALENDAR_DAY.test(value ?? "") };
}

/** The UTC years an EDTF value covers at its finite bounds, or undefined when it does not parse. */
function boundYears(value: string): number[] | undefined {
  const bounds = tryEdtfBounds(value);
  if (!bounds) return undefined;
  return [bounds.min, bounds.max]
    .filter((bound): bound is number => bound !== null && Math.abs(bound) <= DATE_RANGE)
    .map((bound) => new Date(bound).getUTCFullYear());
}

/**
 * Relative dates are re-computed with date-fns from their anchor and rule and must match the recorded value:
 * a Thursday resolved to the wrong day, or `last year` to the wrong year, fails. A TIMEX3 value that names a calendar
 * date must agree with the rule too.
 */
export const relativeDates: Check = {
  name: "relative-dates",
  description:
    "Every relative date has an anchor and a rule, and re-computing the rule from the anchor gives its value and timex.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      // A value that does not parse is reported by edtf-parses; re-computing against it would only repeat that.
      if (expression.resolution !== "relative" || !tryEdtfBounds(expression.value)) return;
      const path = ["temporalExpressions", index];
      if (!expression.anchor || !expression.rule) {
        problems.push({
          path: [...path, expression.anchor ? "rule" : "anchor"],
          message: "a relative date needs an anchor and a rule",
        });
        return;
      }
      const anchor = anchorDay(document, expression.anchor);
      if (!anchor || (expression.rule.op === "weekday" && !anchor.isDay)) {
        const needed = expression.rule.op === "weekday" ? "calendar day" : "date";
        problems.push({
          path: [...path, "anchor"],
          message: `anchor ${quotedValue(expression.anchor)} is not a ${needed}`,
        });
        return;
      }
      const day = anchor.day;
      const expected = resolveRule(expression.rule, day);
      if (expected.kind === "day" && !expression.value.startsWith(expected.day)) {
        problems.push({
          path: [...path, "value"],
          message: `${quotedValue(expression.value)} does not match the rule: a ${expression.rule.op === "weekday" ? expression.rule.weekday : "day"} from anchor ${day} is ${expected.day}`,
        });
      }
      const timexProblem = timexError(expression.timex, expected);
      if (timexProblem) problems.push({ path: [...path, "timex"], message: timexProblem });
      if (expected.kind === "year") {
        const years = boundYears(expression.value);
        if (years?.some((year) => year !== expected.year)) {
          problems.push({
            path: [...path, "value"],
            message: `${quotedValue(expression.value)} does not match the rule: the year from anchor ${day} is ${expected.year}`,
          });
        }
      }
    });
    return problems;
  },
};
