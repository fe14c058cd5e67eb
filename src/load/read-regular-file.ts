import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";

/** What reading a file gave: its bytes, or why it was not read (one sentence naming the cause). */
export type FileRead = { readonly bytes: Buffer } | { readonly problem: string };

/** What a path is, in words, for a file that is not a regular file. */
function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isSymbolicLink(): boolean }) {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  return "a device or other special file";
}

/** Why a system call failed, without the stack. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return `it cannot be read: permission denied (${code})`;
  if (code === "ELOOP") return "it is a symbolic link: data files must be regular files inside the data folder";
  return `it cannot be read: ${(error as Error).message}`;
}

/**
 * Reads a file only when it is a regular file of at most `maxBytes` bytes, and never follows a symbolic link: a
 * link (to `/dev/zero`, to a file outside the data folder), a directory, a named pipe or a device is refused with a
 * reason instead of being read (a pipe would block forever, `/dev/zero` would fill the memory). The file is opened
 * without following links and without blocking, then checked through the open descriptor, so that it cannot be
 * swapped between the check and the read.
 *
 * @param path - The file.
 * @param maxBytes - The largest size accepted.
 * @returns The bytes, or the problem.
 *
 * @example
 * "problem" in readRegularFile("src", 1000)
 * //=> true
 */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) {
      return { problem: `it is ${kindOf(stats)}: data files must be regular files inside the data folder` };
    }
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: reasonOf(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { problem: `it is ${kindOf(stats)}: data files must be regular files inside the data folder` };
    }
    if (stats.size > maxBytes) {
      return {
        problem: `it is ${stats.size.toLocaleString("en-US")} bytes, more than the limit of ${maxBytes.toLocaleString("en-US")}`,
      };
    }
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { problem: reasonOf(error) };
  } finally {
    closeSync(fd);
  }
}
