import type { AnnotatedDocument } from "../schema/annotated-document.js";
import type { DeepReadonly } from "../shared/deep-readonly.js";

/** What every export takes: annotated documents, e.g. `corpus.documents` (read-only is enough). */
export type ExportInput = readonly DeepReadonly<AnnotatedDocument>[];
