import { describe, expect, it } from "vitest";
import { frozenCopy } from "../../src/corpus/frozen-copy.js";

/** Every object reachable from a value, with its path. */
function objects(value: unknown, path = "$"): [string, object][] {
  if (typeof value !== "object" || value === null) return [];
  return [[path, value], ...Object.entries(value).flatMap(([key, child]) => objects(child, `${path}.${key}`))];
}

describe("frozenCopy", () => {
  const input = { document: { id: "a", tags: ["x", { deep: [1, null, true] }] }, text: "t", missing: undefined };

  it("copies plain JSON data: equal, sharing no object with the input, every object frozen", () => {
    const copy = frozenCopy(input);
    expect(copy).toStrictEqual(input);
    const originals = new Set(objects(input).map(([, object]) => object));
    for (const [path, object] of objects(copy)) {
      expect([path, Object.isFrozen(object), originals.has(object)]).toEqual([path, true, false]);
    }
    expect(Object.isFrozen(input.document)).toBe(false);
  });

  it("reads each property once: a getter cannot change what was copied", () => {
    let reads = 0;
    const tricky = {
      get id() {
        reads++;
        return `id-${reads}`;
      },
    };
    const copy = frozenCopy(tricky);
    expect([copy.id, copy.id, reads]).toEqual(["id-1", "id-1", 1]);
  });

  it("keeps a __proto__ key as an own property, as JSON.parse does, without touching the prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const copy = frozenCopy(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ["a function", { records: [{ id: () => 1 }] }, "a function at $.records[0].id"],
    ["a symbol", [Symbol("x")], "a symbol at $[0]"],
    ["a bigint", { n: 1n }, "a bigint at $.n"],
    ["a Date", { when: new Date(0) }, "a Date at $.when"],
    ["a Map", [new Map()], "a Map at $[0]"],
  ])("throws a TypeError naming where it found %s", (_name, value, where) => {
    expect(() => frozenCopy(value)).toThrow(new TypeError(`expected plain JSON data, found ${where}`));
  });
});
