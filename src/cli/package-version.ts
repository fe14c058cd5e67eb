import { readFileSync } from "node:fs";

/**
 * The version of the installed package, from its package.json: the nearest one above this module named
 * `newsfacts` (next to `dist/` when installed, two folders up in the sources).
 *
 * @returns The version, such as `0.1.0`.
 * @throws {Error} When no package.json of newsfacts is found (a broken installation).
 *
 * @example
 * /^\d+\.\d+\.\d+/.test(packageVersion())
 * //=> true
 */
export function packageVersion(): string {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Record<string, unknown>;
      if (manifest.name === "newsfacts" && typeof manifest.version === "string") return manifest.version;
    } catch {
      // Not here: try the folder above.
    }
  }
  throw new Error("newsfacts: cannot find the package's package.json");
}
