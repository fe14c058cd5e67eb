import type { Mention } from "../schema/entity.js";
import type { Span } from "../schema/span.js";
import type { DeepReadonly } from "./deep-readonly.js";
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
  if ("mentions" in record) return (record.mentions[0] as DeepReadonly<Mention>).span;
  if ("content" in record) return record.content;
  if ("evidence" in record) return record.evidence;
  if ("scope" in record) return record.scope;
  return record.span;
}
