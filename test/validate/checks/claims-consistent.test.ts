import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

/** The bridge document with an edit to its claims (0: the mayor's, made in her quote; 1: the engineers'). */
function withClaims(edit: (claims: ReturnType<typeof bridgeDocument>["claims"]) => void) {
  const document = bridgeDocument();
  edit(document.claims);
  return documentIssues(document, "claims-consistent").map(({ recordId, field, message }) => ({
    recordId,
    field,
    message,
  }));
}

describe("claims-consistent", () => {
  it("accepts the fixture's claims, and an author's claim with one value for both views", () => {
    expect(withClaims(() => {})).toEqual([]);
    expect(
      withClaims((claims) => {
        const claim = present(claims[1], "engineers' claim");
        claim.claimant = "author";
        claim.factuality = { claimant: "PS+", author: "PS+" };
      }),
    ).toEqual([]);
  });

  it("reports an author's claim whose two views differ", () => {
    expect(
      withClaims((claims) => {
        present(claims[1], "engineers' claim").claimant = "author";
      }),
    ).toEqual([
      {
        recordId: "claim-repairs-take-longer",
        field: "factuality.claimant",
        message: "is PS+, but the author's view is Uu: the claimant is the author, so the two views are one",
      },
    ]);
  });

  it("reports a claim whose quote another entity speaks", () => {
    expect(
      withClaims((claims) => {
        present(claims[1], "engineers' claim").quote = "quote-nunez-reopen-may";
      }),
    ).toEqual([
      {
        recordId: "claim-repairs-take-longer",
        field: "quote",
        message: "quote quote-nunez-reopen-may is spoken by ana-nunez, but the claim's claimant is engineers",
      },
    ]);
  });

  it("reports a relation to the claim itself, and one that both supports and contradicts", () => {
    expect(
      withClaims((claims) => {
        const relations: { type: string; target: string; reason: string }[] = present(
          claims[1],
          "engineers' claim",
        ).relations;
        relations.push({ type: "supports", target: "claim-bridge-reopens-may", reason: "Both speak of May." });
        relations.push({ type: "qualifies", target: "claim-repairs-take-longer", reason: "Itself." });
      }),
    ).toEqual([
      {
        recordId: "claim-repairs-take-longer",
        field: "relations.1.type",
        message: "supports claim-bridge-reopens-may, which the claim also contradicts",
      },
      { recordId: "claim-repairs-take-longer", field: "relations.2.target", message: "qualifies the claim itself" },
    ]);
  });

  it("leaves a quote's speaker that names no entity to references-resolve", () => {
    const document = bridgeDocument();
    present(document.quotes[0], "quote").speaker = "ana-nunes";
    expect(documentIssues(document, "claims-consistent")).toEqual([]);
    expect(documentIssues(document, "references-resolve")).toHaveLength(1);
  });
});
