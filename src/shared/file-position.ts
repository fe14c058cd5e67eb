/** A 1-based line and column in a file. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
}
