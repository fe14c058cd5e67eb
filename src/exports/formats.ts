/**
 * `newsfacts/formats`: standard export formats for annotated documents (e.g. `corpus.documents`): schema.org
 * JSON-LD, W3C Web Annotations, and NDJSON tables for DuckDB, BigQuery and Spark. Every function returns plain
 * objects or strings; nothing is written or fetched. The JSON Schemas ship as files: `newsfacts/json-schema/*`.
 *
 * @packageDocumentation
 */

export { codePointOffsets } from "../formats/code-points.js";
export type { ExportInput } from "../formats/export-input.js";
export { annotationIri, documentIri, entityIri, recordIri, wikidataIri } from "../formats/iris.js";
export { JSON_LD_CONTEXT, type JsonLdContext } from "../formats/json-ld/context.js";
export { SCHEMA_ORG_TYPES, type SchemaOrgEntityType } from "../formats/json-ld/entity-types.js";
export type { JsonLdNode, NodeReference } from "../formats/json-ld/json-ld-node.js";
export { NEWSFACTS_TERMS, type NewsfactsTerm, vocabularyIri } from "../formats/json-ld/newsfacts-terms.js";
export { type JsonLdDocument, toJsonLd } from "../formats/json-ld/to-json-ld.js";
export { NDJSON_FILES } from "../formats/ndjson/ndjson-tables.js";
export type { NdjsonRow, NdjsonValue } from "../formats/ndjson/span-columns.js";
export { toNdjson } from "../formats/ndjson/to-ndjson.js";
export { toWebAnnotations } from "../formats/web-annotation/to-web-annotations.js";
export {
  GENERATOR,
  type Generator,
  type IdentifyingBody,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextSource,
  type TextTarget,
  type TextualBody,
  WEB_ANNOTATION_CONTEXT,
  type WebAnnotation,
} from "../formats/web-annotation/web-annotation.js";
export type { AnnotatedDocument } from "../schema/annotated-document.js";
export type { DeepReadonly } from "../shared/deep-readonly.js";
