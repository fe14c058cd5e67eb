import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { AUTHOR } from "../../schema/ids.js";
import { FINDINGS_PER_CHECK } from "../cap-findings.js";
import type { Check, CheckProblem } from "../check.js";
import { didYouMean } from "../closest-ids.js";
import { type IdCollection, idsByCollection } from "../document-ids.js";
import type { DocumentPath } from "../finding.js";
import { quotedValue } from "../quoted-value.js";

type Target = IdCollection | "publicationDate";

const TARGET_NAMES: Record<Target, string> = {
  publicationDate: "publication date",
  entities: "entity",
  quotes: "quote",
  claims: "claim",
  temporalExpressions: "temporal expression",
  temporalLinks: "temporal link",
  uncertaintyMarkers: "uncertainty marker",
};

const ENTITIES: readonly Target[] = ["entities"];
const QUOTES: readonly Target[] = ["quotes"];
const CLAIMS: readonly Target[] = ["claims"];
const TIMES: readonly Target[] = ["publicationDate", "temporalExpressions"];
const DATABLE: readonly Target[] = ["entities", "quotes", "claims"];
const LINKABLE: readonly Target[] = ["entities", "quotes", "claims", "temporalExpressions", "publicationDate"];
const HEDGEABLE: readonly Target[] = ["claims", "quotes", "temporalExpressions"];

/**
 * Called for each reference a record makes: the id (undefined for an optional field that is not set), the collections
 * it may point into, and its path as parts (`collection`, `index`, `field`, then an array index and a sub-field when
 * the reference sits in a list), so that no path is made for the references that resolve.
 */
type VisitReference = (
  id: string | undefined,
  targets: readonly Target[],
  collection: IdCollection,
  index: number,
  field: string,
  item?: number,
  subField?: string,
) => void;

/** Calls `visit` for every id reference in a document, in document order. */
function eachReference(document: AnnotatedDocument, visit: VisitReference): void {
  document.entities.forEach((entity, index) => {
    entity.roles?.forEach((role, r) => {
      visit(role.of, ENTITIES, "entities", index, "roles", r, "of");
    });
    entity.members?.forEach((id, k) => {
      visit(id, ENTITIES, "entities", index, "members", k);
    });
  });
  document.quotes.forEach((quote, index) => {
    visit(quote.speaker, ENTITIES, "quotes", index, "speaker");
    quote.about.forEach((id, k) => {
      visit(id, ENTITIES, "quotes", index, "about", k);
    });
    visit(quote.saidAt, TIMES, "quotes", index, "saidAt");
    visit(quote.reportedIn, QUOTES, "quotes", index, "reportedIn");
  });
  document.claims.forEach((claim, index) => {
    if (claim.claimant !== AUTHOR) visit(claim.claimant, ENTITIES, "claims", index, "claimant");
    claim.about.forEach((id, k) => {
      visit(id, ENTITIES, "claims", index, "about", k);
    });
    visit(claim.quote, QUOTES, "claims", index, "quote");
    claim.relations.forEach((relation, r) => {
      visit(relation.target, CLAIMS, "claims", index, "relations", r, "target");
    });
  });
  document.temporalExpressions.forEach((expression, index) => {
    visit(expression.anchor, TIMES, "temporalExpressions", index, "anchor");
    expression.dates.forEach((id, k) => {
      visit(id, DATABLE, "temporalExpressions", index, "dates", k);
    });
  });
  document.temporalLinks.forEach((link, index) => {
    visit(link.source, LINKABLE, "temporalLinks", index, "source");
    visit(link.target, LINKABLE, "temporalLinks", index, "target");
  });
  document.uncertaintyMarkers.forEach((marker, index) => {
    marker.affects.forEach((id, k) => {
      visit(id, HEDGEABLE, "uncertaintyMarkers", index, "affects", k);
    });
  });
}

/** Every reference (speaker, claimant, about, targets, anchors, relations, affects) resolves in its document. */
export const referencesResolve: Check = {
  name: "references-resolve",
  description: "Every id a record refers to is defined in the same document, in a collection it may point into.",
  run({ document, invalidIds }) {
    const ids = idsByCollection(document);
    const problems: CheckProblem[] = [];
    // The ids a reference may have meant, listed once per set of target collections, not once per reference.
    const candidatesOf = new Map<readonly Target[], string[]>();
    eachReference(document, (id, targets, collection, index, field, item, subField) => {
      // A reference to a record that failed the schema layer is not dangling: the schema problem is reported.
      if (id === undefined || invalidIds.has(id)) return;
      for (const target of targets) if (ids[target].has(id)) return;
      const path: DocumentPath = [
        collection,
        index,
        field,
        ...(item === undefined ? [] : [item]),
        ...(subField === undefined ? [] : [subField]),
      ];
      const expected = targets.map((target) => TARGET_NAMES[target]).join(" or ");
      // Only the problems that will be listed get a suggestion (the rest are counted): thousands of dangling
      // references against thousands of ids would otherwise cost their product.
      let tip: string | undefined;
      if (problems.length < FINDINGS_PER_CHECK) {
        let candidates = candidatesOf.get(targets);
        if (candidates === undefined) {
          candidates = targets.flatMap((target) => [...ids[target]]);
          candidatesOf.set(targets, candidates);
        }
        tip = didYouMean(id, candidates);
      }
      problems.push({ path, message: `unknown ${expected} id ${quotedValue(id)}`, ...(tip ? { tip } : {}) });
    });
    return problems;
  },
};
