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
  const found: Range[] = [];
  const taken = [...mentioned];
  const overlapsTaken = (start: number, end: number) => taken.some((range) => range.start < end && start < range.end);
  for (const name of [...new Set(names)].filter((name) => name !== "").sort((a, b) => b.length - a.length)) {
    for (const start of occurrences.get(name) ?? wholeWordOccurrences(text, [name]).get(name) ?? []) {
      const end = start + name.length;
      const inContent = content.some((segment) => segment.start <= start && end <= segment.end);
      if (!inContent || overlapsTaken(start, end) || isOtherMention(start, end)) continue;
      found.push({ start, end });
      taken.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const CONTENT: ReadonlySet<SegmentKind> = new Set(CONTENT_SEGMENT_KINDS);

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
    const content = document.document.segments.filter((segment) => CONTENT.has(segment.kind)).map(({ span }) => span);
    // Line starts are found only for a document with something to report.
    let positionOf: ReturnType<typeof textPositions> | undefined;
    const problems: CheckProblem[] = [];
    // Which entities have a mention at exactly each stretch: found once for the document, when first asked (most
    // documents have no occurrence outside the mentions of its own entity to ask about).
    let owners: Map<string, Set<number>> | undefined;
    const ownersOf = (start: number, end: number): ReadonlySet<number> => {
      if (owners === undefined) {
        const found = new Map<string, Set<number>>();
        document.entities.forEach((entity, index) => {
          for (const { span } of entity.mentions) {
            const key = `${span.start}-${span.end}`;
            found.set(key, (found.get(key) ?? new Set()).add(index));
          }
        });
        owners = found;
      }
      return owners.get(`${start}-${end}`) ?? new Set();
    };
    // Every name of every entity found in one pass over the text, not one scan of the text per name.
    const occurrences = wholeWordOccurrences(
      document.text,
      document.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    );
    document.entities.forEach((entity, index) => {
      const names = [entity.name, ...entity.aliases];
      const mentioned = entity.mentions.map(({ span }) => span);
      const isOtherMention = (start: number, end: number) => [...ownersOf(start, end)].some((owner) => owner !== index);
      for (const { start, end } of unannotatedOccurrences(
        document.text,
        content,
        names,
        mentioned,
        isOtherMention,
        occurrences,
      )) {
        positionOf ??= textPositions(document.text);
        const { line, column } = positionOf(start);
        problems.push({
          path: ["entities", index, "mentions"],
          message: `${quotedValue(document.text.slice(start, end))} at ${line}:${column} of the text is not annotated as a mention of ${quotedValue(entity.id)}`,
          tip: "add it as a mention if it refers to this entity; newsfacts fix --only mentions adds them all",
        });
      }
    });
    return problems;
  },
};
