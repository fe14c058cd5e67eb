import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { AUTHOR } from "../../schema/ids.js";
import type { Check, CheckProblem } from "../check.js";
import { didYouMean } from "../closest-ids.js";
import { type IdCollection, idsByCollection } from "../document-ids.js";
import type { DocumentPath } from "../finding.js";

type Target = IdCollection | "publicationDate";

/** One reference a record makes: the id, where it is, and the collections it may point into. */
interface Reference {
  readonly id: string;
  readonly path: DocumentPath;
  readonly targets: readonly Target[];
}

const TARGET_NAMES: Record<Target, string> = {
  publicationDate: "publication date",
  entities: "entity",
  quotes: "quote",
  claims: "claim",
  temporalExpressions: "temporal expression",
  temporalLinks: "temporal link",
  uncertaintyMarkers: "uncertainty marker",
};

const TIMES: readonly Target[] = ["publicationDate", "temporalExpressions"];
const DATABLE: readonly Target[] = ["entities", "quotes", "claims"];
const LINKABLE: readonly Target[] = ["entities", "quotes", "claims", "temporalExpressions", "publicationDate"];
const HEDGEABLE: readonly Target[] = ["claims", "quotes", "temporalExpressions"];

/** Every id reference in a document with the collections it may resolve to. */
function references(document: AnnotatedDocument): Reference[] {
  const found: Reference[] = [];
  const add = (id: string | undefined, path: DocumentPath, targets: readonly Target[]) => {
    if (id !== undefined) found.push({ id, path, targets });
  };
  document.entities.forEach((entity, index) => {
    entity.roles?.forEach((role, r) => {
      add(role.of, ["entities", index, "roles", r, "of"], ["entities"]);
    });
    entity.members?.forEach((id, k) => {
      add(id, ["entities", index, "members", k], ["entities"]);
    });
  });
  document.quotes.forEach((quote, index) => {
    add(quote.speaker, ["quotes", index, "speaker"], ["entities"]);
    quote.about.forEach((id, k) => {
      add(id, ["quotes", index, "about", k], ["entities"]);
    });
    add(quote.saidAt, ["quotes", index, "saidAt"], TIMES);
    add(quote.reportedIn, ["quotes", index, "reportedIn"], ["quotes"]);
  });
  document.claims.forEach((claim, index) => {
    if (claim.claimant !== AUTHOR) add(claim.claimant, ["claims", index, "claimant"], ["entities"]);
    claim.about.forEach((id, k) => {
      add(id, ["claims", index, "about", k], ["entities"]);
    });
    add(claim.quote, ["claims", index, "quote"], ["quotes"]);
    claim.relations.forEach((relation, r) => {
      add(relation.target, ["claims", index, "relations", r, "target"], ["claims"]);
    });
  });
  document.temporalExpressions.forEach((expression, index) => {
    add(expression.anchor, ["temporalExpressions", index, "anchor"], TIMES);
    expression.dates.forEach((id, k) => {
      add(id, ["temporalExpressions", index, "dates", k], DATABLE);
    });
  });
  document.temporalLinks.forEach((link, index) => {
    add(link.source, ["temporalLinks", index, "source"], LINKABLE);
    add(link.target, ["temporalLinks", index, "target"], LINKABLE);
  });
  document.uncertaintyMarkers.forEach((marker, index) => {
    marker.affects.forEach((id, k) => {
      add(id, ["uncertaintyMarkers", index, "affects", k], HEDGEABLE);
    });
  });
  return found;
}

/** Every reference (speaker, claimant, about, targets, anchors, relations, affects) resolves in its document. */
export const referencesResolve: Check = {
  name: "references-resolve",
  description: "Every id a record refers to is defined in the same document, in a collection it may point into.",
  run({ document, invalidIds }) {
    const ids = idsByCollection(document);
    const problems: CheckProblem[] = [];
    for (const { id, path, targets } of references(document)) {
      // A reference to a record that failed the schema layer is not dangling: the schema problem is reported.
      if (invalidIds.has(id) || targets.some((target) => ids[target].has(id))) continue;
      const candidates = targets.flatMap((target) => [...ids[target]]);
      const expected = targets.map((target) => TARGET_NAMES[target]).join(" or ");
      const tip = didYouMean(id, candidates);
      problems.push({ path, message: `unknown ${expected} id "${id}"`, ...(tip ? { tip } : {}) });
    }
    return problems;
  },
};
