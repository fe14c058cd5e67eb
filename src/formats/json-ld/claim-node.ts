import { AUTHOR } from "../../schema/author.js";
import type { Claim } from "../../schema/claim.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { documentIri, entityIri, recordIri } from "../iris.js";
import { type JsonLdNode, reference } from "./json-ld-node.js";
import type { ClaimNode } from "./schema-org-nodes.js";

/**
 * A claim as a schema.org `Claim`: `text` is the normalized statement, `appearance` the article (and the
 * `Quotation` it is made in, if any), `author` the claimant (the article's author node for the article's own
 * voice), `about` its entities. FactBank factuality from the claimant's and the author's view, and the status
 * where the text gives one, are newsfacts terms (`factualityClaimant`, `factualityAuthor`, `claimStatus`).
 *
 * @param documentId - The id of the document the claim is in.
 * @param claim - A claim record.
 * @returns The `Claim` node.
 *
 * @example
 * claimNode("putin-lukashenko-union-state-talks", corpus.claim("claim-moscow-200000-troops")).factualityAuthor
 * //=> "Uu"
 */
export function claimNode(documentId: string, claim: DeepReadonly<Claim>): JsonLdNode {
  return {
    "@id": recordIri(documentId, claim.id),
    "@type": "Claim",
    identifier: claim.id,
    text: claim.statement,
    appearance: [
      reference(documentIri(documentId)),
      ...(claim.quote === undefined ? [] : [reference(recordIri(documentId, claim.quote))]),
    ],
    author: reference(claim.claimant === AUTHOR ? recordIri(documentId, AUTHOR) : entityIri(claim.claimant)),
    about: claim.about.map((id) => reference(entityIri(id))),
    factualityClaimant: claim.factuality.claimant,
    factualityAuthor: claim.factuality.author,
    ...(claim.status === undefined ? {} : { claimStatus: claim.status }),
  } satisfies ClaimNode;
}
