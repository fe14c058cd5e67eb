import type { Entity } from "../../schema/entity.js";
import { CONTENT_SEGMENT_KINDS, type SegmentKind } from "../../schema/segment.js";
import { quotedValue } from "../../shared/quoted-value.js";
import { textPositions } from "../../shared/text-positions.js";
import type { Check, CheckProblem } from "../check.js";
import { wholeWordOccurrences } from "../whole-word-occurrences.js";

/** A stretch of the text, by offsets. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/** Whether a stretch lies inside one of the ranges. */
function insideOne(ranges: readonly Range[], start: number, end: number): boolean {
  for (const range of ranges) if (range.start <= start && end <= range.end) return true;
  return false;
}

/** Whether a stretch overlaps any of the ranges. */
function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const range of ranges) if (range.start < end && start < range.end) return true;
  return false;
}

/** Longer names first; names of one length keep their order. */
function byLengthDescending(a: string, b: string): number {
  return b.length - a.length;
}

/** Ranges in text order. */
function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}

/**
 * The names to look for, each once and none empty, longest first. A referent has one name in most documents, which
 * needs no set and no sort.
 */
function longestFirst(names: readonly string[]): readonly string[] {
  if (names.length === 1) return names[0] === "" ? [] : names;
  return [...new Set(names)].filter((name) => name !== "").sort(byLengthDescending);
}

/**
 * Where the names of a referent occur in the article's headline and body as whole words, outside every span already
 * annotated as its mention and not exactly a mention of another referent (`Belarus` annotated as the country is a
 * decision, not an omission, even where the government is also called `Belarus`): the occurrences an annotator may
 * have missed. Names are matched exactly (case and accents), longest first, so `Alexander Lukashenko` is one
 * occurrence, not also `Lukashenko`.
 *
 * @param text - The source text.
 * @param content - The headline and paragraph segments (page furniture is never annotated).
 * @param names - The referent's name and aliases.
 * @param mentioned - The spans of its annotated mentions.
 * @param isOtherMention - Whether a stretch is exactly a mention of another referent.
 * @param occurrences - Where names occur in `text` as whole words ({@link wholeWordOccurrences}), when already found
 *   for the names of every referent at once; found here for `names` otherwise.
 * @returns The unannotated occurrences, in text order.
 *
 * @example
 * unannotatedOccurrences("Voss spoke. Then Voss left.", [{ start: 0, end: 27 }], ["Voss"], [{ start: 0, end: 4 }], () => false)
 * //=> [{ start: 17, end: 21 }]
 */
export function unannotatedOccurrences(
  text: string,
  content: readonly Range[],
  names: readonly string[],
  mentioned: readonly Range[],
  isOtherMention: (start: number, end: number) => boolean,
  occurrences: ReadonlyMap<string, readonly number[]> = wholeWordOccurrences(text, names),
): Range[] {
  // An occurrence found is taken like a mention: a shorter name inside it (`Lukashenko` in `Alexander Lukashenko`)
  // is not a second one.
  const found: Range[] = [];
  for (const name of longestFirst(names)) {
    for (const start of occurrences.get(name) ?? wholeWordOccurrences(text, [name]).get(name) ?? []) {
      const end = start + name.length;
      if (!insideOne(content, start, end) || overlapsAny(mentioned, start, end) || overlapsAny(found, start, end)) {
        continue;
      }
      if (!isOtherMention(start, end)) found.push({ start, end });
    }
  }
  return found.sort(byStart);
}

const CONTENT: ReadonlySet<SegmentKind> = new Set(CONTENT_SEGMENT_KINDS);

/** A mention's stretch, with the index of the entity it belongs to. */
interface OwnedMention {
  readonly end: number;
  readonly owner: number;
}

/** Every entity's mentions, by start: which entities have a mention at exactly a stretch is then one look-up. */
function mentionsByStart(entities: readonly Entity[]): Map<number, OwnedMention[]> {
  const byStart = new Map<number, OwnedMention[]>();
  for (let owner = 0; owner < entities.length; owner++) {
    for (const { span } of (entities[owner] as Entity).mentions) {
      const mention = { end: span.end, owner };
      const sharing = byStart.get(span.start);
      if (sharing === undefined) byStart.set(span.start, [mention]);
      else sharing.push(mention);
    }
  }
  return byStart;
}

/** Whether an entity other than `self` has a mention at exactly a stretch. */
function isMentionOfOther(
  byStart: ReadonlyMap<number, readonly OwnedMention[]>,
  self: number,
  start: number,
  end: number,
): boolean {
  for (const mention of byStart.get(start) ?? []) if (mention.end === end && mention.owner !== self) return true;
  return false;
}

/** The name and aliases of an entity. */
function namesOf(entity: Entity): string[] {
  return entity.aliases.length === 0 ? [entity.name] : [entity.name, ...entity.aliases];
}

/** Whether any of the names occurs in the text. */
function anyOccurs(names: readonly string[], occurrences: ReadonlyMap<string, readonly number[]>): boolean {
  for (const name of names) if ((occurrences.get(name)?.length ?? 0) > 0) return true;
  return false;
}

/** The spans of an entity's mentions. */
function mentionSpans(entity: Entity): Range[] {
  const spans: Range[] = [];
  for (const { span } of entity.mentions) spans.push(span);
  return spans;
}

/**
 * Names the annotator may have missed: an occurrence of an entity's name or alias in the headline or body that no
 * mention of it covers. Advice (`info`), not an error: a name can be used for something else (`Moscow` the city,
 * not the government), so `newsfacts fix --only mentions` adds them only when asked.
 */
export const unannotatedMentions: Check = {
  name: "unannotated-mentions",
  level: "info",
  description:
    "Lists occurrences of an entity's name or aliases in the headline and body that no mention of it covers.",
  run({ document }) {
    const { text, entities } = document;
    const content: Range[] = [];
    for (const segment of document.document.segments) if (CONTENT.has(segment.kind)) content.push(segment.span);
    const names: string[] = [];
    for (const entity of entities) for (const name of namesOf(entity)) names.push(name);
    // Every name of every entity found in one pass over the text, not one scan of the text per name.
    const occurrences = wholeWordOccurrences(text, names);
    // Found when first asked for, as are the line starts: most documents have few occurrences to ask about.
    let byStart: Map<number, OwnedMention[]> | undefined;
    let positionOf: ReturnType<typeof textPositions> | undefined;
    const problems: CheckProblem[] = [];
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index] as Entity;
      const entityNames = namesOf(entity);
      // A referent none of whose names occurs has nothing unannotated (23 of the 57 in the bench's documents).
      if (!anyOccurs(entityNames, occurrences)) continue;
      const found = unannotatedOccurrences(
        text,
        content,
        entityNames,
        mentionSpans(entity),
        (start, end) => {
          byStart ??= mentionsByStart(entities);
          return isMentionOfOther(byStart, index, start, end);
        },
        occurrences,
      );
      for (const { start, end } of found) {
        positionOf ??= textPositions(text);
        const { line, column } = positionOf(start);
        problems.push({
          path: ["entities", index, "mentions"],
          message: `${quotedValue(text.slice(start, end))} at ${line}:${column} of the text is not annotated as a mention of ${quotedValue(entity.id)}`,
          tip: "add it as a mention if it refers to this entity; newsfacts fix --only mentions adds them all",
        });
      }
    }
    return problems;
  },
};
