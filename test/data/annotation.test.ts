import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getDay } from "date-fns/getDay";
import { getISOWeek } from "date-fns/getISOWeek";
import { parseISO } from "date-fns/parseISO";
import { describe, expect, it } from "vitest";
import { article, corpus } from "../helpers/shipped-article.js";

const { text } = article;
const content = article.document.segments.filter(
  (segment) => segment.kind === "headline" || segment.kind === "paragraph",
);

/** Every offset at which `word` occurs as a whole word in the headline and body. */
function occurrencesInContent(word: string): number[] {
  const pattern = new RegExp(`\\b${word}\\b`, "g");
  return content.flatMap((segment) =>
    [...segment.span.exact.matchAll(pattern)].map((match) => segment.span.start + match.index),
  );
}

describe("the shipped annotation of the article", () => {
  it("dates the article on a Thursday, as 'on Thursday' in the present tense requires", () => {
    const published = article.document.publicationDate;
    expect(getDay(parseISO(published.value))).toBe(4);
    expect(published.resolution).toBe("inferred");
    expect(published.certainty).toBeLessThan(1);
    expect(published.alternatives.length).toBeGreaterThan(0);
  });

  it("dates the article before the exercises of 10-16 September 2021 and before October", () => {
    const published = parseISO(article.document.publicationDate.value);
    expect(published < parseISO("2021-09-10")).toBe(true);
    expect(published > parseISO("2021-08-31")).toBe(true);
  });

  it("re-computes every relative date from its anchor with date-fns", () => {
    const anchorValue = (id: string | undefined) =>
      id === article.document.publicationDate.id
        ? article.document.publicationDate.value
        : article.temporalExpressions.find((expression) => expression.id === id)?.value;
    const relative = article.temporalExpressions.filter((expression) => expression.resolution === "relative");
    expect(relative.length).toBeGreaterThan(3);
    for (const expression of relative) {
      const anchor = parseISO(String(anchorValue(expression.anchor)).slice(0, 10));
      const rule = expression.rule;
      if (rule?.op === "weekday") {
        const value = parseISO(expression.value.slice(0, 10));
        expect(getDay(value), expression.id).toBe(
          ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(rule.weekday),
        );
        if (rule.relation === "same-week") expect(getISOWeek(value), expression.id).toBe(getISOWeek(anchor));
      } else if (rule?.op === "day") {
        expect(differenceInCalendarDays(parseISO(expression.value.slice(0, 10)), anchor), expression.id).toBe(
          rule.shift,
        );
      } else if (rule?.op === "year") {
        const years = expression.value.match(/\d{4}/g) ?? [];
        expect(years.length, expression.id).toBeGreaterThan(0);
        for (const year of years) expect(Number(year), expression.id).toBe(anchor.getFullYear() + rule.shift);
      } else {
        expect.fail(`${expression.id}: this test re-derives day, weekday and year rules, not ${rule?.op}`);
      }
    }
  });

  it("puts every direct quote's words inside quotation marks in the source", () => {
    const direct = article.quotes.filter((quote) => quote.kind === "direct");
    expect(direct.length).toBe((text.match(/“/g) ?? []).length);
    for (const quote of direct) {
      const opening = text.lastIndexOf("“", quote.content.start);
      expect(opening, quote.id).toBeGreaterThan(text.lastIndexOf("”", quote.content.start));
      expect(text.indexOf("”", quote.content.end), quote.id).toBeGreaterThan(-1);
      expect(text.slice(opening + 1, quote.content.end).includes("”"), quote.id).toBe(false);
    }
  });

  it("records every mention of the named people, by name, in the headline and body", () => {
    const names = {
      "vladimir-putin": "Putin",
      "alexander-lukashenko": "Lukashenko",
      "dmitri-peskov": "Peskov",
    } as const;
    for (const [id, name] of Object.entries(names)) {
      const spans = corpus.entity(id as keyof typeof names)?.mentions.map((mention) => mention.span) ?? [];
      const found = occurrencesInContent(name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const offset of found) {
        const covered = spans.some((span) => span.start <= offset && offset + name.length <= span.end);
        expect(covered, `${name} at ${offset}`).toBe(true);
      }
    }
  });

  it("gives the speakers of the quoted words: Putin and Lukashenko, each once in quotation marks", () => {
    const speakers = article.quotes.filter((quote) => quote.kind === "direct").map((quote) => quote.speaker);
    expect(speakers.sort()).toEqual(["alexander-lukashenko", "vladimir-putin"]);
    const putins = article.quotes.find((quote) => quote.speaker === "vladimir-putin" && quote.kind === "direct");
    expect(putins?.content.exact).toContain("summarise the results");
  });

  it("takes nothing from the page furniture: no mention of Trump, Huawei or the EU", () => {
    const names = article.entities.flatMap((entity) => [entity.name, ...entity.aliases]).join(" ");
    expect(names).not.toMatch(/Trump|Huawei|\bEU\b/);
  });

  it("yields at least one claim or quote from every sentence of the body", () => {
    const sentences = content
      .filter((segment) => segment.kind === "paragraph")
      .flatMap((segment) =>
        [...segment.span.exact.matchAll(/[^.!?]+(?:[.!?](?!\d)|$)[”]?/g)].map((match) => ({
          start: segment.span.start + match.index,
          end: segment.span.start + match.index + match[0].length,
        })),
      );
    const evidence = [
      ...article.claims.map((claim) => claim.evidence),
      ...article.quotes.map((quote) => quote.content),
    ];
    for (const sentence of sentences.filter(
      (candidate) => text.slice(candidate.start, candidate.end).trim().length > 3,
    )) {
      const covered = evidence.some((span) => span.start < sentence.end && sentence.start < span.end);
      expect(covered, text.slice(sentence.start, sentence.end)).toBe(true);
    }
  });

  it("marks the troop numbers as conflicting: Moscow's emphatic 'as many as 200,000' (about 200,000) is contradicted", () => {
    const moscow = article.claims.find((claim) =>
      claim.quantities.some((quantity) => quantity.value === 200_000 && quantity.approximation === "approximate"),
    );
    expect(moscow?.claimant).toBe("russian-government");
    const contradicting = article.claims.filter(
      (claim) =>
        claim.relations.some((relation) => relation.type === "contradicts" && relation.target === moscow?.id) ||
        (claim.id === moscow?.id && claim.relations.some((relation) => relation.type === "contradicts")),
    );
    expect(contradicting.length).toBeGreaterThan(0);
  });
});
