/** A path into an annotated document, e.g. `["quotes", 3, "speaker"]`: what findings and positions are keyed by. */
export type DocumentPath = readonly (string | number)[];

/** A key that reads as itself after a dot in JavaScript (`quotes`, `$schema`); others are written in brackets. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * A path into the validated documents as JavaScript would write it, from the array of documents given: where a
 * problem is in documents held in memory, which have no file, line or column.
 *
 * @param documentIndex - The index of the document in the validated input.
 * @param path - The path inside that document.
 * @returns The path, e.g. `documents[0].quotes[3].speaker`.
 *
 * @example
 * documentPathText(0, ["quotes", 3, "speaker"])
 * //=> "documents[0].quotes[3].speaker"
 *
 * @example
 * documentPathText(2, ["document", "an unknown key"])
 * //=> 'documents[2].document["an unknown key"]'
 */
export function documentPathText(documentIndex: number, path: DocumentPath): string {
  let text = `documents[${documentIndex}]`;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += PLAIN_KEY.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}
