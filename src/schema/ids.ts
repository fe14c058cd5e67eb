import { boundedString } from "./bounded-string.js";

/** Pattern shared by every record id: a kebab-case slug. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a record: a kebab-case slug such as `vladimir-putin` or `quote-putin-summarise`.
 * Entity ids name a referent and may recur across documents (the same slug is the same referent);
 * every other record id is unique across the corpus.
 */
export const RecordIdSchema = boundedString()
  .regex(SLUG, "must be a kebab-case slug (lower-case letters, digits and single hyphens)")
  .meta({ description: "A kebab-case slug that identifies a record, e.g. `vladimir-putin`." });

export { AUTHOR } from "./author.js";
