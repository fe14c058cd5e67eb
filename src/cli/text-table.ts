import stringWidth from "string-width";

/** A column of a text table: its heading and how to get a row's cell. */
export interface TextColumn<Row> {
  readonly heading: string;
  readonly cell: (row: Row) => string | number;
  /** The widest a cell may be, in terminal columns, unless the table is wide; longer text is cut with `…`. */
  readonly maxWidth?: number;
}

/** How wide a table may be. */
export interface TableWidth {
  /** The terminal's width in columns, when printing to one: the last column is cut so that lines fit. */
  readonly columns?: number | undefined;
  /** Never cut a cell (`--wide`). */
  readonly wide?: boolean | undefined;
}

/** The widest a column is cut to by default. */
const DEFAULT_MAX_WIDTH = 60;
/** The narrowest the last column is cut to when fitting a terminal. */
const LEAST_WIDTH = 12;

/** Splits text into what a reader sees as characters (grapheme clusters), so that a cut never splits one. */
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Text cut to at most `width` terminal columns, ending in `…` when cut; linear in the text. */
function cut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let kept = "";
  let used = 0;
  for (const { segment } of GRAPHEMES.segment(text)) {
    const segmentWidth = stringWidth(segment);
    if (used + segmentWidth > width - 1) break;
    kept += segment;
    used += segmentWidth;
  }
  return `${kept}…`;
}

/** Text padded with spaces to `width` terminal columns. */
function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * Renders rows as a plain-text table: a heading line, a rule, one line per row, columns padded to their widest cell
 * (measured in terminal columns, so that `“` and `…` count as one and wide characters as two) and separated by two
 * spaces; trailing spaces trimmed. Cells are cut to their column's `maxWidth` unless the table is `wide`, and the
 * last column is cut further when the lines would not fit the terminal's `columns` (to no fewer than 12 columns).
 *
 * @param columns - The columns.
 * @param rows - The rows.
 * @param width - How wide the table may be.
 * @returns The lines of the table.
 *
 * @example
 * textTable([{ heading: "id", cell: (row) => row }], ["nato"])
 * //=> ["id", "----", "nato"]
 */
export function textTable<Row>(
  columns: readonly TextColumn<Row>[],
  rows: readonly Row[],
  width: TableWidth = {},
): string[] {
  const texts = rows.map((row) => columns.map((column) => String(column.cell(row)).replace(/\s+/g, " ")));
  const limits = columns.map((column) =>
    width.wide === true ? Number.POSITIVE_INFINITY : (column.maxWidth ?? DEFAULT_MAX_WIDTH),
  );
  const widthsOf = () =>
    columns.map((column, index) =>
      Math.max(
        stringWidth(column.heading),
        ...texts.map((line) => Math.min(stringWidth(line[index] ?? ""), limits[index] ?? 0)),
      ),
    );
  let widths = widthsOf();
  const last = columns.length - 1;
  if (width.wide !== true && width.columns !== undefined && last >= 0) {
    const others = widths.slice(0, last).reduce((total, columnWidth) => total + columnWidth + 2, 0);
    limits[last] = Math.max(LEAST_WIDTH, Math.min(limits[last] ?? 0, width.columns - others));
    widths = widthsOf();
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => pad(cut(value, limits[index] ?? 0), widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.heading)),
    line(widths.map((columnWidth) => "-".repeat(columnWidth))),
    ...texts.map(line),
  ];
}
