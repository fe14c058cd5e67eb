import type { DateBounds } from "../dates/date-bounds.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { Entity } from "../schema/entity.js";
import { type DeepReadonly, deepFreeze } from "./deep-readonly.js";
import type { IdTypes, StringIds } from "./id-types.js";

/**
 * A frozen, indexed set of annotated documents with query helpers. Indexes are built on first use, so creating a
 * corpus (and importing the package) costs almost nothing.
 *
 * @typeParam Ids - The id types of the corpus: literal unions for the shipped corpus, strings otherwise.
 */
export class Corpus<Ids extends IdTypes = StringIds> {
  /** The documents, deeply frozen, in corpus order. */
  readonly documents: readonly DeepReadonly<AnnotatedDocument>[];
  /** The bounds of every DATE and TIME expression, by id. */
  readonly #dateBounds: ReadonlyMap<string, DateBounds>;
  #entitiesById: Map<string, DeepReadonly<Entity>> | undefined;

  /**
   * Wraps validated documents; use `corpus` for the shipped data and `createCorpus` (in `newsfacts/validate`)
   * for your own documents, which validates them first.
   *
   * @param documents - Valid annotated documents; they are frozen in place.
   * @param dateBounds - The bounds of their DATE and TIME expressions.
   */
  constructor(documents: readonly AnnotatedDocument[], dateBounds: ReadonlyMap<string, DateBounds>) {
    this.documents = deepFreeze([...documents]);
    this.#dateBounds = dateBounds;
    Object.freeze(this);
  }

  /**
   * The entity with the given id (from the first document that defines it), or undefined.
   *
   * @param id - An entity id.
   * @returns The entity record.
   *
   * @example
   * corpus.entity("vladimir-putin")?.name
   * //=> "Vladimir Putin"
   */
  entity(id: Ids["entity"]): DeepReadonly<Entity> | undefined {
    this.#entitiesById ??= this.#indexEntities();
    return this.#entitiesById.get(id);
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
    return this.#dateBounds.get(id);
  }

  #indexEntities(): Map<string, DeepReadonly<Entity>> {
    const index = new Map<string, DeepReadonly<Entity>>();
    for (const document of this.documents) {
      for (const entity of document.entities) if (!index.has(entity.id)) index.set(entity.id, entity);
    }
    return index;
  }
}
