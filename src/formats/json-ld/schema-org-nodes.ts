import type {
  ClaimLeaf,
  CountryLeaf,
  EventLeaf,
  GovernmentOrganizationLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
  ThingLeaf,
} from "schema-dts";

/*
 * The nodes of the JSON-LD export as schema.org types (schema-dts, Google's typings of the schema.org vocabulary),
 * with the newsfacts terms each adds. The node builders check their object literals against these types with
 * `satisfies`, so a property that schema.org does not define on the node's type does not compile. The types are
 * for the build only: the public API returns the plain `JsonLdNode`, so users need no schema-dts.
 */

/** Every exported node has an IRI. */
interface Identified {
  readonly "@id": string;
}

/** A `NewsArticle` with how its publication date was found. */
export type ArticleNode = NewsArticleLeaf &
  Identified & {
    readonly datePublishedResolution: string;
    readonly datePublishedCertainty: number;
    readonly datePublishedReasoning?: string;
  };

/** The article's own voice: a node with a name and no type, since the text does not say who the author is. */
export type AuthorNode = Omit<ThingLeaf, "@type"> & Identified;

/** An entity as the most specific schema.org type that holds for every entity of its kind. */
export type EntityNode = (
  | PersonLeaf
  | CountryLeaf
  | PlaceLeaf
  | OrganizationLeaf
  | GovernmentOrganizationLeaf
  | EventLeaf
  | ThingLeaf
) &
  Identified;

/** A quote, with its kind of reported speech. */
export type QuotationNode = QuotationLeaf & Identified & { readonly quoteKind: string };

/** A claim, with FactBank factuality from both views and its status where the text gives one. */
export type ClaimNode = ClaimLeaf &
  Identified & {
    readonly factualityClaimant: string;
    readonly factualityAuthor: string;
    readonly claimStatus?: string;
  };
