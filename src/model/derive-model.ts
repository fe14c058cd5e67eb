import { z } from "zod";
import { DOCUMENT_FILE, RECORD_FILES } from "../schema/data-files.js";
import "../schema/model-meta.js";
import { RECORD_KIND_ID_TYPES, type RecordKindName } from "../schema/record-kinds.js";
import { SpanSchema } from "../schema/span.js";
import type { DataModel, FieldPath, RecordKindModel, ReferenceField } from "./data-model.js";

/** What a walk down the schema carries from the nodes above: the record it is in and metadata that applies below. */
interface Context {
  /** The record kind being read, with the path of its records. */
  readonly kind: KindDraft | undefined;
  /** `refersTo` and `alsoAccepts` of a reference list or optional reference, for the id schema below it. */
  readonly reference: z.GlobalMeta | undefined;
  /** The position of the `"*"` of a list marked `mainSpan` (its first element's span is the main span). */
  readonly mainSpanList: number | undefined;
  /** Set inside a union, where a field's presence depends on the branch: no spans or references there. */
  readonly inUnion: boolean;
}

/** A record kind while its schema is read. */
interface KindDraft {
  readonly kind: RecordKindName;
  readonly at: FieldPath;
  readonly collection: boolean;
  readonly sharedAcrossDocuments: boolean;
  readonly references: ReferenceField[];
  readonly spans: FieldPath[];
  mainSpan: FieldPath | undefined;
}

/** The fields of a span. */
const SPAN_FIELDS = Object.entries(SpanSchema.shape);

/** A span field is `SpanSchema` or a `.meta()` copy of it, which has the very same field schemas. */
function isSpan(schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodObject)) return false;
  const shape: Record<string, unknown> = schema.shape;
  return Object.keys(shape).length === SPAN_FIELDS.length && SPAN_FIELDS.every(([key, field]) => shape[key] === field);
}

/** `temporalExpression` → `temporal expression`. */
function inWords(kind: string): string {
  return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** The file that holds the records at a path of an annotated document. */
function fileAt(at: FieldPath): string {
  const [first] = at;
  return typeof first === "string" && Object.hasOwn(RECORD_FILES, first)
    ? RECORD_FILES[first as keyof typeof RECORD_FILES].file
    : DOCUMENT_FILE.file;
}

/** Reads the schema tree once and collects the kinds, references and spans. */
class ModelReader {
  readonly kinds: KindDraft[] = [];
  readonly spans: FieldPath[] = [];

  read(schema: z.ZodType, path: (string | number)[], context: Context): void {
    const meta = schema.meta() ?? {};
    const reference = meta.refersTo === undefined ? context.reference : meta;
    const where = () => path.join(".") || "the document";
    if (schema instanceof z.ZodOptional) {
      this.read(schema.unwrap() as z.ZodType, path, { ...context, reference });
      return;
    }
    if (schema instanceof z.ZodArray) {
      const mainSpanList = meta.mainSpan === true ? path.length : context.mainSpanList;
      this.read(schema.element as z.ZodType, [...path, "*"], { ...context, reference, mainSpanList });
      return;
    }
    if (reference !== undefined) {
      if (!(schema instanceof z.ZodString)) throw new Error(`${where()}: refersTo is only for id fields`);
      this.#addReference(path, reference, context);
      return;
    }
    if (isSpan(schema)) {
      this.#addSpan(path, meta.mainSpan === true, context);
      return;
    }
    if (schema instanceof z.ZodObject) {
      let inner = context;
      if (meta.recordKind !== undefined) inner = { ...context, kind: this.#addKind(schema, path, meta) };
      for (const [key, field] of Object.entries(schema.shape)) this.read(field as z.ZodType, [...path, key], inner);
      return;
    }
    if (schema instanceof z.ZodUnion) {
      for (const option of schema.options) this.read(option as z.ZodType, path, { ...context, inUnion: true });
    }
  }

  #addKind(schema: z.ZodObject, path: FieldPath, meta: z.GlobalMeta): KindDraft {
    const kind = meta.recordKind as RecordKindName;
    const where = path.join(".");
    if (!Object.hasOwn(RECORD_KIND_ID_TYPES, kind)) throw new Error(`${where}: unknown record kind "${kind}"`);
    if (this.kinds.some((draft) => draft.kind === kind)) throw new Error(`${where}: a second "${kind}" record kind`);
    if (!("id" in schema.shape)) throw new Error(`${where}: a record kind needs an id field`);
    const collection = path[path.length - 1] === "*";
    const at = collection ? path.slice(0, -1) : path;
    if (at.some((part) => part === "*")) throw new Error(`${where}: records must sit in a top-level list or object`);
    const draft: KindDraft = {
      kind,
      at,
      collection,
      sharedAcrossDocuments: meta.sharedAcrossDocuments === true,
      references: [],
      spans: [],
      mainSpan: undefined,
    };
    this.kinds.push(draft);
    return draft;
  }

  #addReference(path: FieldPath, meta: z.GlobalMeta, context: Context): void {
    const { kind } = context;
    if (kind === undefined || context.inUnion) throw new Error(`${path.join(".")}: a reference outside a record field`);
    const relative = path.slice(kind.at.length + (kind.collection ? 1 : 0));
    kind.references.push({
      path: relative,
      name: relative.filter((part) => part !== "*").join("."),
      refersTo: meta.refersTo ?? [],
      alsoAccepts: meta.alsoAccepts ?? [],
    });
  }

  #addSpan(path: FieldPath, main: boolean, context: Context): void {
    if (context.inUnion) throw new Error(`${path.join(".")}: a span inside a union`);
    this.spans.push(path);
    const { kind } = context;
    if (kind === undefined) return;
    const start = kind.at.length + (kind.collection ? 1 : 0);
    const relative = path.slice(start);
    kind.spans.push(relative);
    let mainSpan: FieldPath | undefined;
    if (main) mainSpan = relative;
    else if (context.mainSpanList !== undefined) {
      mainSpan = path.map((part, index) => (index === context.mainSpanList ? 0 : part)).slice(start);
    }
    if (mainSpan === undefined) return;
    if (kind.mainSpan !== undefined) throw new Error(`${path.join(".")}: a second main span of ${kind.kind}`);
    kind.mainSpan = mainSpan;
  }
}

/** The finished kind: its main span is the one marked, or its only span. */
function finish(draft: KindDraft): RecordKindModel {
  let mainSpan = draft.mainSpan;
  // The only span stands for its record, unless it is one of a list (the publication date's evidence).
  const [only] = draft.spans;
  if (mainSpan === undefined && draft.spans.length === 1 && !only?.includes("*")) mainSpan = only;
  if (mainSpan === undefined && draft.collection && draft.spans.length > 1) {
    throw new Error(`${draft.kind} has several spans: mark the one that stands for it with meta({ mainSpan: true })`);
  }
  return {
    kind: draft.kind,
    words: inWords(draft.kind),
    idType: RECORD_KIND_ID_TYPES[draft.kind],
    at: draft.at as readonly string[],
    collection: draft.collection,
    file: fileAt(draft.at),
    sharedAcrossDocuments: draft.sharedAcrossDocuments,
    references: draft.references,
    spans: draft.spans,
    ...(mainSpan === undefined ? {} : { mainSpan }),
  };
}

/**
 * Derives the data model from the schema of an annotated document, through Zod's public API (`shape`, `element`,
 * `unwrap`, `options`, `meta()`): the record kinds (object schemas with `recordKind` in their metadata), where their
 * records are and in which file, their reference fields (id fields with `refersTo`), their spans (fields that are
 * `SpanSchema`) and the span that stands for each record (`mainSpan`, or the only span).
 *
 * @param documentSchema - The schema of an annotated document, e.g. `AnnotatedDocumentSchema`.
 * @returns The model, as plain data.
 * @throws {Error} When the metadata is inconsistent: a kind defined twice or unknown, a reference to a kind the
 *   schema does not define, a reference or span where the walkers cannot reach it, an ambiguous main span.
 *
 * @example
 * deriveModel(AnnotatedDocumentSchema).kinds.find((kind) => kind.kind === "quote")?.references[0]
 * //=> { path: ["speaker"], name: "speaker", refersTo: ["entity"], alsoAccepts: [] }
 */
export function deriveModel(documentSchema: z.ZodObject): DataModel {
  const reader = new ModelReader();
  reader.read(documentSchema, [], { kind: undefined, reference: undefined, mainSpanList: undefined, inUnion: false });
  const kinds = reader.kinds.map(finish);
  const defined = new Set(kinds.map((kind) => kind.kind));
  for (const kind of kinds) {
    for (const field of kind.references) {
      const missing = field.refersTo.find((target) => !defined.has(target));
      if (missing !== undefined)
        throw new Error(`${kind.kind}.${field.name} refers to "${missing}", which no schema defines`);
    }
  }
  return { kinds, spans: reader.spans };
}
