import { jsonSchemaFileName } from "../build/json-schemas.js";
import { jsonText } from "../formats/json-text.js";
import { DOCUMENT_FILE, RECORD_FILES } from "../schema/data-files.js";
import { PENDING_PREFIX } from "../schema/pending.js";
import type { Segment } from "../schema/segment.js";
import { textSha256 } from "../validate/checks/source-hash.js";
import { proposeSegments } from "./propose-segments.js";

/**
 * What `newsfacts new` leaves for the contributor to decide, as the value of the field: it fails validation with a
 * message that says what to decide, as browser-compat-data's collector writes ranges a person must resolve.
 */
export const PENDING_PUBLICATION_DATE = `${PENDING_PREFIX}the day the article was published, as YYYY-MM-DD. If the text does not state it, infer it: set resolution to inferred, a certainty below 1, the reasoning, the evidence spans and the rejected alternatives`;

/** The name `newsfacts new` gives the copied source text. */
export const SOURCE_FILE_NAME = "source.txt";

/** What a new document folder is made of. */
export interface NewDocumentOptions {
  /** The document's id (and folder name): a kebab-case slug. */
  readonly id: string;
  /** The BCP 47 language tag of the text. */
  readonly language: string;
  /** Where the JSON Schemas are, relative to the new folder, for the files' `$schema` pointers. */
  readonly schemaDirectory: string;
}

/** A new document folder: its files' contents by file name, and the segments proposed for its text. */
export interface NewDocument {
  readonly files: ReadonlyMap<string, string>;
  readonly segments: readonly Segment[];
}

/**
 * The files of a new document folder, by file name: the source text as given, `document.json` with the SHA-256, the
 * proposed segments, the headline as title and a pending publication date, and an empty record file of each kind,
 * each with its `$schema` pointer.
 *
 * @param text - The article's exact text (already checked: UTF-8, no BOM, LF line endings).
 * @param options - The id, language and schema location.
 * @returns The file contents by file name, and the proposed segments.
 *
 * @example
 * [...newDocument("Headline\n\nBody.", { id: "x", language: "en", schemaDirectory: "../../schema" }).files.keys()]
 * //=> ["source.txt", "document.json", "entities.json", "quotes.json", "claims.json", "temporal-expressions.json", "temporal-links.json", "uncertainty-markers.json"]
 */
export function newDocument(text: string, options: NewDocumentOptions): NewDocument {
  const schemaOf = (file: string) => `${options.schemaDirectory}/${jsonSchemaFileName(file)}`;
  const segments = proposeSegments(text);
  const document = {
    $schema: schemaOf(DOCUMENT_FILE.file),
    id: options.id,
    title: segments[0]?.span.exact ?? "",
    source: SOURCE_FILE_NAME,
    sha256: textSha256(text),
    language: options.language,
    segments,
    publicationDate: {
      id: "publication-date",
      value: PENDING_PUBLICATION_DATE,
      resolution: "stated",
      certainty: 1,
      evidence: [],
      alternatives: [],
    },
  };
  const files = new Map([
    [SOURCE_FILE_NAME, text],
    [DOCUMENT_FILE.file, jsonText(document)],
  ]);
  for (const { file } of Object.values(RECORD_FILES))
    files.set(file, jsonText({ $schema: schemaOf(file), records: [] }));
  return { files, segments };
}
