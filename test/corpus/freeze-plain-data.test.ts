import { describe, expect, it } from "vitest";
import { freezePlainData } from "../../src/corpus/freeze-plain-data.js";

/** Every object reachable from a value, with its path. */
function objects(value: unknown, path = "$"): [string, object][] {
  if (typeof value !== "object" || value === null) return [];
  return [[path, value], ...Object.entries(value).flatMap(([key, child]) => objects(child, `${path}.${key}`))];
}

describe("freezePlainData", () => {
  const fresh = () => ({
    document: { id: "a", tags: ["x", { deep: [1, null, true] }] },
    text: "t",
    missing: undefined,
  });

  it("freezes plain JSON data in place: the same objects, unchanged, every one frozen", () => {
    const input = fresh();
    const before = structuredClone(input);
    const found = objects(input);
    expect(freezePlainData(input)).toBe(input);
    expect(input).toStrictEqual(before);
    for (const [path, object] of found) expect([path, Object.isFrozen(object)]).toEqual([path, true]);
  });

  it("walks an object reached twice once, and leaves what was frozen before as it is", () => {
    const shared = { id: "s" };
    const input = { a: shared, b: [shared], done: Object.freeze({ open: { id: "not reached" } }) };
    freezePlainData(input);
    expect([Object.isFrozen(shared), Object.isFrozen(input.b), Object.isFrozen(input.done.open)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("keeps a __proto__ key as an own property, as JSON.parse makes it, without touching the prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    freezePlainData(parsed);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(["__proto__", "a"]);
    expect(Object.isFrozen(Object.getOwnPropertyDescriptor(parsed, "__proto__")?.value)).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ["a function", { records: [{ id: () => 1 }] }, "a function at $.records[0].id"],
    ["a symbol", [Symbol("x")], "a symbol at $[0]"],
    ["a bigint", { n: 1n }, "a bigint at $.n"],
    ["a Date", { when: new Date(0) }, "a Date at $.when"],
    ["a Map", [new Map()], "a Map at $[0]"],
  ])("throws a TypeError naming where it found %s", (_name, value, where) => {
    expect(() => freezePlainData(value)).toThrow(new TypeError(`expected plain JSON data, found ${where}`));
  });
});
