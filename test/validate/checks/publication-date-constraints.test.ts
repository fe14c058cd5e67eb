import { describe, expect, it } from "vitest";
import { copyData, documentFile, editJson, type JsonRecord, positionOfText } from "../../helpers/data-copy.js";
import { issuesOf } from "../../helpers/validate-copy.js";

/** A calendar day moved by whole days (UTC). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Edits the publication date of a copy of the shipped data and returns the check's issues. */
function issuesAfter(edit: (publication: JsonRecord) => void) {
  const directory = copyData();
  editJson(directory, "document.json", (json) => edit(json.publicationDate));
  return issuesOf(directory, "publication-date-constraints");
}

/** The shipped publication date, as recorded. */
function shippedPublication(): JsonRecord {
  let publication: JsonRecord = {};
  editJson(copyData(), "document.json", (json) => {
    publication = json.publicationDate;
  });
  return publication;
}

describe("publication-date-constraints", () => {
  const publication = shippedPublication();
  const weekdayConstraints: string[] = publication.constraints
    .filter((constraint: JsonRecord) => constraint.kind === "weekday")
    .map((constraint: JsonRecord) => constraint.name);

  it("finds the shipped date and alternatives consistent, with constraints of every kind", () => {
    expect(issuesAfter(() => {})).toEqual([]);
    const kinds = new Set(publication.constraints.map((constraint: JsonRecord) => constraint.kind));
    expect([...kinds].sort()).toEqual(["days-before", "weekday", "year"]);
  });

  it.each([-1, 1])("reports the date moved by %i day, naming each weekday constraint it breaks", (days) => {
    const moved = addDays(publication.value, days);
    const issues = issuesAfter((json) => {
      json.value = moved;
    });
    expect(weekdayConstraints.length).toBeGreaterThan(0);
    for (const name of weekdayConstraints) {
      expect(issues).toContainEqual(
        expect.objectContaining({
          field: "publicationDate.value",
          message: expect.stringMatching(new RegExp(`^${moved} fails constraint "${name}": it is a \\w+day,`)),
        }),
      );
    }
  });

  it("reports every alternative moved by a day, naming a constraint", () => {
    expect(publication.alternatives.length).toBeGreaterThan(0);
    publication.alternatives.forEach((alternative: JsonRecord, index: number) => {
      for (const days of [-1, 1]) {
        const issues = issuesAfter((json) => {
          json.alternatives[index].value = addDays(alternative.value, days);
        });
        const where = `${alternative.value} moved by ${days}`;
        expect(issues.length, where).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.field, where).toMatch(new RegExp(`^publicationDate\\.alternatives\\.${index}\\.`));
        }
        expect(
          issues.some((issue) => /constraint "[a-z0-9-]+"/.test(issue.message)),
          where,
        ).toBe(true);
      }
    });
  });

  it("reports an alternative that no constraint rules out", () => {
    const issues = issuesAfter((json) => {
      json.alternatives[0].value = json.value;
      json.alternatives[0].violates = [];
    });
    expect(issues).toMatchObject([
      {
        field: "publicationDate.alternatives.0.value",
        message: `${publication.value} meets every constraint of the publication date, so nothing recorded rules it out`,
      },
    ]);
  });

  it("reports a violation listed with the wrong derived value, or for a constraint the date meets", () => {
    const issues = issuesAfter((json) => {
      const [first, second] = json.alternatives[0].violates;
      first.found = typeof first.found === "number" ? first.found + 1 : "monday";
      json.alternatives[0].violates.push({ ...(second ?? first), constraint: json.constraints[0].name });
    });
    expect(issues.map((issue) => issue.field)).toContain("publicationDate.alternatives.0.violates.0.found");
    expect(
      issues.some((issue) => /unknown constraint|so it does not rule the date out|finds/.test(issue.message)),
    ).toBe(true);
  });

  it("reports a constraint whose evidence does not state it, and an unknown constraint name", () => {
    const issues = issuesAfter((json) => {
      const year = json.constraints.find((constraint: JsonRecord) => constraint.kind === "year");
      year.year -= 1;
      json.alternatives[0].violates[0].constraint = "weekday-meetng";
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^evidence ".*" does not state \d{4}$/) }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: "publicationDate.alternatives.0.violates.0.constraint",
        message: 'unknown constraint "weekday-meetng"',
      }),
    );
  });

  it("reports a constraint whose evidence offsets do not cover its words in the text", () => {
    const issues = issuesAfter((json) => {
      json.constraints[0].evidence.start += 1;
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: "publicationDate.constraints.0.evidence",
        message: expect.stringMatching(/^offsets \d+-\d+ do not cover ".+ in the text$/),
      }),
    );
  });

  it("locates its findings in document.json", () => {
    const directory = copyData();
    editJson(directory, "document.json", (json) => {
      json.publicationDate.value = addDays(json.publicationDate.value, 1);
    });
    const moved = addDays(publication.value, 1);
    const [issue] = issuesOf(directory, "publication-date-constraints");
    expect(issue?.file.endsWith("/document.json")).toBe(true);
    const { line } = positionOfText(documentFile(directory, "document.json"), `"value": "${moved}"`);
    expect(issue?.line).toBe(line);
  });
});
