import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Packs this package (`npm pack`, from the built dist/) and installs the tarball in a fresh temporary project, as a
 * user would.
 *
 * @param installOptions - Extra options for `npm install`, e.g. `--omit=peer` to leave zod out.
 * @returns The project's folder.
 */
export function installPackedProject(installOptions: readonly string[] = []): string {
  const packDirectory = mkdtempSync(join(tmpdir(), "newsfacts-pack-"));
  const tarball =
    execFileSync("npm", ["pack", "--silent", "--pack-destination", packDirectory], { encoding: "utf8" })
      .trim()
      .split("\n")
      .pop() ?? "";
  const project = mkdtempSync(join(tmpdir(), "newsfacts-project-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", ...installOptions, join(packDirectory, tarball)],
    { cwd: project, stdio: "pipe" },
  );
  return project;
}
