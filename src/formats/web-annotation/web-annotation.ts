/** The JSON-LD context of the W3C Web Annotation model, named (never loaded) by every annotation. */
export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** W3C `TextQuoteSelector`: the exact text, with the text just before and after it. */
export interface TextQuoteSelector {
  readonly type: "TextQuoteSelector";
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C `TextPositionSelector`: start and end (exclusive) in Unicode code points of the source text. */
export interface TextPositionSelector {
  readonly type: "TextPositionSelector";
  readonly start: number;
  readonly end: number;
}

/** The text a target selects from: the document's plain text, by its IRI, in the document's language (BCP 47). */
export interface TextSource {
  readonly id: string;
  readonly type: "Text";
  readonly format: "text/plain";
  readonly language: string;
}

/** A stretch of a document: the document's text and two selectors that each select the same stretch of it. */
export interface TextTarget {
  readonly type: "SpecificResource";
  readonly source: TextSource;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** A body given as text: the record's kind (`classifying`) or the record itself as JSON (`describing`). */
export interface TextualBody {
  readonly type: "TextualBody";
  readonly purpose: "classifying" | "describing";
  readonly value: string;
  readonly format?: "application/json";
}

/**
 * A body given by IRI: the record's (or entity's) IRI, and an entity's Wikidata item. The model lets only a
 * `SpecificResource` (or a `TextualBody`) carry a `purpose`, so the IRI is the `source` of one whose purpose is
 * `identifying`; a bare `{ id, purpose }` is an External Web Resource, which may not.
 */
export interface IdentifyingBody {
  readonly type: "SpecificResource";
  readonly source: string;
  readonly purpose: "identifying";
}

/** The software that wrote the annotation (the model's `generator`): this package. */
export interface Generator {
  readonly id: string;
  readonly type: "Software";
  readonly name: string;
}

/**
 * The `generator` of every exported annotation. There is no `creator` or `created`: the data does not record who
 * annotated a record or when, and the export invents neither.
 */
export const GENERATOR: Generator = {
  id: "https://www.npmjs.com/package/newsfacts",
  type: "Software",
  name: "newsfacts",
};

/** One record as a W3C Web Annotation: what the record says (`body`) about which stretches of text (`target`). */
export interface WebAnnotation {
  readonly "@context": typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: "Annotation";
  readonly motivation: "identifying" | "describing";
  readonly generator: Generator;
  readonly body: readonly (TextualBody | IdentifyingBody)[];
  readonly target: readonly TextTarget[];
}
