/**
 * `newsfacts/schema`: the Zod schemas of every record kind (the single source of truth of the data model) and the
 * types inferred from them. Needs `zod` (a peer dependency).
 *
 * @packageDocumentation
 */

export type { IdOf, IdTypes, RecordOf, TargetsOf, Typed } from "../model/record-types.js";
export * from "../schema/index.js";
