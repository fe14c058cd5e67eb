import { describe, expect, it } from "vitest";
import { corpus } from "../../src/exports/index.js";
import { createCorpus } from "../../src/exports/validate.js";
import { bridgeDocument } from "../helpers/bridge-document.js";
import type { JsonRecord } from "../helpers/data-copy.js";

/** Every object reachable from a value that is not frozen, by path ("" when all are frozen). */
function unfrozen(value: unknown, path = "$", seen = new Set<unknown>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen))];
}

/** Every query result an application can get from a corpus, by name. */
function everyResult(of: typeof corpus) {
  const claim = of.claims()[0];
  const quote = of.quotes()[0];
  const entity = of.entities()[0];
  const date = of.dates()[0];
  if (!claim || !quote || !entity || !date) throw new Error("the corpus is expected to have records of every kind");
  return {
    documents: of.documents,
    entity: of.entity(entity.id),
    entities: of.entities(),
    entitiesByName: of.entities({ name: "putin" }),
    mentions: of.mentions(entity.id),
    unknownMentions: of.mentions("no-such-entity" as never),
    quote: of.quote(quote.id),
    quotes: of.quotes(),
    claim: of.claim(claim.id),
    claims: of.claims({ minCertainty: "PR" }),
    conflicts: of.conflicts(),
    dates: of.dates({ from: "2021" }),
    timeline: of.timeline(),
    uncertainty: of.uncertainty(),
    certaintyOf: of.certaintyOf(claim.id),
    dateCertainty: of.certaintyOf(date.id),
    context: of.context(quote),
    sentenceOf: of.sentenceOf(claim),
    boundsOf: of.boundsOf(date.id),
  };
}

/** A snapshot of what the queries return, to compare before and after an attempted change. */
function snapshot(of: typeof corpus): string {
  return JSON.stringify(everyResult(of));
}

describe("immutability", () => {
  it("deeply freezes the shipped records and every query result", () => {
    expect(Object.isFrozen(corpus)).toBe(true);
    for (const [name, result] of Object.entries(everyResult(corpus))) {
      expect([name, unfrozen(result)]).toEqual([name, []]);
    }
  });

  it("gives an application that mutates a returned record a TypeError (modules are strict) and no later query sees a change", () => {
    const before = snapshot(corpus);
    const claim = corpus.claims()[0] as unknown as JsonRecord;
    const entity = corpus.entity("vladimir-putin") as unknown as JsonRecord;
    const attempts: [string, () => void][] = [
      ["set a field", () => (claim.statement = "changed")],
      ["set a nested field", () => (claim.factuality.author = "CT+")],
      ["set a span offset", () => (claim.evidence.start = 0)],
      ["add a field", () => (claim.extra = true)],
      ["delete a field", () => delete claim.statement],
      ["push onto a record's array", () => claim.about.push("someone")],
      ["replace an array element", () => (entity.mentions[0] = {})],
      ["push onto a result", () => (corpus.claims() as unknown as unknown[]).push({})],
      ["sort a result in place", () => (corpus.quotes() as unknown as unknown[]).sort()],
      ["change the documents", () => (corpus.documents as unknown as unknown[]).pop()],
      ["change the text", () => ((corpus.documents[0] as unknown as Record<string, unknown>).text = "")],
      ["change a timeline entry", () => ((corpus.timeline()[0] as unknown as Record<string, unknown>).bounds = [0, 0])],
      ["change bounds", () => ((corpus.boundsOf("time-last-year") as unknown as number[])[0] = 0)],
      ["set a prototype", () => Object.setPrototypeOf(claim, null)],
      ["define a property", () => Object.defineProperty(claim, "id", { value: "x" })],
    ];
    const allowed = attempts.filter(([, attempt]) => !throwsTypeError(attempt)).map(([name]) => name);
    expect(allowed).toEqual([]);
    expect(snapshot(corpus)).toBe(before);
  });

  it("freezes the caller's input in place: mutating it after createCorpus throws and changes nothing", () => {
    const input = bridgeDocument();
    const created = createCorpus([input]);
    const before = snapshot(created as unknown as typeof corpus);
    expect(unfrozen(input)).toEqual([]);
    // Try to change every string and number of the input in place, and to empty every array.
    const refused: boolean[] = [];
    (function scramble(value: unknown) {
      if (typeof value !== "object" || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (typeof child === "string")
          refused.push(throwsTypeError(() => Object.assign(value, { [key]: `${child}!` })));
        else if (typeof child === "number")
          refused.push(throwsTypeError(() => Object.assign(value, { [key]: child + 1 })));
        else scramble(child);
      }
      if (Array.isArray(value)) refused.push(throwsTypeError(() => Object.assign(value, { length: 0 })));
    })(input);
    expect(refused.length).toBeGreaterThan(100);
    expect(refused.every(Boolean)).toBe(true);
    expect(snapshot(created as unknown as typeof corpus)).toBe(before);
  });
});

/** Whether a function throws a TypeError. */
function throwsTypeError(fn: () => void): boolean {
  try {
    fn();
  } catch (error) {
    return error instanceof TypeError;
  }
  return false;
}
