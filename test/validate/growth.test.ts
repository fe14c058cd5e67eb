import { describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../src/corpus/indexes/record-table.js";
import { sentenceAround } from "../../src/corpus/queries/sentence.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import type { CheckInput } from "../../src/validate/check.js";
import { anchorsAcyclic } from "../../src/validate/checks/anchors-acyclic.js";
import { directQuotesQuoted } from "../../src/validate/checks/direct-quotes-quoted.js";
import { mentionsDistinct } from "../../src/validate/checks/mentions-distinct.js";
import { referencesResolve } from "../../src/validate/checks/references-resolve.js";
import { segmentsTile } from "../../src/validate/checks/segments-tile.js";
import { temporalLinksConsistent } from "../../src/validate/checks/temporal-links-consistent.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { articleInput } from "../helpers/article-input.js";
import type { JsonRecord } from "../helpers/data-copy.js";
import { growthRatio, NEAR_LINEAR_BOUND } from "../helpers/growth.js";

const pristine = articleInput;

/** The input of a named check for a document, with nothing invalid and no other document. */
function checkInput(document: JsonRecord): CheckInput {
  return {
    document: document as AnnotatedDocument,
    documentIndex: 0,
    corpus: {
      documentsDefining: new Map(),
      documentIds: [document.document.id],
      documentsWithId: new Map([[document.document.id, [0]]]),
      documentsWithText: new Map([[document.document.sha256, [0]]]),
      sharedEntities: new Map(),
    },
    invalidIds: new Set(),
  };
}

describe("checks and queries grow near-linearly with their input (16x input, far less than 256x time)", () => {
  it("references-resolve with as many dangling references as ids (did you mean)", () => {
    const ratio = growthRatio(
      (scale) => {
        const document = structuredClone(pristine);
        const count = 250 * scale;
        document.entities = Array.from({ length: count }, (_, index) => ({
          ...pristine.entities[0],
          id: `person-${index}-name`,
        }));
        document.quotes = Array.from({ length: count }, (_, index) => ({
          ...pristine.quotes[0],
          speaker: `persn-${index}-name`,
          about: [],
        }));
        return checkInput(document);
      },
      (input) => {
        referencesResolve.run(input);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });

  it("validation of one dangling id of up to 96,000 characters", () => {
    const ratio = growthRatio(
      (scale) => {
        const document = structuredClone(pristine);
        document.quotes[0].speaker = "a".repeat(6_000 * scale);
        return [document];
      },
      (documents) => {
        validateDocuments(documents);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });

  it("direct-quotes-quoted with as many direct quotes as quotation marks in the text", () => {
    const ratio = growthRatio(
      (scale) => {
        const count = 200 * scale;
        const passage = "He said: “We are moving forward together,” and left. ";
        const open = passage.indexOf("“") + 1;
        const close = passage.indexOf("”");
        const document = structuredClone(pristine);
        document.text = passage.repeat(count);
        document.quotes = Array.from({ length: count }, (_, index) => ({
          ...pristine.quotes[0],
          kind: "direct",
          content: { start: index * passage.length + open, end: index * passage.length + close, exact: "x" },
        }));
        return checkInput(document);
      },
      (input) => {
        expect(directQuotesQuoted.run(input)).toEqual([]);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });

  it("sentenceOf's sentence search in a paragraph of stops and closing marks", () => {
    const ratio = growthRatio(
      (scale) => {
        const size = 5_000 * scale;
        const text = `Start. ${"!?".repeat(size)}${"”".repeat(size)} then lower case. End.`;
        const document = { text, document: { segments: [{ span: { start: 0, end: text.length } }] } };
        return document as unknown as CorpusDocument;
      },
      (document) => {
        sentenceAround(document, { start: document.text.length - 3, end: document.text.length - 1 });
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });
  it("segments-tile with as many paragraphs as text, the last one overlapping the one before", () => {
    const ratio = growthRatio(
      (scale) => {
        const count = 1_000 * scale;
        const paragraph = "A short paragraph of the article.\n\n";
        const document = structuredClone(pristine);
        document.text = paragraph.repeat(count);
        document.document.segments = Array.from({ length: count }, (_, index) => ({
          id: `paragraph-${index}`,
          kind: index === 0 ? "headline" : "paragraph",
          span: {
            start: index * paragraph.length - (index === count - 1 ? 3 : 0),
            end: (index + 1) * paragraph.length - 2,
            exact: "x",
          },
        }));
        return checkInput(document);
      },
      (input) => {
        expect(segmentsTile.run(input).map(({ path }) => path.join("."))).toEqual([
          `document.segments.${input.document.document.segments.length - 1}.span.start`,
          "document.title",
        ]);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });

  it("mentions-distinct with one entity mentioned many times, the last mention twice", () => {
    const ratio = growthRatio(
      (scale) => {
        const count = 1_500 * scale;
        const document = structuredClone(pristine);
        const mention = (index: number) => ({ span: { start: index, end: index + 1, exact: "x" } });
        const mentions = Array.from({ length: count }, (_, index) => mention(index));
        document.entities = [{ ...pristine.entities[0], mentions: [...mentions, mention(count - 1)] }];
        return checkInput(document);
      },
      (input) => {
        expect(mentionsDistinct.run(input)).toHaveLength(1);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });
  it("temporal-links-consistent with a long chain of BEFORE links between events, and one short cycle", () => {
    const ratio = growthRatio(
      (scale) => {
        const count = 500 * scale;
        const document = structuredClone(pristine);
        const link = pristine.temporalLinks[0];
        const event = (index: number) => `event-${index}`;
        const chain = Array.from({ length: count }, (_, index) => ({
          ...link,
          id: `link-${index}`,
          source: event(index),
          relation: "BEFORE",
          target: event(index + 1),
        }));
        const back = { ...link, id: "link-back", source: event(count), relation: "BEFORE", target: event(count - 1) };
        document.temporalLinks = [...chain, back];
        return checkInput(document);
      },
      (input) => {
        expect(temporalLinksConsistent.run(input)).toHaveLength(2);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });

  it("anchors-acyclic with one long chain of anchors, and one date anchored on itself", () => {
    const ratio = growthRatio(
      (scale) => {
        const count = 1_000 * scale;
        const document = structuredClone(pristine);
        const chain = Array.from({ length: count }, (_, index) => ({
          ...pristine.temporalExpressions[0],
          id: `time-${index}`,
          anchor: index === 0 ? document.document.publicationDate.id : `time-${index - 1}`,
        }));
        const itself = { ...pristine.temporalExpressions[0], id: "time-itself", anchor: "time-itself" };
        document.temporalExpressions = [...chain.reverse(), itself];
        return checkInput(document);
      },
      (input) => {
        expect(anchorsAcyclic.run(input)).toHaveLength(1);
      },
    );
    expect(ratio).toBeLessThan(NEAR_LINEAR_BOUND);
  });
});
