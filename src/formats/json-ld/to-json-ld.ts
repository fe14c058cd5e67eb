import type { ExportInput } from "../export-input.js";
import { articleNode, authorNode } from "./article-node.js";
import { claimNode } from "./claim-node.js";
import { JSON_LD_CONTEXT, type JsonLdContext } from "./context.js";
import { entityNode } from "./entity-node.js";
import type { JsonLdNode } from "./json-ld-node.js";
import { quotationNode } from "./quotation-node.js";

/** The JSON-LD export: an embedded context and one graph of every document's nodes. */
export interface JsonLdDocument {
  readonly "@context": JsonLdContext;
  readonly "@graph": readonly JsonLdNode[];
}

/**
 * Exports documents as schema.org JSON-LD: per document a `NewsArticle` and its author node, a `Quotation` per
 * quote and a `Claim` per claim; an entity node per entity id, once for the whole corpus (from the first document
 * that defines it). The context is embedded, so processing the output never loads anything remotely. Temporal
 * expressions, temporal links, uncertainty markers and claim relations have no schema.org counterpart and are
 * left to the other formats.
 *
 * @param documents - Annotated documents, e.g. `corpus.documents`.
 * @returns The JSON-LD document, plain JSON.
 *
 * @example
 * toJsonLd(corpus.documents)["@graph"].find((node) => node["@type"] === "NewsArticle")?.headline
 * //=> "Putin and Lukashenko discuss integrating Russia and Belarus"
 */
export function toJsonLd(documents: ExportInput): JsonLdDocument {
  const entities = new Map<string, JsonLdNode>();
  const graph: JsonLdNode[] = [];
  for (const document of documents) {
    const id = document.document.id;
    graph.push(articleNode(document), authorNode(id));
    for (const entity of document.entities) if (!entities.has(entity.id)) entities.set(entity.id, entityNode(entity));
    graph.push(...document.quotes.map((quote) => quotationNode(id, quote)));
    graph.push(...document.claims.map((claim) => claimNode(id, claim)));
  }
  return { "@context": JSON_LD_CONTEXT, "@graph": [...graph, ...entities.values()] };
}
