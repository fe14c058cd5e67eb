/**
 * What a first query costs, when it builds the indexes it reads: warm (the same query on a new corpus over the same
 * documents, once the code has run) and cold (the first query of a fresh process, before the engine has compiled
 * anything; see `fresh-process.ts`).
 */
import { Corpus } from "../../src/corpus/corpus.js";
import type { DateBounds } from "../../src/dates/date-bounds.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { syntheticSuffix } from "../synthetic-corpus.js";
import { heapUsed, median, timeOnce } from "../timing.js";

/** First queries whose result covers the whole corpus: reported, but they are results, not index builds. */
export const WHOLE_CORPUS_RESULTS: ReadonlySet<string> = new Set(["conflicts()", "timeline()"]);

/** The first queries, by name, each given the corpus. */
export function firstQueries(documents: readonly AnnotatedDocument[]): [string, (corpus: Corpus) => unknown][] {
  const middle = Math.floor(documents.length / 2);
  const suffix = syntheticSuffix(middle);
  const day = (documents[middle] as AnnotatedDocument).document.publicationDate.value;
  return [
    ["entity(id)", (corpus) => corpus.entity("vladimir-putin")],
    ["quote(id)", (corpus) => corpus.quote(`quote-peskov-no-documents-signed${suffix}`)],
    ["mentions(id)", (corpus) => corpus.mentions("vladimir-putin")],
    ["quotes({ speaker })", (corpus) => corpus.quotes({ speaker: "vladimir-putin" })],
    ["claims({ about })", (corpus) => corpus.claims({ about: `zapad-2021${suffix}` })],
    ["dates({ from, to })", (corpus) => corpus.dates({ from: day, to: day })],
    ["uncertainty({ target })", (corpus) => corpus.uncertainty({ target: `claim-moscow-200000-troops${suffix}` })],
    ["entities({ name })", (corpus) => corpus.entities({ name: "peskov" })],
    ["conflicts()", (corpus) => corpus.conflicts()],
    ["timeline()", (corpus) => corpus.timeline()],
  ];
}

/**
 * Runs every first query once on a new corpus over the documents, in order, each timed.
 *
 * @returns The ms of each, by name.
 */
export function runFirstQueries(
  documents: readonly AnnotatedDocument[],
  bounds: ReadonlyMap<string, DateBounds>,
): Record<string, number> {
  const corpus = new Corpus(documents, bounds);
  return Object.fromEntries(firstQueries(documents).map(([name, query]) => [name, timeOnce(() => query(corpus))]));
}

/** Warm first queries and the memory their indexes take. */
export interface FirstQueryFigures {
  /** The median ms of each first query over the rounds after the first. */
  readonly warmMs: Readonly<Record<string, number>>;
  /** The heap the indexes of one corpus take, per record, after garbage collection. */
  readonly heapBytesPerRecord: number;
  /** A corpus with every index built, for the query figures. */
  readonly corpus: Corpus;
}

/**
 * Warm first queries: each round wraps the same frozen documents in a new corpus, so that every first query builds
 * its indexes again; the first round warms the code and is left out. The heap the indexes take is measured on one
 * more corpus, untimed: a forced garbage collection leaves its sweeping of the heap to other threads, whose CPU time
 * (the bench's clock) was then counted in the next timed query (at 10,000 documents, `entity(id)` measured 1.0 s
 * after a forced collection and 0.5 s without).
 *
 * @param documents - Frozen documents.
 * @param bounds - The bounds of their dates.
 * @param records - How many records they hold.
 * @returns The figures.
 */
export function measureWarmFirstQueries(
  documents: readonly AnnotatedDocument[],
  bounds: ReadonlyMap<string, DateBounds>,
  records: number,
): FirstQueryFigures {
  const rounds = 4;
  const queries = firstQueries(documents);
  const times = new Map<string, number[]>(queries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const corpus = new Corpus(documents, bounds);
    for (const [name, query] of queries) {
      const ms = timeOnce(() => query(corpus));
      if (round > 0) times.get(name)?.push(ms);
    }
  }
  const warmMs = Object.fromEntries([...times].map(([name, samples]) => [name, median(samples)]));
  const heapStart = heapUsed();
  const corpus = new Corpus(documents, bounds);
  for (const [, query] of queries) query(corpus);
  return { warmMs, heapBytesPerRecord: (heapUsed() - heapStart) / records, corpus };
}
