import { DOCUMENT_FILE, RECORD_FILES } from "../../schema/data-files.js";
import { CONTENT_SEGMENT_KINDS, type SegmentKind } from "../../schema/segment.js";
import { unannotatedOccurrences } from "../../validate/checks/unannotated-mentions.js";
import { isJsonObject, type JsonValue } from "../draft-folder.js";
import { spanAt } from "../span-at.js";
import type { Fixer, FixNote } from "./fixer.js";

const CONTENT: ReadonlySet<string> = new Set<SegmentKind>(CONTENT_SEGMENT_KINDS);

/** A JSON value's `{ start, end }` when it is a span with numeric offsets. */
function rangeOf(value: JsonValue | undefined): { start: number; end: number } | undefined {
  if (!isJsonObject(value) || typeof value.start !== "number" || typeof value.end !== "number") return undefined;
  return { start: value.start, end: value.end };
}

/** Where a mention starts, for keeping mentions in text order. */
function mentionStart(mention: JsonValue): number {
  return rangeOf(isJsonObject(mention) ? mention.span : undefined)?.start ?? 0;
}

/**
 * `mentions` (only when asked for with `--only mentions`): adds, as a mention of each entity, every occurrence of its
 * name or aliases in the headline and body that the `unannotated-mentions` check lists, in text order (the names of
 * a registry referent come from the registry). Review the additions: a name can stand for something else.
 */
export const mentionsFixer: Fixer = {
  name: "mentions",
  description: "add the occurrences of each entity's names that no mention covers (review them)",
  byDefault: false,
  fix(folder, context) {
    const changes: FixNote[] = [];
    const document = folder.files.get(DOCUMENT_FILE.file);
    const segments = isJsonObject(document) && Array.isArray(document.segments) ? document.segments : [];
    const content = segments.flatMap((segment) =>
      isJsonObject(segment) && CONTENT.has(String(segment.kind)) ? (rangeOf(segment.span) ?? []) : [],
    );
    const file = RECORD_FILES.entities.file;
    const entities = folder.files.get(file);
    const records = (isJsonObject(entities) && Array.isArray(entities.records) ? entities.records : []).filter(
      isJsonObject,
    );
    const mentionRanges = records.map((record) =>
      (Array.isArray(record.mentions) ? record.mentions : []).flatMap((mention) =>
        isJsonObject(mention) ? (rangeOf(mention.span) ?? []) : [],
      ),
    );
    records.forEach((record, index) => {
      if (!Array.isArray(record.mentions)) return;
      const registered = typeof record.id === "string" ? context.registryNames.get(record.id) : undefined;
      const names =
        registered ??
        [record.name, ...(Array.isArray(record.aliases) ? record.aliases : [])].filter(
          (name): name is string => typeof name === "string",
        );
      const isOtherMention = (start: number, end: number) =>
        mentionRanges.some(
          (ranges, other) => other !== index && ranges.some((range) => range.start === start && range.end === end),
        );
      const found = unannotatedOccurrences(folder.text, content, names, mentionRanges[index] ?? [], isOtherMention);
      if (found.length === 0) return;
      const added = found.map(({ start, end }) => ({
        span: spanAt(folder.text, start, end) as { [key: string]: JsonValue },
      }));
      record.mentions = [...record.mentions, ...added].sort((a, b) => mentionStart(a) - mentionStart(b));
      const listed = found.map(({ start, end }) => JSON.stringify(folder.text.slice(start, end))).join(", ");
      changes.push({
        file,
        path: ["records", index, "mentions"],
        message: `added ${found.length} mention(s): ${listed}`,
      });
    });
    return { changes, unresolved: [] };
  },
};
