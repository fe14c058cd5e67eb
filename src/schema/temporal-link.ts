import { z } from "zod";
import { RecordIdSchema } from "./ids.js";
import { referenceTo } from "./reference.js";
import { SpanSchema } from "./span.js";

/** TimeML TLINK relation types. */
export const TemporalRelationSchema = z
  .enum([
    "BEFORE",
    "AFTER",
    "IBEFORE",
    "IAFTER",
    "INCLUDES",
    "IS_INCLUDED",
    "DURING",
    "SIMULTANEOUS",
    "IDENTITY",
    "BEGINS",
    "ENDS",
    "BEGUN_BY",
    "ENDED_BY",
  ])
  .meta({ description: "TimeML TLINK relation: how the source stands in time to the target." });

/** What a temporal link may relate: events, quotes, claims and times. */
const LINKABLE = ["entity", "quote", "claim", "temporalExpression", "publicationDate"] as const;

/** An order relation the text states between two events or times (TimeML TLINK). */
export const TemporalLinkSchema = z
  .strictObject({
    id: RecordIdSchema,
    source: referenceTo(LINKABLE, "Id of an event entity, quote, claim or temporal expression."),
    relation: TemporalRelationSchema,
    target: referenceTo(LINKABLE, "Id of an event entity, quote, claim or temporal expression."),
    evidence: SpanSchema.meta({ description: "The words that state the relation (`just days before`)." }),
  })
  .meta({
    id: "TemporalLink",
    recordKind: "temporalLink",
    description: "An order relation the text states between two events or times (TLINK).",
  });

/** An order relation between two events or times. */
export type TemporalLink = z.infer<typeof TemporalLinkSchema>;
