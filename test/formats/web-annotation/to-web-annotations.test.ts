import { describe, expect, it } from "vitest";
import { toWebAnnotations } from "../../../src/formats/web-annotation/to-web-annotations.js";
import type { WebAnnotation } from "../../../src/formats/web-annotation/web-annotation.js";
import { countRecords, DATA_DIRECTORY, DOCUMENT_FOLDER, readRecords } from "../../helpers/data-copy.js";
import { shippedArticle, withTextBefore } from "../../helpers/shipped-documents.js";

/** The annotation of a record, by the record id carried in its JSON body. */
function annotationOf(annotations: readonly WebAnnotation[], id: string): WebAnnotation {
  const found = annotations.find((annotation) =>
    annotation.body.some((body) => "format" in body && JSON.parse(body.value).id === id),
  );
  if (!found) throw new Error(`no annotation for ${id}`);
  return found;
}

describe("toWebAnnotations", () => {
  const document = shippedArticle();
  const annotations = toWebAnnotations([document]);

  it("gives every record one Annotation with the anno.jsonld context as a plain string", () => {
    const recordCount = countRecords(DATA_DIRECTORY);
    expect(annotations).toHaveLength(recordCount);
    for (const annotation of annotations) {
      expect(annotation["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(annotation.type).toBe("Annotation");
    }
    expect(new Set(annotations.map((annotation) => annotation.id)).size).toBe(recordCount);
  });

  it("targets every mention of an entity in the document, identified by its Wikidata item", () => {
    const putin = readRecords(DATA_DIRECTORY, "entities.json").find((entity) => entity.id === "vladimir-putin");
    const annotation = annotationOf(annotations, "vladimir-putin");
    const roles = putin?.roles?.length ?? 0;
    expect(annotation.target).toHaveLength((putin?.mentions.length ?? 0) + roles);
    expect(annotation.body).toContainEqual({
      type: "SpecificResource",
      source: "http://www.wikidata.org/entity/Q7747",
      purpose: "identifying",
    });
    expect(annotation.body).toContainEqual({ type: "TextualBody", purpose: "classifying", value: "entity" });
    for (const target of annotation.target) {
      expect(target.source).toEqual({
        id: `urn:newsfacts:${DOCUMENT_FOLDER}`,
        type: "Text",
        format: "text/plain",
        language: document.document.language,
      });
    }
  });

  it("gives a quote's cue and content as targets, with quote, prefix and suffix taken from the text", () => {
    const quote = readRecords(DATA_DIRECTORY, "quotes.json")[0];
    const targets = annotationOf(annotations, quote?.id).target;
    expect(targets.map((target) => target.selector[0].exact)).toEqual([quote?.cue.exact, quote?.content.exact]);
    const [selector, position] = targets[1]?.selector ?? [];
    expect(position).toEqual({ type: "TextPositionSelector", start: quote?.content.start, end: quote?.content.end });
    expect(document.text.slice(0, quote?.content.start).endsWith(selector?.prefix ?? "-")).toBe(true);
    expect(document.text.slice(quote?.content.end).startsWith(selector?.suffix ?? "-")).toBe(true);
    expect(selector?.prefix).toHaveLength(32);
  });

  it("counts positions in code points: after 𝕏 and an emoji, each is 2 less than the UTF-16 offset", () => {
    const shifted = withTextBefore(document, "𝕏 😀 ");
    const astral = toWebAnnotations([shifted]);
    const codePoints = [...shifted.text];
    let checked = 0;
    astral.forEach((annotation, index) => {
      annotation.target.forEach((target, t) => {
        const [quote, position] = target.selector;
        const utf16 = annotations[index]?.target[t]?.selector[1];
        // "𝕏 😀 " is 6 UTF-16 code units (two surrogate pairs, two spaces) but 4 code points.
        expect(position.start).toBe((utf16?.start ?? 0) + 4);
        expect(position.end).toBe((utf16?.end ?? 0) + 4);
        // The UTF-16 offsets are 2 more than the code point positions: one per surrogate pair before them.
        expect(shifted.text.slice(position.start + 2, position.end + 2)).toBe(quote.exact);
        expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("never splits a character outside the BMP in a prefix or suffix", () => {
    const shifted = withTextBefore(document, "😀".repeat(40));
    const [first] = toWebAnnotations([shifted]);
    const [selector] = first?.target[0]?.selector ?? [];
    expect(selector?.prefix).toBe("😀".repeat(32));
  });
});
