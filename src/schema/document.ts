import { z } from "zod";
import { boundedString } from "./bounded-string.js";
import { RecordIdSchema } from "./ids.js";
import { PublicationDateSchema } from "./publication-date.js";
import { SegmentSchema } from "./segment.js";

/** A news article: its source text file, language, segments and publication date. */
export const DocumentSchema = z
  .strictObject({
    id: RecordIdSchema,
    title: boundedString().min(1).meta({ description: "The headline as printed." }),
    source: boundedString()
      .regex(/^[\w.-]+\.txt$/, "must be a .txt file name in the document folder")
      .meta({ description: "File name of the exact source text, in the document's folder." }),
    sha256: boundedString()
      .regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits")
      .meta({ description: "SHA-256 of the source text file, so any change to the text is caught." }),
    language: boundedString()
      // The full grammar (scripts, numeric regions, variants, extensions) is checked by the `language-tag` check.
      .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as `en`, `en-GB` or `es-419`")
      .meta({ description: "BCP 47 language tag of the text, e.g. `en`, `en-GB`, `es-419`, `zh-Hant`." }),
    segments: z
      .array(SegmentSchema)
      .min(1)
      .meta({ description: "Headline, body paragraphs and page furniture, in order." }),
    publicationDate: PublicationDateSchema,
  })
  .meta({ id: "Document", description: "A news article: its source text, segments and publication date." });

/** A news article: its source text file, language, segments and publication date. */
export type Document = z.infer<typeof DocumentSchema>;
