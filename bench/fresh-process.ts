/**
 * One measurement in a process of its own, so that nothing measured before weighs on it (compiled code, caches, a
 * large heap): `node --import tsx bench/fresh-process.ts <validation|first-queries> --docs N --seed S` prints JSON.
 * - `validation`: the ms of `validateDocuments` over N synthetic documents (its second run, once the first has
 *   compiled the code), for the scaling figure (10x the documents against 10x the time).
 * - `first-queries`: the ms of each first query, the first work the corpus code does in the process (cold).
 */
import { parseArgs } from "node:util";
import { dateBounds } from "../src/dates/date-bounds.js";
import { validateDocuments } from "../src/validate/validate-documents.js";
import { runFirstQueries } from "./areas/first-queries.js";
import { syntheticCorpus } from "./synthetic-corpus.js";
import { timeOnce } from "./timing.js";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: "string" }, seed: { type: "string", default: "1" } },
});
const documents = syntheticCorpus(Number(values.docs), { seed: Number(values.seed) });
const mode = positionals[0];
if (mode === "validation") {
  timeOnce(() => validateDocuments(documents));
  process.stdout.write(`${JSON.stringify({ validationMs: timeOnce(() => validateDocuments(documents)) })}\n`);
} else if (mode === "first-queries") {
  // The bounds come from the build (the shipped corpus) or from createCorpus: not part of a first query.
  const bounds = dateBounds(documents);
  process.stdout.write(`${JSON.stringify({ coldMs: runFirstQueries(documents, bounds) })}\n`);
} else {
  throw new Error(`unknown measurement "${mode}": expected validation or first-queries`);
}
