const AMOUNT = String.raw`(?:\d+(?:[.,]\d+)?|X)`;
const DURATION = String.raw`P(?!$)(?:${AMOUNT}Y)?(?:${AMOUNT}M)?(?:${AMOUNT}W)?(?:${AMOUNT}D)?(?:T(?=.)(?:${AMOUNT}H)?(?:${AMOUNT}M)?(?:${AMOUNT}S)?)?`;

const DURATION_PATTERN = new RegExp(`^${DURATION}$`);
const RECURRENCE_PATTERN = new RegExp(`^R\\d*/${DURATION}$`);

/**
 * Whether a string is an ISO 8601 duration, with TIMEX3's `X` allowed for an unstated amount (`P4Y`, `PXD`).
 *
 * @param value - The candidate duration.
 * @returns True for a well-formed duration.
 */
export function isIsoDuration(value: string): boolean {
  return DURATION_PATTERN.test(value);
}

/**
 * Whether a string is an ISO 8601 recurrence of a duration, such as `R/P4Y` (every four years) or `R5/P1D`.
 *
 * @param value - The candidate recurrence.
 * @returns True for a well-formed recurrence.
 */
export function isIsoRecurrence(value: string): boolean {
  return RECURRENCE_PATTERN.test(value);
}
