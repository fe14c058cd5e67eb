/**
 * The data a command was given does not validate: exit code 1. `issues` are the lines `newsfacts validate` prints for
 * the same data (`file:line:column record field: message [check]`); the command prints them before its message.
 */
export class InvalidDataError extends Error {
  override readonly name = "InvalidDataError";

  /**
   * @param message - What is wrong, in one line.
   * @param issues - The issues, one line each, as `formatIssue` writes them; none when the message says it all.
   */
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}
