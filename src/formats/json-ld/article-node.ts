import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { AUTHOR } from "../../schema/author.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { documentIri, entityIri, recordIri } from "../iris.js";
import type { JsonLdNode } from "./json-ld-node.js";
import { reference } from "./json-ld-node.js";
import type { ArticleNode, AuthorNode } from "./schema-org-nodes.js";

/**
 * A document as a schema.org `NewsArticle`: its headline, exact text, language and publication date. The date's
 * resolution (`stated` or `inferred`), certainty and reasoning are newsfacts terms (`datePublishedResolution`,
 * `datePublishedCertainty`, `datePublishedReasoning`), so that an inferred date is never mistaken for a stated one. `mentions` lists every entity; `author` is the article's own
 * voice, the claimant of the `author` claims.
 *
 * @param annotated - An annotated document.
 * @returns The `NewsArticle` node.
 *
 * @example
 * articleNode(corpus.documents[0]).datePublished
 * //=> "2021-09-09"
 *
 * @example
 * articleNode(corpus.documents[0]).datePublishedResolution
 * //=> "inferred"
 */
export function articleNode(annotated: DeepReadonly<AnnotatedDocument>): JsonLdNode {
  const { document } = annotated;
  const date = document.publicationDate;
  return {
    "@id": documentIri(document.id),
    "@type": "NewsArticle",
    identifier: document.id,
    headline: document.title,
    text: annotated.text,
    inLanguage: document.language,
    datePublished: date.value,
    datePublishedResolution: date.resolution,
    datePublishedCertainty: date.certainty,
    ...(date.reasoning === undefined ? {} : { datePublishedReasoning: date.reasoning }),
    author: reference(recordIri(document.id, AUTHOR)),
    mentions: annotated.entities.map((entity) => reference(entityIri(entity.id))),
  } satisfies ArticleNode;
}

/**
 * The node of an article's own voice: the `author` of the article and of the claims it makes itself.
 *
 * @param documentId - The document's id.
 * @returns A node named for the role; the text does not say who the author is.
 *
 * @example
 * authorNode("putin-lukashenko-union-state-talks")["@id"]
 * //=> "urn:newsfacts:putin-lukashenko-union-state-talks#author"
 */
export function authorNode(documentId: string): JsonLdNode {
  return { "@id": recordIri(documentId, AUTHOR), name: "The article's author (unnamed)" } satisfies AuthorNode;
}
