import { MONTHS } from "../../schema/temporal-expression.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** A year written in full: four digits, not part of a longer number. */
const YEAR = /(?<![\p{N}])\d{4}(?![\p{N}])/gu;

/** A month named in English, capitalised as a name (`May`, not the modal `may`), as a whole word. */
const MONTH_NAME = new RegExp(
  `\\b(${MONTHS.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join("|")})\\b`,
  "gu",
);

/** The years and months (`2021-09`) an EDTF value names, read from each of its dates. */
function valueParts(value: string): { years: Set<string>; months: Set<number> } {
  const years = new Set<string>();
  const months = new Set<number>();
  for (const [, year, month] of value.matchAll(/(?<![\p{N}])(\d{4})(?:-(\d{2}))?/gu)) {
    years.add(year as string);
    const number = Number(month);
    if (number >= 1 && number <= 12) months.add(number);
  }
  return { years, months };
}

/**
 * An explicit date agrees with its words: every year the text writes in full is a year of the value, every year of
 * the value is written in the text (text "1999", value "1998" is an error), and in English, every month the text
 * names is a month of the value when the value gives months. Relative dates are re-computed by `relative-dates` and
 * inferred ones explain themselves, so only `explicit` DATE and TIME values are compared.
 */
export const valuesMatchText: Check = {
  name: "values-match-text",
  description: "An explicit date's value has the years (and, in English, the months) its words state.",
  run({ document }) {
    const english = /^en(?:-|$)/i.test(document.document.language);
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      if (expression.resolution !== "explicit" || (expression.type !== "DATE" && expression.type !== "TIME")) return;
      const words = expression.span.exact;
      const written = new Set(words.match(YEAR) ?? []);
      const { years, months } = valueParts(expression.value);
      const path = ["temporalExpressions", index, "value"];
      const missing = [...written].filter((year) => !years.has(year));
      const unwritten = written.size === 0 ? [] : [...years].filter((year) => !written.has(year));
      if (missing.length > 0 || unwritten.length > 0) {
        problems.push({
          path,
          message: `${quotedValue(expression.value)} does not have the year${written.size === 1 ? "" : "s"} its words state: ${quotedValue(words)} says ${[...written].join(", ")}`,
          tip: "an explicit value says what the text says; a value worked out from elsewhere is inferred, with reasoning",
        });
        return;
      }
      if (!english || months.size === 0) return;
      const named = [...words.matchAll(MONTH_NAME)].map(
        ([name]) => MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1,
      );
      const wrong = named.filter((month) => !months.has(month));
      if (wrong.length > 0) {
        problems.push({
          path,
          message: `${quotedValue(expression.value)} does not have the month its words name: ${quotedValue(words)}`,
          tip: "an explicit value says what the text says",
        });
      }
    });
    return problems;
  },
};
