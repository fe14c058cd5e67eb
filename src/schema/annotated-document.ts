import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { ClaimSchema } from "./claim.js";
import { DocumentSchema } from "./document.js";
import { EntitySchema } from "./entity.js";
import { LIMITS } from "./limits.js";
import { QuoteSchema } from "./quote.js";
import { TemporalExpressionSchema } from "./temporal-expression.js";
import { TemporalLinkSchema } from "./temporal-link.js";
import { UncertaintyMarkerSchema } from "./uncertainty-marker.js";

/**
 * One document with its text and all its records: the unit a corpus is made of and the input of `createCorpus`.
 */
export const AnnotatedDocumentSchema = z
  .strictObject({
    document: DocumentSchema,
    text: boundedString(LIMITS.textLength).meta({
      description: "The exact source text; every span's offsets point into it.",
    }),
    entities: z.array(EntitySchema),
    quotes: z.array(QuoteSchema),
    claims: z.array(ClaimSchema),
    temporalExpressions: z.array(TemporalExpressionSchema),
    temporalLinks: z.array(TemporalLinkSchema),
    uncertaintyMarkers: z.array(UncertaintyMarkerSchema),
  })
  .meta({ id: "AnnotatedDocument", description: "A document with its exact text and all its records." });

/** A document with its exact text and all its records. */
export type AnnotatedDocument = z.infer<typeof AnnotatedDocumentSchema>;
