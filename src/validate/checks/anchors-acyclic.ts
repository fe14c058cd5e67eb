import { shownId } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** How many dates of a cycle a message names. */
const SHOWN = 6;

/**
 * Relative dates are grounded: following `anchor` from one temporal expression to the next always ends at the
 * publication date or at an expression without an anchor, never back where it started (`a` anchored on `b` and `b` on
 * `a` would each be computed from the other, so neither value follows from the text). Each expression has at most one
 * anchor, so one walk over the chains finds every cycle, in time linear in the number of expressions.
 */
export const anchorsAcyclic: Check = {
  name: "anchors-acyclic",
  description: "Following the anchors of relative dates never leads back to where it started.",
  run({ document }) {
    const expressions = document.temporalExpressions;
    const indexOf = new Map(expressions.map((expression, index) => [expression.id, index]));
    // 0: not visited, 1: on the walk being followed, 2: done (known to end, or already reported).
    const state = new Uint8Array(expressions.length);
    const problems: CheckProblem[] = [];
    for (let first = 0; first < expressions.length; first++) {
      const walk: number[] = [];
      let current: number | undefined = first;
      while (current !== undefined && state[current] === 0) {
        state[current] = 1;
        walk.push(current);
        const anchor: string | undefined = expressions[current]?.anchor;
        current = anchor === undefined ? undefined : indexOf.get(anchor);
      }
      if (current !== undefined && state[current] === 1) {
        const cycle = walk.slice(walk.indexOf(current));
        // The message names a few of the cycle's dates, once for the whole cycle: a long cycle is reported in
        // linear time.
        const named = cycle.slice(0, SHOWN).map((index) => shownId(expressions[index]?.id ?? ""));
        const route =
          cycle.length <= SHOWN
            ? [...named, named[0]].join(" -> ")
            : `${named.join(" -> ")} -> … (${cycle.length} dates in all)`;
        const message =
          cycle.length === 1
            ? "is anchored on itself"
            : `anchors form a cycle: ${route}, so no value in it follows from the text`;
        for (const index of cycle) {
          problems.push({
            path: ["temporalExpressions", index, "anchor"],
            message,
            tip: "anchor a relative date on the publication date or on a date the text states",
          });
        }
      }
      for (const index of walk) state[index] = 2;
    }
    return problems;
  },
};
