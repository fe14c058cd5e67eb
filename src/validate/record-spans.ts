import type { DeepReadonly } from "../corpus/deep-readonly.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { Span } from "../schema/span.js";
import type { DocumentPath } from "./finding.js";

/** A span found in a document, with the path to it. */
export interface LocatedSpan {
  readonly path: DocumentPath;
  readonly span: Span;
}

/**
 * Every span of every record in a document (not the segments or the publication date's evidence), in file order.
 *
 * @param document - A schema-valid annotated document.
 * @returns The spans with their paths, e.g. `["quotes", 0, "cue"]`.
 */
export function recordSpans(document: DeepReadonly<AnnotatedDocument>): LocatedSpan[] {
  const spans: LocatedSpan[] = [];
  document.entities.forEach((entity, index) => {
    entity.mentions.forEach((mention, m) => {
      spans.push({ path: ["entities", index, "mentions", m, "span"], span: mention.span });
    });
    entity.roles?.forEach((role, r) => {
      spans.push({ path: ["entities", index, "roles", r, "span"], span: role.span });
    });
  });
  document.quotes.forEach((quote, index) => {
    spans.push({ path: ["quotes", index, "cue"], span: quote.cue });
    spans.push({ path: ["quotes", index, "content"], span: quote.content });
  });
  document.claims.forEach((claim, index) => {
    spans.push({ path: ["claims", index, "evidence"], span: claim.evidence });
    claim.quantities.forEach((quantity, q) => {
      spans.push({ path: ["claims", index, "quantities", q, "span"], span: quantity.span });
      if (quantity.cue) spans.push({ path: ["claims", index, "quantities", q, "cue"], span: quantity.cue });
    });
  });
  document.temporalExpressions.forEach((expression, index) => {
    spans.push({ path: ["temporalExpressions", index, "span"], span: expression.span });
  });
  document.temporalLinks.forEach((link, index) => {
    spans.push({ path: ["temporalLinks", index, "evidence"], span: link.evidence });
  });
  document.uncertaintyMarkers.forEach((marker, index) => {
    spans.push({ path: ["uncertaintyMarkers", index, "cue"], span: marker.cue });
    spans.push({ path: ["uncertaintyMarkers", index, "scope"], span: marker.scope });
  });
  return spans;
}

/**
 * Every span in a document: the records' spans, the segments and the publication date's evidence.
 *
 * @param document - A schema-valid annotated document.
 * @returns The spans with their paths.
 */
export function allSpans(document: AnnotatedDocument): LocatedSpan[] {
  const documentSpans: LocatedSpan[] = [
    ...document.document.segments.map((segment, index) => ({
      path: ["document", "segments", index, "span"],
      span: segment.span,
    })),
    ...document.document.publicationDate.evidence.map((span, index) => ({
      path: ["document", "publicationDate", "evidence", index],
      span,
    })),
  ];
  return [...documentSpans, ...recordSpans(document)];
}
