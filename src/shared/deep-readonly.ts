/** A type whose every nested property and array element is read-only: what the corpus hands out. */
export type DeepReadonly<T> = T extends (infer Element)[]
  ? readonly DeepReadonly<Element>[]
  : T extends readonly (infer Element)[]
    ? readonly DeepReadonly<Element>[]
    : T extends object
      ? DeepReadonlyObject<T>
      : T;

/**
 * An object whose every property is deeply read-only. A name of its own because TypeScript resolves
 * `DeepReadonly<Span>` to this branch and forgets the conditional type's name: the documentation then shows
 * `DeepReadonlyObject<Span>`, a link to the fields, instead of the fields written out in every signature.
 */
export type DeepReadonlyObject<T> = { readonly [Key in keyof T]: DeepReadonly<T[Key]> };

/**
 * Freezes a value and everything reachable from it, so that no application can change shipped records.
 *
 * @param value - A tree of plain objects and arrays (parsed JSON).
 * @returns The same value, frozen, typed as deeply read-only.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}
