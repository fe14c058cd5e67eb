import { SCHEMA_MODEL } from "../model/schema-model.js";
import { eachSpan } from "../model/walkers.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { Span } from "../schema/span.js";
import type { DocumentPath } from "../shared/document-path.js";

/** Every span of a document, in schema order (as `eachSpan` visits them). */
export interface DocumentSpans {
  readonly spans: readonly Span[];
  /** Whether each span belongs to a record of a collection: false for the segments and the publication date's. */
  readonly inRecord: readonly boolean[];
  /** The path of the span at an index (the paths are worked out in one more walk, when first asked for). */
  pathOf(index: number): DocumentPath;
}

/** The spans of the document asked for last, held weakly: the list lives no longer than its document. */
let lastAsked = new WeakMap<AnnotatedDocument, DocumentSpans>();

/** Walks a document's spans once and lists them; the paths are made only when a check reports a problem. */
function listSpans(document: AnnotatedDocument): DocumentSpans {
  const spans: Span[] = [];
  const inRecord: boolean[] = [];
  eachSpan(SCHEMA_MODEL, document, (span, path) => {
    spans.push(span);
    inRecord.push(path[0] !== "document");
  });
  let paths: DocumentPath[] | undefined;
  const pathOf = (index: number): DocumentPath => {
    if (paths === undefined) {
      const found: DocumentPath[] = [];
      eachSpan(SCHEMA_MODEL, document, (_span, path) => {
        found.push([...path]);
      });
      paths = found;
    }
    return paths[index] ?? [];
  };
  return { spans, inRecord, pathOf };
}

/**
 * Every span of a document: one walk shared by the checks that read every span (`spans-match`,
 * `spans-whole-characters`, `not-in-furniture`), where each walked the whole document on its own. The check layer
 * runs every check over one document before the next, so only the last document's list is kept.
 *
 * @param document - A schema-valid annotated document.
 * @returns Its spans.
 */
export function documentSpans(document: AnnotatedDocument): DocumentSpans {
  let listed = lastAsked.get(document);
  if (listed === undefined) {
    listed = listSpans(document);
    lastAsked = new WeakMap([[document, listed]]);
  }
  return listed;
}
