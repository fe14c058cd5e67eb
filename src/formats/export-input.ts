import type { DeepReadonly } from "../corpus/deep-readonly.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";

/** What every export takes: annotated documents, e.g. `corpus.documents` (read-only is enough). */
export type ExportInput = readonly DeepReadonly<AnnotatedDocument>[];
