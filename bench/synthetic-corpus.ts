/**
 * A deterministic synthetic corpus shaped like the shipped one, for benchmarks: document `i` is a copy of the
 * template (the shipped document by default) with its own ids, its own document-specific entities and its own
 * publication date, valid under every check. Not part of the package's entry points.
 */
import { createHash } from "node:crypto";
import { resolveRule } from "../src/dates/resolve-rule.js";
import { readShippedData } from "../src/generated/shipped-data.js";
import type { AnnotatedDocument } from "../src/schema/annotated-document.js";
import type { EntityKind } from "../src/schema/entity.js";
import type { TemporalExpression } from "../src/schema/temporal-expression.js";

/**
 * A seeded pseudo-random number generator (mulberry32): the same seed gives the same sequence on every platform.
 *
 * @param seed - A 32-bit integer.
 * @returns A function returning numbers in [0, 1).
 *
 * @example
 * const random = mulberry32(1);
 * random() === mulberry32(1)()
 * //=> true
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Entity kinds that name the same referent in every document (the same person, country, government, place or
 * organisation): their ids are shared across the synthetic corpus. Every other kind (events, agreements, groups,
 * unnamed actors, equipment, loans) is specific to its document and renamed per document.
 */
export const SHARED_ENTITY_KINDS: ReadonlySet<EntityKind> = new Set([
  "person",
  "country",
  "government",
  "place",
  "organisation",
]);

/** How far, in whole weeks either way, a synthetic publication date may move from the template's. */
export const MAX_WEEK_SHIFT = 260;

/** The options of {@link syntheticCorpus}. */
export interface SyntheticCorpusOptions {
  /** The PRNG seed; the same seed and count give the same corpus. Defaults to 1. */
  readonly seed?: number;
  /** The document every synthetic document copies; defaults to the shipped document. */
  readonly template?: AnnotatedDocument;
}

/** The id suffix of document `index`: none for the first (the template itself), `-n<index>` for the others. */
export function syntheticSuffix(index: number): string {
  return index === 0 ? "" : `-n${index}`;
}

const DAY_MS = 86_400_000;
const CALENDAR_DAY = /\d{4}-\d{2}-\d{2}/g;
const LEADING_YEAR = /(^|\/)(\d{4})/g;

/** A calendar day (`YYYY-MM-DD`) moved by a whole number of days, in UTC. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every calendar day in a value moved by a whole number of days. */
function shiftDays(value: string, days: number): string {
  return value.replace(CALENDAR_DAY, (day) => shiftDay(day, days));
}

/** Renames a reference when it names a renamed record, else keeps it. */
type Rename = (id: string) => string;

/** Renames every id a document defines or refers to, in place (the same fields `references-resolve` follows). */
function renameIds(document: AnnotatedDocument, rename: Rename): void {
  const publication = document.document.publicationDate;
  publication.id = rename(publication.id);
  for (const constraint of publication.constraints ?? []) {
    if (constraint.anchor !== undefined) constraint.anchor = rename(constraint.anchor);
  }
  const renameAll = (ids: string[]) => ids.map(rename);
  for (const entity of document.entities) {
    entity.id = rename(entity.id);
    for (const role of entity.roles ?? []) if (role.of !== undefined) role.of = rename(role.of);
    if (entity.members) entity.members = renameAll(entity.members);
    for (const link of entity.partOf ?? []) link.of = rename(link.of);
  }
  for (const quote of document.quotes) {
    quote.id = rename(quote.id);
    quote.speaker = rename(quote.speaker);
    quote.about = renameAll(quote.about);
    if (quote.saidAt !== undefined) quote.saidAt = rename(quote.saidAt);
    if (quote.reportedIn !== undefined) quote.reportedIn = rename(quote.reportedIn);
  }
  for (const claim of document.claims) {
    claim.id = rename(claim.id);
    claim.claimant = rename(claim.claimant);
    claim.about = renameAll(claim.about);
    if (claim.quote !== undefined) claim.quote = rename(claim.quote);
    for (const relation of claim.relations) relation.target = rename(relation.target);
  }
  for (const expression of document.temporalExpressions) {
    expression.id = rename(expression.id);
    if (expression.anchor !== undefined) expression.anchor = rename(expression.anchor);
    expression.dates = renameAll(expression.dates);
  }
  for (const link of document.temporalLinks) {
    link.id = rename(link.id);
    link.source = rename(link.source);
    link.target = rename(link.target);
  }
  for (const marker of document.uncertaintyMarkers) {
    marker.id = rename(marker.id);
    marker.affects = renameAll(marker.affects);
  }
}

/**
 * Moves a document's publication date by whole days and re-computes what depends on it: relative values from
 * their anchor and rule (as the `relative-dates` check does) and inferred values anchored to the publication date
 * by the same number of days. Explicit values stay: the text states them. So a moved date no longer meets the
 * constraints the text puts on it (the year of `Zapad-2021`, `just days before` 10 September): they, and the
 * alternatives rejected by them, are dropped; and so are the temporal links, which would order the moved dates
 * against the explicit ones (a meeting in 2026 before exercises held in 2021, as `temporal-links-consistent` finds).
 */
function shiftPublicationDate(document: AnnotatedDocument, days: number): void {
  const publication = document.document.publicationDate;
  if (days === 0) return;
  publication.value = shiftDay(publication.value, days);
  delete publication.constraints;
  publication.alternatives = [];
  document.temporalLinks = [];
  const byId = new Map(document.temporalExpressions.map((expression) => [expression.id, expression]));
  const done = new Set<TemporalExpression>();
  const anchorDay = (anchor: string): string => {
    if (anchor === publication.id) return publication.value;
    const expression = byId.get(anchor);
    if (expression === undefined) throw new Error(`unknown anchor "${anchor}"`);
    resolve(expression);
    return (expression.value.match(CALENDAR_DAY)?.[0] ?? `${expression.value.slice(0, 4)}-01-01`).slice(0, 10);
  };
  const resolve = (expression: TemporalExpression): void => {
    if (done.has(expression)) return;
    done.add(expression);
    if (expression.anchor === undefined) return;
    if (expression.resolution === "relative" && expression.rule !== undefined) {
      const expected = resolveRule(expression.rule, anchorDay(expression.anchor));
      // The shipped article's relative dates use day and year rules only; other rules would need their own rewrite.
      if (expected.unit !== "day" && expected.unit !== "year") throw new Error(`no rewrite for ${expected.unit} rules`);
      const rewrite =
        expected.unit === "day"
          ? (value: string) => value.replace(/^\d{4}-\d{2}-\d{2}/, expected.first)
          : (value: string) => value.replace(LEADING_YEAR, (_match, before: string) => `${before}${expected.name}`);
      expression.value = rewrite(expression.value);
      if (expression.timex !== undefined) expression.timex = rewrite(expression.timex);
      return;
    }
    if (expression.anchor === publication.id) {
      expression.value = shiftDays(expression.value, days);
      if (expression.timex !== undefined) expression.timex = shiftDays(expression.timex, days);
    }
  };
  for (const expression of document.temporalExpressions) resolve(expression);
}

/**
 * Makes `count` annotated documents shaped like the template: the same text with a last line of its own (so spans,
 * prefixes and suffixes stay valid, and no two documents are the same article, which the `unique-documents` check
 * reports), the same records and the same mix per document. Document `i` (from 1; the first document is the template
 * itself):
 * - has the template's document id with the suffix `-n<i>`;
 * - renames every record id that is not an entity's, and every entity of a document-specific kind (see
 *   {@link SHARED_ENTITY_KINDS}), with that suffix, and every reference to them;
 * - moves its publication date by a seeded whole number of weeks (at most {@link MAX_WEEK_SHIFT}; Thursdays stay
 *   Thursdays), with the relative dates re-computed from their anchors.
 *
 * @param count - How many documents.
 * @param options - The seed and the template.
 * @returns The documents, as fresh plain objects (nothing shared with the template or between documents).
 *
 * @example
 * syntheticCorpus(3).map((document) => document.document.id)
 * //=> ["putin-lukashenko-union-state-talks", "putin-lukashenko-union-state-talks-n1", "putin-lukashenko-union-state-talks-n2"]
 */
export function syntheticCorpus(count: number, options: SyntheticCorpusOptions = {}): AnnotatedDocument[] {
  const template = options.template ?? (readShippedData().documents[0] as AnnotatedDocument);
  const random = mulberry32(options.seed ?? 1);
  const shared = new Set(
    template.entities.filter((entity) => SHARED_ENTITY_KINDS.has(entity.kind)).map((entity) => entity.id),
  );
  // Parsing the template's JSON is several times faster than structuredClone, and makes the same fresh objects.
  const json = JSON.stringify(template);
  const documents: AnnotatedDocument[] = [];
  for (let index = 0; index < count; index++) {
    const document: AnnotatedDocument = JSON.parse(json);
    // Draw for every document, the first included, so document i is the same whatever the count.
    const weeks = Math.floor(random() * (2 * MAX_WEEK_SHIFT + 1)) - MAX_WEEK_SHIFT;
    if (index === 0) {
      documents.push(document);
      continue;
    }
    const suffix = syntheticSuffix(index);
    document.document.id += suffix;
    const line = `Synthetic copy ${index}.`;
    const start = document.text.length + 1;
    document.text += `\n${line}\n`;
    // The line is a paragraph of its own: every part of a text belongs to a segment (segments-tile).
    document.document.segments.push({
      id: "synthetic-copy",
      kind: "paragraph",
      span: { start, end: start + line.length, exact: line },
    });
    document.document.sha256 = createHash("sha256").update(document.text).digest("hex");
    renameIds(document, (id) => (shared.has(id) || id === "author" ? id : `${id}${suffix}`));
    shiftPublicationDate(document, weeks * 7);
    // Parsed again, as if read from a file: the renamed ids are then flat strings, not the concatenations that
    // made them, which the engine would have to flatten on every first look-up and which real data never has.
    documents.push(JSON.parse(JSON.stringify(document)));
  }
  return documents;
}
