import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues } from "../../helpers/document-issues.js";

/** An event entity of the bridge text with mentions spelt as given (the `nth` occurrence of each, from 0). */
function event(id: string, mentions: readonly [string, number][]) {
  return {
    id,
    kind: "event",
    name: id,
    aliases: [],
    description: "An event made up for the test.",
    mentions: mentions.map(([exact, nth]) => ({ span: bridgeSpan(exact, nth) })),
  };
}

describe("timex-excludes-events, every event and every mention", () => {
  it("reports each event mention inside each expression, by expression, then event, then mention", () => {
    const document = bridgeDocument();
    document.entities.push(
      event("march-and-may", [
        ["March", 0],
        ["May", 1],
      ]),
      event("year-2024", [["2024", 0]]),
    );
    const issues = documentIssues(document, "timex-excludes-events");
    expect(issues.map(({ recordId, message }) => [recordId, message])).toEqual([
      ["time-4-march-2024", '"on 4 March 2024" contains "March", a mention of the event "march-and-may"'],
      ["time-4-march-2024", '"on 4 March 2024" contains "2024", a mention of the event "year-2024"'],
      ["time-in-may", '"in May" contains "May", a mention of the event "march-and-may"'],
    ]);
  });
});
