import { EARLIEST, LATEST } from "../indexes/date-range-index.js";

/** A point of a date query: a `Date`, or an ISO 8601 string (`2021`, `2021-09`, `2021-09-01`, `2021-09-01T12:00Z`). */
export type DateInput = Date | string;

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

const DAY_MS = 86_400_000;

/**
 * Epoch ms of a UTC calendar day (a day of 0 is the last day of the month before). `Date.UTC` is plain arithmetic,
 * but reads the years 0–99 as 1900–1999: those go through `setUTCFullYear`, which has no such quirk.
 */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Throws unless `year-month-day` is a real calendar day (no 2021-02-30, no month 13). */
function checkCalendarDay(input: string, year: number, month: number, day: number): void {
  const daysInMonth = month >= 1 && month <= 12 ? (utc(year, month, 0) - utc(year, month - 1, 1)) / DAY_MS + 1 : 0;
  if (day < 1 || day > daysInMonth) {
    throw new RangeError(`invalid date ${JSON.stringify(input)}: no such calendar day`);
  }
}

/** The first and last instant of a whole year, month or day (UTC). */
function calendarInstants(input: string, year: number, month?: number, day?: number): [number, number] {
  if (month === undefined) return [utc(year, 0, 1), utc(year + 1, 0, 1) - 1];
  checkCalendarDay(input, year, month, day ?? 1);
  if (day === undefined) return [utc(year, month - 1, 1), utc(year, month, 1) - 1];
  return [utc(year, month - 1, day), utc(year, month - 1, day + 1) - 1];
}

/**
 * The first and last instant (epoch ms, UTC) a query date stands for. A `Date` is one instant. A calendar string
 * keeps its precision, as EDTF values do: `2021` is the whole year, `2021-09` the whole month, `2021-09-01` the
 * whole day, in UTC. A date-time (`2021-09-01T12:00`, seconds and milliseconds optional) is one instant, in UTC
 * unless it gives an offset (`Z`, `+03:00`).
 *
 * @param input - A `Date` or an ISO 8601 string.
 * @returns The first and last instant.
 * @throws {RangeError} For an invalid `Date`, a string in another format, or a day that does not exist.
 *
 * @example
 * instantsOf("2021-09").map((instant) => new Date(instant).toISOString())
 * //=> ["2021-09-01T00:00:00.000Z", "2021-09-30T23:59:59.999Z"]
 */
export function instantsOf(input: DateInput): [number, number] {
  if (input instanceof Date) {
    // An invalid Date holds NaN (what date-fns' isValid tests, without loading date-fns in the main entry).
    if (Number.isNaN(input.getTime())) throw new RangeError("invalid date: the Date is invalid");
    return [input.getTime(), input.getTime()];
  }
  const calendar = CALENDAR.exec(input);
  if (calendar !== null) {
    const [, year, month, day] = calendar.map((part) => (part === undefined ? undefined : Number(part)));
    return calendarInstants(input, year as number, month, day);
  }
  const dateTime = DATE_TIME.exec(input);
  if (dateTime === null) {
    throw new RangeError(
      `invalid date ${JSON.stringify(input)}: expected a Date or an ISO 8601 string such as 2021, 2021-09, 2021-09-01 or 2021-09-01T12:00Z`,
    );
  }
  checkCalendarDay(input, Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3]));
  const instant = Date.parse(dateTime[4] === undefined ? `${input}Z` : input);
  if (Number.isNaN(instant)) throw new RangeError(`invalid date ${JSON.stringify(input)}: no such time`);
  return [instant, instant];
}

/** A query range: the first and last instant, inclusive (epoch ms). */
export interface InstantRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The instants from the start of `from` to the end of `to`, or undefined when neither is given. A missing side is
 * open.
 *
 * @param from - The earliest date, if any.
 * @param to - The latest date, if any.
 * @returns The range, inclusive.
 * @throws {RangeError} For an invalid date, or when `from` is after `to`.
 *
 * @example
 * queryRange("2021-09-01", undefined)?.end === LATEST
 * //=> true
 */
export function queryRange(from: DateInput | undefined, to: DateInput | undefined): InstantRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  const start = from === undefined ? EARLIEST : instantsOf(from)[0];
  const end = to === undefined ? LATEST : instantsOf(to)[1];
  // A reversed range is almost always swapped arguments: say so rather than answer "no dates".
  if (start > end) throw new RangeError("invalid date range: from is after to");
  return { start, end };
}
