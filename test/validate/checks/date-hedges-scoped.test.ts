import { describe, expect, it } from "vitest";
import { quotedValue } from "../../../src/shared/quoted-value.js";
import { copyData, editRecord, type JsonRecord, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** Whether a span lies inside another. */
const inside = (inner: JsonRecord, outer: JsonRecord) => outer.start <= inner.start && inner.end <= outer.end;

describe("date-hedges-scoped", () => {
  it("reports a modal on an event that lists the event's date among what it affects", () => {
    const directory = copyData();
    const expressions = readRecords(directory, "temporal-expressions.json");
    /** A temporal expression inside the marker's scope, which it does not govern alone. */
    const dateIn = (marker: JsonRecord) =>
      expressions.find(
        (expression) => inside(expression.span, marker.scope) && marker.scope.start < expression.span.start,
      );
    let date: JsonRecord | undefined;
    const marker = editRecord(
      directory,
      "uncertainty-markers.json",
      (record) => record.effect.type === "weakens" && dateIn(record) !== undefined,
      (record) => {
        date = dateIn(record);
        record.affects.push(date?.id);
      },
    );
    expect(issuesOf(directory, "date-hedges-scoped")).toMatchObject([
      {
        recordId: marker.id,
        field: `affects.${marker.affects.length}`,
        message: `${quotedValue(marker.cue.exact)} governs ${quotedValue(marker.scope.exact)}, not the date ${quotedValue(String(date?.span.exact))} alone`,
      },
    ]);
  });

  it("lets an evidential affect the dates of the words it attributes, and a cue that governs the date alone", () => {
    const directory = copyData();
    const attributing = readRecords(directory, "uncertainty-markers.json").filter(
      (record) => record.effect.type === "attributes" && record.affects.some((id: string) => id.startsWith("time-")),
    );
    expect(attributing.length).toBeGreaterThan(0);
    const expression = readRecords(directory, "temporal-expressions.json")[0] ?? {};
    editRecord(
      directory,
      "uncertainty-markers.json",
      (record) => record.effect.type === "weakens",
      (record) => {
        record.cue = {
          start: expression.span.start,
          end: expression.span.start + 2,
          exact: expression.span.exact.slice(0, 2),
        };
        record.scope = { ...expression.span };
        record.affects.push(expression.id);
      },
    );
    expect(issuesOf(directory, "date-hedges-scoped")).toEqual([]);
  });
});
