import edtf from "edtf";

/**
 * The earliest and latest instants an EDTF value may denote, in milliseconds since the epoch (UTC).
 * `null` stands for an unknown bound (`/2021`), ±Infinity for an open one (`2021-10/..`).
 */
export interface EdtfBounds {
  readonly min: number | null;
  readonly max: number | null;
}

/** A parse outcome kept for a value: its bounds, or the parser's error. */
type Parsed = { readonly bounds: EdtfBounds } | { readonly error: unknown };

/**
 * Parsed values, by value. The `edtf` parser (nearley) takes tens of microseconds a value, and a corpus repeats the
 * same few values (`2021`, `1999`, a publication day) in every document: validation parses each value several
 * times (edtf-parses, intervals-ordered, relative-dates, the date bounds). The cache is emptied when it is full, so
 * its memory stays bounded whatever the corpus.
 */
const parsedValues = new Map<string, Parsed>();
const CACHE_LIMIT = 10_000;

/**
 * Parses an EDTF (ISO 8601-2) value with the `edtf` package and returns its bounds; a value parsed before is not
 * parsed again.
 *
 * @param value - An EDTF date, interval, season or set, e.g. `2021-10/..`.
 * @returns The earliest and latest instants the value covers (a frozen object, shared by every call).
 * @throws The `edtf` parser's error when the value is not valid EDTF.
 */
export function edtfBounds(value: string): EdtfBounds {
  let parsed = parsedValues.get(value);
  if (parsed === undefined) {
    parsed = parseBounds(value);
    if (parsedValues.size >= CACHE_LIMIT) parsedValues.clear();
    parsedValues.set(value, parsed);
  }
  if ("error" in parsed) throw parsed.error;
  return parsed.bounds;
}

/** Parses a value with the `edtf` package, catching its error. */
function parseBounds(value: string): Parsed {
  try {
    const parsed = edtf(value);
    return { bounds: Object.freeze({ min: parsed.min ?? null, max: parsed.max ?? null }) };
  } catch (error) {
    return { error };
  }
}

/** An endpoint of an EDTF interval: open (`..`), unknown (empty) or a value. */
export type IntervalEndpoint =
  | { readonly kind: "open" }
  | { readonly kind: "unknown" }
  | { readonly kind: "value"; readonly value: string };

/**
 * Splits an EDTF interval (`start/end`) into its two endpoints, or returns undefined for a value that is
 * not an interval.
 *
 * @param value - An EDTF value.
 * @returns The two endpoints, or undefined.
 */
export function intervalEndpoints(value: string): [IntervalEndpoint, IntervalEndpoint] | undefined {
  const parts = value.split("/");
  if (parts.length !== 2) return undefined;
  const endpoint = (part: string): IntervalEndpoint => {
    if (part === "..") return { kind: "open" };
    if (part === "") return { kind: "unknown" };
    return { kind: "value", value: part };
  };
  return [endpoint(parts[0] ?? ""), endpoint(parts[1] ?? "")];
}

/**
 * Like {@link edtfBounds}, but returns undefined for a value that does not parse (the `edtf-parses` check
 * reports those), so that other checks can skip it.
 *
 * @param value - An EDTF value.
 * @returns The bounds, or undefined.
 */
export function tryEdtfBounds(value: string): EdtfBounds | undefined {
  try {
    return edtfBounds(value);
  } catch {
    return undefined;
  }
}
