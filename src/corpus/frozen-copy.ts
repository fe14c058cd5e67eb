/** Thrown inside the walk for a value JSON cannot hold; each level adds its key on the way out. */
class NotJsonError extends Error {
  readonly path: (string | number)[] = [];
}

/** A short name for what a value is: `function`, `symbol`, `Date`, `Map`. */
function kindOf(value: unknown): string {
  if (typeof value === "object" && value !== null) return (value as object).constructor?.name ?? "object";
  return typeof value;
}

/** Copies and freezes one value; see {@link frozenCopy}. */
function copyValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) {
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw new NotJsonError(kindOf(value));
    }
    return value;
  }
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      try {
        copy[index] = copyValue(value[index]);
      } catch (error) {
        if (error instanceof NotJsonError) error.path.unshift(index);
        throw error;
      }
    }
    return Object.freeze(copy);
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new NotJsonError(kindOf(value));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    let child: unknown;
    try {
      child = copyValue((value as Record<string, unknown>)[key]);
    } catch (error) {
      if (error instanceof NotJsonError) error.path.unshift(key);
      throw error;
    }
    // JSON.parse makes "__proto__" an own property; an assignment would set the copy's prototype instead.
    if (key === "__proto__")
      Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
    else copy[key] = child;
  }
  return Object.freeze(copy);
}

/**
 * A deeply frozen copy of plain JSON data, made in one walk: each array and plain object is copied, then frozen, so
 * that the copy shares nothing with the input and cannot change afterwards (a getter or a proxy is read once, here).
 * Several times faster than `structuredClone`, which also copies what JSON cannot hold and freezes nothing.
 * `undefined` is kept, for the validator to report where a field should be.
 *
 * @param value - Parsed JSON, or anything: what JSON cannot hold is a TypeError.
 * @returns The frozen copy.
 * @throws {TypeError} For a function, a symbol, a bigint, or an object that is neither an array nor a plain object
 *   (a `Date`, a `Map`, a class instance), naming where it is.
 *
 * @example
 * Object.isFrozen(frozenCopy({ records: [{ id: "a" }] }).records[0])
 * //=> true
 */
export function frozenCopy<T>(value: T): T {
  try {
    return copyValue(value) as T;
  } catch (error) {
    if (!(error instanceof NotJsonError)) throw error;
    const where = error.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("");
    throw new TypeError(`expected plain JSON data, found a ${error.message} at $${where}`);
  }
}
