import { isUtf8 } from "node:buffer";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { newDocument } from "../authoring/new-document.js";
import { UsageError } from "../load/usage-error.js";
import { RecordIdSchema } from "../schema/ids.js";
import { CONTENT_SEGMENT_KINDS, type SegmentKind } from "../schema/segment.js";
import { textPositions } from "../shared/text-positions.js";
import { type CommandOutput, EXIT } from "./command-output.js";
import { InvalidDataError } from "./invalid-data-error.js";
import { packageDirectory } from "./package-directory.js";
import { type OptionSpec, optionsHelp, parseCommandArgs } from "./parse-command-args.js";

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  id: { type: "string", help: "The document's id and folder name (default: a slug of the headline)." },
  data: { type: "string", help: "The data directory to create the folder in (default: data)." },
  language: { type: "string", help: "The BCP 47 language tag of the text (default: en)." },
  normalize: {
    type: "boolean",
    help: "Remove a byte order mark, turn CRLF line endings into LF and compose the text to NFC, instead of refusing it.",
  },
  help: { type: "boolean", short: "h", help: "Show this help." },
};

const USAGE = `Usage: newsfacts new <source.txt> [--id <id>] [--data <dir>] [--language <tag>] [--normalize]

Starts a document: creates <dir>/<id>/ with the text copied byte for byte as source.txt, document.json (its
SHA-256, the headline as title, segments proposed from the text with page furniture marked, a publication date
left pending) and an empty file for each kind of record. Refuses a text with a byte order mark, CRLF line endings,
invalid UTF-8 or characters not composed as NFC (--normalize fixes all but invalid UTF-8).

Then: decide the publication date in document.json, write records with spans by their text
({ "exact": "Lukashenko", "occurrence": 2 }), and run newsfacts fix and newsfacts validate.

Options:
${optionsHelp(OPTIONS)}`;

/** A slug of a headline for the document id: lower-case ASCII words joined by hyphens, at most 60 characters. */
function slugOf(headline: string): string {
  const words = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  let slug = "";
  for (const word of words ?? []) {
    if (slug.length + word.length + 1 > 60) break;
    slug = slug === "" ? word : `${slug}-${word}`;
  }
  return slug;
}

/**
 * The source text of a file, refused (or, with `normalize`, repaired) when its bytes would silently change offsets:
 * invalid UTF-8, a byte order mark, carriage returns, characters not composed as NFC.
 */
function sourceText(file: string, bytes: Buffer, normalize: boolean): string {
  const at = (text: string, offset: number) => {
    const { line, column } = textPositions(text)(offset);
    return `${file}:${line}:${column}`;
  };
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (!isUtf8(bytes)) throw new InvalidDataError(`${at(text, text.indexOf("\uFFFD"))}: the file is not valid UTF-8`);
  if (normalize)
    return text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .normalize("NFC");
  if (text.startsWith("\uFEFF"))
    throw new InvalidDataError(`${file}:1:1: the file starts with a byte order mark (--normalize removes it)`);
  const carriageReturn = text.indexOf("\r");
  if (carriageReturn >= 0)
    throw new InvalidDataError(`${at(text, carriageReturn)}: CRLF line endings (--normalize turns them into LF)`);
  if (text !== text.normalize("NFC")) {
    // A character and the combining marks after it compose together: the first such cluster that NFC changes.
    const cluster = [...text.matchAll(/.\p{M}+/gsu)].find((match) => match[0] !== match[0].normalize("NFC"));
    const offset = cluster?.index ?? 0;
    throw new InvalidDataError(`${at(text, offset)}: the text is not composed as NFC (--normalize composes it)`);
  }
  return text;
}

/**
 * `newsfacts new <source.txt>`: creates a document folder from an article's text, ready to annotate.
 *
 * @param args - The arguments after `new`.
 * @param output - Where to print.
 * @returns The exit code: 0 when the folder was created.
 * @throws {@link UsageError} for a missing or unreadable file, a bad id, or a folder that already exists.
 * @throws {@link InvalidDataError} for a text whose bytes would change offsets.
 */
export function runNew(args: readonly string[], output: CommandOutput): number {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    output.out(USAGE);
    return EXIT.ok;
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("missing the source text file (see newsfacts new --help)");
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  const text = sourceText(file, bytes, values.normalize === true);
  const dataDirectory = String(values.data ?? "data");
  const id = String(values.id ?? slugOf(text.split("\n", 1)[0] ?? ""));
  if (!RecordIdSchema.safeParse(id).success)
    throw new UsageError(`--id: "${id}" must be a kebab-case slug (lower-case letters, digits and single hyphens)`);
  const folder = join(dataDirectory, id);
  if (existsSync(folder)) throw new UsageError(`"${folder}" already exists: choose another --id`);
  const schemaDirectory = relative(folder, join(packageDirectory(), "schema")).split(sep).join("/");
  const { files, segments } = newDocument(text, { id, language: String(values.language ?? "en"), schemaDirectory });
  // Written into a temporary folder beside the target and renamed at the end, so a failure leaves no half folder.
  mkdirSync(dataDirectory, { recursive: true });
  const temporary = mkdtempSync(join(dataDirectory, `.new-${id}-`));
  for (const [name, content] of files) writeFileSync(join(temporary, name), content);
  renameSync(temporary, folder);
  const content: readonly SegmentKind[] = CONTENT_SEGMENT_KINDS;
  const furniture = segments.filter((segment) => !content.includes(segment.kind)).length;
  output.out(`created ${folder}/ from ${basename(file)}: ${segments.length} segments (${furniture} page furniture)`);
  output.out("next: decide the publication date in document.json, write records, then newsfacts fix and validate");
  return EXIT.ok;
}
