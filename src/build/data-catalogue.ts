import { type DateBounds, dateBounds } from "../dates/date-bounds.js";
import { edtfBounds } from "../dates/edtf-bounds.js";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import { AUTHOR } from "../schema/ids.js";
import type { TemporalExpression } from "../schema/temporal-expression.js";
import type { UncertaintyMarker } from "../schema/uncertainty-marker.js";
import { breakableId } from "../site/html.js";
import { catalogueAnchor } from "../site/site-links.js";

/** The file, relative to the package root, of the generated catalogue page (a TypeDoc project document). */
export const DATA_CATALOGUE_FILE = "docs/generated/data-catalogue.md";

/**
 * Text made safe for one cell of a Markdown table: HTML and Markdown punctuation are escaped, so quoted text shows
 * exactly as in the source, `|` cannot end the cell and each line break becomes `<br>`.
 *
 * @param text - Any text, such as a quoted span.
 * @returns The cell's Markdown.
 *
 * @example
 * tableCell("a | b\nc")
 * //=> "a \\| b<br>c"
 */
export function tableCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** Text of the source, quoted as it is written, as a table cell. */
function quoted(text: string): string {
  return `“${tableCell(text)}”`;
}

/** An id as inline code; ids are kebab-case slugs, so nothing needs escaping. */
function code(id: string): string {
  return `\`${id}\``;
}

/** A record's own id in its row: code that wraps at hyphens, with the anchor the reading view links to. */
function rowId(documentId: string, id: string): string {
  return `<code id="${catalogueAnchor(documentId, id)}">${breakableId(id)}</code>`;
}

/** A Markdown table from a header and rows of already-escaped cells; `_none_` when there are no rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "_None._\n";
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return `${[line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")}\n`;
}

/** Orders dates by their earliest instant (open start first), then by their latest (open end last), then by id. */
function compareBounds(
  [aId, [aMin, aMax]]: readonly [string, DateBounds],
  [bId, [bMin, bMax]]: readonly [string, DateBounds],
): number {
  const min = (aMin ?? Number.NEGATIVE_INFINITY) - (bMin ?? Number.NEGATIVE_INFINITY);
  if (min !== 0 && !Number.isNaN(min)) return min;
  const max = (aMax ?? Number.POSITIVE_INFINITY) - (bMax ?? Number.POSITIVE_INFINITY);
  if (max !== 0 && !Number.isNaN(max)) return max;
  return aId.localeCompare(bId);
}

/** A bound as an ISO 8601 instant, or `open` for an open or unknown end. */
function instant(bound: number | null): string {
  return bound === null ? "open" : new Date(bound).toISOString().replace(".000Z", "Z");
}

/** The table rows of one document's sections, as Markdown. */
function documentSection(document: AnnotatedDocument, bounds: ReadonlyMap<string, DateBounds>): string {
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string) =>
    id === AUTHOR ? "_the author_ (the article's own voice)" : tableCell(names.get(id) ?? id);
  const out: string[] = [];
  const ownId = (id: string) => rowId(document.document.id, id);
  const heading = (level: number, text: string) => out.push(`${"#".repeat(level)} ${text}\n`);

  heading(2, tableCell(document.document.title));
  out.push(
    `Document ${code(document.document.id)}, language \`${document.document.language}\`, published ` +
      `${document.document.publicationDate.value} (${document.document.publicationDate.resolution}, certainty ` +
      `${document.document.publicationDate.certainty}). ${document.entities.length} entities, ` +
      `${document.quotes.length} quotes, ${document.claims.length} claims, ` +
      `${document.temporalExpressions.length} temporal expressions, ${document.temporalLinks.length} temporal ` +
      `links, ${document.uncertaintyMarkers.length} uncertainty markers.\n`,
  );

  heading(3, "Entities");
  out.push(
    table(
      ["Kind", "Name", "Id", "Mentions", "As written"],
      document.entities.map((entity) => [
        entity.kind,
        tableCell(entity.name),
        ownId(entity.id),
        String(entity.mentions.length),
        [...new Set(entity.mentions.map((mention) => mention.span.exact))].map(quoted).join(", "),
      ]),
    ),
  );

  heading(3, "Quotes");
  out.push(
    table(
      ["Speaker", "Kind", "Cue", "Text", "Id"],
      document.quotes.map((quote) => [
        nameOf(quote.speaker),
        quote.kind,
        quoted(quote.cue.exact),
        quoted(quote.content.exact),
        ownId(quote.id),
      ]),
    ),
  );

  heading(3, "Claims");
  const contradictedBy = new Map<string, string[]>();
  for (const claim of document.claims) {
    for (const relation of claim.relations) {
      if (relation.type !== "contradicts") continue;
      contradictedBy.set(relation.target, [...(contradictedBy.get(relation.target) ?? []), claim.id]);
    }
  }
  out.push(
    table(
      ["Claimant", "Statement", "Evidence", "Factuality (claimant / author)", "Conflicts", "Id"],
      document.claims.map((claim) => {
        const conflicts = [
          ...(claim.status === undefined ? [] : [`status: ${claim.status}`]),
          ...claim.relations
            .filter((relation) => relation.type === "contradicts")
            .map((relation) => `contradicts ${code(relation.target)}`),
          ...(contradictedBy.get(claim.id) ?? []).map((id) => `contradicted by ${code(id)}`),
        ];
        return [
          nameOf(claim.claimant),
          tableCell(claim.statement),
          quoted(claim.evidence.exact),
          `${claim.factuality.claimant} / ${claim.factuality.author}`,
          conflicts.length === 0 ? "—" : conflicts.join("<br>"),
          ownId(claim.id),
        ];
      }),
    ),
  );

  heading(3, "Timeline");
  out.push(
    "Dates and times in chronological order of their EDTF bounds (earliest instant first; an open start sorts " +
      "first, an open end last). The publication date is included.\n",
  );
  const expressions = new Map<string, TemporalExpression | undefined>(
    document.temporalExpressions.map((expression) => [expression.id, expression]),
  );
  const dated = [document.document.publicationDate.id, ...expressions.keys()]
    .flatMap((id): [string, DateBounds][] => {
      const bound = bounds.get(id);
      return bound === undefined ? [] : [[id, bound]];
    })
    .sort(compareBounds);
  out.push(
    table(
      ["Earliest", "Latest", "Value", "Type", "As written", "Id"],
      dated.map(([id, [min, max]]) => {
        const expression = expressions.get(id);
        return [
          instant(min),
          instant(max),
          code(expression?.value ?? document.document.publicationDate.value),
          expression?.type ?? "DATE",
          expression === undefined ? "_publication date (inferred or stated)_" : quoted(expression.span.exact),
          ownId(id),
        ];
      }),
    ),
  );
  const undated = document.temporalExpressions.filter((expression) => !bounds.has(expression.id));
  if (undated.length > 0) {
    out.push("Durations and recurrences (no place on the timeline):\n");
    out.push(
      table(
        ["Value", "Type", "As written", "Id"],
        undated.map((expression) => [
          code(expression.value),
          expression.type,
          quoted(expression.span.exact),
          ownId(expression.id),
        ]),
      ),
    );
  }

  heading(3, "Uncertainty markers");
  const byCategory = new Map<string, UncertaintyMarker[]>();
  for (const marker of document.uncertaintyMarkers) {
    byCategory.set(marker.category, [...(byCategory.get(marker.category) ?? []), marker]);
  }
  for (const [category, markers] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    heading(4, `${category} (${markers.length})`);
    out.push(
      table(
        ["Cue", "Scope", "Effect", "Affects", "Id"],
        markers.map((marker) => [
          quoted(marker.cue.exact),
          quoted(marker.scope.exact),
          marker.effect.type === "weakens"
            ? `weakens ${marker.effect.from} → ${marker.effect.to}${marker.effect.view ? ` (${marker.effect.view})` : ""}`
            : marker.effect.type,
          marker.affects.map(code).join(", "),
          ownId(marker.id),
        ]),
      ),
    );
  }
  return out.join("\n");
}

/**
 * The data catalogue page: for every document, tables of its entities, quotes, claims, dates (in chronological
 * order) and uncertainty markers (by category), each row with the text it quotes from the source. Generated by
 * `npm run generate`, included in the documentation site as a project document.
 *
 * @param documents - The validated documents.
 * @returns Markdown with TypeDoc front matter.
 */
export function dataCatalogue(documents: readonly AnnotatedDocument[]): string {
  const bounds = dateBounds(documents);
  for (const { document } of documents) {
    const { min, max } = edtfBounds(document.publicationDate.value);
    bounds.set(document.publicationDate.id, [min, max]);
  }
  const header = [
    "---",
    "title: Data catalogue",
    "---",
    "",
    "# Data catalogue",
    "",
    "<!-- Generated by `npm run generate` from data/ (src/build/data-catalogue.ts): do not edit. -->",
    "",
    `Every record the package ships, document by document (${documents.length} in all), with the text it quotes ` +
      "from the source. The tables are generated from the validated data at build time; see the data model guide " +
      "for what each field means, and the data notes for why records were annotated as they are.",
    "",
  ];
  return `${[...header, ...documents.map((document) => documentSection(document, bounds))].join("\n").trimEnd()}\n`;
}
