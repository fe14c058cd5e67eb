import { AnnotatedDocumentSchema } from "../schema/annotated-document.js";
import type { DataModel } from "./data-model.js";
import { deriveModel } from "./derive-model.js";

/**
 * The data model of the schemas, derived when the validator loads. Code that must not load zod (the corpus, the
 * formats) reads the same model from `src/generated/data-model.ts`, which the build writes from this one.
 */
export const SCHEMA_MODEL: DataModel = deriveModel(AnnotatedDocumentSchema);
