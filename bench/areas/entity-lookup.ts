/**
 * `entity(id)` against a raw `Map.get` on the same ids, after every other query has run on the corpus (so that
 * whatever the queries left in the engine's caches weighs on it as in an application). The raw map is built when
 * the corpus's first query builds its own (see {@link entityMap}), before the other queries: a map built just before
 * the timing sits in the processor's caches and the corpus's does not, which measured the caches, not the code
 * (from 0.5x to 2.8x in one afternoon).
 */
import type { Corpus } from "../../src/corpus/corpus.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { compare, timeOnce } from "../timing.js";

/** The cost of one look-up, in ns, of each. */
export interface EntityLookupFigure {
  /** The first look-up of each id, which makes its record (once per id, untimed in `entityNs`). */
  readonly firstEntityNs: number;
  /** A look-up of an id whose record is made. */
  readonly entityNs: number;
  readonly mapGetNs: number;
  /** entity / Map.get: 1 is as fast as a raw Map. */
  readonly ratio: number;
}

/**
 * What an application would build to look entities up by id: the first definition of each id, in a `Map`.
 *
 * @param documents - The documents.
 * @returns The map.
 */
export function entityMap(documents: readonly AnnotatedDocument[]): ReadonlyMap<string, unknown> {
  const raw = new Map<string, unknown>();
  for (const document of documents) {
    for (const entity of document.entities) if (!raw.has(entity.id)) raw.set(entity.id, entity);
  }
  return raw;
}

/**
 * Times `entity(id)` and `Map.get` over the same 4,096 ids, interleaved, once `entity(id)` has made the record of
 * each: the first look-up of an id makes its record (its mentions in every document, tagged with the document), which
 * is timed apart. Timed together, the first samples also carried the garbage collection of the records' making,
 * which other threads do and the process's CPU time counts (2.5x in one run, 0.6x in the next).
 *
 * @param corpus - The corpus.
 * @param raw - The application's map, from {@link entityMap}, built when the corpus built its own.
 * @returns The figures.
 */
export function measureEntityLookup(corpus: Corpus, raw: ReadonlyMap<string, unknown>): EntityLookupFigure {
  const allIds = [...raw.keys()];
  const ids = Array.from({ length: 4096 }, (_, index) => allIds[(index * 7919) % allIds.length] as string);
  const firstMs = timeOnce(() => ids.map((id) => corpus.entity(id)));
  const [entityMs, mapGetMs] = compare(
    [
      () => {
        let found = 0;
        for (const id of ids) if (corpus.entity(id) !== undefined) found++;
        return found;
      },
      () => {
        let found = 0;
        for (const id of ids) if (raw.get(id) !== undefined) found++;
        return found;
      },
    ],
    21,
    10,
  ) as [number, number];
  const entityNs = (entityMs * 1e6) / ids.length;
  const mapGetNs = (mapGetMs * 1e6) / ids.length;
  return { firstEntityNs: (firstMs * 1e6) / ids.length, entityNs, mapGetNs, ratio: entityNs / mapGetNs };
}
