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
/** The narrowest a column is cut to when fitting a terminal. */
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

/** The widest each column's cells are, within the column's limit, and never narrower than its heading. */
function columnWidths(headings: readonly string[], texts: readonly string[][], limits: readonly number[]): number[] {
  // A loop, not Math.max(...cells): spreading the cells of 200,000 rows overflows the stack.
  const widths = headings.map((heading) => stringWidth(heading));
  for (const line of texts) {
    line.forEach((text, index) => {
      const width = Math.min(stringWidth(text), limits[index] ?? 0);
      if (width > (widths[index] ?? 0)) widths[index] = width;
    });
  }
  return widths;
}

/** How wide a table's lines are: every column and the two spaces between columns. */
function lineWidth(widths: readonly number[]): number {
  return widths.reduce((total, width) => total + width, 0) + 2 * Math.max(0, widths.length - 1);
}

/**
 * Limits that make the lines fit `columns`, when they can: the last column (free text) is cut first, to no fewer
 * than 12 columns; then every other column wider than a common cap is cut to it, the largest cap that fits and no
 * fewer than 12, so that ids are cut last and all alike.
 */
function fittedLimits(widths: readonly number[], limits: readonly number[], columns: number): number[] {
  const fitted = [...limits];
  const last = widths.length - 1;
  const others = lineWidth(widths) - (widths[last] ?? 0);
  fitted[last] = Math.max(LEAST_WIDTH, Math.min(fitted[last] ?? 0, columns - others));
  const cappedWidth = (cap: number) =>
    lineWidth(widths.map((width, index) => (index === last ? (fitted[last] ?? 0) : Math.min(width, cap))));
  if (cappedWidth(Number.POSITIVE_INFINITY) <= columns) return fitted;
  let cap = Math.max(LEAST_WIDTH, ...widths.slice(0, last));
  while (cap > LEAST_WIDTH && cappedWidth(cap) > columns) cap -= 1;
  for (let index = 0; index < last; index += 1) fitted[index] = Math.min(fitted[index] ?? 0, cap);
  return fitted;
}

/**
 * Renders rows as a plain-text table: a heading line, a rule, one line per row, columns padded to their widest cell
 * (measured in terminal columns, so that `“` and `…` count as one and wide characters as two) and separated by two
 * spaces; trailing spaces trimmed. Cells are cut to their column's `maxWidth` unless the table is `wide`. When the
 * lines would not fit the terminal's `columns`, the last column is cut further, then the widest other columns, each
 * to no fewer than 12 columns.
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
  const headings = columns.map((column) => column.heading);
  const texts = rows.map((row) => columns.map((column) => String(column.cell(row)).replace(/\s+/g, " ")));
  let limits = columns.map((column) =>
    width.wide === true ? Number.POSITIVE_INFINITY : (column.maxWidth ?? DEFAULT_MAX_WIDTH),
  );
  let widths = columnWidths(headings, texts, limits);
  if (width.wide !== true && width.columns !== undefined && columns.length > 0) {
    limits = fittedLimits(widths, limits, width.columns);
    widths = columnWidths(headings, texts, limits);
  }
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => pad(cut(value, limits[index] ?? 0), widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headings), line(widths.map((columnWidth) => "-".repeat(columnWidth))), ...texts.map(line)];
}
