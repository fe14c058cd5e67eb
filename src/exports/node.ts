/**
 * `newsfacts/node`: reads a data directory from disk into a corpus, with the same checks and the same
 * `file:line:column` issues as `newsfacts validate`. Needs Node (the file system) and `zod` (a peer dependency).
 *
 * @packageDocumentation
 */

export { CorpusValidationError } from "../corpus/corpus-validation-error.js";
export { UsageError } from "../load/usage-error.js";
export { loadCorpus } from "../pipeline/load-corpus.js";
export {
  type DocumentIssue,
  type FileIssue,
  formatIssue,
  type IssueFacts,
  type ValidationIssue,
} from "../shared/validation-issue.js";
