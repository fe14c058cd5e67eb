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

/** A stretch of a document: the document's IRI and two selectors that each select the same text. */
export interface TextTarget {
  readonly type: "SpecificResource";
  readonly source: string;
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** A body given as text: the record's kind (`classifying`) or the record itself as JSON (`describing`). */
export interface TextualBody {
  readonly type: "TextualBody";
  readonly purpose: "classifying" | "describing";
  readonly value: string;
  readonly format?: "application/json";
}

/** A body given by IRI: the record's (or entity's) IRI, and an entity's Wikidata item (`identifying`). */
export interface IdentifyingBody {
  readonly id: string;
  readonly purpose: "identifying";
}

/** One record as a W3C Web Annotation: what the record says (`body`) about which stretches of text (`target`). */
export interface WebAnnotation {
  readonly "@context": typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: "Annotation";
  readonly motivation: "identifying" | "describing";
  readonly body: readonly (TextualBody | IdentifyingBody)[];
  readonly target: readonly TextTarget[];
}
