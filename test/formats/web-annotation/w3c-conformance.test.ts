/**
 * The W3C Web Annotation test suite's own assertions (JSON Schemas, draft-04) run against the export: every MUST
 * assertion passes on every exported annotation. The harness is checked on the suite's sample annotations first,
 * so that a harness that passes everything (or nothing) cannot make the export look conformant.
 */
import { describe, expect, it } from "vitest";
import { toWebAnnotations } from "../../../src/formats/web-annotation/to-web-annotations.js";
import { shippedDocuments, withTextBefore } from "../../helpers/shipped-documents.js";
import { type Assertion, loadAssertions, passes, samples } from "../../helpers/w3c-conformance.js";

const MUSTS = loadAssertions("annotations/annotationMusts.test");
const OPTIONALS = loadAssertions("annotations/annotationOptionals.test");

/** The assertions an annotation fails, by file. */
function failures(assertions: readonly Assertion[], annotation: unknown): string[] {
  return assertions.filter((assertion) => !passes(assertion, annotation)).map((assertion) => assertion.file);
}

/**
 * Composite, List and Independents targets: sets the model's drafts had and the Recommendation dropped. The
 * suite's schemas recognise only `Choice`, so its three samples of them fail its own target assertion.
 */
function hasDroppedSetTarget(annotation: { target?: unknown }): boolean {
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  return targets.some((target) => ["Composite", "List", "Independents"].includes(target?.type));
}

describe("the W3C Web Annotation test suite's harness", () => {
  it("lists only MUST assertions in annotationMusts.test, all expecting valid annotations", () => {
    expect(MUSTS.length).toBeGreaterThan(50);
    for (const { file, assertionType, expectedResult } of MUSTS) {
      expect([file, assertionType, expectedResult]).toEqual([file, "must", "valid"]);
    }
  });

  it("passes every correct sample annotation on every MUST assertion", () => {
    const annotations = [...samples("correct")]
      .map(([file, text]) => [file, JSON.parse(text)] as const)
      // Collections and pages (collection1, example41-43) are not annotations.
      .filter(([, json]) => json.type === "Annotation" && !hasDroppedSetTarget(json));
    expect(annotations.length).toBeGreaterThan(35);
    for (const [file, annotation] of annotations) expect([file, failures(MUSTS, annotation)]).toEqual([file, []]);
  });

  it("fails every incorrect sample: not JSON, or failing at least one MUST assertion", () => {
    const incorrect = [...samples("incorrect")];
    expect(incorrect.length).toBeGreaterThan(30);
    let failedAssertions = 0;
    for (const [file, text] of incorrect) {
      let annotation: unknown;
      try {
        annotation = JSON.parse(text);
      } catch {
        continue;
      }
      const failed = failures(MUSTS, annotation);
      expect(failed.length, file).toBeGreaterThan(0);
      failedAssertions++;
    }
    expect(failedAssertions).toBeGreaterThan(20);
  });

  it("fails the bodies the export used to write: { id, purpose } is an External Web Resource with a purpose", () => {
    const annotation = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:newsfacts:example#annotation-x",
      type: "Annotation",
      body: [{ id: "urn:newsfacts:entity:x", purpose: "identifying" }],
      target: "urn:newsfacts:example",
    };
    expect(failures(MUSTS, annotation)).toEqual(["annotations/bodiesTargets/3.3.5-bodyEWRNoPurpose.json"]);
  });
});

describe("the W3C Web Annotation export, against the suite", () => {
  const documents = shippedDocuments();
  // As a consumer reads the file: plain JSON, with characters outside the BMP before every span.
  const annotations = JSON.parse(
    JSON.stringify(toWebAnnotations([...documents, ...documents.map((document) => withTextBefore(document, "𝕏 😀 "))])),
  );

  it("passes every MUST assertion of annotationMusts.test on every annotation", () => {
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect([annotation.id, failures(MUSTS, annotation)]).toEqual([annotation.id, []]);
    }
  });

  it("implements the OPTIONAL features that the data supports: a SpecificResource body, the target's format, language and type", () => {
    const implemented = OPTIONALS.filter((assertion) =>
      annotations.every((annotation: unknown) => passes(assertion, annotation)),
    ).map((assertion) => assertion.file);
    expect(implemented).toEqual(
      expect.arrayContaining([
        "annotations/bodiesTargets/4-bodySpecificResource.json",
        "annotations/bodiesTargets/4-targSpecificResource.json",
        "annotations/bodiesTargets/3.2.1-targFormat.json",
        "annotations/bodiesTargets/3.2.1-targLanguage.json",
        "annotations/bodiesTargets/3.2.2-targType.json",
        "annotations/specificResource/4.2.4-textQuoteSelector.json",
        "annotations/specificResource/4.2.5-textPositionSelector.json",
      ]),
    );
    console.info(`W3C Web Annotation OPTIONAL assertions passed: ${implemented.length} of ${OPTIONALS.length}`);
  });
});
