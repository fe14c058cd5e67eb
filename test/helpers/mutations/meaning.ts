import { tryEdtfBounds } from "../../../src/dates/edtf-bounds.js";
import type { AnnotatedDocument } from "../../../src/schema/annotated-document.js";
import { AUTHOR } from "../../../src/schema/author.js";
import type { Factuality } from "../../../src/schema/factuality.js";
import type { JsonRecord } from "../data-copy.js";
import type { Mutation } from "./mutation.js";

/** A mutation that appends a temporal link (a copy of the first one's evidence) and expects it reported. */
function appendedLink(
  document: AnnotatedDocument,
  kind: string,
  link: { id: string; source: string; relation: string; target: string },
): Mutation {
  const index = document.temporalLinks.length;
  return {
    kind,
    description: `temporalLinks.${index}: new link ${link.source} ${link.relation} ${link.target}`,
    apply: (json: JsonRecord) => {
      json.temporalLinks.push({ ...link, evidence: structuredClone(json.temporalLinks[0].evidence) });
    },
    check: "temporal-links-consistent",
    path: ["temporalLinks", index, "relation"],
    recordId: link.id,
  };
}

/**
 * Temporal links that cannot hold: every link turned into a link from its source to itself; every BEFORE and AFTER
 * link answered by a new link in the other direction (a cycle); and every dated expression that ends before the
 * publication date said to come AFTER it (the issue's `1999 AFTER 2021`).
 */
export function inconsistentTemporalLinks(document: AnnotatedDocument): Mutation[] {
  const mutations: Mutation[] = [];
  if (document.temporalLinks.length === 0) return mutations;
  document.temporalLinks.forEach((link, index) => {
    mutations.push({
      kind: "temporal link to itself",
      description: `temporalLinks.${index}.target: "${link.target}" -> "${link.source}"`,
      apply: (json: JsonRecord) => {
        json.temporalLinks[index].target = link.source;
      },
      check: "temporal-links-consistent",
      path: ["temporalLinks", index, "target"],
    });
    if (link.relation === "BEFORE" || link.relation === "AFTER") {
      mutations.push(
        appendedLink(document, "temporal link cycle", {
          id: `${link.id}-reversed`,
          source: link.target,
          relation: link.relation,
          target: link.source,
        }),
      );
    }
  });
  const publication = document.document.publicationDate;
  const published = tryEdtfBounds(publication.value);
  for (const expression of document.temporalExpressions) {
    if ((expression.type !== "DATE" && expression.type !== "TIME") || expression.mod !== undefined) continue;
    const bounds = tryEdtfBounds(expression.value);
    if (!bounds?.max || !published?.min || !Number.isFinite(bounds.max) || bounds.max >= published.min) continue;
    mutations.push(
      appendedLink(document, "temporal link contradicts the dates", {
        id: `${expression.id}-after-publication`,
        source: expression.id,
        relation: "AFTER",
        target: publication.id,
      }),
    );
  }
  return mutations;
}

/** Relative dates anchored in a circle: on themselves, or each anchor made to anchor on the expression it anchors. */
export function anchorCycles(document: AnnotatedDocument): Mutation[] {
  const indexOf = new Map(document.temporalExpressions.map((expression, index) => [expression.id, index]));
  return document.temporalExpressions.flatMap((expression, index) => {
    if (expression.anchor === undefined) return [];
    const anchorIndex = indexOf.get(expression.anchor);
    const own: Mutation = {
      kind: "anchor cycle",
      description: `temporalExpressions.${index}.anchor: "${expression.anchor}" -> "${expression.id}"`,
      apply: (json: JsonRecord) => {
        json.temporalExpressions[index].anchor = expression.id;
      },
      check: "anchors-acyclic",
      path: ["temporalExpressions", index, "anchor"],
      marker: JSON.stringify(expression.id),
    };
    if (anchorIndex === undefined) return [own];
    return [
      own,
      {
        kind: "anchor cycle",
        description: `temporalExpressions.${anchorIndex}.anchor -> "${expression.id}" (which is anchored on it)`,
        apply: (json: JsonRecord) => {
          json.temporalExpressions[anchorIndex].anchor = expression.id;
        },
        check: "anchors-acyclic",
        path: ["temporalExpressions", anchorIndex, "anchor"],
        marker: JSON.stringify(expression.id),
      },
    ];
  });
}

/** A value other than `value`, for a factuality field. */
function otherFactuality(value: Factuality): Factuality {
  return value === "CT+" ? "PR+" : "CT+";
}

/**
 * Claims at odds with themselves: the author's claims given a claimant view other than the author's; every claim made
 * in a quote given another claimant than the quote's speaker; every relation pointed at its own claim; and every
 * supporting or contradicting relation answered by the opposite relation to the same claim.
 */
export function inconsistentClaims(document: AnnotatedDocument): Mutation[] {
  const speakers = new Map(document.quotes.map((quote) => [quote.id, quote.speaker]));
  const entities = document.entities.map((entity) => entity.id);
  const mutations: Mutation[] = [];
  document.claims.forEach((claim, index) => {
    const path = ["claims", index];
    if (claim.claimant === AUTHOR) {
      const value = otherFactuality(claim.factuality.author);
      mutations.push({
        kind: "author's claim with two views",
        description: `claims.${index}.factuality.claimant: "${claim.factuality.claimant}" -> "${value}"`,
        apply: (json: JsonRecord) => {
          json.claims[index].factuality.claimant = value;
        },
        check: "claims-consistent",
        path: [...path, "factuality", "claimant"],
      });
    }
    const speaker = claim.quote === undefined ? undefined : speakers.get(claim.quote);
    const other = entities.find((id) => id !== speaker);
    if (speaker !== undefined && other !== undefined) {
      mutations.push({
        kind: "claim's quote by another speaker",
        description: `claims.${index}.claimant: "${claim.claimant}" -> "${other}" (the quote's speaker is ${speaker})`,
        apply: (json: JsonRecord) => {
          json.claims[index].claimant = other;
        },
        check: "claims-consistent",
        path: [...path, "quote"],
      });
    }
    claim.relations.forEach((relation, r) => {
      mutations.push({
        kind: "claim related to itself",
        description: `claims.${index}.relations.${r}.target: "${relation.target}" -> "${claim.id}"`,
        apply: (json: JsonRecord) => {
          json.claims[index].relations[r].target = claim.id;
        },
        check: "claims-consistent",
        path: [...path, "relations", r, "target"],
        marker: JSON.stringify(claim.id),
      });
      if (relation.type === "qualifies") return;
      const opposite = relation.type === "supports" ? "contradicts" : "supports";
      const added = claim.relations.length;
      mutations.push({
        kind: "claim both supports and contradicts",
        description: `claims.${index}.relations.${added}: new ${opposite} ${relation.target}`,
        apply: (json: JsonRecord) => {
          json.claims[index].relations.push({ type: opposite, target: relation.target });
        },
        check: "claims-consistent",
        path: [...path, "relations", added, "type"],
      });
    });
  });
  return mutations;
}

/** The index of the segment that holds an offset, by a plain scan (the generator runs once). */
function segmentIndex(document: AnnotatedDocument, offset: number): number {
  return document.document.segments.findIndex((segment) => segment.span.start <= offset && offset < segment.span.end);
}

/**
 * Uncertainty markers at odds with themselves: every weakening effect made to keep its value or flip its polarity,
 * and every cue moved to another marker's cue in another segment, far from its scope.
 */
export function inconsistentMarkers(document: AnnotatedDocument): Mutation[] {
  const mutations: Mutation[] = [];
  const markers = document.uncertaintyMarkers;
  markers.forEach((marker, index) => {
    const path = ["uncertaintyMarkers", index];
    const { effect } = marker;
    if (effect.type === "weakens") {
      const flipped = effect.to.endsWith("+") ? effect.to.replace("+", "-") : effect.to.replace("-", "+");
      for (const to of new Set([effect.from, flipped])) {
        if (to === "Uu") continue;
        mutations.push({
          kind: "weakening to no weaker value",
          description: `uncertaintyMarkers.${index}.effect.to: "${effect.to}" -> "${to}"`,
          apply: (json: JsonRecord) => {
            json.uncertaintyMarkers[index].effect.to = to;
          },
          check: "markers-consistent",
          path: [...path, "effect", "to"],
          marker: JSON.stringify(to),
        });
      }
    }
    const segment = segmentIndex(document, marker.scope.start);
    const elsewhere = markers.find((other) => segmentIndex(document, other.cue.start) !== segment);
    if (elsewhere) {
      mutations.push({
        kind: "cue far from its scope",
        description: `uncertaintyMarkers.${index}.cue -> ${elsewhere.id}'s cue "${elsewhere.cue.exact}"`,
        apply: (json: JsonRecord) => {
          json.uncertaintyMarkers[index].cue = structuredClone(elsewhere.cue);
        },
        check: "markers-consistent",
        path: [...path, "cue"],
      });
    }
  });
  return mutations;
}

/** The field a quantity's approximation records its number in, when it records one. */
const NUMBER_FIELD = { exact: "value", approximate: "value", "upper-bound": "max", "lower-bound": "min" } as const;

/**
 * Quantities at odds with their words: every stated number (not a vague amount) multiplied by ten, moved by one and
 * negated (the "fifth" recorded as -5); every quantity's span moved to the headline, outside its claim's
 * evidence; every cue widened to the whole evidence, outside the quantity.
 */
export function inconsistentQuantities(document: AnnotatedDocument): Mutation[] {
  const headline = document.document.segments.find((segment) => segment.kind === "headline");
  const mutations: Mutation[] = [];
  document.claims.forEach((claim, index) => {
    claim.quantities.forEach((quantity, q) => {
      const path = ["claims", index, "quantities", q];
      const field = quantity.approximation === "range" ? undefined : NUMBER_FIELD[quantity.approximation];
      const recorded = field === undefined ? undefined : quantity[field];
      if (field !== undefined && recorded !== undefined && recorded !== 0) {
        for (const wrong of [recorded * 10, recorded + 1, -recorded]) {
          mutations.push({
            kind: "quantity not as stated",
            description: `claims.${index}.quantities.${q}.${field}: ${recorded} -> ${wrong} ("${quantity.span.exact}")`,
            apply: (json: JsonRecord) => {
              json.claims[index].quantities[q][field] = wrong;
            },
            check: "quantities-match-text",
            path: [...path, field],
          });
        }
      }
      if (headline && (headline.span.end <= claim.evidence.start || headline.span.start >= claim.evidence.end)) {
        mutations.push({
          kind: "quantity outside its evidence",
          description: `claims.${index}.quantities.${q}.span -> the headline`,
          apply: (json: JsonRecord) => {
            json.claims[index].quantities[q].span = structuredClone(headline.span);
            delete json.claims[index].quantities[q].cue;
          },
          check: "quantities-match-text",
          path: [...path, "span"],
        });
      }
      if (quantity.cue) {
        mutations.push({
          kind: "quantity outside its evidence",
          description: `claims.${index}.quantities.${q}.cue -> the claim's evidence`,
          apply: (json: JsonRecord) => {
            json.claims[index].quantities[q].cue = structuredClone(claim.evidence);
          },
          check: "quantities-match-text",
          path: [...path, "cue"],
        });
      }
    });
  });
  return mutations;
}

/** Explicit dates whose value names another year than their words: every year in the value moved by -1 and +1. */
export function valuesOffTheText(document: AnnotatedDocument): Mutation[] {
  return document.temporalExpressions.flatMap((expression, index) => {
    if (expression.resolution !== "explicit" || (expression.type !== "DATE" && expression.type !== "TIME")) return [];
    if (!/\d{4}/.test(expression.span.exact)) return [];
    return [-1, 1].map((years) => {
      const value = expression.value.replace(/\d{4}/g, (year) => String(Number(year) + years));
      return {
        kind: "value not as stated",
        description: `temporalExpressions.${index}.value: "${expression.value}" -> "${value}" ("${expression.span.exact}")`,
        apply: (json: JsonRecord) => {
          json.temporalExpressions[index].value = value;
        },
        check: "values-match-text",
        path: ["temporalExpressions", index, "value"],
        marker: JSON.stringify(value),
      };
    });
  });
}

/** Values that parse but cannot be compared, and values of another type than their expression's. */
export function valuesOutOfRangeOrType(document: AnnotatedDocument): Mutation[] {
  return document.temporalExpressions.flatMap((expression, index) => {
    const path = ["temporalExpressions", index, "value"];
    const wrong: [string, string][] =
      expression.type === "DATE" || expression.type === "TIME"
        ? [
            ["EDTF year out of range", "99999"],
            ["EDTF year out of range", "Y170000002"],
            ["EDTF year out of range", "Y-300000"],
            ["value of another type", "P3D"],
            ["value of another type", "R/P1Y"],
          ]
        : expression.type === "DURATION"
          ? [["value of another type", "2021-09"]]
          : [];
    return wrong.map(([kind, value]) => ({
      kind,
      description: `${path.join(".")}: "${expression.value}" -> "${value}" (${expression.type})`,
      apply: (json: JsonRecord) => {
        json.temporalExpressions[index].value = value;
      },
      check: "edtf-parses",
      path,
      marker: JSON.stringify(value),
    }));
  });
}
