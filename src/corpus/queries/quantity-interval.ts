import type { Quantity } from "../../schema/claim.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";

/**
 * The values a stated quantity allows, as a closed interval: an exact value is a point, a range its bounds, an upper
 * bound (`as many as 200,000`) runs down to minus infinity and a lower bound (`more than 250,000`) up to infinity.
 * An approximate value (`about 3,000`) says nothing about how far off it may be, so it has no interval: it is never
 * in conflict by its numbers alone.
 *
 * @param quantity - A quantity of a claim.
 * @returns `[min, max]`, or undefined for an approximate quantity.
 *
 * @example
 * quantityInterval({ span: { start: 0, end: 18, exact: "as many as 200,000" }, unit: "troops", approximation: "upper-bound", max: 200000 })
 * //=> [-Infinity, 200000]
 */
export function quantityInterval(quantity: DeepReadonly<Quantity>): readonly [number, number] | undefined {
  switch (quantity.approximation) {
    case "exact":
      return [quantity.value as number, quantity.value as number];
    case "range":
      return [quantity.min as number, quantity.max as number];
    case "upper-bound":
      return [Number.NEGATIVE_INFINITY, quantity.max as number];
    case "lower-bound":
      return [quantity.min as number, Number.POSITIVE_INFINITY];
    case "approximate":
      return undefined;
  }
}

/**
 * Whether two intervals share no value.
 *
 * @param a - An interval `[min, max]`.
 * @param b - Another.
 * @returns True when every value of one is below every value of the other.
 *
 * @example
 * disjoint([250000, Infinity], [-Infinity, 200000])
 * //=> true
 */
export function disjoint(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[1] < b[0] || b[1] < a[0];
}
