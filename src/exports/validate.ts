/**
 * `newsfacts/validate`: the validator (schemas plus named checks) for annotated documents held in memory.
 * Needs `zod` (a peer dependency).
 *
 * @packageDocumentation
 */
export type { Check, CheckInput, CheckProblem, CorpusFacts } from "../validate/check.js";
export type { DocumentPath } from "../validate/finding.js";
export type { FilePosition, SourceLocator } from "../validate/locate-finding.js";
export { CHECKS } from "../validate/registry.js";
export { type ValidationResult, validateDocuments } from "../validate/validate-documents.js";
export { formatIssue, type ValidationIssue } from "../validate/validation-issue.js";
