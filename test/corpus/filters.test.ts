/**
 * The query methods check their filters as the command line checks its options: a misspelt key or value is a
 * TypeError or RangeError naming the key and what it accepts, never an empty result or everything; only a filter's
 * own properties count; id filters take arrays ("any of them"); claims take `maxCertainty`; dates take a `within` match.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { QUERY_FILTERS } from "../../src/corpus/queries/filter-fields.js";
import { corpus } from "../../src/exports/index.js";
import { ENTITY_KINDS, TEMPORAL_TYPES } from "../../src/generated/vocabularies.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

/** Calls a query with a filter its types do not allow, as JavaScript callers can. */
function query(method: keyof typeof QUERY_FILTERS, filter: unknown): readonly { id: string }[] {
  return (corpus[method] as (filter: unknown) => readonly { id: string }[]).call(corpus, filter);
}

/** The error a call throws. */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to throw");
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe("misspelt filters are errors that name the key and what it accepts", () => {
  it.each([
    [
      "quotes",
      { speker: "vladimir-putin" },
      TypeError,
      'corpus.quotes({ speker }): unknown filter (did you mean "speaker"?): expected one of speaker, kind, about, document',
    ],
    ["claims", { view: "autor" }, RangeError, 'corpus.claims({ view }): "autor" is not one of claimant, author'],
    [
      "claims",
      { minCertainty: "sure" },
      RangeError,
      'corpus.claims({ minCertainty }): "sure" is not one of CT, PR, PS, U',
    ],
    [
      "entities",
      { kind: "persons" },
      RangeError,
      `corpus.entities({ kind }): "persons" is not one of ${ENTITY_KINDS.join(", ")}`,
    ],
    [
      "dates",
      { type: "date" },
      RangeError,
      `corpus.dates({ type }): "date" is not one of ${TEMPORAL_TYPES.join(", ")}`,
    ],
    [
      "dates",
      { form: "2021" },
      TypeError,
      'corpus.dates({ form }): unknown filter (did you mean "from"?): expected one of from, to, match, type',
    ],
    ["dates", { match: "inside" }, RangeError, 'corpus.dates({ match }): "inside" is not one of overlaps, within'],
    [
      "uncertainty",
      { category: ["evidential", "hedge"] },
      RangeError,
      'corpus.uncertainty({ category }): "hedge" is not one of',
    ],
    ["quotes", { speaker: 42 }, TypeError, "corpus.quotes({ speaker }): must be an id or an array of ids, not 42"],
    ["quotes", { kind: ["direct"] }, undefined, undefined],
    ["claims", { polarity: ["+"] }, TypeError, "corpus.claims({ polarity }): must be one of +, -, u, not an array"],
    ["entities", { name: 7 }, TypeError, "corpus.entities({ name }): must be a string, not 7"],
    ["dates", { from: 2021 }, TypeError, "corpus.dates({ from }): must be a Date or an ISO 8601 string, not 2021"],
    ["dates", { from: "yesterday" }, RangeError, 'corpus.dates({ from }): invalid date "yesterday"'],
    ["dates", { from: "2022", to: "2021" }, RangeError, "corpus.dates({ from }): invalid date range: from is after to"],
    [
      "claims",
      { minCertainty: "CT", maxCertainty: "PS" },
      RangeError,
      'corpus.claims({ minCertainty }): "CT" is above maxCertainty "PS"',
    ],
  ] as const)("%s(%o)", (method, filter, type, message) => {
    if (type === undefined) {
      expect(() => query(method, filter)).not.toThrow();
      return;
    }
    const error = thrown(() => query(method, filter));
    expect(error).toBeInstanceOf(type);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("refuses a filter that is not an object, and treats undefined values and no filter as not set", () => {
    for (const filter of [null, "vladimir-putin", 1, ["speaker"]]) {
      expect(thrown(() => query("quotes", filter))).toBeInstanceOf(TypeError);
    }
    expect(ids(query("quotes", { speaker: undefined, kind: undefined }))).toEqual(ids(corpus.quotes()));
    expect(ids(query("quotes", undefined))).toEqual(ids(corpus.quotes({})));
  });

  it("cuts a long value in the message instead of repeating it whole", () => {
    const error = thrown(() => query("entities", { kind: "x".repeat(100_000) }));
    expect(error.message.length).toBeLessThan(400);
  });
});

describe("only a filter's own properties count", () => {
  const polluted = [
    "speaker",
    "about",
    "kind",
    "claimant",
    "view",
    "minCertainty",
    "type",
    "from",
    "target",
    "pronoun",
    "mentions",
    "content",
    "relation",
    "affects",
  ];
  afterEach(() => {
    for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it("gives the same results with Object.prototype polluted beforehand", () => {
    const before = {
      quotes: ids(corpus.quotes()),
      claims: ids(corpus.claims()),
      entities: ids(corpus.entities()),
      dates: ids(corpus.dates()),
      uncertainty: ids(corpus.uncertainty()),
      mentions: corpus.mentions("vladimir-putin").length,
      documentOf: corpus.documentOf(corpus.claims()[0] as never),
      sentence: corpus.sentenceOf(corpus.claims()[0] as never).exact,
    };
    const values: Record<string, unknown> = {
      speaker: "vladimir-putin",
      about: "nato",
      kind: "direct",
      claimant: "author",
      view: "author",
      minCertainty: "CT",
      type: "SET",
      from: "2030",
      target: "claim-moscow-200000-troops",
      pronoun: true,
      mentions: [],
      content: { start: 0, end: 1, exact: "P" },
      relation: "BEFORE",
      affects: [],
    };
    for (const key of polluted) (Object.prototype as Record<string, unknown>)[key] = values[key];
    expect({
      quotes: ids(corpus.quotes()),
      claims: ids(corpus.claims()),
      entities: ids(corpus.entities()),
      dates: ids(corpus.dates()),
      uncertainty: ids(corpus.uncertainty()),
      mentions: corpus.mentions("vladimir-putin").length,
      documentOf: corpus.documentOf(corpus.claims()[0] as never),
      sentence: corpus.sentenceOf(corpus.claims()[0] as never).exact,
    }).toEqual(before);
  });
});

describe("helpers given no record", () => {
  it("throw a TypeError naming the method, not an internal error", () => {
    const missing = corpus.quote("nope" as never);
    expect(missing).toBeUndefined();
    for (const call of [
      () => corpus.sentenceOf(missing as never),
      () => corpus.context(missing as never),
      () => corpus.documentOf(missing as never),
    ]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(
        /^corpus\.(sentenceOf|context|documentOf): expected a record of this corpus, not undefined$/,
      );
    }
  });
});

describe("arrays of ids mean any of them", () => {
  it("quotes and claims about any of several entities, in corpus order, once each", () => {
    const wanted = ["union-state", "union-state-programme"] as const;
    const quotes = corpus.quotes({ about: wanted });
    expect(ids(quotes)).toEqual(
      ids(
        corpus.quotes().filter((quote) => quote.about.some((entity) => (wanted as readonly string[]).includes(entity))),
      ),
    );
    const union = new Set([...ids(corpus.quotes({ about: wanted[0] })), ...ids(corpus.quotes({ about: wanted[1] }))]);
    expect(new Set(ids(quotes))).toEqual(union);
    expect(ids(quotes).length).toBe(union.size);
    expect(ids(corpus.claims({ about: wanted }))).toEqual(
      ids(
        corpus.claims().filter((claim) => claim.about.some((entity) => (wanted as readonly string[]).includes(entity))),
      ),
    );
  });

  it("speakers, kinds, targets and types take arrays too; an empty array matches nothing", () => {
    const speakers = ["vladimir-putin", "dmitri-peskov"] as const;
    expect(ids(corpus.quotes({ speaker: speakers }))).toEqual(
      ids(corpus.quotes().filter((quote) => (speakers as readonly string[]).includes(quote.speaker))),
    );
    expect(
      corpus
        .dates({ type: ["DURATION", "SET"] })
        .map((date) => date.type)
        .sort(),
    ).toEqual(
      corpus
        .dates()
        .filter((date) => date.type === "DURATION" || date.type === "SET")
        .map((date) => date.type)
        .sort(),
    );
    expect(corpus.quotes({ speaker: [] })).toEqual([]);
  });
});

describe("maxCertainty", () => {
  it("finds the claims the author presents as less than certain", () => {
    const uncertain = corpus.claims({ view: "author", maxCertainty: "PR" });
    expect(uncertain.length).toBeGreaterThan(0);
    expect(ids(uncertain)).toEqual(ids(corpus.claims().filter((claim) => !claim.factuality.author.startsWith("CT"))));
    expect(ids(corpus.claims({ minCertainty: "PR", maxCertainty: "PR" }))).toEqual(
      ids(corpus.claims().filter((claim) => claim.factuality.claimant.startsWith("PR"))),
    );
  });
});

describe("dates within a range", () => {
  it("keeps only the expressions whose whole interval lies inside the range", () => {
    const september = { from: "2021-09-01", to: "2021-09-30" } as const;
    const start = Date.UTC(2021, 8, 1);
    const end = Date.UTC(2021, 9, 1) - 1;
    const within = corpus.dates({ ...september, match: "within" });
    const expected = corpus.dates().filter((expression) => {
      const bounds = corpus.boundsOf(expression.id);
      return bounds !== undefined && bounds[0] !== null && bounds[1] !== null && bounds[0] >= start && bounds[1] <= end;
    });
    expect(within.length).toBeGreaterThan(0);
    expect(ids(within)).toEqual(ids(expected));
    const overlapping = ids(corpus.dates({ ...september, match: "overlaps" }));
    expect(overlapping).toEqual(ids(corpus.dates(september)));
    // "recently" (open start) and "this year" overlap September but are not within it.
    expect(overlapping).toContain("time-recently");
    expect(ids(within)).not.toContain("time-recently");
    expect(ids(within)).not.toContain("time-this-year");
  });

  it("counts an open end as inside an open side of the range", () => {
    expect(ids(corpus.dates({ from: "2021-10", match: "within" }))).toContain("time-october-or-later");
    expect(ids(corpus.dates({ from: "2021-10", to: "2030", match: "within" }))).not.toContain("time-october-or-later");
  });
});

describe("newsfacts query checks its options by the same rules and messages", () => {
  it.each([
    [["entities", "--kind", "persons"], "entities", { kind: "persons" }],
    [["claims", "--min-certainty", "sure"], "claims", { minCertainty: "sure" }],
    [["claims", "--view", "autor"], "claims", { view: "autor" }],
    [["dates", "--type", "date"], "dates", { type: "date" }],
    [["dates", "--from", "yesterday"], "dates", { from: "yesterday" }],
    [["dates", "--from", "2022", "--to", "2021"], "dates", { from: "2022", to: "2021" }],
  ] as const)("newsfacts query %j", (args, method, filter) => {
    const result = newsfacts("query", ...args);
    expect(result.status).toBe(2);
    const apiMessage = thrown(() => query(method, filter)).message.replace(/^corpus\.\w+\(\{ \w+ \}\): /, "");
    expect(result.stderr).toMatch(/^newsfacts query: --[a-z-]+: /);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(apiMessage);
  });

  it("takes a repeated id option as any of them, and refuses a repeated single-value option", () => {
    const both = newsfacts("query", "quotes", "--speaker", "vladimir-putin", "--speaker", "dmitri-peskov", "--json");
    expect(both.status).toBe(0);
    expect((JSON.parse(both.stdout) as { id: string }[]).map((quote) => quote.id)).toEqual(
      ids(corpus.quotes({ speaker: ["vladimir-putin", "dmitri-peskov"] })),
    );
    const twice = newsfacts("query", "claims", "--view", "author", "--view", "claimant");
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe("newsfacts query: --view given more than once: give it once\n");
  });

  it("answers --max-certainty and --match within", () => {
    const claims = newsfacts("query", "claims", "--view", "author", "--max-certainty", "PR", "--json");
    expect((JSON.parse(claims.stdout) as { id: string }[]).map((claim) => claim.id)).toEqual(
      ids(corpus.claims({ view: "author", maxCertainty: "PR" })),
    );
    const dates = newsfacts("query", "dates", "--from", "2021-09", "--to", "2021-09", "--match", "within", "--json");
    expect((JSON.parse(dates.stdout) as { id: string }[]).map((date) => date.id)).toEqual(
      ids(corpus.dates({ from: "2021-09", to: "2021-09", match: "within" })),
    );
  });
});
