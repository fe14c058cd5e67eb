/**
 * The package that an import could not find, when an error is Node's `Cannot find package 'zod'`: what a command
 * that needs a peer dependency (zod for `validate` and `--data`) meets when the user has not installed it.
 *
 * @param error - Anything thrown.
 * @returns The package's name, or `undefined` for any other error.
 *
 * @example
 * missingPackage(Object.assign(new Error("Cannot find package 'zod'"), { code: "ERR_MODULE_NOT_FOUND" }))
 * //=> "zod"
 */
export function missingPackage(error: unknown): string | undefined {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== "ERR_MODULE_NOT_FOUND") return undefined;
  return /^Cannot find package '([^']+)'/.exec(error.message)?.[1];
}
