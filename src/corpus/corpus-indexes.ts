import type { DateBounds } from "../dates/date-bounds.js";
import type { AnnotatedDocument } from "../generated/record-types.js";
import { deepFreeze } from "../shared/deep-readonly.js";
import type { StringIds } from "./id-types.js";
import { type ClaimIndex, claimIndex } from "./indexes/claim-index.js";
import { type EntityIndex, entityIndex } from "./indexes/entity-index.js";
import { type EntityNameIndex, entityNameIndex } from "./indexes/entity-names.js";
import { type LinkIndex, linkIndex } from "./indexes/link-index.js";
import { type MarkerIndex, markerIndex } from "./indexes/marker-index.js";
import { type MentionIndex, mentionIndex } from "./indexes/mention-index.js";
import { type PartIndex, partIndex } from "./indexes/part-index.js";
import { type QuoteIndex, quoteIndex } from "./indexes/quote-index.js";
import { RecordIndex } from "./indexes/record-index.js";
import { type RecordPlace, recordPlaces } from "./indexes/record-places.js";
import type { CorpusDocument } from "./indexes/record-table.js";
import { type TemporalIndex, temporalIndex } from "./indexes/temporal-index.js";
import { type ClaimConflict, findConflicts } from "./queries/conflicts.js";
import { buildTimeline, type TimelineEntry } from "./queries/timeline.js";
import type { ClaimRecord } from "./typed-records.js";

/** What a corpus holds: valid annotated documents and the bounds of their DATE and TIME expressions, by id. */
export interface CorpusContents {
  readonly documents: readonly AnnotatedDocument[];
  readonly dateBounds: ReadonlyMap<string, DateBounds>;
}

/**
 * The contents and indexes of a corpus, each made on first use and kept: the contents are read and frozen by the
 * first query (so that importing the package reads no data), and a query builds only the indexes it reads.
 */
export class CorpusIndexes {
  #read: (() => CorpusContents) | undefined;
  #documents: readonly CorpusDocument[] | undefined;
  #dateBounds: ReadonlyMap<string, DateBounds> | undefined;
  #entities: EntityIndex | undefined;
  #entityNames: EntityNameIndex | undefined;
  #mentions: MentionIndex | undefined;
  #parts: PartIndex | undefined;
  #records: RecordIndex | undefined;
  #places: WeakMap<object, RecordPlace> | undefined;
  #documentsById: ReadonlyMap<string, CorpusDocument> | undefined;
  #quotes: QuoteIndex | undefined;
  #claims: ClaimIndex | undefined;
  #temporal: TemporalIndex | undefined;
  #links: LinkIndex | undefined;
  #markers: MarkerIndex | undefined;
  #timeline: readonly TimelineEntry<StringIds>[] | undefined;
  #conflicts: readonly ClaimConflict<ClaimRecord<StringIds>>[] | undefined;

  /** @param read - Gives the contents; called once, by the first query. */
  constructor(read: () => CorpusContents) {
    this.#read = read;
  }

  /** The documents, deeply frozen, in corpus order. */
  get documents(): readonly CorpusDocument[] {
    if (this.#documents === undefined) this.#load();
    return this.#documents as readonly CorpusDocument[];
  }

  /** The bounds of the DATE and TIME expressions, by id, each frozen. */
  get dateBounds(): ReadonlyMap<string, DateBounds> {
    if (this.#dateBounds === undefined) this.#load();
    return this.#dateBounds as ReadonlyMap<string, DateBounds>;
  }

  /**
   * Reads and freezes the contents now, if no query has yet.
   *
   * @returns This.
   */
  readNow(): this {
    if (this.#documents === undefined) this.#load();
    return this;
  }

  /** Reads the contents and freezes them, so that no caller can change what other callers see. */
  #load(): void {
    const { documents, dateBounds } = (this.#read as () => CorpusContents)();
    this.#read = undefined;
    this.#documents = deepFreeze([...documents]);
    for (const bounds of dateBounds.values()) Object.freeze(bounds);
    this.#dateBounds = dateBounds;
  }

  /** Entities by id, with every definition and their kinds. */
  get entities(): EntityIndex {
    this.#entities ??= entityIndex(this.documents);
    return this.#entities;
  }

  /** Entity names and aliases by word. */
  get entityNames(): EntityNameIndex {
    this.#entityNames ??= entityNameIndex(this.entities);
    return this.#entityNames;
  }

  /** The direct parts of every entity (part-of links and group members), by entity id. */
  get parts(): PartIndex {
    this.#parts ??= partIndex(this.entities);
    return this.#parts;
  }

  /** Every mention of every entity, by entity id (each entity's list made when first asked for). */
  get mentions(): MentionIndex {
    this.#mentions ??= mentionIndex(this.entities);
    return this.#mentions;
  }

  /** The records that are not entities: a table and an id map per kind, each built on first use. */
  get records(): RecordIndex {
    this.#records ??= new RecordIndex(this.documents);
    return this.#records;
  }

  /** The kind and document of every record, by the record object. */
  get places(): WeakMap<object, RecordPlace> {
    this.#places ??= recordPlaces(this.documents);
    return this.#places;
  }

  /** The documents by id. */
  get documentsById(): ReadonlyMap<string, CorpusDocument> {
    this.#documentsById ??= new Map(this.documents.map((document) => [document.document.id, document]));
    return this.#documentsById;
  }

  /** Quotes by speaker, kind, entity and document. */
  get quotes(): QuoteIndex {
    this.#quotes ??= quoteIndex(this.records.table("quote"));
    return this.#quotes;
  }

  /** Claims by claimant, entity, document, factuality and relation. */
  get claims(): ClaimIndex {
    this.#claims ??= claimIndex(this.records.table("claim"));
    return this.#claims;
  }

  /** Temporal expressions by type and by interval. */
  get temporal(): TemporalIndex {
    this.#temporal ??= temporalIndex(this.records.table("temporalExpression"), this.dateBounds);
    return this.#temporal;
  }

  /** Temporal links by the records they involve. */
  get links(): LinkIndex {
    this.#links ??= linkIndex(this.records.table("temporalLink"));
    return this.#links;
  }

  /** Uncertainty markers by affected record and category. */
  get markers(): MarkerIndex {
    this.#markers ??= markerIndex(this.records.table("uncertaintyMarker"));
    return this.#markers;
  }

  /** The DATE and TIME expressions in chronological order, with what they date. */
  get timeline(): readonly TimelineEntry<StringIds>[] {
    this.#timeline ??= buildTimeline(this);
    return this.#timeline;
  }

  /** The pairs of contradicting claims. */
  get conflicts(): readonly ClaimConflict<ClaimRecord<StringIds>>[] {
    this.#conflicts ??= findConflicts(this.claims);
    return this.#conflicts;
  }
}
