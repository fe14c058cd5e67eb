import { describe, expect, it } from "vitest";
import { quotedValue } from "../../../src/shared/quoted-value.js";
import { copyData, editRecord, type JsonRecord, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

describe("timex-excludes-events", () => {
  it("reports a year spanned with the noun phrase of the event it dates", () => {
    const directory = copyData();
    const mentions = readRecords(directory, "entities.json")
      .filter((entity) => entity.kind === "event")
      .flatMap((entity) => entity.mentions.map((mention: JsonRecord) => ({ id: entity.id, span: mention.span })));
    /** The event mention that encloses an expression's span ("the 2021 drills" around "2021"), if any. */
    const enclosing = (expression: JsonRecord) =>
      mentions.find(
        (mention) =>
          expression.dates.includes(mention.id) &&
          mention.span.start < expression.span.start &&
          expression.span.end <= mention.span.end,
      );
    const year = editRecord(
      directory,
      "temporal-expressions.json",
      (record) => enclosing(record) !== undefined,
      (record) => {
        const mention = enclosing(record);
        if (mention) record.span = { start: mention.span.start, end: mention.span.end, exact: mention.span.exact };
      },
    );
    const mention = enclosing(year)?.span.exact;
    expect(issuesOf(directory, "timex-excludes-events")).toMatchObject([
      {
        recordId: year.id,
        field: "span",
        message: `${quotedValue(String(mention))} contains ${quotedValue(String(mention))}, a mention of the event ${quotedValue(String(enclosing(year)?.id))}`,
      },
    ]);
  });

  it("finds nothing in the shipped article, whose expressions span the temporal words only", () => {
    expect(issuesOf(copyData(), "timex-excludes-events")).toEqual([]);
  });
});
