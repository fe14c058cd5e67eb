import { createHash } from "node:crypto";

/** A short text written for the tests (not the shipped article): two entities, a quote, claims, dates, a hedge. */
export const BRIDGE_TEXT =
  "Harbour Bridge to reopen\n\nMayor Ana Núñez said on 4 March 2024 that the bridge “will reopen in May”. " +
  "Engineers believe the repairs may take longer.\n";

/** A span of the bridge text: the `nth` occurrence (from 0) of `exact`. */
export function bridgeSpan(exact: string, nth = 0): { start: number; end: number; exact: string } {
  let start = -1;
  for (let seen = 0; seen <= nth; seen++) start = BRIDGE_TEXT.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the bridge text`);
  return { start, end: start + exact.length, exact };
}

const paragraphStart = BRIDGE_TEXT.indexOf("Mayor");

/** A valid annotated document over `BRIDGE_TEXT`, as parsed JSON: a fresh object on every call. */
export function bridgeDocument() {
  return {
    document: {
      id: "harbour-bridge-reopening",
      title: "Harbour Bridge to reopen",
      source: "source.txt",
      sha256: createHash("sha256").update(BRIDGE_TEXT).digest("hex"),
      language: "en",
      segments: [
        { id: "segment-headline", kind: "headline", span: bridgeSpan("Harbour Bridge to reopen") },
        {
          id: "segment-paragraph-1",
          kind: "paragraph",
          span: {
            start: paragraphStart,
            end: BRIDGE_TEXT.length - 1,
            exact: BRIDGE_TEXT.slice(paragraphStart, BRIDGE_TEXT.length - 1),
          },
        },
      ],
      publicationDate: {
        id: "bridge-publication-date",
        value: "2024-03-05",
        resolution: "inferred",
        certainty: 0.5,
        reasoning: "The mayor spoke on 4 March 2024; the report is assumed to follow a day later.",
        evidence: [bridgeSpan("4 March 2024")],
        alternatives: [],
      },
    },
    text: BRIDGE_TEXT,
    entities: [
      {
        id: "ana-nunez",
        kind: "person",
        name: "Ana Núñez",
        aliases: ["Mayor Núñez"],
        description: "The mayor who announces the reopening.",
        mentions: [{ span: bridgeSpan("Ana Núñez") }],
      },
      {
        id: "harbour-bridge",
        kind: "place",
        name: "Harbour Bridge",
        aliases: [],
        description: "The bridge under repair.",
        mentions: [{ span: bridgeSpan("Harbour Bridge") }, { span: bridgeSpan("the bridge") }],
      },
      {
        id: "engineers",
        kind: "group",
        name: "engineers",
        aliases: [],
        description: "Engineers who doubt the date.",
        mentions: [{ span: bridgeSpan("Engineers") }],
      },
    ],
    quotes: [
      {
        id: "quote-nunez-reopen-may",
        kind: "direct",
        speaker: "ana-nunez",
        cue: bridgeSpan("said"),
        content: bridgeSpan("will reopen in May"),
        // `about` lists what the quoted words mention; "will reopen in May" names no entity.
        about: [],
        saidAt: "time-4-march-2024",
        ellipsis: false,
        partial: true,
      },
    ],
    claims: [
      {
        id: "claim-bridge-reopens-may",
        statement: "The bridge will reopen in May 2024.",
        claimant: "ana-nunez",
        evidence: bridgeSpan("the bridge “will reopen in May”"),
        about: ["harbour-bridge"],
        factuality: { claimant: "CT+", author: "Uu" },
        quantities: [],
        relations: [],
        quote: "quote-nunez-reopen-may",
      },
      {
        id: "claim-repairs-take-longer",
        statement: "The repairs may take longer than May.",
        claimant: "engineers",
        evidence: bridgeSpan("the repairs may take longer"),
        about: [],
        factuality: { claimant: "PS+", author: "Uu" },
        quantities: [],
        relations: [
          { type: "contradicts", target: "claim-bridge-reopens-may", reason: "Longer repairs mean no May reopening." },
        ],
      },
    ],
    temporalExpressions: [
      {
        id: "time-4-march-2024",
        span: bridgeSpan("on 4 March 2024"),
        type: "DATE",
        value: "2024-03-04",
        resolution: "explicit",
        certainty: 1,
        dates: ["quote-nunez-reopen-may"],
      },
      {
        id: "time-in-may",
        span: bridgeSpan("in May"),
        type: "DATE",
        value: "2024-05",
        resolution: "relative",
        anchor: "bridge-publication-date",
        rule: { op: "year", shift: 0 },
        certainty: 0.9,
        dates: ["claim-bridge-reopens-may"],
      },
    ],
    temporalLinks: [],
    uncertaintyMarkers: [
      {
        id: "marker-may-take-longer",
        cue: bridgeSpan("may", 0),
        category: "epistemic-modal",
        scope: bridgeSpan("the repairs may take longer"),
        affects: ["claim-repairs-take-longer"],
        effect: { type: "weakens", from: "CT+", to: "PS+" },
      },
    ],
  };
}
