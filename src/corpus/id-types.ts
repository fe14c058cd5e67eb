import type { IdTypes } from "../model/id-types.js";
import type { IdTypeName } from "../schema/record-kinds.js";

export type { IdTypes } from "../model/id-types.js";

/** The id types of a corpus built at run time: every id is a string. */
export type StringIds = IdTypes;

/** Any record id of a corpus. */
export type AnyRecordId<Ids extends IdTypes> = Ids[IdTypeName];
