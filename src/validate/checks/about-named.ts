import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Span } from "../../schema/span.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** Each entity's mention spans, so that what a span names can be read off its offsets. */
function mentionsByEntity(document: AnnotatedDocument): Map<string, readonly Span[]> {
  return new Map(document.entities.map((entity) => [entity.id, entity.mentions.map((mention) => mention.span)]));
}

/** The entities with a mention inside a span, in the order of the entities file. */
function namedIn(span: Span, mentions: Map<string, readonly Span[]>): string[] {
  const named: string[] = [];
  for (const [id, spans] of mentions) {
    if (spans.some((mention) => span.start <= mention.start && mention.end <= span.end)) named.push(id);
  }
  return named;
}

/** The problems of one record's `about`: ids its span does not name, and named entities it leaves out. */
function aboutProblems(
  about: readonly string[],
  span: Span,
  source: string,
  path: readonly (string | number)[],
  mentions: Map<string, readonly Span[]>,
): CheckProblem[] {
  const named = namedIn(span, mentions);
  const problems: CheckProblem[] = [];
  about.forEach((id, index) => {
    // An id that is no entity is reported by references-resolve.
    if (!mentions.has(id) || named.includes(id)) return;
    problems.push({
      path: [...path, "about", index],
      message: `${quotedValue(id)} has no mention inside ${quotedValue(span.exact)}`,
      tip: "`about` lists the entities its span names; a context the span does not name belongs to a relation or another record",
    });
  });
  const missing = named.filter((id) => id !== source && !about.includes(id));
  if (missing.length > 0) {
    problems.push({
      path: [...path, "about"],
      message: `leaves out ${missing.map((id) => `${quotedValue(id)}`).join(", ")}, mentioned inside ${quotedValue(span.exact)}`,
    });
  }
  return problems;
}

/**
 * A claim's `about` lists exactly the entities mentioned inside its evidence, and a quote's the entities mentioned
 * inside its content; the claimant or speaker may be listed or not, since the reporting clause names them as the
 * source.
 */
export const aboutNamed: Check = {
  name: "about-named",
  description:
    "A claim's or quote's `about` lists exactly the entities mentioned inside its evidence or content (the claimant or speaker aside).",
  run({ document }) {
    const mentions = mentionsByEntity(document);
    const problems: CheckProblem[] = [];
    document.claims.forEach((claim, index) => {
      problems.push(...aboutProblems(claim.about, claim.evidence, claim.claimant, ["claims", index], mentions));
    });
    document.quotes.forEach((quote, index) => {
      problems.push(...aboutProblems(quote.about, quote.content, quote.speaker, ["quotes", index], mentions));
    });
    return problems;
  },
};
