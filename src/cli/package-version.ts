import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDirectory } from "./package-directory.js";

/**
 * The version of the installed package, from its package.json.
 *
 * @returns The version, such as `0.1.0`.
 * @throws Error when the package's own folder cannot be found (a broken installation).
 *
 * @example
 * /^\d+\.\d+\.\d+/.test(packageVersion())
 * //=> true
 */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageDirectory(), "package.json"), "utf8")).version;
}
