/**
 * The JSON-LD node builders are checked against schema-dts (Google's typings of schema.org) at compile time: these
 * `@ts-expect-error` lines are errors `npm test`'s typecheck requires, so a property schema.org does not define on a
 * type, or a type it does not have, cannot slip into the export. The assertions check the same at run time on the
 * export itself.
 */
import { describe, expect, it } from "vitest";
import { JSON_LD_CONTEXT } from "../../../src/formats/json-ld/context.js";
import type { ClaimNode, EntityNode, QuotationNode } from "../../../src/formats/json-ld/schema-org-nodes.js";
import { toJsonLd } from "../../../src/formats/json-ld/to-json-ld.js";
import { shippedDocuments } from "../../helpers/shipped-documents.js";

describe("schema.org node types", () => {
  it("reject a property schema.org does not define on the type: additionalProperty on a Claim", () => {
    const claim = {
      "@id": "urn:newsfacts:example#claim",
      "@type": "Claim",
      text: "The talks went well.",
      factualityClaimant: "CT+",
      factualityAuthor: "Uu",
      // @ts-expect-error schema.org defines additionalProperty on places, products and values, not on a Claim.
      additionalProperty: [],
    } satisfies ClaimNode;
    expect(Object.keys(claim)).toContain("additionalProperty");
  });

  it("reject a Person's property on a Quotation, and a type schema.org does not have", () => {
    const quotation = {
      "@id": "urn:newsfacts:example#quote",
      "@type": "Quotation",
      quoteKind: "direct",
      // @ts-expect-error birthDate is a Person's property, not a Quotation's.
      birthDate: "1952-10-07",
    } satisfies QuotationNode;
    const entity = {
      "@id": "urn:newsfacts:entity:x",
      // @ts-expect-error schema.org has no type "Politician".
      "@type": "Politician",
      name: "X",
    } satisfies EntityNode;
    expect([quotation["@type"], entity["@type"]]).toEqual(["Quotation", "Politician"]);
  });

  it("leave only schema.org properties and newsfacts terms in the export: every key is in the context or schema.org's", () => {
    const terms = new Set(Object.keys(JSON_LD_CONTEXT));
    const keys = new Set(toJsonLd(shippedDocuments())["@graph"].flatMap((node) => Object.keys(node)));
    expect(keys.has("additionalProperty")).toBe(false);
    for (const term of ["factualityClaimant", "factualityAuthor", "quoteKind", "datePublishedResolution"]) {
      expect([term, keys.has(term), terms.has(term)]).toEqual([term, true, true]);
    }
  });
});
