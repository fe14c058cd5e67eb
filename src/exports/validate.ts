/**
 * `newsfacts/validate`: the validator (schemas plus named checks) for annotated documents held in memory, and
 * `createCorpus`, which validates your own documents and queries them like the shipped corpus. Needs `zod` (a peer
 * dependency).
 *
 * @packageDocumentation
 */
export { CorpusValidationError } from "../corpus/corpus-validation-error.js";
export { createCorpus } from "../corpus/create-corpus.js";
export { type DocumentPath, documentPathText } from "../shared/document-path.js";
export type { FilePosition } from "../shared/file-position.js";
export type { Level } from "../shared/level.js";
export {
  type DocumentIssue,
  type FileIssue,
  formatIssue,
  type IssueFacts,
  type ValidationIssue,
} from "../shared/validation-issue.js";
export type { Check, CheckInput, CheckProblem, CorpusFacts } from "../validate/check.js";
export { CHECKS } from "../validate/registry.js";
export { type ValidationResult, validateDocuments } from "../validate/validate-documents.js";
