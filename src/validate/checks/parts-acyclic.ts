import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** Where a depth-first walk stands with an entity: being walked (on the current path) or done. */
type Visit = "on-path" | "done";

/**
 * No entity is part of itself, directly or through others: `partOf` links form no cycle, so that a whole and its parts
 * can be listed (`corpus.withParts`). One depth-first walk over the links (linear in entities and links) reports the
 * link that closes each cycle.
 */
export const partsAcyclic: Check = {
  name: "parts-acyclic",
  description: "No entity is part of itself, directly or through other entities' partOf.",
  run({ document }) {
    const indexById = new Map(document.entities.map((entity, index) => [entity.id, index]));
    const visits = new Map<string, Visit>();
    const problems: CheckProblem[] = [];
    const walk = (start: number) => {
      // An explicit stack of (entity index, next link to follow), so that a long chain cannot overflow the call stack.
      const stack: [number, number][] = [[start, 0]];
      visits.set(document.entities[start]?.id ?? "", "on-path");
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as [number, number];
        const [index, link] = top;
        const entity = document.entities[index];
        const whole = entity?.partOf?.[link]?.of;
        if (entity === undefined || whole === undefined) {
          visits.set(entity?.id ?? "", "done");
          stack.pop();
          continue;
        }
        top[1] = link + 1;
        const wholeIndex = indexById.get(whole);
        if (wholeIndex === undefined) continue; // references-resolve reports it
        const visit = visits.get(whole);
        if (visit === "on-path") {
          const cycle = stack.slice(stack.findIndex(([onPath]) => onPath === wholeIndex)).map(([onPath]) => onPath);
          const names = [...cycle, wholeIndex].map((position) => quotedValue(document.entities[position]?.id ?? ""));
          problems.push({
            path: ["entities", index, "partOf", link],
            message: `the part-of links form a cycle: ${names.join(" is part of ")}`,
            tip: "a part-of link goes from the part to the whole; remove the link that points back",
          });
        } else if (visit === undefined) {
          visits.set(whole, "on-path");
          stack.push([wholeIndex, 0]);
        }
      }
    };
    document.entities.forEach((entity, index) => {
      if (!visits.has(entity.id)) walk(index);
    });
    return problems;
  },
};
