import { lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, type Stats, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { UsageError } from "../load/usage-error.js";
import { isSystemError, systemErrorMessage } from "./system-error.js";

/** What is at a path, without following a symbolic link there; undefined when nothing is. */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Checks `--out` before anything is written, and says whether it exists (an empty or, with `force`, any folder). */
function checkOut(out: string, force: boolean): boolean {
  if (out === "") throw new UsageError("--out is empty: give the directory to write into");
  const stats = lstatOrUndefined(out);
  if (stats === undefined) return false;
  if (stats.isSymbolicLink()) {
    throw new UsageError(`--out ${JSON.stringify(out)} is a symbolic link: give the directory itself`);
  }
  if (!stats.isDirectory()) throw new UsageError(`--out ${JSON.stringify(out)} exists and is not a directory`);
  if (!force && readdirSync(out).length > 0) {
    throw new UsageError(
      `--out ${JSON.stringify(out)} is not empty: pass --force to replace the files the export writes`,
    );
  }
  return true;
}

/** Makes the folders of a relative path under `root`, refusing any that is a symbolic link or a file. */
function realFolders(root: string, path: string): void {
  let folder = root;
  for (const part of dirname(path)
    .split(sep)
    .filter((name) => name !== "." && name !== "")) {
    folder = join(folder, part);
    const stats = lstatOrUndefined(folder);
    if (stats === undefined) mkdirSync(folder);
    else if (!stats.isDirectory() || stats.isSymbolicLink()) {
      throw new UsageError(`--out: ${JSON.stringify(folder)} is not a directory (a link or a file): remove it first`);
    }
  }
}

/**
 * Writes files into a folder safely: everything is written into a temporary folder beside `out` first and moved into
 * place only when all of it is written, so that a failure leaves nothing behind. A missing or empty `out` is
 * replaced by the temporary folder in one rename; a non-empty `out` is refused unless `force`, and then each file is
 * renamed over the file of the same name, so that a symbolic link there is replaced, never followed. An `out` that
 * is itself a symbolic link or a file is refused.
 *
 * @param out - The folder to write into (`--out`).
 * @param files - The content of each file (text or bytes), by path relative to `out` (`records/claim.schema.json`).
 * @param force - Whether a non-empty `out` may be written into.
 * @returns The paths written, `out` joined with each relative path, in the order given.
 * @throws {@link UsageError} for an empty, linked, non-directory or (without `force`) non-empty `out`, or one that
 *   cannot be written.
 *
 * @example
 * (() => { try { writeExportFolder("", { "a.json": "{}" }, false); } catch (error) { return error.message; } })()
 * //=> "--out is empty: give the directory to write into"
 */
export function writeExportFolder(
  out: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  force: boolean,
): string[] {
  const parent = dirname(resolve(out));
  let exists: boolean;
  let staging: string;
  try {
    exists = checkOut(out, force);
    mkdirSync(parent, { recursive: true });
    staging = mkdtempSync(join(parent, `.${basename(resolve(out))}.newsfacts-`));
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new UsageError(`--out ${JSON.stringify(out)} cannot be written: ${systemErrorMessage(error)}`);
  }
  try {
    for (const [path, content] of Object.entries(files)) {
      realFolders(staging, path);
      writeFileSync(join(staging, path), content, { flag: "wx" });
    }
    if (!exists || readdirSync(out).length === 0) renameSync(staging, out);
    else {
      for (const path of Object.keys(files)) {
        realFolders(out, path);
        renameSync(join(staging, path), join(out, path));
      }
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return Object.keys(files).map((path) => join(out, path));
}
