import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Span } from "../../schema/span.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** A mention of an entity, by offsets, with the entity's id. */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/**
 * Every entity's mentions, sorted by start, and the entity ids in the order of the entities file: what a span names
 * is then read off the mentions that start inside it, found by binary search, not by testing every mention of every
 * entity for each of the document's claims and quotes.
 */
function mentionsOf(document: AnnotatedDocument): { sorted: Mention[]; order: Map<string, number> } {
  const order = new Map<string, number>();
  const sorted: Mention[] = [];
  for (const entity of document.entities) {
    if (!order.has(entity.id)) order.set(entity.id, order.size);
    for (const { span } of entity.mentions) sorted.push({ start: span.start, end: span.end, id: entity.id });
  }
  sorted.sort((a, b) => a.start - b.start);
  return { sorted, order };
}

/** The index of the first mention that starts at or after `offset`. */
function firstStartingFrom(sorted: readonly Mention[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Mention).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The entities with a mention inside a span, in no particular order. */
function namedIn(span: Span, sorted: readonly Mention[]): Set<string> {
  const named = new Set<string>();
  for (let index = firstStartingFrom(sorted, span.start); index < sorted.length; index++) {
    const mention = sorted[index] as Mention;
    if (mention.start >= span.end) break;
    if (mention.end <= span.end) named.add(mention.id);
  }
  return named;
}

/**
 * Adds the problems of one record's `about` to `problems`: ids its span does not name, and named entities it leaves
 * out, in the order of the entities file (sorted only when some are left out, as they are in few records).
 */
function addAboutProblems(
  problems: CheckProblem[],
  about: readonly string[],
  span: Span,
  source: string,
  path: readonly (string | number)[],
  { sorted, order }: ReturnType<typeof mentionsOf>,
): void {
  const named = namedIn(span, sorted);
  for (let index = 0; index < about.length; index++) {
    const id = about[index] as string;
    // An id that is no entity is reported by references-resolve.
    if (!order.has(id) || named.has(id)) continue;
    problems.push({
      path: [...path, "about", index],
      message: `${quotedValue(id)} has no mention inside ${quotedValue(span.exact)}`,
      tip: "`about` lists the entities its span names; a context the span does not name belongs to a relation or another record",
    });
  }
  const listed = new Set(about);
  const missing: string[] = [];
  for (const id of named) if (id !== source && !listed.has(id)) missing.push(id);
  if (missing.length === 0) return;
  missing.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  problems.push({
    path: [...path, "about"],
    message: `leaves out ${missing.map((id) => `${quotedValue(id)}`).join(", ")}, mentioned inside ${quotedValue(span.exact)}`,
  });
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
    const mentions = mentionsOf(document);
    const problems: CheckProblem[] = [];
    document.claims.forEach((claim, index) => {
      addAboutProblems(problems, claim.about, claim.evidence, claim.claimant, ["claims", index], mentions);
    });
    document.quotes.forEach((quote, index) => {
      addAboutProblems(problems, quote.about, quote.content, quote.speaker, ["quotes", index], mentions);
    });
    return problems;
  },
};
