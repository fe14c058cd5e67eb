/** A JSON value as read from a data file. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where in a draft a value is: its file name and its JSON path in that file. */
export interface DraftLocation {
  readonly file: string;
  readonly path: readonly (string | number)[];
}

/**
 * A document folder as the fixers see it: the current source text, the hash recorded for it, and each JSON file's
 * parsed value by file name, before any schema check (a draft may hold spans written by their text alone).
 */
export interface DraftFolder {
  readonly text: string;
  readonly files: Map<string, JsonValue>;
  /** Each JSON file's text as read, by file name, to tell whether a fix changed it. */
  readonly originals: ReadonlyMap<string, string>;
}

/** A span object in a draft, found by {@link eachDraftSpan}: any object with a string `exact`. */
export interface DraftSpan extends DraftLocation {
  readonly span: { [key: string]: JsonValue };
}

/** Whether a JSON value is an object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every span of a draft folder, in file and document order: the objects that carry a string `exact`, which only
 * spans do in the data model. Drafts are walked before any schema check, so spans written by their text alone
 * (no offsets yet) are found too.
 *
 * @param folder - The draft folder.
 * @returns The spans with their file and JSON path.
 *
 * @example
 * eachDraftSpan({ text: "", files: new Map([["quotes.json", { records: [{ cue: { exact: "said" } }] }]]), originals: new Map() }).map((found) => found.path)
 * //=> [["records", 0, "cue"]]
 */
export function eachDraftSpan(folder: DraftFolder): DraftSpan[] {
  const spans: DraftSpan[] = [];
  for (const [file, value] of folder.files) {
    const stack: Array<{ value: JsonValue; path: (string | number)[] }> = [{ value, path: [] }];
    // An explicit stack rather than recursion: a hostile file nested thousands deep must not overflow the call stack.
    while (stack.length > 0) {
      const { value: current, path } = stack.pop() as { value: JsonValue; path: (string | number)[] };
      if (Array.isArray(current)) {
        for (let index = current.length - 1; index >= 0; index--)
          stack.push({ value: current[index] as JsonValue, path: [...path, index] });
      } else if (isJsonObject(current)) {
        if (typeof current.exact === "string") spans.push({ file, path, span: current });
        const entries = Object.entries(current);
        for (let index = entries.length - 1; index >= 0; index--) {
          const [key, child] = entries[index] as [string, JsonValue];
          if (key !== "exact") stack.push({ value: child, path: [...path, key] });
        }
      }
    }
  }
  return spans;
}
