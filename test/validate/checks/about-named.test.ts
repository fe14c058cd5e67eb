import { describe, expect, it } from "vitest";
import { quotedValue } from "../../../src/shared/quoted-value.js";
import { copyData, editRecord, type JsonRecord, readRecords } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** Whether an entity has a mention inside a span. */
function mentionedIn(entity: JsonRecord, span: JsonRecord): boolean {
  return entity.mentions.some(
    (mention: JsonRecord) => span.start <= mention.span.start && mention.span.end <= span.end,
  );
}

describe("about-named", () => {
  it("reports an entity listed in a claim's about that its evidence does not mention", () => {
    const directory = copyData();
    const entities = readRecords(directory, "entities.json");
    let added = "";
    const claim = editRecord(
      directory,
      "claims.json",
      (record) => entities.some((entity) => !mentionedIn(entity, record.evidence)),
      (record) => {
        added = entities.find((entity) => !mentionedIn(entity, record.evidence))?.id;
        record.about.push(added);
      },
    );
    expect(issuesOf(directory, "about-named")).toMatchObject([
      {
        recordId: claim.id,
        field: `about.${claim.about.length}`,
        message: `${quotedValue(added)} has no mention inside ${quotedValue(claim.evidence.exact)}`,
      },
    ]);
  });

  it("reports a quote's about that leaves out an entity its content mentions, but not the speaker", () => {
    const directory = copyData();
    const quote = editRecord(
      directory,
      "quotes.json",
      (record) => record.about.length > 0,
      (record) => {
        record.about = record.about.slice(1);
      },
    );
    expect(issuesOf(directory, "about-named")).toMatchObject([
      {
        recordId: quote.id,
        field: "about",
        message: `leaves out ${quotedValue(quote.about[0])}, mentioned inside ${quotedValue(quote.content.exact)}`,
      },
    ]);
    const speakerOnly = copyData();
    editRecord(
      speakerOnly,
      "quotes.json",
      (record) => record.about.includes(record.speaker),
      (record) => {
        record.about = record.about.filter((id: string) => id !== record.speaker);
      },
    );
    expect(issuesOf(speakerOnly, "about-named")).toEqual([]);
  });

  it("finds the shipped claims and quotes about exactly what they mention", () => {
    expect(issuesOf(copyData(), "about-named")).toEqual([]);
  });
});
