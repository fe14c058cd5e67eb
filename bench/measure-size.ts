/** The in-process figures of one corpus size: validation, the corpus, first queries, queries and look-ups. */

import { dateBounds } from "../src/dates/date-bounds.js";
import { SCHEMA_MODEL } from "../src/model/schema-model.js";
import { recordCount } from "../src/model/walkers.js";
import type { AnnotatedDocument } from "../src/schema/annotated-document.js";
import { deepFreeze } from "../src/shared/deep-readonly.js";
import { type EntityLookupFigure, entityMap, measureEntityLookup } from "./areas/entity-lookup.js";
import { measureWarmFirstQueries } from "./areas/first-queries.js";
import { measureQueries, type QueryFigure } from "./areas/queries.js";
import { measureValidation, VALIDATION_LIMIT, type ValidationFigures } from "./areas/validation.js";
import { syntheticCorpus } from "./synthetic-corpus.js";
import { heapUsed, timeOnce } from "./timing.js";

/** The parts of the bench measured in process, at each corpus size. */
export interface SizeParts {
  /** Validation beside Ajv, raw Zod and createCorpus (only up to `VALIDATION_LIMIT` documents). */
  readonly validation: boolean;
  /** Warm first queries, every query beside an application's scan, and entity(id) beside Map.get. */
  readonly queries: boolean;
}

/** The figures of one corpus size. */
export interface SizeFigures {
  readonly documents: number;
  readonly records: number;
  /** Measured up to `VALIDATION_LIMIT` documents (see `areas/validation.ts`), when asked for. */
  readonly validation: ValidationFigures | undefined;
  readonly corpus: {
    /** Parsing the bounds of every date from EDTF (what the build does for the shipped corpus). */
    readonly dateBoundsMs: number;
    /** Deep-freezing the documents (what the first use of the shipped corpus does). */
    readonly freezeMs: number;
    /** The heap the parsed documents take, per record. */
    readonly documentBytesPerRecord: number;
  };
  /** When queries were asked for. */
  readonly firstQueries:
    | {
        /** The median ms of each first query, once the code has run (see `areas/first-queries.ts`). */
        readonly warmMs: Readonly<Record<string, number>>;
        readonly heapBytesPerRecord: number;
      }
    | undefined;
  readonly queries: readonly QueryFigure[] | undefined;
  readonly entityLookup: EntityLookupFigure | undefined;
}

/** Logs progress to stderr, so that `--json` output stays clean. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Measures one corpus size.
 *
 * @param size - How many synthetic documents.
 * @param seed - Their seed.
 * @param parts - What to measure.
 * @returns The figures.
 */
export function measureSize(size: number, seed: number, parts: SizeParts): SizeFigures {
  progress(`${size} documents: generating`);
  const heapBefore = heapUsed();
  const documents: AnnotatedDocument[] = syntheticCorpus(size, { seed });
  const records = documents.reduce((sum, document) => sum + recordCount(SCHEMA_MODEL, document), 0);
  const documentBytesPerRecord = (heapUsed() - heapBefore) / records;

  let validation: ValidationFigures | undefined;
  if (parts.validation && size <= VALIDATION_LIMIT) {
    progress(`${size} documents (${records} records): validation, Ajv, Zod and createCorpus`);
    validation = measureValidation(documents, records, size >= 500 ? 3 : 7);
  }

  progress(`${size} documents: the corpus`);
  let bounds = dateBounds(documents);
  const dateBoundsMs = timeOnce(() => {
    bounds = dateBounds(documents);
  });
  const freezeMs = timeOnce(() => deepFreeze(documents));
  const corpus = { dateBoundsMs, freezeMs, documentBytesPerRecord };
  if (!parts.queries) {
    return {
      documents: size,
      records,
      validation,
      corpus,
      firstQueries: undefined,
      queries: undefined,
      entityLookup: undefined,
    };
  }

  progress(`${size} documents: first queries`);
  const warm = measureWarmFirstQueries(documents, bounds, records);
  // The application's own map, built as the corpus built its own: both then live through the other queries.
  const applicationEntities = entityMap(documents);

  progress(`${size} documents: queries against application scans`);
  const queries = measureQueries(warm.corpus, documents, bounds, size >= 500 ? 7 : 11);
  progress(`${size} documents: entity(id) against Map.get`);
  const entityLookup = measureEntityLookup(warm.corpus, applicationEntities);
  return {
    documents: size,
    records,
    validation,
    corpus,
    firstQueries: { warmMs: warm.warmMs, heapBytesPerRecord: warm.heapBytesPerRecord },
    queries,
    entityLookup,
  };
}
