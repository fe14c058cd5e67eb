import { type ScaleTime, scaleUtc } from "d3-scale";
import { type DateBounds, dateBounds } from "../../dates/date-bounds.js";
import { edtfBounds } from "../../dates/edtf-bounds.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { TemporalExpression } from "../../schema/temporal-expression.js";
import { escapeHtml } from "../html.js";

const WIDTH = 600;
const MARGIN = 24;
const ROW = 40;
const AXIS = 34;
const DAY = 86_400_000;
/** The detail panel shows this many days either side of the publication date. */
const DETAIL_DAYS = 45;

/** One dated expression on the timeline. */
interface TimelineRow {
  readonly expression: TemporalExpression;
  readonly min: number | null;
  readonly max: number | null;
  readonly label: string;
}

/** The names of the entities (events) an expression dates, for its label. */
function anchoredEvents(document: AnnotatedDocument, expression: TemporalExpression): string[] {
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  return expression.dates.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [name];
  });
}

/** A label shortened to fit the picture's width. */
function fitted(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1)}…`;
}

/** The rows: every DATE and TIME expression, earliest first (an open start first). */
function timelineRows(document: AnnotatedDocument): TimelineRow[] {
  const bounds = dateBounds([document]);
  return document.temporalExpressions
    .flatMap((expression): TimelineRow[] => {
      const bound: DateBounds | undefined = bounds.get(expression.id);
      if (bound === undefined) return [];
      const events = anchoredEvents(document, expression);
      const certainty = expression.certainty < 1 ? `, certainty ${expression.certainty}` : "";
      const label =
        `“${expression.span.exact}” ${expression.value}${certainty}` +
        (events.length > 0 ? ` — ${events.join(", ")}` : "");
      return [{ expression, min: bound[0], max: bound[1], label: fitted(label, 88) }];
    })
    .sort(
      (a, b) =>
        (a.min ?? Number.NEGATIVE_INFINITY) - (b.min ?? Number.NEGATIVE_INFINITY) ||
        (a.max ?? Number.POSITIVE_INFINITY) - (b.max ?? Number.POSITIVE_INFINITY) ||
        a.expression.id.localeCompare(b.expression.id),
    );
}

/** One bar: a span of time (at least a few pixels wide), open ends drawn as arrows to the edge, uncertain ones hatched. */
function bar(row: TimelineRow, x: ScaleTime<number, number>, y: number, href: (id: string) => string): string {
  const [left, right] = x.range() as [number, number];
  const [from, to] = x.domain().map(Number) as [number, number];
  if ((row.max !== null && row.max < from) || (row.min !== null && row.min > to)) {
    const side = row.max !== null && row.max < from ? "earlier" : "later";
    return `<text class="off" x="${side === "earlier" ? left : right}" y="${y + 10}" text-anchor="${side === "earlier" ? "start" : "end"}">${side === "earlier" ? "◀ earlier" : "later ▶"}</text>`;
  }
  const start = row.min === null ? left : Math.max(left, x(row.min));
  const end = row.max === null ? right : Math.min(right, x(row.max));
  const width = Math.max(4, end - start);
  const classes = [
    "bar",
    row.expression.certainty < 1 ? "uncertain" : "",
    row.min === null || row.max === null ? "open" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const arrows = [
    row.min === null ? `<path class="arrow" d="M${left} ${y + 6} l8 -5 v10 z"/>` : "",
    row.max === null ? `<path class="arrow" d="M${right} ${y + 6} l-8 -5 v10 z"/>` : "",
  ].join("");
  return (
    `<a href="${href(row.expression.id)}"><rect class="${classes}" x="${start.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="12" rx="2">` +
    `<title>${escapeHtml(row.label)}</title></rect>${arrows}</a>`
  );
}

/** A panel: a title, the publication date and its alternatives, one labelled row per expression, and the axis. */
function panel(
  document: AnnotatedDocument,
  rows: readonly TimelineRow[],
  domain: readonly [Date, Date],
  title: string,
  top: number,
  href: (id: string) => string,
): { svg: string; height: number } {
  const x = scaleUtc()
    .domain([...domain])
    .range([MARGIN, WIDTH - MARGIN]);
  const rowsTop = top + 40;
  const axisY = rowsTop + rows.length * ROW + 4;
  const parts: string[] = [`<text class="panel-title" x="${MARGIN}" y="${top + 14}">${escapeHtml(title)}</text>`];
  const { publicationDate } = document.document;
  const published = edtfBounds(publicationDate.value).min ?? 0;
  const inDomain = (time: number) => time >= +domain[0] && time <= +domain[1];
  for (const alternative of publicationDate.alternatives) {
    const time = edtfBounds(alternative.value).min ?? 0;
    if (!inDomain(time)) continue;
    parts.push(
      `<path class="alternative" d="M${x(time).toFixed(1)} ${axisY} l-4 8 h8 z"><title>${escapeHtml(`rejected publication date ${alternative.value}: ${alternative.reason}`)}</title></path>`,
    );
  }
  if (inDomain(published)) {
    const px = x(published).toFixed(1);
    parts.push(
      `<line class="published" x1="${px}" x2="${px}" y1="${rowsTop - 6}" y2="${axisY}"/>`,
      `<text class="published-label" x="${px}" y="${top + 30}" text-anchor="${x(published) > WIDTH / 2 ? "end" : "start"}" dx="${x(published) > WIDTH / 2 ? -4 : 4}">published ${escapeHtml(publicationDate.value)} (${escapeHtml(publicationDate.resolution)})</text>`,
    );
  }
  rows.forEach((row, index) => {
    const y = rowsTop + index * ROW;
    parts.push(
      `<text class="row-label" x="${MARGIN}" y="${y + 12}">${escapeHtml(row.label)}</text>`,
      bar(row, x, y + 18, href),
    );
  });
  const ticks = x.ticks(6);
  const format = x.tickFormat(6);
  parts.push(`<line class="axis" x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${axisY}" y2="${axisY}"/>`);
  for (const tick of ticks) {
    const tx = x(tick).toFixed(1);
    parts.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 5}"/>`,
      `<text class="tick-label" x="${tx}" y="${axisY + 18}" text-anchor="middle">${escapeHtml(format(tick))}</text>`,
    );
  }
  return { svg: parts.join("\n"), height: axisY + AXIS - top };
}

/** The picture's styles; the hatch pattern's id is the document's, so several timelines can share a page. */
const style = (hatch: string) => `
.newsfacts-timeline .row-label, .newsfacts-timeline .tick-label, .newsfacts-timeline .panel-title, .newsfacts-timeline .published-label, .newsfacts-timeline .off, .newsfacts-timeline .legend { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #1b1b1b; }
.newsfacts-timeline .panel-title { font-weight: 600; font-size: 13px; }
.newsfacts-timeline .tick-label, .newsfacts-timeline .off, .newsfacts-timeline .legend { fill: #555; }
.newsfacts-timeline .axis, .newsfacts-timeline .tick { stroke: #555; }
.newsfacts-timeline .bar { fill: #0072b2; }
.newsfacts-timeline .bar.uncertain { fill: url(#${hatch}); stroke: #0072b2; stroke-width: 1; }
.newsfacts-timeline .bar.open { stroke: #0072b2; stroke-dasharray: 4 2; }
.newsfacts-timeline .arrow { fill: #0072b2; }
.newsfacts-timeline .published { stroke: #d55e00; stroke-width: 2; }
.newsfacts-timeline .published-label { fill: #a34500; font-weight: 600; }
.newsfacts-timeline .alternative { fill: #fff; stroke: #777; }
.newsfacts-timeline a:focus-visible rect { stroke: #000; stroke-width: 3; }
`;

/**
 * The timeline of a document as SVG: every DATE and TIME expression as a bar on a UTC time axis (points as short
 * bars, intervals as long ones, open-ended intervals running to the edge with an arrow, uncertain values hatched),
 * labelled with the words of the text, the value and the events it dates; the publication date as a line and the
 * rejected alternatives as open triangles on the axis. Two panels: every date, and the weeks around publication.
 * The scales and ticks are d3-scale's.
 *
 * @param document - A validated document.
 * @param href - The link of a record (into the reading view).
 * @returns The SVG element, or an empty string when the document has no dates.
 */
export function timelineSvg(document: AnnotatedDocument, href: (id: string) => string): string {
  const rows = timelineRows(document);
  if (rows.length === 0) return "";
  const published = edtfBounds(document.document.publicationDate.value).min ?? 0;
  const finite = rows.flatMap((row) => [row.min, row.max]).filter((time): time is number => time !== null);
  const all: [Date, Date] = [new Date(Math.min(published, ...finite)), new Date(Math.max(published, ...finite))];
  const overview = scaleUtc().domain(all).nice().domain() as [Date, Date];
  const detail: [Date, Date] = [new Date(published - DETAIL_DAYS * DAY), new Date(published + DETAIL_DAYS * DAY)];
  const first = panel(document, rows, overview, "Every date in the text", 0, href);
  const near = rows.filter((row) => (row.max ?? Infinity) >= +detail[0] && (row.min ?? -Infinity) <= +detail[1]);
  const second = panel(
    document,
    near,
    detail,
    `The ${DETAIL_DAYS} days either side of publication`,
    first.height + 16,
    href,
  );
  const legendY = first.height + 16 + second.height + 8;
  const height = legendY + 26;
  const title = `Timeline of “${document.document.title}”`;
  const hatch = `hatch-${document.document.id}`;
  return `<svg class="newsfacts-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="timeline-title-${document.document.id}"><title id="timeline-title-${document.document.id}">${escapeHtml(title)}</title><style>${style(hatch)}</style><defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#cfe5f5"/><line x1="0" y1="0" x2="0" y2="6" stroke="#0072b2" stroke-width="2"/></pattern></defs>
${first.svg}
${second.svg}
<text class="legend" x="${MARGIN}" y="${legendY}">Solid: certain · hatched: uncertain · arrow: open-ended</text>
<text class="legend" x="${MARGIN}" y="${legendY + 16}">Red line: publication date · △ on the axis: rejected publication dates</text>
</svg>`;
}
