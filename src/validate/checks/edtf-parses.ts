import { edtfBounds, intervalEndpoints } from "../../dates/edtf-bounds.js";
import { isIsoDuration, isIsoRecurrence } from "../../dates/iso-duration.js";
import type { TemporalExpression } from "../../schema/temporal-expression.js";
import type { Check, CheckProblem } from "../check.js";

/** Why an EDTF value does not parse, or undefined when it does. Interval endpoints are parsed one by one. */
function edtfError(value: string): string | undefined {
  const endpoints = intervalEndpoints(value);
  const parts = endpoints ? endpoints.flatMap((endpoint) => (endpoint.kind === "value" ? [endpoint.value] : [])) : [value];
  for (const part of parts) {
    try {
      edtfBounds(part);
    } catch (error) {
      return `"${part}" is not valid EDTF: ${String((error as Error).message).split("\n")[0]}`;
    }
  }
  return undefined;
}

/** Why a value is not well-formed for its TIMEX3 type, or undefined when it is. */
function valueError(expression: TemporalExpression): string | undefined {
  switch (expression.type) {
    case "DATE":
    case "TIME":
      return edtfError(expression.value);
    case "DURATION":
      return isIsoDuration(expression.value) ? undefined : `"${expression.value}" is not an ISO 8601 duration such as P4Y or PXD`;
    case "SET":
      return isIsoRecurrence(expression.value) ? undefined : `"${expression.value}" is not an ISO 8601 recurrence such as R/P4Y`;
  }
}

/** DATE and TIME values parse as EDTF (with the `edtf` package), durations and recurrences as ISO 8601. */
export const edtfParses: Check = {
  name: "edtf-parses",
  description: "DATE and TIME values parse as EDTF; DURATION and SET values are ISO 8601 durations and recurrences.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    document.temporalExpressions.forEach((expression, index) => {
      const message = valueError(expression);
      if (message) problems.push({ path: ["temporalExpressions", index, "value"], message });
    });
    return problems;
  },
};
