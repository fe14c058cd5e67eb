import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { DocumentPath } from "../validate/finding.js";
import type { FilePosition } from "../validate/locate-finding.js";

/** A JSON syntax error with its position. */
export interface JsonSyntaxError {
  readonly position: FilePosition;
  readonly message: string;
}

/** A JSON file parsed twice: into a plain value by `JSON.parse`, and into a syntax tree that keeps positions. */
export interface JsonFile {
  /** The parsed value (undefined when the text has syntax errors). */
  readonly value: unknown;
  /** Every syntax error, with its position. */
  readonly syntaxErrors: readonly JsonSyntaxError[];
  /** The position of a JSON path, or of its nearest existing ancestor when the path does not exist. */
  positionOf(pointer: DocumentPath): FilePosition;
}

/** Offsets at which each line starts, to turn an offset into a line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line and column of an offset. */
function positionAt(starts: readonly number[], offset: number): FilePosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The node to point at for a path: a property's key when the path ends at a property, else the value. */
function anchorNode(node: Node): Node {
  return node.parent?.type === "property" ? node.parent : node;
}

/**
 * Parses a JSON file, keeping positions. Values come from `JSON.parse` (so a `__proto__` key stays an own property
 * and is reported, never applied); positions and syntax errors come from `jsonc-parser` in strict JSON mode.
 *
 * @param text - The file's text.
 * @returns The value, the syntax errors and a position look-up.
 */
export function parseJsonFile(text: string): JsonFile {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const starts = lineStarts(text);
  const syntaxErrors = errors.map((error) => ({
    position: positionAt(starts, error.offset),
    message: `JSON syntax error: ${printParseErrorCode(error.error)}`,
  }));
  return {
    value: syntaxErrors.length === 0 ? JSON.parse(text) : undefined,
    syntaxErrors,
    positionOf(pointer) {
      for (let length = pointer.length; length >= 0 && tree; length--) {
        const node = findNodeAtLocation(tree, [...pointer.slice(0, length)]);
        if (node) return positionAt(starts, anchorNode(node).offset);
      }
      return { line: 1, column: 1 };
    },
  };
}
