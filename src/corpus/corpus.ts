import type { DateBounds } from "../dates/date-bounds.js";
import type { AnnotatedDocument, EntityKind, Span } from "../generated/record-types.js";
import { mainSpanOf } from "../model/walkers.js";
import { AUTHOR } from "../schema/author.js";
import type { DeepReadonly } from "../shared/deep-readonly.js";
import { type CorpusContents, CorpusIndexes } from "./corpus-indexes.js";
import type { IdTypes, StringIds } from "./id-types.js";
import type { EntityIndex } from "./indexes/entity-index.js";
import type { EntityMention } from "./indexes/mention-index.js";
import { withPartsOf } from "./indexes/part-index.js";
import type { CorpusDocument } from "./indexes/record-table.js";
import { certaintyOf, type RecordCertainty } from "./queries/certainty-of.js";
import { checkedFilter } from "./queries/check-filter.js";
import { type ClaimFilter, findClaims } from "./queries/claims.js";
import type { ClaimConflict } from "./queries/conflicts.js";
import { type DateFilter, findDates } from "./queries/dates.js";
import { placeOf } from "./queries/document-of.js";
import { type EntityFilter, type EntityNameMatch, findEntities, matchEntities } from "./queries/entities.js";
import type { OneOrMany } from "./queries/filter-fields.js";
import { findQuotes, type QuoteFilter } from "./queries/quotes.js";
import { sentenceAround } from "./queries/sentence.js";
import { type ContextOptions, contextOf, type TextContext, type TextRange, textOf } from "./queries/text.js";
import type { TimelineEntry } from "./queries/timeline.js";
import { findMarkers, type UncertaintyFilter } from "./queries/uncertainty.js";
import type {
  AnyRecord,
  ClaimRecord,
  EntityRecord,
  HedgeableId,
  QuoteRecord,
  TemporalExpressionRecord,
  UncertaintyMarkerRecord,
} from "./typed-records.js";

const NO_FILTER = Object.freeze({});
const NO_RESULTS: readonly never[] = Object.freeze([]);

/**
 * A frozen, indexed set of annotated documents with query helpers. Indexes are built on first use, so creating a
 * corpus (and importing the package) costs almost nothing; a filtered query then costs time in proportion to what
 * it finds, not to the size of the corpus. Every result is a frozen array of frozen records, in corpus order
 * (document by document, records as listed) unless a method says otherwise.
 *
 * @typeParam Ids - The id types of the corpus: literal unions for the shipped corpus, strings otherwise.
 */
export class Corpus<Ids extends IdTypes = StringIds> {
  readonly #indexes: CorpusIndexes;
  /** The entity index and its records made so far, kept here, so that `entity(id)` of a made record is one `Map.get`. */
  #entities: EntityIndex | undefined;
  #madeEntities: EntityIndex["made"] | undefined;

  /**
   * Wraps validated documents, frozen in place now; use `corpus` for the shipped data and `createCorpus` (in
   * `newsfacts/validate`) for your own documents, which validates them first.
   *
   * @param documents - Valid annotated documents; they are deeply frozen in place.
   * @param dateBounds - The bounds of their DATE and TIME expressions, by id; each is frozen.
   */
  constructor(documents: readonly AnnotatedDocument[], dateBounds: ReadonlyMap<string, DateBounds>);
  /**
   * Wraps documents read on first use (the first query, or `documents`), then frozen in place: how the shipped
   * `corpus` keeps importing the package free of any data parsing.
   *
   * @param read - Gives valid documents and the bounds of their dates; called once.
   */
  constructor(read: () => CorpusContents);
  constructor(
    documents: readonly AnnotatedDocument[] | (() => CorpusContents),
    dateBounds?: ReadonlyMap<string, DateBounds>,
  ) {
    if (typeof documents === "function") this.#indexes = new CorpusIndexes(documents);
    else {
      // Given documents are frozen now, so that the caller cannot change them between this call and a first query.
      this.#indexes = new CorpusIndexes(() => ({ documents, dateBounds: dateBounds ?? new Map() })).readNow();
    }
    Object.freeze(this);
  }

  /**
   * The documents, deeply frozen, in corpus order.
   *
   * @example
   * corpus.documents[0]?.document.id
   * //=> "putin-lukashenko-union-state-talks"
   */
  get documents(): readonly DeepReadonly<AnnotatedDocument>[] {
    return this.#indexes.documents;
  }

  /**
   * The entity with the given id (from the first document that defines it), or undefined: one `Map.get` once made.
   *
   * @param id - An entity id.
   * @returns The entity record.
   *
   * @example
   * corpus.entity("vladimir-putin")?.name
   * //=> "Vladimir Putin"
   */
  entity(id: Ids["entity"]): EntityRecord<Ids> | undefined {
    this.#entities ??= this.#indexes.entities;
    this.#madeEntities ??= this.#entities.made;
    return (this.#madeEntities.get(id) ?? this.#entities.byId.get(id)) as EntityRecord<Ids> | undefined;
  }

  /**
   * The entities that pass every filter that is set, one record per id, in corpus order. With `name`, only the
   * entities whose canonical name or an alias matches, ignoring case and accents, best match first: the whole name,
   * then a whole alias, then whole consecutive words (`"Russia"` also finds "Russia and Belarus"), then words of
   * which the last is only begun (`"Luka"` finds Alexander Lukashenko); ties in corpus order. `entityMatches` says
   * how each matched.
   *
   * @param filter - `kind` (one kind or an array of kinds), `name` and `document` (the entities a document mentions);
   *   every entity when empty.
   * @returns The entities.
   * @throws {TypeError} For a filter key the method does not have, or a value of the wrong type.
   * @throws {RangeError} For a value outside the allowed ones (a kind, level or category that does not exist).
   *
   * @example
   * corpus.entities({ name: "DMITRÍ peskov" }).map((entity) => entity.id)
   * //=> ["dmitri-peskov"]
   *
   * @example
   * corpus.entities({ name: "lukashenko" })[0]?.id
   * //=> "alexander-lukashenko"
   */
  entities(filter: EntityFilter<Ids> = NO_FILTER): readonly EntityRecord<Ids>[] {
    return findEntities(this.#indexes, filter) as readonly EntityRecord<Ids>[];
  }

  /**
   * The entities whose canonical name or an alias matches `name`, best first, each with how it matched (`name`,
   * `alias`, `words` or `prefix`) and the name that matched: the ranking of `entities({ name })`, explained.
   *
   * @param name - What to search for, ignoring case and accents.
   * @param kind - Only entities of this kind, or of any of these.
   * @returns The matches; none for a name without a letter or digit.
   * @throws {TypeError} When `name` is not a string.
   * @throws {RangeError} For a kind that does not exist.
   *
   * @example
   * corpus.entityMatches("Luka").map(({ entity, match }) => [entity.id, match]).slice(0, 2)
   * //=> [["alexander-lukashenko", "prefix"], ["putin-and-lukashenko", "prefix"]]
   */
  entityMatches(name: string, kind?: OneOrMany<EntityKind>): readonly EntityNameMatch<EntityRecord<Ids>>[] {
    if (typeof name !== "string")
      throw new TypeError(`corpus.entityMatches(name): must be a string, not ${typeof name}`);
    const checked = checkedFilter<EntityFilter>("entities", { name, kind });
    return matchEntities(this.#indexes, checked.name ?? "", checked.kind) as readonly EntityNameMatch<
      EntityRecord<Ids>
    >[];
  }

  /**
   * The one entity that best matches a name, as `entities({ name })` ranks them (a canonical name before an alias,
   * whole words before a prefix, then corpus order), or undefined when no name matches.
   *
   * @param name - A name or alias, or words of one, ignoring case and accents.
   * @returns The entity.
   * @throws {TypeError} When `name` is not a string.
   *
   * @example
   * corpus.entityByName("Belarus")?.id
   * //=> "belarus"
   */
  entityByName(name: string): EntityRecord<Ids> | undefined {
    return this.entityMatches(name)[0]?.entity;
  }

  /**
   * The name people read for an entity id: its canonical name, or `"the author"` for a claim the article makes in
   * its own voice (claimant `"author"`). Undefined for an unknown id.
   *
   * @param id - An entity id, or `"author"`.
   * @returns The name.
   *
   * @example
   * corpus.quotes({ kind: "direct" }).map((quote) => corpus.nameOf(quote.speaker))
   * //=> ["Vladimir Putin", "Alexander Lukashenko"]
   */
  nameOf(id: Ids["entity"] | typeof AUTHOR): string | undefined {
    if (id === AUTHOR) return "the author";
    return this.#indexes.entities.byId.get(id)?.name;
  }

  /**
   * Whether a value is an id of this corpus, of the given kind: a type guard for ids that arrive as strings (from a
   * URL, a form, a file), so that they can be passed to the queries without a cast.
   *
   * @param kind - The kind of record: `entity`, `quote`, `claim`, `temporalExpression` (the publication date
   *   included), `temporalLink`, `uncertaintyMarker` or `document`.
   * @param value - Any value.
   * @returns True when the corpus has a record of that kind with that id.
   *
   * @example
   * ["belarus", "belarussia", 42].filter((value) => corpus.isId("entity", value))
   * //=> ["belarus"]
   */
  isId<Kind extends keyof IdTypes>(kind: Kind, value: unknown): value is Ids[Kind] {
    if (typeof value !== "string") return false;
    const indexes = this.#indexes;
    switch (kind) {
      case "entity":
        return indexes.entities.byId.has(value);
      case "document":
        return indexes.documentsById.has(value);
      case "temporalExpression":
        return indexes.records.find(value, ["temporalExpression", "publicationDate"]) !== undefined;
      default:
        return indexes.records.get(kind as Exclude<keyof IdTypes, "entity" | "document">, value) !== undefined;
    }
  }

  /**
   * Whether a value is an entity id of this corpus: `isId("entity", value)`, the guard applications need most.
   *
   * @param value - Any value.
   * @returns True for an entity id.
   *
   * @example
   * corpus.isEntityId("vladimir-putin")
   * //=> true
   */
  isEntityId(value: unknown): value is Ids["entity"] {
    return this.isId("entity", value);
  }

  /**
   * Every mention of an entity, in every document: named, pronoun (`he`), metonymic (`Moscow` for the Russian
   * government) and adjectival (`Russian`) mentions, each with its span and document id.
   *
   * @param entityId - An entity id.
   * @returns The mentions, in corpus order; none for an unknown id.
   *
   * @example
   * corpus.mentions("dmitri-peskov").map((mention) => mention.span.exact)
   * //=> ["Dmitri Peskov"]
   */
  mentions(entityId: Ids["entity"]): readonly EntityMention<Ids["document"]>[] {
    return (this.#indexes.mentions.get(entityId) ?? NO_RESULTS) as readonly EntityMention<Ids["document"]>[];
  }

  /**
   * An entity and every entity that is part of it, as the data says: what the text says is part of it (`partOf`:
   * the Union State's programme, its treaty and the agreements drawn up under that treaty) and, for a group, its
   * members, each with its own parts. Pass it to an `about` filter to find the records about the entity or any part
   * of it.
   *
   * @param entityId - An entity id.
   * @returns The id, then its parts, nearest first; none for an unknown id.
   *
   * @example
   * corpus.withParts("union-state")
   * //=> ["union-state", "union-state-treaty-1999", "union-state-programme", "integration-agreements"]
   *
   * @example
   * corpus.quotes({ about: corpus.withParts("union-state") }).length > corpus.quotes({ about: "union-state" }).length
   * //=> true
   */
  withParts(entityId: Ids["entity"]): readonly Ids["entity"][] {
    if (!this.#indexes.entities.byId.has(entityId)) return NO_RESULTS;
    return Object.freeze(withPartsOf(this.#indexes.parts, entityId)) as readonly Ids["entity"][];
  }

  /**
   * The quote with the given id, or undefined.
   *
   * @param id - A quote id.
   * @returns The quote record.
   *
   * @example
   * corpus.quote("quote-putin-summarise-results")?.speaker
   * //=> "vladimir-putin"
   */
  quote(id: Ids["quote"]): QuoteRecord<Ids> | undefined {
    return this.#indexes.records.get("quote", id)?.record as QuoteRecord<Ids> | undefined;
  }

  /**
   * The quotes that pass every filter that is set. Every filter takes one value or an array meaning "any of them":
   * `about: ["union-state", "union-state-programme"]` finds the quotes about either.
   *
   * @param filter - `speaker`, `kind`, `about` (an entity) and `document`; every quote when empty.
   * @returns The quotes, in corpus order.
   * @throws {TypeError} For a filter key the method does not have, or a value of the wrong type.
   * @throws {RangeError} For a value outside the allowed ones (a kind, level or category that does not exist).
   *
   * @example
   * corpus.quotes({ speaker: "alexander-lukashenko", kind: "direct" }).map((quote) => quote.id)
   * //=> ["quote-lukashenko-moving-forward-together"]
   */
  quotes(filter: QuoteFilter<Ids> = NO_FILTER): readonly QuoteRecord<Ids>[] {
    return findQuotes(this.#indexes, filter) as readonly QuoteRecord<Ids>[];
  }

  /**
   * The claim with the given id, or undefined.
   *
   * @param id - A claim id.
   * @returns The claim record.
   *
   * @example
   * corpus.claim("claim-moscow-200000-troops")?.factuality
   * //=> { claimant: "CT+", author: "Uu" }
   */
  claim(id: Ids["claim"]): ClaimRecord<Ids> | undefined {
    return this.#indexes.records.get("claim", id)?.record as ClaimRecord<Ids> | undefined;
  }

  /**
   * The claims that pass every filter that is set. `minCertainty`, `maxCertainty` and `polarity` read the FactBank
   * factuality (CT > PR > PS > U; CT+, CT- and CTu rank as CT, Uu as U) from `view`: the claimant's by default, or
   * the author's with `view: "author"`. The id filters take one id or an array meaning "any of them".
   *
   * @param filter - `claimant`, `about`, `minCertainty`, `maxCertainty`, `polarity`, `view`, `relatedTo` and
   *   `document`.
   * @returns The claims, in corpus order.
   * @throws {TypeError} For a filter key the method does not have, or a value of the wrong type.
   * @throws {RangeError} For a value outside the allowed ones (a kind, level or category that does not exist), and
   *   for a `minCertainty` above `maxCertainty`.
   *
   * @example
   * corpus.claims({ view: "author", maxCertainty: "PR" }).length > 0
   * //=> true
   *
   * @example
   * corpus.claims({ claimant: "dmitri-peskov", polarity: "-" }).map((claim) => claim.id)
   * //=> ["claim-peskov-no-documents-signed"]
   */
  claims(filter: ClaimFilter<Ids> = NO_FILTER): readonly ClaimRecord<Ids>[] {
    return findClaims(this.#indexes, filter) as readonly ClaimRecord<Ids>[];
  }

  /**
   * Every pair of claims that cannot both hold, each unordered pair once, with the documents they come from and why:
   * a `contradicts` relation in either direction (`basis: "relation"`, with the reasons the relations give), or, for
   * claims of different documents about the same referent, quantities of the same unit that share no value
   * (`basis: "quantities"`: two troop figures for the same exercise). An approximate figure (`about 3,000`) is never
   * in conflict by its numbers alone.
   *
   * @returns The conflicts: relations first, then quantities, each in corpus order.
   *
   * @example
   * corpus.conflicts().some(({ claims }) => claims.some((claim) => claim.id === "claim-moscow-200000-troops"))
   * //=> true
   */
  conflicts(): readonly ClaimConflict<ClaimRecord<Ids>, Ids["document"]>[] {
    return this.#indexes.conflicts as readonly ClaimConflict<ClaimRecord<Ids>, Ids["document"]>[];
  }

  /**
   * The temporal expressions that pass every filter that is set. With `from` and/or `to`, only DATE and TIME
   * expressions whose interval overlaps the range, inclusive: an EDTF value stands for everything it may denote
   * (the year `2021` overlaps September 2021; `2021-10/..` overlaps every later date), and so does a query date
   * (`to: "2021-09"` runs to the last instant of September). With `match: "within"`, only the expressions that lie
   * wholly inside the range: `2021-09-10/2021-09-16` is within September 2021, the year `2021` and the open-ended
   * "recently" are not. Durations and recurrences have no place in time and are left out of ranges.
   *
   * @param filter - `from`, `to` (a `Date` or an ISO 8601 string), `match` (`"overlaps"`, the default, or `"within"`),
   *   `type` and `document`; every expression when empty.
   * @returns The temporal expressions, in corpus order.
   * @throws {TypeError} For a filter key the method does not have, or a value of the wrong type.
   * @throws {RangeError} For an invalid date, an unknown type or match, and for a reversed range (`from` after
   *   `to`), which is almost always a mistake rather than a question.
   *
   * @example
   * corpus.dates({ from: "2030-01-01" }).map((expression) => expression.value)
   * //=> ["2021-10/.."]
   *
   * @example
   * corpus.dates({ from: "2021-09", to: "2021-09", match: "within" }).map((expression) => expression.value)
   * //=> ["2021-09-09", "2021-09-09", "2021-09-09", "2021-09-10/2021-09-16"]
   */
  dates(filter: DateFilter<Ids> = NO_FILTER): readonly TemporalExpressionRecord<Ids>[] {
    return findDates(this.#indexes, filter) as readonly TemporalExpressionRecord<Ids>[];
  }

  /**
   * The DATE and TIME expressions in chronological order (by earliest instant, an open start first, then by latest
   * instant, an open end last; ties in corpus order), each with its bounds, the events, quotes and claims it dates,
   * and the temporal links that involve it or them: what an app needs to draw a timeline.
   *
   * @returns The timeline.
   *
   * @example
   * corpus.timeline().map((entry) => entry.expression.value).slice(0, 3)
   * //=> ["../2021-09-09", "../2021-09-09", "1999"]
   */
  timeline(): readonly TimelineEntry<Ids>[] {
    return this.#indexes.timeline as readonly TimelineEntry<Ids>[];
  }

  /**
   * The uncertainty markers that pass every filter that is set.
   *
   * @param filter - `target` (a claim, quote or temporal expression the marker affects), `category` and `document`,
   *   each one value or an array meaning "any of them".
   * @returns The markers, in corpus order.
   * @throws {TypeError} For a filter key the method does not have, or a value of the wrong type.
   * @throws {RangeError} For a value outside the allowed ones (a kind, level or category that does not exist).
   *
   * @example
   * corpus.uncertainty({ target: "claim-moscow-200000-troops" }).map((marker) => marker.cue.exact)
   * //=> ["has claimed", "as many as"]
   */
  uncertainty(filter: UncertaintyFilter<Ids> = NO_FILTER): readonly UncertaintyMarkerRecord<Ids>[] {
    return findMarkers(this.#indexes, filter) as readonly UncertaintyMarkerRecord<Ids>[];
  }

  /**
   * How certain a record is: for a claim, its FactBank factuality from the claimant's and the author's view; for a
   * temporal expression or the publication date, its certainty; for each, the uncertainty markers that affect it.
   *
   * @param id - The id of a claim, quote, temporal expression or publication date.
   * @returns The certainty, tagged with the record's `kind`; undefined for an unknown id.
   *
   * @example
   * corpus.certaintyOf("time-thursday-evening")?.markers.map((marker) => marker.id)
   * //=> ["marker-ambassador-had-said", "marker-state-media-reported"]
   */
  certaintyOf(id: HedgeableId<Ids>): RecordCertainty<Ids> | undefined {
    return certaintyOf(this.#indexes, id) as RecordCertainty<Ids> | undefined;
  }

  /**
   * The id of the document a record comes from, e.g. to pass to `text`.
   *
   * @param record - A record of this corpus.
   * @returns The document id.
   * @throws {TypeError} When `record` is not a record (such as the undefined of a lookup that found nothing).
   * @throws {RangeError} When the corpus has no record with that id.
   *
   * @example
   * corpus.documentOf(corpus.quote("quote-putin-summarise-results"))
   * //=> "putin-lukashenko-union-state-talks"
   */
  documentOf(record: AnyRecord<Ids>): Ids["document"] {
    return this.#documentAt(record, "documentOf").document.id;
  }

  /**
   * The text a span (or any `{ start, end }`) covers. For a corpus of one document, such as the shipped one, the
   * document may be left out; with several documents it is required, because offsets alone do not say which text
   * they point into.
   *
   * @param span - The offsets, in UTF-16 code units, end exclusive.
   * @param document - The id of the document.
   * @returns The covered text.
   * @throws {RangeError} For an unknown document, a missing one in a corpus of several, or offsets outside the text.
   *
   * @example
   * corpus.text({ start: 0, end: 5 }, "putin-lukashenko-union-state-talks")
   * //=> "Putin"
   */
  text(span: TextRange, document?: Ids["document"]): string {
    return textOf(this.#document(document), span);
  }

  /**
   * The text around a record's main span (an entity's first mention, a quote's content, a claim's or a temporal
   * link's evidence, a temporal expression's span, a marker's scope), for showing it in context.
   *
   * @param record - A record of this corpus.
   * @param options - `chars`: how many UTF-16 code units on each side (default 32); a character is never cut in two.
   * @returns The text before, at and after the span.
   * @throws {TypeError} When `record` is not a record (such as the undefined of a lookup that found nothing).
   * @throws {RangeError} For a record not in this corpus, or a `chars` that is not a non-negative integer.
   *
   * @example
   * corpus.context(corpus.entity("dmitri-peskov"), { chars: 10 })
   * //=> { before: "kesperson ", exact: "Dmitri Peskov", after: " said that" }
   */
  context(record: AnyRecord<Ids>, options: ContextOptions = NO_FILTER): TextContext {
    return contextOf(this.#documentAt(record, "context"), this.#mainSpan(record, "context"), options.chars ?? 32);
  }

  /**
   * The sentence that contains a record's main span, as a span, for quoting the record. Sentences end at `.`, `?`,
   * `!` or an ellipsis followed by a capitalised word, after any closing quotation mark: `“…,” said Lukashenko` and
   * `only as a union … nearly a single people` stay inside their sentence. A headline is one sentence.
   *
   * @param record - A record of this corpus.
   * @returns The sentence (the sentences, when the main span crosses a sentence end).
   * @throws {TypeError} When `record` is not a record (such as the undefined of a lookup that found nothing).
   * @throws {RangeError} For a record not in this corpus.
   *
   * @example
   * corpus.sentenceOf(corpus.quote("quote-peskov-no-documents-signed")).exact.slice(0, 40)
   * //=> "Ahead of the talks, Kremlin spokesperson"
   */
  sentenceOf(record: AnyRecord<Ids>): DeepReadonly<Span> {
    return sentenceAround(this.#documentAt(record, "sentenceOf"), this.#mainSpan(record, "sentenceOf"));
  }

  /**
   * The earliest and latest instant (epoch milliseconds, UTC) a DATE or TIME expression covers, from its EDTF
   * value; `null` for an open or unknown end. Undefined for durations, recurrences and unknown ids.
   *
   * @param id - A temporal expression id.
   * @returns The bounds `[min, max]`.
   *
   * @example
   * corpus.boundsOf("time-last-year")?.map((bound) => new Date(bound ?? 0).toISOString())
   * //=> ["2020-01-01T00:00:00.000Z", "2020-12-31T23:59:59.999Z"]
   */
  boundsOf(id: Ids["temporalExpression"]): DateBounds | undefined {
    return this.#indexes.dateBounds.get(id);
  }

  /** The document a record comes from; `method` names the corpus method in errors. */
  #documentAt(record: AnyRecord<Ids>, method: string): CorpusDocument {
    return this.documents[placeOf(this.#indexes, record, method).documentIndex] as CorpusDocument;
  }

  /** The span that stands for a record, as its schema says (`mainSpan`). */
  #mainSpan(record: AnyRecord<Ids>, method: string): DeepReadonly<Span> {
    // Every kind `AnyRecord` covers has a main span: `deriveModel` requires one of every collection with spans.
    return mainSpanOf(placeOf(this.#indexes, record, method).kind, record) as Span;
  }

  /** The document with the given id, or the only document when none is given. */
  #document(id: string | undefined): CorpusDocument {
    if (id === undefined) {
      if (this.documents.length === 1) return this.documents[0] as CorpusDocument;
      throw new RangeError(`pass a document id: this corpus has ${this.documents.length} documents`);
    }
    const document = this.#indexes.documentsById.get(id);
    if (document === undefined) throw new RangeError(`no document "${id}" in this corpus`);
    return document;
  }
}
