import type { z } from "zod";
import { type AnnotatedDocument, AnnotatedDocumentSchema } from "../schema/annotated-document.js";
import type { Finding } from "./finding.js";

/** Rewrites a Zod issue as findings: one per unknown key, and a plain message for a missing field. */
function issueFindings(issue: z.core.$ZodIssue, documentIndex: number): Finding[] {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      check: "schema",
      documentIndex,
      path: [...path, key],
      message: `unknown field "${key}"`,
      tip: "unknown fields are errors, never dropped: remove it or add it to the schema",
    }));
  }
  const missing = issue.code === "invalid_type" && issue.message.endsWith("received undefined");
  return [
    {
      check: "schema",
      documentIndex,
      path,
      message: missing ? `missing required field (expected ${issue.expected})` : issue.message,
    },
  ];
}

/** The outcome of the schema layer for one document: the typed document, or its findings. */
export type SchemaResult =
  | { readonly success: true; readonly document: AnnotatedDocument }
  | { readonly success: false; readonly findings: Finding[] };

/**
 * The first validation layer: checks one document against the strict Zod schemas.
 *
 * @param input - A candidate annotated document (parsed JSON).
 * @param documentIndex - Its index in the validated input, for the findings.
 * @returns The typed document, or every schema problem in it.
 */
export function checkSchema(input: unknown, documentIndex: number): SchemaResult {
  const result = AnnotatedDocumentSchema.safeParse(input);
  if (result.success) return { success: true, document: result.data };
  return { success: false, findings: result.error.issues.flatMap((issue) => issueFindings(issue, documentIndex)) };
}
