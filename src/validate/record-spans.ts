import type { DeepReadonly } from "../corpus/deep-readonly.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { Span } from "../schema/span.js";
import type { DocumentPath } from "./finding.js";

/** A span found in a document, with the path to it. */
export interface LocatedSpan {
  readonly path: DocumentPath;
  readonly span: Span;
}

/** A part of a path into a document. */
type PathPart = string | number;

/**
 * Called for each span of a document with the parts of its path (three to five), so that a check over every span
 * makes no path for the spans that pass; {@link pathOf} joins the parts.
 */
export type VisitSpan = (
  span: DeepReadonly<Span>,
  p0: PathPart,
  p1: PathPart,
  p2: PathPart,
  p3?: PathPart,
  p4?: PathPart,
) => void;

/**
 * The path a {@link VisitSpan} was given, as an array.
 *
 * @returns The path, e.g. `["quotes", 0, "cue"]`.
 */
export function pathOf(p0: PathPart, p1: PathPart, p2: PathPart, p3?: PathPart, p4?: PathPart): DocumentPath {
  if (p3 === undefined) return [p0, p1, p2];
  return p4 === undefined ? [p0, p1, p2, p3] : [p0, p1, p2, p3, p4];
}

/**
 * Calls `visit` for every span of every record in a document (not the segments or the publication date's evidence),
 * in file order.
 *
 * @param document - A schema-valid annotated document.
 * @param visit - Called with each span and the parts of its path.
 */
export function eachRecordSpan(document: DeepReadonly<AnnotatedDocument>, visit: VisitSpan): void {
  document.entities.forEach((entity, index) => {
    entity.mentions.forEach((mention, m) => {
      visit(mention.span, "entities", index, "mentions", m, "span");
    });
    entity.roles?.forEach((role, r) => {
      visit(role.span, "entities", index, "roles", r, "span");
    });
  });
  document.quotes.forEach((quote, index) => {
    visit(quote.cue, "quotes", index, "cue");
    visit(quote.content, "quotes", index, "content");
  });
  document.claims.forEach((claim, index) => {
    visit(claim.evidence, "claims", index, "evidence");
    claim.quantities.forEach((quantity, q) => {
      visit(quantity.span, "claims", index, "quantities", q, "span");
      if (quantity.cue) visit(quantity.cue, "claims", index, "quantities", q, "cue");
    });
  });
  document.temporalExpressions.forEach((expression, index) => {
    visit(expression.span, "temporalExpressions", index, "span");
  });
  document.temporalLinks.forEach((link, index) => {
    visit(link.evidence, "temporalLinks", index, "evidence");
  });
  document.uncertaintyMarkers.forEach((marker, index) => {
    visit(marker.cue, "uncertaintyMarkers", index, "cue");
    visit(marker.scope, "uncertaintyMarkers", index, "scope");
  });
}

/**
 * Calls `visit` for every span in a document: the segments, the publication date's evidence, then the records'.
 *
 * @param document - A schema-valid annotated document.
 * @param visit - Called with each span and the parts of its path.
 */
export function eachSpan(document: AnnotatedDocument, visit: VisitSpan): void {
  document.document.segments.forEach((segment, index) => {
    visit(segment.span, "document", "segments", index, "span");
  });
  document.document.publicationDate.evidence.forEach((span, index) => {
    visit(span, "document", "publicationDate", "evidence", index);
  });
  eachRecordSpan(document, visit);
}

/**
 * Every span of every record in a document (not the segments or the publication date's evidence), in file order.
 *
 * @param document - A schema-valid annotated document.
 * @returns The spans with their paths, e.g. `["quotes", 0, "cue"]`.
 */
export function recordSpans(document: DeepReadonly<AnnotatedDocument>): LocatedSpan[] {
  const spans: LocatedSpan[] = [];
  eachRecordSpan(document, (span, ...parts) => {
    spans.push({ path: pathOf(...parts), span });
  });
  return spans;
}

/**
 * Every span in a document: the segments, the publication date's evidence, then the records' spans.
 *
 * @param document - A schema-valid annotated document.
 * @returns The spans with their paths.
 */
export function allSpans(document: AnnotatedDocument): LocatedSpan[] {
  const spans: LocatedSpan[] = [];
  eachSpan(document, (span, ...parts) => {
    spans.push({ path: pathOf(...parts), span });
  });
  return spans;
}
