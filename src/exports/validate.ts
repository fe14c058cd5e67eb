/**
 * `newsfacts/validate`: the validator (schemas plus named checks) for annotated documents held in memory, and
 * `createCorpus`, which validates your own documents and queries them like the shipped corpus. Needs `zod` (a peer
 * dependency).
 *
 * @packageDocumentation
 */
export { CorpusValidationError } from "../corpus/corpus-validation-error.js";
export { createCorpus } from "../corpus/create-corpus.js";
export type { Check, CheckInput, CheckProblem, CorpusFacts, Level } from "../validate/check.js";
export type { DocumentPath } from "../validate/finding.js";
export type { FilePosition, SourceLocator } from "../validate/locate-finding.js";
export { CHECKS } from "../validate/registry.js";
export { type ValidationResult, validateDocuments } from "../validate/validate-documents.js";
export { formatIssue, type ValidationIssue } from "../validate/validation-issue.js";
