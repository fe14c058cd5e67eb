import type { Quote } from "../../schema/quote.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { documentIri, entityIri, recordIri } from "../iris.js";
import { type JsonLdNode, reference } from "./json-ld-node.js";
import type { QuotationNode } from "./schema-org-nodes.js";

/**
 * A quote as a schema.org `Quotation`: `text` is the quoted (or, for indirect speech, reported) words, the speaker
 * is both `spokenByCharacter` and `creator`, `isPartOf` is the article, and the kind of speech (direct, indirect,
 * mixed) is the newsfacts term `quoteKind`.
 *
 * @param documentId - The id of the document the quote is in.
 * @param quote - A quote record.
 * @returns The `Quotation` node.
 *
 * @example
 * quotationNode("putin-lukashenko-union-state-talks", corpus.quote("quote-peskov-no-documents-signed")).text
 * //=> "no documents were expected to be signed"
 */
export function quotationNode(documentId: string, quote: DeepReadonly<Quote>): JsonLdNode {
  const speaker = reference(entityIri(quote.speaker));
  return {
    "@id": recordIri(documentId, quote.id),
    "@type": "Quotation",
    identifier: quote.id,
    text: quote.content.exact,
    spokenByCharacter: speaker,
    creator: speaker,
    isPartOf: reference(documentIri(documentId)),
    about: quote.about.map((id) => reference(entityIri(id))),
    quoteKind: quote.kind,
  } satisfies QuotationNode;
}
