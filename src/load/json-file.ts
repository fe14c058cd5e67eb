import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { DocumentPath } from "../validate/finding.js";
import type { FilePosition } from "../validate/locate-finding.js";
import { textPositions } from "./text-positions.js";

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
  const positionAt = textPositions(text);
  const syntaxErrors = errors.map((error) => ({
    position: positionAt(error.offset),
    message: `JSON syntax error: ${printParseErrorCode(error.error)}`,
  }));
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
