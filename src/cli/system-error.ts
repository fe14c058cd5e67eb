/** What the system calls' error codes mean, in the words of a one-line message. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "no such file or directory",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
  ENOTEMPTY: "the directory is not empty",
};

/** An error from a system call, as Node throws it: with an error code, the call and the path. */
interface SystemError {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
}

/**
 * Whether an error comes from a system call (reading, writing, listing a folder) rather than from the code.
 *
 * @param error - Anything thrown.
 * @returns True for an error with a string `code` such as `EACCES`.
 *
 * @example
 * isSystemError(Object.assign(new Error("x"), { code: "EACCES" }))
 * //=> true
 */
export function isSystemError(error: unknown): error is SystemError & Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}

/**
 * One line saying what a system call failed on and why, without Node's stack: `cannot open "data/x/quotes.json":
 * is a directory (EISDIR)`.
 *
 * @param error - An error from a system call.
 * @returns The message.
 *
 * @example
 * systemErrorMessage(Object.assign(new Error("x"), { code: "EACCES", syscall: "open", path: "out/a.json" }))
 * //=> 'cannot open "out/a.json": permission denied (EACCES)'
 */
export function systemErrorMessage(error: SystemError & Error): string {
  const reason = REASONS[error.code] ?? error.message;
  const what = error.path === undefined ? "" : ` ${JSON.stringify(error.path)}`;
  return `cannot ${error.syscall ?? "access"}${what}: ${reason} (${error.code})`;
}
