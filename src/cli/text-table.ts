/** A column of a text table: its heading and how to get a row's cell. */
export interface TextColumn<Row> {
  readonly heading: string;
  readonly cell: (row: Row) => string | number;
  /** The widest a cell may be; longer text is cut with `…`. */
  readonly maxWidth?: number;
}

/** A cell on one line, cut to `maxWidth` characters. */
function cellText(value: string | number, maxWidth: number): string {
  const text = String(value).replace(/\s+/g, " ");
  return text.length <= maxWidth ? text : `${text.slice(0, maxWidth - 1)}…`;
}

/**
 * Renders rows as a plain-text table: a heading line, a rule, one line per row, columns padded to their widest cell
 * and separated by two spaces; trailing spaces trimmed.
 *
 * @param columns - The columns.
 * @param rows - The rows.
 * @returns The lines of the table.
 *
 * @example
 * textTable([{ heading: "id", cell: (row) => row }], ["nato"])
 * //=> ["id", "----", "nato"]
 */
export function textTable<Row>(columns: readonly TextColumn<Row>[], rows: readonly Row[]): string[] {
  const cells = rows.map((row) => columns.map((column) => cellText(column.cell(row), column.maxWidth ?? 60)));
  const widths = columns.map((column, index) =>
    Math.max(column.heading.length, ...cells.map((line) => (line[index] ?? "").length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => value.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.heading)),
    line(widths.map((width) => "-".repeat(width))),
    ...cells.map(line),
  ];
}
