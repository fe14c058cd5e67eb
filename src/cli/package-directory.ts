import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The root folder of the installed newsfacts package (or of this repository when run from source): the nearest
 * folder above this module whose `package.json` is named `newsfacts`. Its `schema/` holds the JSON Schemas that data
 * files point at.
 *
 * @returns The absolute path of the package's root folder.
 * @throws Error when no such folder exists (a broken installation).
 */
export function packageDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "newsfacts") return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error("newsfacts: cannot find the package's own folder");
    directory = parent;
  }
}
