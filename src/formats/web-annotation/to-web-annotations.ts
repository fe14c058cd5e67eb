import { DATA_MODEL } from "../../generated/data-model.js";
import type { DataModel, RecordKindModel } from "../../model/data-model.js";
import { eachRecordSpan, recordsOf } from "../../model/walkers.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Entity } from "../../schema/entity.js";
import type { Span } from "../../schema/span.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { codePointOffsets } from "../code-points.js";
import type { ExportInput } from "../export-input.js";
import { annotationIri, documentIri, entityIri, recordIri, wikidataIri } from "../iris.js";
import { textSelectors } from "./text-selectors.js";
import {
  GENERATOR,
  type IdentifyingBody,
  type TextSource,
  WEB_ANNOTATION_CONTEXT,
  type WebAnnotation,
} from "./web-annotation.js";

/** Every span of every record of a document, grouped by record: `"quote/0"` → its cue and content. */
function spansByRecord(model: DataModel, document: DeepReadonly<AnnotatedDocument>): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  eachRecordSpan(model, document, (span, kind, index) => {
    const key = `${kind.kind}/${index}`;
    const list = spans.get(key);
    if (list === undefined) spans.set(key, [span]);
    else list.push(span);
  });
  return spans;
}

/** The identifying bodies of a record: its IRI, and for an entity its Wikidata item where known. */
function identifyingBodies(
  documentId: string,
  kind: RecordKindModel,
  record: { readonly id: string },
): IdentifyingBody[] {
  if (kind.kind !== "entity") return [identifyingBody(recordIri(documentId, record.id))];
  const wikidata = (record as DeepReadonly<Entity>).externalIds?.wikidata;
  return [
    identifyingBody(entityIri(record.id)),
    ...(wikidata === undefined ? [] : [identifyingBody(wikidataIri(wikidata))]),
  ];
}

/** A body that identifies what the annotation is about by IRI. */
function identifyingBody(iri: string): IdentifyingBody {
  return { type: "SpecificResource", source: iri, purpose: "identifying" };
}

/**
 * Exports every record as a W3C Web Annotation. The `target`s are the record's spans in the document's text
 * (source `urn:newsfacts:<document-id>`, plain text in the document's language), each with a `TextQuoteSelector` and a `TextPositionSelector` whose offsets are
 * converted from UTF-16 code units to Unicode code points, as the W3C model counts. The `body` classifies the record
 * (`entity`, `quote`, `claim`, `temporal-expression`, `temporal-link`, `uncertainty-marker`), identifies it by IRI
 * (and an entity by its Wikidata item) through `SpecificResource` bodies whose `purpose` is `identifying`, and
 * carries the record itself as JSON. Entities are `identifying` annotations of their mentions; the other records
 * `describing` ones. The `generator` is this package. The context is named, never loaded. Every annotation passes
 * every MUST assertion of the W3C Web Annotation test suite.
 *
 * @param documents - Annotated documents, e.g. `corpus.documents`.
 * @returns One annotation per record, document by document, in collection and file order.
 *
 * @example
 * toWebAnnotations(corpus.documents)[0]?.target[0]?.selector[0].exact
 * //=> "Putin"
 */
export function toWebAnnotations(documents: ExportInput): WebAnnotation[] {
  return webAnnotations(documents, DATA_MODEL);
}

/**
 * The annotations of {@link toWebAnnotations}, for the record kinds, spans and classes of a given data model: one
 * annotation per record of every collection of the model.
 *
 * @param documents - Annotated documents.
 * @param model - The data model (the one derived from the schemas, for `toWebAnnotations`).
 * @returns The annotations.
 */
export function webAnnotations(documents: ExportInput, model: DataModel): WebAnnotation[] {
  const collections = model.kinds.filter((kind) => kind.collection);
  return documents.flatMap((document) => {
    const documentId = document.document.id;
    const source: TextSource = {
      id: documentIri(documentId),
      type: "Text",
      format: "text/plain",
      language: document.document.language,
    };
    const codePoints = [...document.text];
    const toCodePoint = codePointOffsets(document.text);
    const spans = spansByRecord(model, document);
    return collections.flatMap((kind) =>
      (recordsOf(kind, document) as readonly { readonly id: string }[]).map(
        (record, index): WebAnnotation => ({
          "@context": WEB_ANNOTATION_CONTEXT,
          id: annotationIri(documentId, record.id),
          type: "Annotation",
          motivation: kind.kind === "entity" ? "identifying" : "describing",
          generator: GENERATOR,
          body: [
            { type: "TextualBody", purpose: "classifying", value: kind.words.replaceAll(" ", "-") },
            ...identifyingBodies(documentId, kind, record),
            { type: "TextualBody", purpose: "describing", format: "application/json", value: JSON.stringify(record) },
          ],
          target: (spans.get(`${kind.kind}/${index}`) ?? []).map((span) => ({
            type: "SpecificResource",
            source,
            selector: textSelectors(codePoints, toCodePoint, span),
          })),
        }),
      ),
    );
  });
}
