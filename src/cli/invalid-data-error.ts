/** The data a command was given does not validate: exit code 1, with a pointer to `newsfacts validate`. */
export class InvalidDataError extends Error {
  override readonly name = "InvalidDataError";
}
