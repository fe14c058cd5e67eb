import type { Mention } from "../schema/entity.js";
import type { Span } from "../schema/span.js";
import type { DeepReadonly } from "./deep-readonly.js";
import { hasOwnKey } from "./own-key.js";
import type { AnyRecord } from "./typed-records.js";

/**
 * The span that stands for a record when it is quoted or shown in context, defined once for every kind:
 * an entity's first mention, a quote's content, a claim's or a temporal link's evidence, a temporal expression's
 * span and an uncertainty marker's scope.
 *
 * @param record - A record of any kind.
 * @returns Its main span.
 *
 * @example
 * mainSpan(corpus.quote("quote-peskov-no-documents-signed")).exact
 * //=> "no documents were expected to be signed"
 */
export function mainSpan(record: AnyRecord): DeepReadonly<Span> {
  // The schema requires every entity to have at least one mention.
  if (hasOwnKey(record, "mentions")) return (record.mentions[0] as DeepReadonly<Mention>).span;
  if (hasOwnKey(record, "content")) return record.content;
  if (hasOwnKey(record, "evidence")) return record.evidence;
  if (hasOwnKey(record, "scope")) return record.scope;
  return record.span;
}
