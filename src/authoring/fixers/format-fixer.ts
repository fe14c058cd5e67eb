import { jsonText } from "../../formats/json-text.js";
import type { Fixer, FixNote } from "./fixer.js";

/**
 * `format`: writes every JSON file as the data files are written — two-space indents, one final newline, keys in
 * their order — so that reviews show changes of data, not of layout. It reports the files whose data no other fixer
 * changed but whose layout differs (a file whose data changed is written in this layout anyway).
 */
export const formatFixer: Fixer = {
  name: "format",
  description: "write every JSON file with two-space indents and a final newline",
  byDefault: true,
  fix(folder) {
    const changes: FixNote[] = [];
    for (const [file, value] of folder.files) {
      const original = folder.originals.get(file) ?? "";
      const sameData = JSON.stringify(JSON.parse(original)) === JSON.stringify(value);
      if (sameData && original !== jsonText(value)) changes.push({ file, path: [], message: "reformatted" });
    }
    return { changes, unresolved: [] };
  },
};
