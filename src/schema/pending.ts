/** How a value that a person still has to decide starts: `PENDING: ` and then what to decide. */
export const PENDING_PREFIX = "PENDING: ";

/**
 * A Zod error message for a field that `newsfacts new` may leave pending: for a pending value, what is still to
 * decide (taken from the value itself); for any other wrong value, the usual message.
 *
 * @param message - The message for a wrong value that is not pending.
 * @returns A Zod `error` option.
 *
 * @example
 * pendingOr("must be a calendar date")({ input: "PENDING: the publication day" })
 * //=> "still to decide: the publication day"
 * pendingOr("must be a calendar date")({ input: "2021-13-45" })
 * //=> "must be a calendar date"
 */
export function pendingOr(message: string): (issue: { readonly input?: unknown }) => string {
  return (issue) =>
    typeof issue.input === "string" && issue.input.startsWith(PENDING_PREFIX)
      ? `still to decide: ${issue.input.slice(PENDING_PREFIX.length)}`
      : message;
}
