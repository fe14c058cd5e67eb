import { format } from "date-fns/format";
import { getYear } from "date-fns/getYear";
import { nextDay } from "date-fns/nextDay";
import { parseISO } from "date-fns/parseISO";
import { previousDay } from "date-fns/previousDay";
import { setISODay } from "date-fns/setISODay";
import type { Day } from "date-fns";
import { type ResolutionRule, WEEKDAYS } from "../schema/temporal-expression.js";

/** What a relative expression's value must be, as re-computed from its anchor. */
export type ExpectedResolution = { readonly kind: "day"; readonly day: string } | { readonly kind: "year"; readonly year: number };

/**
 * Re-computes, with date-fns, what a relative temporal expression resolves to from its anchor day.
 *
 * @param rule - The expression's resolution rule.
 * @param anchorDay - The anchor as an ISO calendar date (`2021-09-09`).
 * @returns The expected calendar day (`weekday` rules) or year (`year` rules).
 */
export function resolveRule(rule: ResolutionRule, anchorDay: string): ExpectedResolution {
  const anchor = parseISO(anchorDay);
  if (rule.op === "year") return { kind: "year", year: getYear(anchor) + rule.shift };
  const day = WEEKDAYS.indexOf(rule.weekday) as Day;
  const resolved = {
    "same-week": () => setISODay(anchor, day === 0 ? 7 : day),
    next: () => nextDay(anchor, day),
    previous: () => previousDay(anchor, day),
  }[rule.relation]();
  return { kind: "day", day: format(resolved, "yyyy-MM-dd") };
}
