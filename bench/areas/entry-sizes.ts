/** The size of every built entry point and of the shipped data file, raw and gzipped. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** One built file's size. */
export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The sizes of the entry points (not the chunks the command line loads on demand) and of the shipped data.
 *
 * @param dist - The built package's folder.
 * @returns One size per file, sorted by name.
 */
export function entrySizes(dist: string): FileSize[] {
  return readdirSync(dist)
    .filter((file) => /^(index|schema|validate|formats|cli)\.c?js$/.test(file) || file === "shipped-data.json")
    .sort()
    .map((file) => {
      const content = readFileSync(join(dist, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}
