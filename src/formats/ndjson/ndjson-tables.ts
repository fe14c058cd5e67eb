import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Span } from "../../schema/span.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import { codePointOffsets } from "../code-points.js";
import { type NdjsonRow, spanColumns } from "./span-columns.js";

/** A document with its code point converter: what every table's rows are built from. */
interface TableInput {
  readonly document: DeepReadonly<AnnotatedDocument>;
  /** The columns of a span of this document (see {@link spanColumns}). */
  readonly span: (span: DeepReadonly<Span> | undefined, prefix?: string) => NdjsonRow;
}

/** `value ?? null`: an absent optional field is a `null` column, so every row of a file has the same keys. */
function orNull<Value>(value: Value | undefined): Value | null {
  return value === undefined ? null : value;
}

/**
 * The NDJSON tables: file name → the rows of one document. Each row starts with `document_id`; records keep their
 * id as `id`; rows of nested lists (mentions, roles, quantities, relations, segments) carry their parent's id
 * (`entity_id`, `claim_id`) and their position in the list (`ordinal`, from 0). The main span of a row is `start`,
 * `end`, `exact`; other spans are prefixed (`cue_`, `scope_`). Lists of ids stay arrays of strings.
 */
const TABLES: Readonly<Record<string, (input: TableInput) => NdjsonRow[]>> = {
  "documents.ndjson": ({ document: { document, text } }) => [
    {
      id: document.id,
      title: document.title,
      language: document.language,
      source: document.source,
      sha256: document.sha256,
      publication_date_id: document.publicationDate.id,
      publication_date: document.publicationDate.value,
      publication_date_resolution: document.publicationDate.resolution,
      publication_date_certainty: document.publicationDate.certainty,
      publication_date_reasoning: orNull(document.publicationDate.reasoning),
      text,
    },
  ],
  "segments.ndjson": ({ document, span }) =>
    document.document.segments.map((segment, ordinal) => ({
      id: segment.id,
      ordinal,
      kind: segment.kind,
      ...span(segment.span),
    })),
  "entities.ndjson": ({ document }) =>
    document.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      description: entity.description,
      members: entity.members ?? [],
      part_of: (entity.partOf ?? []).map((link) => link.of),
      wikidata: orNull(entity.externalIds?.wikidata),
    })),
  "mentions.ndjson": ({ document, span }) =>
    document.entities.flatMap((entity) =>
      entity.mentions.map((mention, ordinal) => ({
        entity_id: entity.id,
        ordinal,
        ...span(mention.span),
        pronoun: mention.pronoun ?? false,
        adjectival: mention.adjectival ?? false,
        implicit: mention.implicit ?? false,
        metonymy_type: orNull(mention.metonymy?.type),
        metonymy_literal: orNull(mention.metonymy?.literal),
      })),
    ),
  "roles.ndjson": ({ document, span }) =>
    document.entities.flatMap((entity) =>
      (entity.roles ?? []).map((role, ordinal) => ({
        entity_id: entity.id,
        ordinal,
        role: role.role,
        of: orNull(role.of),
        ...span(role.span),
      })),
    ),
  "quotes.ndjson": ({ document, span }) =>
    document.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      speaker: quote.speaker,
      ...span(quote.content),
      ...span(quote.cue, "cue_"),
      about: quote.about,
      said_at: orNull(quote.saidAt),
      reported_in: orNull(quote.reportedIn),
      ellipsis: quote.ellipsis,
      partial: quote.partial,
    })),
  "claims.ndjson": ({ document, span }) =>
    document.claims.map((claim) => ({
      id: claim.id,
      statement: claim.statement,
      claimant: claim.claimant,
      ...span(claim.evidence),
      about: claim.about,
      factuality_claimant: claim.factuality.claimant,
      factuality_author: claim.factuality.author,
      status: orNull(claim.status),
      quote: orNull(claim.quote),
    })),
  "quantities.ndjson": ({ document, span }) =>
    document.claims.flatMap((claim) =>
      claim.quantities.map((quantity, ordinal) => ({
        claim_id: claim.id,
        ordinal,
        unit: quantity.unit,
        approximation: quantity.approximation,
        value: orNull(quantity.value),
        min: orNull(quantity.min),
        max: orNull(quantity.max),
        ...span(quantity.span),
        ...span(quantity.cue, "cue_"),
      })),
    ),
  "claim-relations.ndjson": ({ document }) =>
    document.claims.flatMap((claim) =>
      claim.relations.map((relation, ordinal) => ({
        claim_id: claim.id,
        ordinal,
        type: relation.type,
        target: relation.target,
        reason: orNull(relation.reason),
      })),
    ),
  "temporal-expressions.ndjson": ({ document, span }) =>
    document.temporalExpressions.map((expression) => ({
      id: expression.id,
      type: expression.type,
      value: expression.value,
      timex: orNull(expression.timex),
      mod: orNull(expression.mod),
      resolution: expression.resolution,
      anchor: orNull(expression.anchor),
      rule_op: orNull(expression.rule?.op),
      rule_weekday: expression.rule?.op === "weekday" ? expression.rule.weekday : null,
      rule_relation: expression.rule?.op === "weekday" ? expression.rule.relation : null,
      rule_shift: expression.rule?.op === "year" ? expression.rule.shift : null,
      certainty: expression.certainty,
      reasoning: orNull(expression.reasoning),
      dates: expression.dates,
      ...span(expression.span),
    })),
  "temporal-links.ndjson": ({ document, span }) =>
    document.temporalLinks.map((link) => ({
      id: link.id,
      source: link.source,
      relation: link.relation,
      target: link.target,
      ...span(link.evidence),
    })),
  "uncertainty-markers.ndjson": ({ document, span }) =>
    document.uncertaintyMarkers.map((marker) => ({
      id: marker.id,
      category: marker.category,
      ...span(marker.cue),
      ...span(marker.scope, "scope_"),
      affects: marker.affects,
      effect: marker.effect.type,
      effect_from: marker.effect.type === "weakens" ? marker.effect.from : null,
      effect_to: marker.effect.type === "weakens" ? marker.effect.to : null,
      effect_view: marker.effect.type === "weakens" ? orNull(marker.effect.view) : null,
    })),
};

/** The file names of the NDJSON export, one per table. */
export const NDJSON_FILES: readonly string[] = Object.keys(TABLES);

/**
 * The rows of every NDJSON table for one document, each starting with `document_id`.
 *
 * @param document - An annotated document.
 * @returns File name → rows, for every file of {@link NDJSON_FILES} (empty when the document has no such records).
 *
 * @example
 * ndjsonRows(corpus.documents[0])["documents.ndjson"]?.[0]?.publication_date
 * //=> "2021-09-09"
 */
export function ndjsonRows(document: DeepReadonly<AnnotatedDocument>): Record<string, NdjsonRow[]> {
  const toCodePoint = codePointOffsets(document.text);
  const input: TableInput = { document, span: (span, prefix) => spanColumns(toCodePoint, span, prefix) };
  const documentId = { document_id: document.document.id };
  return Object.fromEntries(
    Object.entries(TABLES).map(([file, rows]) => [file, rows(input).map((row) => ({ ...documentId, ...row }))]),
  );
}
