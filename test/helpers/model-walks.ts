import { SCHEMA_MODEL } from "../../src/model/schema-model.js";
import { eachId, eachRecordSpan, eachSpan, idPath } from "../../src/model/walkers.js";
import type { DocumentPath } from "../../src/shared/document-path.js";

/** A span with the path to it in its document. */
export interface LocatedSpan<Span> {
  readonly path: DocumentPath;
  readonly span: Span;
}

/** Every record id a document defines, with the name of its collection (`publicationDate` for the date). */
export function definedIds(document: object): { id: string; collection: string; path: DocumentPath }[] {
  const ids: { id: string; collection: string; path: DocumentPath }[] = [];
  eachId(SCHEMA_MODEL, document, (id, kind, index) => {
    ids.push({ id, collection: kind.at[kind.at.length - 1] as string, path: idPath(kind, index) });
  });
  return ids;
}

/** Every span of a document (segments, the publication date's evidence, then the records'), with its path. */
export function allSpans<Document extends object>(document: Document): LocatedSpan<SpanOf<Document>>[] {
  const spans: LocatedSpan<SpanOf<Document>>[] = [];
  eachSpan(SCHEMA_MODEL, document, (span, path) => {
    spans.push({ path: [...path], span: span as SpanOf<Document> });
  });
  return spans;
}

/** Every span of every record of a document's collections, with its path. */
export function recordSpans<Document extends object>(document: Document): LocatedSpan<SpanOf<Document>>[] {
  const spans: LocatedSpan<SpanOf<Document>>[] = [];
  eachRecordSpan(SCHEMA_MODEL, document, (span, _kind, _index, path) => {
    spans.push({ path: [...path], span: span as SpanOf<Document> });
  });
  return spans;
}

/** The span type of a document type (read-only for a corpus document). */
type SpanOf<Document> = Document extends {
  readonly text: string;
  readonly quotes: readonly { readonly cue: infer Span }[];
}
  ? Span
  : never;
