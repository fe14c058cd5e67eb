import { tryEdtfBounds } from "../../dates/edtf-bounds.js";
import { describeFound, judgeConstraint } from "../../dates/publication-constraints.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { PublicationConstraint } from "../../schema/publication-date.js";
import { didYouMean } from "../../shared/closest-ids.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PUBLICATION = ["document", "publicationDate"] as const;

/** A calendar day `YYYY-MM-DD` that exists (not `2021-02-30`). */
function isCalendarDay(value: string): boolean {
  return CALENDAR_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The first day of a temporal expression's value, or undefined when the id is unknown or the value has no start. */
function firstDayOf(document: AnnotatedDocument, id: string): string | undefined {
  const expression = document.temporalExpressions.find((candidate) => candidate.id === id);
  const earliest = expression && tryEdtfBounds(expression.value)?.min;
  if (earliest === undefined || earliest === null || !Number.isFinite(earliest)) return undefined;
  return new Date(earliest).toISOString().slice(0, 10);
}

/** Why a constraint's own record is unusable (unknown anchor, min above max, evidence that does not say it). */
function groundingProblems(
  document: AnnotatedDocument,
  constraint: PublicationConstraint,
  index: number,
): CheckProblem[] {
  const path = [...PUBLICATION, "constraints", index];
  const { start, end, exact } = constraint.evidence;
  if (document.text.slice(start, end) !== exact) {
    // Checked here because the evidence of a constraint is the ground of the derivation: a constraint resting on
    // words the text does not have at those offsets proves nothing.
    return [
      {
        path: [...path, "evidence"],
        message: `offsets ${start}-${end} do not cover ${quotedValue(exact)} in the text`,
      },
    ];
  }
  const words = exact.toLowerCase();
  if (constraint.kind === "weekday" && !words.includes(constraint.weekday ?? "")) {
    return [
      {
        path: [...path, "evidence"],
        message: `evidence ${quotedValue(constraint.evidence.exact)} does not name ${constraint.weekday}`,
      },
    ];
  }
  if (constraint.kind === "year" && !words.includes(String(constraint.year))) {
    return [
      {
        path: [...path, "evidence"],
        message: `evidence ${quotedValue(constraint.evidence.exact)} does not state ${constraint.year}`,
      },
    ];
  }
  if (constraint.kind !== "days-before") return [];
  const problems: CheckProblem[] = [];
  const anchor = constraint.anchor ?? "";
  if ((constraint.min ?? 0) > (constraint.max ?? 0)) {
    problems.push({ path: [...path, "max"], message: `max ${constraint.max} is below min ${constraint.min}` });
  }
  if (firstDayOf(document, anchor) === undefined) {
    const tip = didYouMean(
      anchor,
      document.temporalExpressions.map((expression) => expression.id),
    );
    problems.push({
      path: [...path, "anchor"],
      message: `${quotedValue(anchor)} is not a temporal expression with a first day`,
      ...(tip ? { tip } : {}),
    });
  }
  return problems;
}

/**
 * The constraints the text puts on its publication date are derived, with date-fns, for the chosen date and for
 * every rejected alternative: the chosen date meets every one; each alternative lists the constraints it fails, each
 * with what the constraint derives for it, and fails at least one. So moving the date, or an alternative, by a day
 * is reported with the name of the constraint it breaks.
 */
export const publicationDateConstraints: Check = {
  name: "publication-date-constraints",
  description:
    "The publication date meets every constraint recorded with it, and each rejected alternative fails exactly the constraints it lists, with the values they derive.",
  run({ document }) {
    const publication = document.document.publicationDate;
    // A publication date that is no calendar day is reported by edtf-parses: nothing can be derived for it.
    if (!isCalendarDay(publication.value)) return [];
    const constraints = publication.constraints ?? [];
    const problems: CheckProblem[] = [];
    const byName = new Map<string, PublicationConstraint>();
    const usable = new Set<PublicationConstraint>();
    constraints.forEach((constraint, index) => {
      if (byName.has(constraint.name)) {
        problems.push({
          path: [...PUBLICATION, "constraints", index, "name"],
          message: `constraint name ${quotedValue(constraint.name)} is used twice`,
        });
        return;
      }
      byName.set(constraint.name, constraint);
      const grounding = groundingProblems(document, constraint, index);
      problems.push(...grounding);
      if (grounding.length === 0) usable.add(constraint);
    });
    const judge = (constraint: PublicationConstraint, day: string) =>
      judgeConstraint(
        constraint,
        day,
        constraint.kind === "days-before" ? firstDayOf(document, constraint.anchor ?? "") : undefined,
      );

    for (const constraint of usable) {
      const verdict = judge(constraint, publication.value);
      if (verdict.holds) continue;
      problems.push({
        path: [...PUBLICATION, "value"],
        message: `${publication.value} fails constraint ${quotedValue(constraint.name)}: it is ${describeFound(constraint, verdict.found)}, where the text asks for ${verdict.wanted}`,
        tip: `the constraint rests on ${quotedValue(constraint.evidence.exact)}`,
      });
    }

    publication.alternatives.forEach((alternative, index) => {
      const path = [...PUBLICATION, "alternatives", index];
      // A value that is no calendar day is reported by edtf-parses; deriving constraints for it would only repeat that.
      if (!isCalendarDay(alternative.value)) return;
      const recorded = new Set<string>();
      (alternative.violates ?? []).forEach((violation, v) => {
        recorded.add(violation.constraint);
        const constraint = byName.get(violation.constraint);
        if (constraint === undefined) {
          const tip = didYouMean(violation.constraint, byName.keys());
          problems.push({
            path: [...path, "violates", v, "constraint"],
            message: `unknown constraint ${quotedValue(violation.constraint)}`,
            ...(tip ? { tip } : {}),
          });
          return;
        }
        if (!usable.has(constraint)) return;
        const verdict = judge(constraint, alternative.value);
        if (verdict.holds) {
          problems.push({
            path: [...path, "violates", v, "constraint"],
            message: `${alternative.value} meets constraint ${quotedValue(constraint.name)} (${describeFound(constraint, verdict.found)}), so it does not rule the date out`,
          });
        } else if (verdict.found !== violation.found) {
          problems.push({
            path: [...path, "violates", v, "found"],
            message: `constraint ${quotedValue(constraint.name)} finds ${describeFound(constraint, verdict.found)} for ${alternative.value}, not ${describeFound(constraint, violation.found)}`,
          });
        }
      });
      let fails = false;
      for (const constraint of usable) {
        const verdict = judge(constraint, alternative.value);
        if (verdict.holds) continue;
        fails = true;
        if (recorded.has(constraint.name)) continue;
        problems.push({
          path: [...path, alternative.violates ? "violates" : "value"],
          message: `${alternative.value} also fails constraint ${quotedValue(constraint.name)} (${describeFound(constraint, verdict.found)}), which it does not list`,
          tip: `add { "constraint": ${quotedValue(constraint.name)}, "found": ${JSON.stringify(verdict.found)} } to its violates`,
        });
      }
      if (!fails && usable.size === byName.size) {
        problems.push({
          path: [...path, "value"],
          message: `${alternative.value} meets every constraint of the publication date, so nothing recorded rules it out`,
          tip: "record the constraint the text puts on the date that the alternative fails",
        });
      }
    });
    return problems;
  },
};
