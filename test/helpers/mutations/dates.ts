import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import { WEEKDAYS } from "../../../src/schema/temporal-expression.js";
import type { JsonRecord } from "../data-copy.js";
import type { Mutation } from "./mutation.js";

const BAD_DATES = [
  "2021-02-30",
  "2021-13-01",
  "21-09-09",
  "2021/09/09/10",
  "Sept 2021",
  "2021-09-09T25:00",
  "2021-1-1",
  "2021-09-10/2021-09-32",
  "next year",
];
const BAD_DURATIONS = ["P4", "4Y", "PT", "P4Y3", "R/P4Y"];
const BAD_RECURRENCES = ["R/4Y", "P4Y", "R/", "RR/P4Y"];

/** A temporal expression's value set to something that does not parse, at `value`. */
function valueMutation(kind: string, check: string, index: number, value: string, original: string): Mutation {
  return {
    kind,
    description: `temporalExpressions.${index}.value: "${original}" -> "${value}"`,
    apply: (json: JsonRecord) => {
      json.temporalExpressions[index].value = value;
    },
    check,
    path: ["temporalExpressions", index, "value"],
    marker: JSON.stringify(value),
  };
}

/** Every temporal expression's value replaced by each malformed value of its type (EDTF, duration, recurrence). */
export function unparseableValues(document: AnnotatedDocument): Mutation[] {
  return document.temporalExpressions.flatMap((expression, index) => {
    const bad = { DATE: BAD_DATES, TIME: BAD_DATES, DURATION: BAD_DURATIONS, SET: BAD_RECURRENCES }[expression.type];
    return bad.map((value) => valueMutation("unparseable EDTF value", "edtf-parses", index, value, expression.value));
  });
}

/** The value one step (a year, month or day, as precise as the value) earlier, or undefined for other values. */
function stepBack(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) - 1));
    return date.toISOString().slice(0, 10);
  }
  if (month)
    return Number(month) === 1 ? `${Number(year) - 1}-12` : `${year}-${String(Number(month) - 1).padStart(2, "0")}`;
  return String(Number(year) - 1);
}

/**
 * Intervals that end before they start: every closed interval swapped, every single-value date turned into an
 * interval from it back to one step earlier (and to a year earlier), and every quantity range with min above max.
 */
export function reversedIntervals(document: AnnotatedDocument): Mutation[] {
  const mutations: Mutation[] = [];
  document.temporalExpressions.forEach((expression, index) => {
    if (expression.type !== "DATE" && expression.type !== "TIME") return;
    const parts = expression.value.split("/");
    const reversed: string[] = [];
    if (parts.length === 2 && parts.every((part) => /^\d{4}/.test(part))) reversed.push(`${parts[1]}/${parts[0]}`);
    const earlier = stepBack(expression.value);
    if (earlier) reversed.push(`${expression.value}/${earlier}`);
    const year = /^\d{4}/.exec(expression.value)?.[0];
    if (year && parts.length === 1 && year !== expression.value)
      reversed.push(`${expression.value}/${Number(year) - 1}`);
    for (const value of reversed) {
      mutations.push(valueMutation("reversed interval", "intervals-ordered", index, value, expression.value));
    }
  });
  document.claims.forEach((claim, index) => {
    claim.quantities.forEach((quantity, q) => {
      const bound = quantity.max ?? quantity.min ?? quantity.value ?? 1;
      mutations.push({
        kind: "reversed interval",
        description: `claims.${index}.quantities.${q}: min ${bound + 1} > max ${bound}`,
        apply: (json: JsonRecord) => {
          Object.assign(json.claims[index].quantities[q], { min: bound + 1, max: bound });
        },
        check: "intervals-ordered",
        path: ["claims", index, "quantities", q, "min"],
      });
    });
  });
  return mutations;
}

/** Adds days to an ISO calendar day. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Relative dates resolved wrongly: every weekday-rule value moved by ±1..3 days (a wrong weekday) or a year, its
 * rule's weekday changed to each other day; every year-rule value moved by ±1 or 2 years, its rule's shift changed.
 * The timex of a relative date is moved the same ways (it must agree with the rule too).
 */
export function wrongRelativeDates(document: AnnotatedDocument): Mutation[] {
  const mutations: Mutation[] = [];
  document.temporalExpressions.forEach((expression, index) => {
    const { rule } = expression;
    if (expression.resolution !== "relative" || !rule) return;
    const path = ["temporalExpressions", index];
    const kind = rule.op === "weekday" ? "relative date: wrong weekday" : "relative date: wrong year";
    const withValue = (value: string) => valueMutation(kind, "relative-dates", index, value, expression.value);
    const shiftYears = (value: string, years: number) =>
      value.replace(/\d{4}/g, (year) => String(Number(year) + years));
    if (rule.op === "weekday") {
      for (const days of [-3, -2, -1, 1, 2, 3]) mutations.push(withValue(addDays(expression.value, days)));
      mutations.push({ ...withValue(shiftYears(expression.value, -1)), kind: "relative date: wrong year" });
      for (const weekday of WEEKDAYS.filter((day) => day !== rule.weekday)) {
        mutations.push({
          kind,
          description: `${path.join(".")}.rule.weekday: ${rule.weekday} -> ${weekday}`,
          apply: (json: JsonRecord) => {
            json.temporalExpressions[index].rule.weekday = weekday;
          },
          check: "relative-dates",
          path: [...path, "value"],
        });
      }
    } else if (rule.op === "year") {
      for (const years of [-2, -1, 1, 2]) mutations.push(withValue(shiftYears(expression.value, years)));
      for (const shift of [rule.shift - 1, rule.shift + 1]) {
        mutations.push({
          kind,
          description: `${path.join(".")}.rule.shift: ${rule.shift} -> ${shift}`,
          apply: (json: JsonRecord) => {
            json.temporalExpressions[index].rule.shift = shift;
          },
          check: "relative-dates",
          path: [...path, "value"],
        });
      }
    }
    const timex = expression.timex;
    if (timex && /^\d{4}/.test(timex)) {
      const moved =
        rule.op === "weekday" ? `${addDays(timex.slice(0, 10), 1)}${timex.slice(10)}` : shiftYears(timex, 1);
      mutations.push({
        kind: `${kind} (timex)`,
        description: `${path.join(".")}.timex: "${timex}" -> "${moved}"`,
        apply: (json: JsonRecord) => {
          json.temporalExpressions[index].timex = moved;
        },
        check: "relative-dates",
        path: [...path, "timex"],
        marker: JSON.stringify(moved),
      });
    }
  });
  return mutations;
}
