import type { Check, CheckProblem } from "../check.js";

/** Inferred values say how they were worked out, and are not presented as certain. */
export const inferencesExplained: Check = {
  name: "inferences-explained",
  description: "An inferred date (and an inferred publication date) has its reasoning and a certainty below 1.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    const inferred = [
      { path: ["document", "publicationDate"], record: document.document.publicationDate, isInferred: document.document.publicationDate.resolution === "inferred" },
      ...document.temporalExpressions.map((expression, index) => ({
        path: ["temporalExpressions", index],
        record: expression,
        isInferred: expression.resolution === "inferred",
      })),
    ];
    for (const { path, record, isInferred } of inferred) {
      if (!isInferred) continue;
      if (!record.reasoning) problems.push({ path: [...path, "reasoning"], message: "an inferred value needs its reasoning" });
      if (record.certainty >= 1) problems.push({ path: [...path, "certainty"], message: "an inferred value cannot have certainty 1" });
    }
    return problems;
  },
};
