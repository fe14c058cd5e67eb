import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import type { DocumentPath } from "../../../src/shared/document-path.js";
import type { JsonRecord } from "../data-copy.js";
import { definedIds } from "../model-walks.js";
import { type Mutation, setAt } from "./mutation.js";

/** A reference site: the path of an id a record refers to, and a defined id it may never point to. */
interface ReferenceSite {
  readonly kind: string;
  readonly path: DocumentPath;
  readonly id: string;
  /** A collection whose ids this reference may not point into. */
  readonly wrongCollection: "entities" | "quotes" | "claims" | "temporalLinks" | "uncertaintyMarkers";
}

/** Every id reference in the document, listed independently of the validator's own list. */
function referenceSites(document: AnnotatedDocument): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const add = (kind: string, path: DocumentPath, id: unknown, wrongCollection: ReferenceSite["wrongCollection"]) => {
    if (typeof id === "string") sites.push({ kind, path, id, wrongCollection });
  };
  document.entities.forEach((entity, index) => {
    entity.roles?.forEach((role, r) => {
      add("entities.roles.of", ["entities", index, "roles", r, "of"], role.of, "claims");
    });
    entity.members?.forEach((id, k) => {
      add("entities.members", ["entities", index, "members", k], id, "claims");
    });
  });
  document.quotes.forEach((quote, index) => {
    add("quotes.speaker", ["quotes", index, "speaker"], quote.speaker, "quotes");
    quote.about.forEach((id, k) => {
      add("quotes.about", ["quotes", index, "about", k], id, "claims");
    });
    add("quotes.saidAt", ["quotes", index, "saidAt"], quote.saidAt, "entities");
    add("quotes.reportedIn", ["quotes", index, "reportedIn"], quote.reportedIn, "claims");
  });
  document.claims.forEach((claim, index) => {
    if (claim.claimant !== "author") add("claims.claimant", ["claims", index, "claimant"], claim.claimant, "claims");
    claim.about.forEach((id, k) => {
      add("claims.about", ["claims", index, "about", k], id, "quotes");
    });
    add("claims.quote", ["claims", index, "quote"], claim.quote, "claims");
    claim.relations.forEach((relation, r) => {
      add("claims.relations.target", ["claims", index, "relations", r, "target"], relation.target, "quotes");
    });
  });
  document.temporalExpressions.forEach((expression, index) => {
    add("temporalExpressions.anchor", ["temporalExpressions", index, "anchor"], expression.anchor, "claims");
    expression.dates.forEach((id, k) => {
      add("temporalExpressions.dates", ["temporalExpressions", index, "dates", k], id, "uncertaintyMarkers");
    });
  });
  document.temporalLinks.forEach((link, index) => {
    add("temporalLinks.source", ["temporalLinks", index, "source"], link.source, "uncertaintyMarkers");
    add("temporalLinks.target", ["temporalLinks", index, "target"], link.target, "temporalLinks");
  });
  document.uncertaintyMarkers.forEach((marker, index) => {
    marker.affects.forEach((id, k) => {
      add("uncertaintyMarkers.affects", ["uncertaintyMarkers", index, "affects", k], id, "entities");
    });
  });
  return sites;
}

/**
 * Every reference of every record made to dangle, in turn one of three ways: an id that exists nowhere, a one-letter
 * typo of the real id, and an id that exists but in a collection the reference may not point into.
 */
export function danglingReferences(document: AnnotatedDocument): Mutation[] {
  const known = new Set(definedIds(document).map((defined) => defined.id));
  const sites = referenceSites(document);
  const perKind = new Map<string, number>();
  for (const site of sites) perKind.set(site.kind, (perKind.get(site.kind) ?? 0) + 1);
  const seen = new Map<string, number>();
  // At most about 40 sites of each kind of reference (every k-th), so that `claims.about` does not swamp the rest.
  const sampled = sites.filter((site) => {
    const rank = seen.get(site.kind) ?? 0;
    seen.set(site.kind, rank + 1);
    return rank % Math.ceil((perKind.get(site.kind) ?? 1) / 40) === 0;
  });
  return sampled.flatMap((site, n) => {
    const wrong = (document[site.wrongCollection] as JsonRecord[])[n % document[site.wrongCollection].length]?.id;
    const typo = site.id.endsWith("x") ? `${site.id}y` : `${site.id}x`;
    const candidates = [`no-such-record-${n}`, typo, wrong];
    // One variant per site, in turn, so every kind of reference gets all three across its sites.
    const chosen = candidates[n % candidates.length];
    const replacement = typeof chosen === "string" && (chosen === wrong || !known.has(chosen)) ? chosen : candidates[0];
    return [replacement ?? `no-such-record-${n}`].map((replacement) => ({
      kind: `dangling ${site.kind}`,
      description: `${site.path.join(".")}: "${site.id}" -> "${replacement}"`,
      apply: (json: JsonRecord) => setAt(json, site.path, replacement),
      check: "references-resolve",
      path: site.path,
      marker: JSON.stringify(replacement),
    }));
  });
}
