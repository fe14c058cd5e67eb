import { RECORD_FILES } from "../../schema/data-files.js";
import { isJsonObject, type JsonValue } from "../draft-folder.js";
import type { Fixer, FixNote } from "./fixer.js";

/** A mention's position for sorting: its span's start, then its end. */
function position(mention: JsonValue): [number, number] {
  const span = isJsonObject(mention) && isJsonObject(mention.span) ? mention.span : {};
  return [Number(span.start), Number(span.end)];
}

/**
 * `sort`: puts each entity's mentions in text order (by start, then end), the order the validator's duplicate and
 * overlap checks and the reading view expect. Records keep the order their author gave them.
 */
export const sortFixer: Fixer = {
  name: "sort",
  description: "put each entity's mentions in text order",
  byDefault: true,
  fix(folder) {
    const changes: FixNote[] = [];
    const file = RECORD_FILES.entities.file;
    const entities = folder.files.get(file);
    const records = isJsonObject(entities) && Array.isArray(entities.records) ? entities.records : [];
    records.forEach((record, index) => {
      if (!isJsonObject(record) || !Array.isArray(record.mentions)) return;
      const mentions = record.mentions;
      const sorted = [...mentions].sort((a, b) => {
        const [startA, endA] = position(a);
        const [startB, endB] = position(b);
        return startA - startB || endA - endB;
      });
      if (sorted.every((mention, at) => mention === mentions[at])) return;
      record.mentions = sorted;
      changes.push({ file, path: ["records", index, "mentions"], message: `mentions of "${record.id}" sorted` });
    });
    return { changes, unresolved: [] };
  },
};
