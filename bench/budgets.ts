/** The performance budgets (issue 16), each checked against figures measured side by side in one run. */
import { WHOLE_CORPUS_RESULTS } from "./areas/first-queries.js";
import type { ScalingFigures } from "./areas/fresh-processes.js";
import type { StartUpFigures } from "./areas/start-up.js";
import type { SizeFigures } from "./measure-size.js";

/** One budget: what is measured, its limit, the figure and whether it holds. */
export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly value: string;
  readonly holds: boolean;
}

/** The corpus size at which the few-results budget (1,000x a scan) applies; smaller runs check 1x. */
export const FEW_RESULTS_SIZE = 10_000;

/** Everything the budgets read. */
export interface BudgetInput {
  readonly sizes: readonly SizeFigures[];
  readonly scaling: ScalingFigures | undefined;
  readonly coldFirstQueriesMs: Readonly<Record<string, number>> | undefined;
  readonly startUp: StartUpFigures | undefined;
}

/** A number in en-US style with a fixed number of decimals. */
export function fmt(value: number, digits: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A ratio, with more decimals when small. */
function ratio(value: number): string {
  return `${fmt(value, value >= 100 ? 0 : 2)}x`;
}

/** The slowest first query that builds indexes (whole-corpus results apart). */
function slowestIndexBuild(times: Readonly<Record<string, number>>): [string, number] {
  return Object.entries(times)
    .filter(([name]) => !WHOLE_CORPUS_RESULTS.has(name))
    .reduce<[string, number]>((slowest, entry) => (entry[1] > slowest[1] ? entry : slowest), ["", 0]);
}

/**
 * Checks every budget.
 *
 * @param input - The figures of the run.
 * @returns The budgets, in the order.
 */
export function budgets({ sizes, scaling, coldFirstQueriesMs, startUp }: BudgetInput): Budget[] {
  const at = (size: SizeFigures) => `at ${fmt(size.documents, 0)} documents`;
  const list: Budget[] = [];
  if (startUp) {
    list.push(
      {
        name: `import("newsfacts") over importing an empty ES module (CPU time of the import(), medians of ${startUp.runs} processes)`,
        limit: "<= 5 ms",
        value: `${fmt(startUp.importOverEmptyMs, 1)} ms`,
        holds: startUp.importOverEmptyMs <= 5,
      },
      {
        name: "newsfacts query quotes --speaker vladimir-putin over bare node (CPU time)",
        limit: "<= 80 ms",
        value: `${fmt(startUp.cliQueryOverBareMs, 1)} ms`,
        holds: startUp.cliQueryOverBareMs <= 80,
      },
      {
        name: "newsfacts --help over bare node (CPU time)",
        limit: "<= 80 ms",
        value: `${fmt(startUp.cliHelpOverBareMs, 1)} ms`,
        holds: startUp.cliHelpOverBareMs <= 80,
      },
    );
  }
  // The validation figures of the largest size that has them (see VALIDATION_LIMIT in areas/validation.ts).
  const validated = sizes.findLast((size) => size.validation !== undefined);
  if (validated?.validation) {
    const { recordsPerSecond } = validated.validation;
    // Both on fresh copies of the documents, timed side by side (see areas/validation.ts).
    const createCorpusShare = recordsPerSecond.createCorpus / recordsPerSecond.validationOfCopies;
    const ajvShare = recordsPerSecond.validation / recordsPerSecond.ajv;
    list.push(
      {
        name: `createCorpus throughput / validation throughput, both on fresh copies, ${at(validated)}`,
        limit: ">= 0.8x",
        value: ratio(createCorpusShare),
        holds: createCorpusShare >= 0.8,
      },
      {
        name: `validation (schema layer and every check) / Ajv's compiled schema check, throughput ${at(validated)}`,
        limit: ">= 1.0x",
        value: ratio(ajvShare),
        holds: ajvShare >= 1,
      },
    );
  }
  if (scaling) {
    list.push({
      name: `validation time, ${fmt(scaling.largeDocuments, 0)} / ${fmt(scaling.smallDocuments, 0)} documents (separate processes, medians of ${scaling.runs})`,
      limit: "<= 11x",
      value: ratio(scaling.ratio),
      holds: scaling.ratio <= 11,
    });
  }
  const largest = sizes[sizes.length - 1];
  if (largest?.queries && largest.entityLookup && largest.firstQueries) {
    const fewLimit = largest.documents >= FEW_RESULTS_SIZE ? 1000 : 1;
    for (const query of largest.queries) {
      const few = query.group === "few";
      list.push({
        name: `scan / ${query.name} (${fmt(query.results, 0)} results) ${at(largest)}`,
        limit: few ? `>= ${fmt(fewLimit, 0)}x${fewLimit === 1 ? " (1,000x at 10,000 documents)" : ""}` : ">= 1x",
        value: ratio(query.ratio),
        holds: query.agrees && query.ratio >= (few ? fewLimit : 1),
      });
    }
    list.push({
      name: `entity(id) / Map.get, after every other query ${at(largest)}`,
      limit: "<= 1.5x",
      value: ratio(largest.entityLookup.ratio),
      holds: largest.entityLookup.ratio <= 1.5,
    });
    const [warmName, warmMs] = slowestIndexBuild(largest.firstQueries.warmMs);
    list.push({
      name: `slowest first query that builds indexes, warm ${at(largest)}: ${warmName}`,
      limit: "< 1,000 ms",
      value: `${fmt(warmMs, 0)} ms`,
      holds: warmMs < 1000,
    });
  }
  if (coldFirstQueriesMs && largest) {
    const [coldName, coldMs] = slowestIndexBuild(coldFirstQueriesMs);
    list.push({
      name: `slowest first query that builds indexes, cold (first in a process) ${at(largest)}: ${coldName}`,
      limit: "< 1,000 ms",
      value: `${fmt(coldMs, 0)} ms`,
      holds: coldMs < 1000,
    });
  }
  return list;
}
