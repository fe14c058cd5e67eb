/**
 * Every query against what an application would write without the package's indexes: arrays of records and their
 * date bounds and name words computed once, up front, then a plain `filter` (or `find`) per question. The index must
 * win where a query finds few records, and must not lose where it finds many.
 */
import type { Corpus } from "../../src/corpus/corpus.js";
import { containsPhrase, nameWords } from "../../src/corpus/name-words.js";
import type { DateBounds } from "../../src/dates/date-bounds.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import type { Claim } from "../../src/schema/claim.js";
import type { Entity } from "../../src/schema/entity.js";
import type { Quote } from "../../src/schema/quote.js";
import type { TemporalExpression } from "../../src/schema/temporal-expression.js";
import type { UncertaintyMarker } from "../../src/schema/uncertainty-marker.js";
import { syntheticSuffix } from "../synthetic-corpus.js";
import { compare } from "../timing.js";

/** How a query compares with the application's scan at one corpus size. */
export interface QueryFigure {
  readonly name: string;
  /** `few` and `many`: filtered queries that find few records and many; `other` for lookups and the rest. */
  readonly group: "few" | "many" | "other";
  readonly results: number;
  readonly queryMs: number;
  readonly scanMs: number;
  /** scan / query: above 1 the query is faster. */
  readonly ratio: number;
  /** Whether the query and the scan found as many records. */
  readonly agrees: boolean;
}

interface QueryCase {
  readonly name: string;
  readonly group: QueryFigure["group"];
  readonly query: () => unknown;
  readonly scan: () => unknown;
}

/** A DATE or TIME expression with its bounds, open ends as infinities: what an application would keep. */
interface DatedExpression {
  readonly expression: TemporalExpression;
  readonly min: number;
  readonly max: number;
}

/** What an application computes once from the documents before it asks anything. */
interface ApplicationData {
  readonly quotes: readonly Quote[];
  readonly quoteDocuments: readonly string[];
  readonly claims: readonly Claim[];
  readonly claimDocuments: readonly string[];
  readonly markers: readonly UncertaintyMarker[];
  readonly dated: readonly DatedExpression[];
  /** The first definition of each entity id, with the words of its name and of each alias. */
  readonly entities: readonly Entity[];
  readonly entityWords: readonly (readonly string[][])[];
  /** Every definition of every entity, for mentions. */
  readonly definitions: readonly Entity[];
  readonly bounds: ReadonlyMap<string, DateBounds>;
}

function applicationData(
  documents: readonly AnnotatedDocument[],
  bounds: ReadonlyMap<string, DateBounds>,
): ApplicationData {
  const flat = <T>(pick: (document: AnnotatedDocument) => readonly T[]) => documents.flatMap(pick);
  const owners = (pick: (document: AnnotatedDocument) => readonly unknown[]) =>
    documents.flatMap((document) => pick(document).map(() => document.document.id));
  const dated = flat((document) => document.temporalExpressions).flatMap((expression) => {
    const bound = bounds.get(expression.id);
    return bound === undefined ? [] : [{ expression, min: bound[0] ?? -Infinity, max: bound[1] ?? Infinity }];
  });
  const seen = new Set<string>();
  const entities = flat((document) => document.entities).filter(
    (entity) => !seen.has(entity.id) && !!seen.add(entity.id),
  );
  return {
    quotes: flat((document) => document.quotes),
    quoteDocuments: owners((document) => document.quotes),
    claims: flat((document) => document.claims),
    claimDocuments: owners((document) => document.claims),
    markers: flat((document) => document.uncertaintyMarkers),
    dated,
    entities,
    entityWords: entities.map((entity) => [entity.name, ...entity.aliases].map(nameWords)),
    definitions: flat((document) => document.entities),
    bounds,
  };
}

/** The first and last instant of a calendar day, or of a year, in epoch ms. */
function dayRange(day: string): [number, number] {
  const start = Date.parse(`${day}T00:00:00Z`);
  return [start, start + 86_400_000 - 1];
}
const YEAR_2021: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1) - 1];

function queryCases(corpus: Corpus, documents: readonly AnnotatedDocument[], app: ApplicationData): QueryCase[] {
  const middle = Math.floor(documents.length / 2);
  const suffix = syntheticSuffix(middle);
  const target = documents[middle] as AnnotatedDocument;
  const day = target.document.publicationDate.value;
  const [dayStart, dayEnd] = dayRange(day);
  const docId = target.document.id;
  const few = {
    speaker: `belarusian-ambassador${suffix}`,
    about: `zapad-2021${suffix}`,
    claim: `claim-moscow-200000-troops${suffix}`,
    quote: `quote-peskov-no-documents-signed${suffix}`,
    expression: `time-thursday-evening${suffix}`,
  };
  const claimRecord = corpus.claim(few.claim);
  const peskov = nameWords("peskov");
  const overlapping = (start: number, end: number, type?: string) =>
    app.dated
      .filter(
        ({ expression, min, max }) => (type === undefined || expression.type === type) && min <= end && max >= start,
      )
      .map(({ expression }) => expression);
  return [
    {
      name: "quotes({ speaker }) — 1 speaker of 1 document",
      group: "few",
      query: () => corpus.quotes({ speaker: few.speaker }),
      scan: () => app.quotes.filter((quote) => quote.speaker === few.speaker),
    },
    {
      name: "claims({ about }) — an event of 1 document",
      group: "few",
      query: () => corpus.claims({ about: few.about }),
      scan: () => app.claims.filter((claim) => claim.about.includes(few.about)),
    },
    {
      name: 'dates({ from, to, type: "TIME" }) — 1 day',
      group: "few",
      query: () => corpus.dates({ from: day, to: day, type: "TIME" }),
      scan: () => overlapping(dayStart, dayEnd, "TIME"),
    },
    {
      name: "uncertainty({ target }) — 1 claim",
      group: "few",
      query: () => corpus.uncertainty({ target: few.claim }),
      scan: () => app.markers.filter((marker) => marker.affects.includes(few.claim)),
    },
    {
      name: "quotes({ speaker }) — alexander-lukashenko",
      group: "many",
      query: () => corpus.quotes({ speaker: "alexander-lukashenko" }),
      scan: () => app.quotes.filter((quote) => quote.speaker === "alexander-lukashenko"),
    },
    {
      name: "claims({ about }) — belarus",
      group: "many",
      query: () => corpus.claims({ about: "belarus" }),
      scan: () => app.claims.filter((claim) => claim.about.includes("belarus")),
    },
    {
      name: "dates({ from, to }) — 1 day, every type",
      group: "many",
      query: () => corpus.dates({ from: day, to: day }),
      scan: () => overlapping(dayStart, dayEnd),
    },
    {
      name: "dates({ from, to }) — year 2021, every type",
      group: "many",
      query: () => corpus.dates({ from: "2021", to: "2021" }),
      scan: () => overlapping(...YEAR_2021),
    },
    {
      name: 'uncertainty({ category: "evidential" })',
      group: "many",
      query: () => corpus.uncertainty({ category: "evidential" }),
      scan: () => app.markers.filter((marker) => marker.category === "evidential"),
    },
    {
      name: 'claims({ claimant: "dmitri-peskov", polarity: "-" })',
      group: "many",
      query: () => corpus.claims({ claimant: "dmitri-peskov", polarity: "-" }),
      scan: () =>
        app.claims.filter(
          (claim) => claim.claimant === "dmitri-peskov" && ["CT-", "PR-", "PS-"].includes(claim.factuality.claimant),
        ),
    },
    {
      name: "quotes({ document })",
      group: "other",
      query: () => corpus.quotes({ document: docId }),
      scan: () => app.quotes.filter((_quote, index) => app.quoteDocuments[index] === docId),
    },
    {
      name: "claims({ relatedTo })",
      group: "other",
      query: () => corpus.claims({ relatedTo: few.claim }),
      scan: () => {
        const related = claimRecord?.relations.map((relation) => relation.target) ?? [];
        return app.claims.filter(
          (claim) => related.includes(claim.id) || claim.relations.some((relation) => relation.target === few.claim),
        );
      },
    },
    {
      name: 'entities({ name: "peskov" })',
      group: "other",
      query: () => corpus.entities({ name: "peskov" }),
      scan: () =>
        app.entities.filter((_entity, index) => app.entityWords[index]?.some((words) => containsPhrase(words, peskov))),
    },
    {
      name: 'entities({ kind: "person" })',
      group: "other",
      query: () => corpus.entities({ kind: "person" }),
      scan: () => app.entities.filter((entity) => entity.kind === "person"),
    },
    {
      name: "mentions(id) — an event of 1 document",
      group: "other",
      query: () => corpus.mentions(few.about),
      scan: () => app.definitions.filter((entity) => entity.id === few.about).flatMap((entity) => entity.mentions),
    },
    {
      name: "quote(id)",
      group: "other",
      query: () => corpus.quote(few.quote),
      scan: () => app.quotes.find((quote) => quote.id === few.quote),
    },
    {
      name: "certaintyOf(id)",
      group: "other",
      query: () => corpus.certaintyOf(few.claim),
      scan: () => ({
        record: app.claims.find((claim) => claim.id === few.claim),
        markers: app.markers.filter((marker) => marker.affects.includes(few.claim)),
      }),
    },
    {
      name: "documentOf(record)",
      group: "other",
      query: () => claimRecord && corpus.documentOf(claimRecord),
      scan: () => app.claimDocuments[app.claims.findIndex((claim) => claim.id === few.claim)],
    },
    {
      name: "boundsOf(id)",
      group: "other",
      query: () => corpus.boundsOf(few.expression),
      scan: () => app.bounds.get(few.expression),
    },
  ];
}

/** How many records a result holds. */
function count(value: unknown): number {
  return Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
}

/**
 * Every query against the application's scan on the same corpus, interleaved.
 *
 * @param corpus - The corpus, its indexes built.
 * @param documents - Its documents.
 * @param bounds - The bounds of its dates.
 * @param samples - Batches per figure.
 * @returns One figure per query.
 */
export function measureQueries(
  corpus: Corpus,
  documents: readonly AnnotatedDocument[],
  bounds: ReadonlyMap<string, DateBounds>,
  samples: number,
): QueryFigure[] {
  const app = applicationData(documents, bounds);
  return queryCases(corpus, documents, app).map((entry) => {
    const [queryMs, scanMs] = compare([entry.query, entry.scan], samples, 5) as [number, number];
    const results = count(entry.query());
    return {
      name: entry.name,
      group: entry.group,
      results,
      queryMs,
      scanMs,
      ratio: scanMs / queryMs,
      agrees: results === count(entry.scan()),
    };
  });
}
