import {
  createScanner,
  findNodeAtLocation,
  type JSONPath,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
  type SyntaxKind,
  visit,
} from "jsonc-parser";
import { LIMITS } from "../schema/limits.js";
import type { DocumentPath } from "../shared/document-path.js";
import type { FilePosition } from "../shared/file-position.js";
import { quotedValue } from "../shared/quoted-value.js";
import { textPositions } from "../shared/text-positions.js";

/** A JSON syntax error with its position. */
export interface JsonSyntaxError {
  readonly position: FilePosition;
  readonly message: string;
  /** The id of the record that holds the error, when known (a duplicate key's record). */
  readonly recordId?: string;
  /** The field inside the record, when known (a duplicate key: its path in the record). */
  readonly field?: string;
}

/** A JSON file parsed twice: into a plain value by `JSON.parse`, and into a syntax tree that keeps positions. */
export interface JsonFile {
  /** The parsed value (undefined when the text has syntax errors or duplicate keys). */
  readonly value: unknown;
  /** Every syntax error and duplicate key, with its position. */
  readonly syntaxErrors: readonly JsonSyntaxError[];
  /** The position of a JSON path, or of its nearest existing ancestor when the path does not exist. */
  positionOf(pointer: DocumentPath): FilePosition;
}

/** The node to point at for a path: a property's key when the path ends at a property, else the value. */
function anchorNode(node: Node): Node {
  return node.parent?.type === "property" ? node.parent : node;
}

/** The scanner's tokens this module reads (`SyntaxKind` is a const enum, which isolated modules cannot read). */
const TOKEN = {
  openBrace: 1 as SyntaxKind,
  closeBrace: 2 as SyntaxKind,
  openBracket: 3 as SyntaxKind,
  closeBracket: 4 as SyntaxKind,
  end: 17 as SyntaxKind,
} as const;

/**
 * The offset of the first bracket or brace nested deeper than `limit`, or undefined. It reads tokens with
 * `jsonc-parser`'s scanner, a loop: the parsers that build trees recurse once per level and overflow the stack
 * on a few thousand levels.
 */
function tooDeepAt(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      depth++;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) depth--;
  }
  return undefined;
}

/** Every key that an object repeats, at the repetition: `JSON.parse` keeps the last value and drops the others. */
function duplicateKeys(text: string): { offset: number; key: string; path: JSONPath }[] {
  const duplicates: { offset: number; key: string; path: JSONPath }[] = [];
  const open: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
        const keys = open[open.length - 1];
        if (keys === undefined) return;
        if (keys.has(key)) duplicates.push({ offset, key, path: pathSupplier() });
        else keys.add(key);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return duplicates;
}

/**
 * Parses a JSON file, keeping positions. Values come from `JSON.parse` (so a `__proto__` key stays an own property
 * and is reported, never applied); positions and syntax errors come from `jsonc-parser` in strict JSON mode. A file
 * nested deeper than `LIMITS.jsonDepth` is refused before any parser recurses into it, and a key repeated in one
 * object is an error at the second key: `JSON.parse` would silently keep only the last value (a second
 * `"records": []` would drop every record).
 *
 * @param text - The file's text.
 * @returns The value, the syntax errors and a position look-up.
 */
export function parseJsonFile(text: string): JsonFile {
  const positionAt = textPositions(text);
  const tooDeep = tooDeepAt(text, LIMITS.jsonDepth);
  if (tooDeep !== undefined) {
    const message = `JSON nested more than ${LIMITS.jsonDepth} levels deep: no data file needs that many`;
    return {
      value: undefined,
      syntaxErrors: [{ position: positionAt(tooDeep), message }],
      positionOf: () => ({ line: 1, column: 1 }),
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const syntaxErrors: JsonSyntaxError[] = errors.map((error) => ({
    position: positionAt(error.offset),
    message: `JSON syntax error: ${printParseErrorCode(error.error)}`,
  }));
  if (syntaxErrors.length === 0 && tree) {
    for (const { offset, key, path } of duplicateKeys(text)) {
      // A record file holds records under `records`; document.json is one record.
      const recordLength = path[0] === "records" && typeof path[1] === "number" ? 2 : 0;
      const id = findNodeAtLocation(tree, [...path.slice(0, recordLength), "id"])?.value;
      syntaxErrors.push({
        position: positionAt(offset),
        message: `duplicate key ${quotedValue(key)}: JSON would keep only its last value`,
        ...(typeof id === "string" ? { recordId: id } : {}),
        field: [...path.slice(recordLength), key].join("."),
      });
    }
  }
  return {
    value: syntaxErrors.length === 0 ? JSON.parse(text) : undefined,
    syntaxErrors,
    positionOf(pointer) {
      for (let length = pointer.length; length >= 0 && tree; length--) {
        const node = findNodeAtLocation(tree, [...pointer.slice(0, length)]);
        if (node) return positionAt(anchorNode(node).offset);
      }
      return { line: 1, column: 1 };
    },
  };
}
