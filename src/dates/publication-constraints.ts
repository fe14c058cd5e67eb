import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getDay } from "date-fns/getDay";
import { getYear } from "date-fns/getYear";
import { parseISO } from "date-fns/parseISO";
import type { PublicationConstraint } from "../schema/publication-date.js";
import { WEEKDAYS } from "../schema/temporal-expression.js";

/** The condition of a constraint, without its name and grounds (what `judgeConstraint` reads). */
export type ConstraintCondition = Omit<PublicationConstraint, "name" | "evidence" | "reasoning">;

/** What a constraint derives for a candidate day: its weekday, its year, or how many days before the anchor it is. */
export type DerivedValue = (typeof WEEKDAYS)[number] | number;

/** A constraint derived for one candidate day: what it finds, and whether the day meets it. */
export interface ConstraintVerdict {
  readonly found: DerivedValue;
  readonly holds: boolean;
  /** What the constraint asks for, in words: `a thursday`, `2021`, `1 to 6 days before 2021-09-10`. */
  readonly wanted: string;
}

/** A range of days before an anchor in words: `1 to 6 days before`, `1 to 6 days after` (negative counts). */
function dayRange(min: number, max: number): string {
  if (min >= 0) return `${min} to ${max} days before`;
  if (max < 0) return `${-max} to ${-min} days after`;
  return `${-min} days after to ${max} days before`;
}

/**
 * Derives a publication-date constraint for a candidate day with date-fns: the day's weekday, its year, or the
 * number of calendar days from it to the anchor's first day (negative when the day is after it).
 *
 * @param constraint - The constraint, as recorded with the publication date.
 * @param day - The candidate publication day, ISO 8601 (`2021-09-09`).
 * @param anchorDay - For a `days-before` constraint, the first day of its anchor (`2021-09-10`).
 * @returns What the constraint finds for the day and whether the day meets it.
 *
 * @example
 * judgeConstraint({ kind: "days-before", anchor: "time-drills", min: 1, max: 6 }, "2021-09-02", "2021-09-10")
 * //=> { found: 8, holds: false, wanted: "1 to 6 days before 2021-09-10" }
 */
export function judgeConstraint(constraint: ConstraintCondition, day: string, anchorDay?: string): ConstraintVerdict {
  const date = parseISO(day);
  switch (constraint.kind) {
    case "weekday": {
      const found = WEEKDAYS[getDay(date)] ?? "sunday";
      return { found, holds: found === constraint.weekday, wanted: `a ${constraint.weekday ?? "weekday"}` };
    }
    case "year": {
      const found = getYear(date);
      return { found, holds: found === constraint.year, wanted: String(constraint.year) };
    }
    case "days-before": {
      const found = anchorDay === undefined ? Number.NaN : differenceInCalendarDays(parseISO(anchorDay), date);
      return {
        found,
        holds: found >= (constraint.min ?? 0) && found <= (constraint.max ?? 0),
        wanted: `${dayRange(constraint.min ?? 0, constraint.max ?? 0)} ${anchorDay}`,
      };
    }
  }
}

/**
 * How a derived value reads in a message: `a friday`, `2020`, `8 days before`, `3 days after`.
 *
 * @param constraint - The constraint that derived it.
 * @param found - The derived value.
 * @returns The value in words.
 *
 * @example
 * describeFound({ kind: "days-before" }, -3)
 * //=> "3 days after"
 */
export function describeFound(constraint: Pick<PublicationConstraint, "kind">, found: DerivedValue): string {
  if (constraint.kind === "weekday") return `a ${found}`;
  if (constraint.kind === "year") return String(found);
  const days = Number(found);
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? "" : "s"}`;
  return days < 0 ? `${count} after` : `${count} before`;
}
