import { SCHEMA_MODEL } from "../../../src/model/schema-model.js";
import { eachSpan, idPath } from "../../../src/model/walkers.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { DocumentPath } from "../../../src/shared/document-path.js";
import type { JsonRecord } from "../data-copy.js";
import { type Mutation, setAt } from "./mutation.js";

/** A mutation of the document file (segments, title, language) reported by a given check at `path`. */
function documentMutation(
  kind: string,
  check: string,
  path: DocumentPath,
  description: string,
  apply: (json: JsonRecord) => void,
  marker?: string,
): Mutation {
  return { kind, check, path, description: `${path.join(".")}: ${description}`, apply, ...(marker ? { marker } : {}) };
}

/**
 * Segments that no longer tile the text: each segment started inside the one before it; each segment cut before its
 * last word (that word then lies in no segment), and the first one started after its first word; each paragraph or
 * piece of furniture made a second headline; the title changed so that it is not the headline.
 */
export function brokenSegments(document: AnnotatedDocument): Mutation[] {
  const { text } = document;
  const { segments, title } = document.document;
  const mutations: Mutation[] = [];
  const spanOf = (start: number, end: number) => ({ start, end, exact: text.slice(start, end) });
  segments.forEach((segment, index) => {
    const at = ["document", "segments", index];
    const { start, end } = segment.span;
    const previous = segments[index - 1];
    if (previous) {
      const overlapping = previous.span.end - 1;
      mutations.push(
        documentMutation(
          "segments overlap",
          "segments-tile",
          [...at, "span", "start"],
          `start ${start} -> ${overlapping}`,
          (json) => {
            setAt(json, [...at, "span"], spanOf(overlapping, end));
          },
        ),
      );
    }
    const lastWord = segment.span.exact.trimEnd().lastIndexOf(" ");
    if (lastWord > 0) {
      mutations.push(
        documentMutation(
          "text in no segment",
          "segments-tile",
          [...at, "span", "end"],
          `end ${end} -> ${start + lastWord}`,
          (json) => {
            setAt(json, [...at, "span"], spanOf(start, start + lastWord));
          },
        ),
      );
    }
    if (index === 0 && segment.span.exact.indexOf(" ") > 0) {
      const secondWord = start + segment.span.exact.indexOf(" ") + 1;
      mutations.push(
        documentMutation(
          "text in no segment",
          "segments-tile",
          [...at, "span", "start"],
          `start ${start} -> ${secondWord}`,
          (json) => {
            setAt(json, [...at, "span"], spanOf(secondWord, end));
          },
        ),
      );
    }
    if (segment.kind !== "headline") {
      mutations.push(
        documentMutation(
          "second headline",
          "segments-tile",
          [...at, "kind"],
          `"${segment.kind}" -> "headline"`,
          (json) => {
            setAt(json, [...at, "kind"], "headline");
          },
        ),
      );
    }
  });
  for (const changed of [title.toUpperCase(), `${title} today`, title.slice(0, -1), ` ${title}`]) {
    mutations.push(
      documentMutation(
        "title is not the headline",
        "segments-tile",
        ["document", "title"],
        `"${title}" -> "${changed}"`,
        (json) => setAt(json, ["document", "title"], changed),
        JSON.stringify(changed),
      ),
    );
  }
  return mutations;
}

/** A character outside the BMP: two UTF-16 code units, as long as the two characters it replaces. */
const ASTRAL = "𝐀";

/**
 * Spans that split a surrogate pair: for every fifth span of the document, the two characters around its start (or,
 * in turn, its end) replaced by one character outside the BMP, so that the offset falls between its two halves.
 */
export function splitSurrogates(document: AnnotatedDocument): Mutation[] {
  const { text } = document;
  const mutations: Mutation[] = [];
  let n = 0;
  eachSpan(SCHEMA_MODEL, document, (span, livePath) => {
    n += 1;
    if (n % 5 !== 0) return;
    const end = n % 10 === 0 ? "end" : "start";
    const offset = span[end];
    if (offset < 1 || offset + 1 > text.length) return;
    const path = [...livePath, end];
    mutations.push({
      kind: "span splits a surrogate pair",
      description: `${path.join(".")}: text ${JSON.stringify(text.slice(offset - 1, offset + 1))} at ${offset - 1} -> "${ASTRAL}"`,
      apply: (json: JsonRecord) => {
        json.text = `${json.text.slice(0, offset - 1)}${ASTRAL}${json.text.slice(offset + 1)}`;
      },
      check: "spans-whole-characters",
      path,
    });
  });
  return mutations;
}

/** The first record of every kind, and the first segment, given the reserved id `author`. */
export function reservedIdsTaken(document: AnnotatedDocument): Mutation[] {
  const reserved = "author";
  const firsts: DocumentPath[] = [["document", "segments", 0, "id"]];
  for (const kind of SCHEMA_MODEL.kinds) {
    const count = kind.collection ? (document[kind.at[0] as keyof AnnotatedDocument] as unknown[]).length : 1;
    if (count > 0) firsts.push(idPath(kind, 0));
  }
  return firsts.map((path) => ({
    kind: "reserved id",
    description: `${path.join(".")} -> "${reserved}"`,
    apply: (json: JsonRecord) => setAt(json, path, reserved),
    check: "reserved-ids",
    path,
    ...(path[0] === "document" ? {} : { recordId: reserved }),
    marker: JSON.stringify(reserved),
  }));
}

/** Every entity given a second copy of one of its mentions, right after it. */
export function duplicateMentions(document: AnnotatedDocument): Mutation[] {
  return document.entities.map((entity, index) => {
    const copied = index % entity.mentions.length;
    const path = ["entities", index, "mentions", copied + 1, "span"];
    return {
      kind: "duplicate mention",
      description: `entities.${index}.mentions: mention ${copied} listed twice`,
      apply: (json: JsonRecord) => {
        const mentions = json.entities[index].mentions;
        mentions.splice(copied + 1, 0, structuredClone(mentions[copied]));
      },
      check: "mentions-distinct",
      path,
    };
  });
}

/** Language tags made only of letters, digits and hyphens that break the BCP 47 grammar. */
const ILL_FORMED_TAGS = ["en-GB-GB", "e", "en-a", "123", "en-x", "en-toolongvariant", "en-a-b", "abcdefghi"];

/** The document's language replaced by each ill-formed tag. */
export function illFormedLanguageTags(document: AnnotatedDocument): Mutation[] {
  const path = ["document", "language"];
  return ILL_FORMED_TAGS.map((tag) =>
    documentMutation(
      "ill-formed language tag",
      "language-tag",
      path,
      `"${document.document.language}" -> "${tag}"`,
      (json) => setAt(json, path, tag),
      JSON.stringify(tag),
    ),
  );
}
