/**
 * The id types of a corpus, per record kind. The shipped corpus narrows each to a union of literal ids generated
 * at build time, so a misspelt id fails to compile and editors complete ids; `createCorpus` uses plain strings.
 */
export interface IdTypes {
  readonly document: string;
  readonly entity: string;
  readonly quote: string;
  readonly claim: string;
  readonly temporalExpression: string;
  readonly temporalLink: string;
  readonly uncertaintyMarker: string;
}

/** The id types of a corpus built at run time: every id is a string. */
export type StringIds = IdTypes;

/** Any record id of a corpus. */
export type AnyRecordId<Ids extends IdTypes> =
  | Ids["entity"]
  | Ids["quote"]
  | Ids["claim"]
  | Ids["temporalExpression"]
  | Ids["temporalLink"]
  | Ids["uncertaintyMarker"];
