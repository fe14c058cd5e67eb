/** The data directory cannot be read at all (it does not exist, or is not a directory): a usage error, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
