import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataCatalogue, tableCell } from "../../src/build/data-catalogue.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import { ARTICLE_ID, DATA_DIRECTORY, DOCUMENT_FOLDER } from "../helpers/data-copy.js";

let documents: AnnotatedDocument[] = [];
let document: AnnotatedDocument;
let page = "";
/** The shipped article's section of the page: what the tests of the tables read. */
let section = "";

beforeAll(() => {
  const result = validateDirectory(DATA_DIRECTORY);
  expect(result.issues).toEqual([]);
  documents = [...result.documents];
  document = documents.find((candidate) => candidate.document.id === ARTICLE_ID) as AnnotatedDocument;
  page = dataCatalogue(documents);
  const heading = `\n## ${tableCell(document.document.title)}\n`;
  const start = page.indexOf(heading);
  const next = page.indexOf("\n## ", start + heading.length);
  section = page.slice(start, next < 0 ? undefined : next);
});

/**
 * Splits a Markdown table row into its cells, honouring `\|` escapes. A record's own id, written as HTML code with
 * its row's anchor and word breaks after its hyphens, is read back as the Markdown code a reader sees.
 */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim())
    .map((cell) =>
      cell.replace(/^<code id="[^"]+">(.*)<\/code>$/, (_, id: string) => `\`${id.replace(/<wbr>/g, "")}\``),
    );
}

/** The body rows (no header, no rule) of the first table after a heading, as cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const lines = markdown.slice(start).split("\n");
  const first = lines.findIndex((line) => line.startsWith("| "));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("| ")) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The cell escaping of the catalogue, undone: what a reader sees in the rendered table. */
function asRendered(cell: string): string {
  return cell
    .replace(/^“|”$/g, "")
    .replace(/<br>/g, "\n")
    .replace(/\\(.)/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("tableCell", () => {
  it("escapes the cell separator and turns line breaks into <br>", () => {
    expect(tableCell("a | b\nc\r\nd")).toBe("a \\| b<br>c<br>d");
  });

  it("escapes HTML and Markdown punctuation so quoted text shows as written", () => {
    expect(tableCell("<b>*x*</b> & `y` [z] _w_ ~~v~~ #1 \\")).toBe(
      "&lt;b&gt;\\*x\\*&lt;/b&gt; &amp; \\`y\\` \\[z\\] \\_w\\_ \\~\\~v\\~\\~ \\#1 \\\\",
    );
  });

  it("round-trips through the unescaping a reader sees", () => {
    const text = "He said: “a | b”\nthen <left> & *went*.";
    expect(asRendered(tableCell(text))).toBe(text);
  });
});

describe("the data catalogue", () => {
  it("is a TypeDoc document with a title and a section per document", () => {
    expect(page.startsWith("---\ntitle: Data catalogue\n---\n")).toBe(true);
    for (const { document } of documents) expect(page).toContain(`\n## ${tableCell(document.title)}\n`);
  });

  it("anchors each record's row by its document and id, with a word break after each hyphen of the id", () => {
    const id = document.quotes[0]?.id ?? "";
    expect(page).toContain(`<code id="${document.document.id}--${id}">${id.replace(/-/g, "-<wbr>")}</code>`);
  });

  it("lists every entity with its kind, name and mention count", () => {
    const rows = tableAfter(section, "### Entities");
    expect(rows).toHaveLength(document.entities.length);
    for (const [index, entity] of document.entities.entries()) {
      const [kind, name, id, count, written] = rows[index] ?? [];
      expect([kind, asRendered(name ?? ""), id, Number(count)]).toEqual([
        entity.kind,
        entity.name,
        `\`${entity.id}\``,
        entity.mentions.length,
      ]);
      for (const mention of entity.mentions) expect(written).toContain(`“${tableCell(mention.span.exact)}”`);
    }
  });

  it("lists every quote with its speaker, kind and the exact quoted text", () => {
    const rows = tableAfter(section, "### Quotes");
    expect(rows).toHaveLength(document.quotes.length);
    const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
    for (const [index, quote] of document.quotes.entries()) {
      const [speaker, kind, cue, text, id] = rows[index] ?? [];
      expect([asRendered(speaker ?? ""), kind, asRendered(cue ?? ""), asRendered(text ?? ""), id]).toEqual([
        names.get(quote.speaker),
        quote.kind,
        quote.cue.exact,
        quote.content.exact,
        `\`${quote.id}\``,
      ]);
    }
  });

  it("has Putin's direct quote about the Union State programme, as the source text has it", () => {
    const source = readFileSync(join(DATA_DIRECTORY, DOCUMENT_FOLDER, "source.txt"), "utf8");
    const quoted = source.match(/“([^”]*summarise the results[^”]*?),?”\s*Putin said/)?.[1];
    expect(quoted).toBeDefined();
    const row = tableAfter(section, "### Quotes").find((cells) => cells[0] === "Vladimir Putin");
    expect(row?.[1]).toBe("direct");
    expect(asRendered(row?.[3] ?? "")).toBe(quoted);
  });

  it("lists every claim with claimant, statement, both factuality views and its conflicts", () => {
    const rows = tableAfter(section, "### Claims");
    expect(rows).toHaveLength(document.claims.length);
    for (const [index, claim] of document.claims.entries()) {
      const [, statement, evidence, factuality, conflicts, id] = rows[index] ?? [];
      expect([asRendered(statement ?? ""), asRendered(evidence ?? ""), factuality, id]).toEqual([
        claim.statement,
        claim.evidence.exact,
        `${claim.factuality.claimant} / ${claim.factuality.author}`,
        `\`${claim.id}\``,
      ]);
      for (const relation of claim.relations.filter((relation) => relation.type === "contradicts")) {
        expect(conflicts).toContain(`contradicts \`${relation.target}\``);
        const target = document.claims.findIndex((other) => other.id === relation.target);
        expect(rows[target]?.[4]).toContain(`contradicted by \`${claim.id}\``);
      }
      if (claim.status !== undefined) expect(conflicts).toContain(`status: ${claim.status}`);
    }
  });

  it("puts every date and time on the timeline in chronological order, and the rest below it", () => {
    const dated = document.temporalExpressions.filter((expression) => ["DATE", "TIME"].includes(expression.type));
    const rows = tableAfter(section, "### Timeline");
    expect(rows).toHaveLength(dated.length + 1);
    const instant = (cell: string | undefined, open: number) => (cell === "open" ? open : Date.parse(cell ?? ""));
    for (const [previous, next] of rows.slice(1).map((row, index) => [rows[index], row] as const)) {
      const [previousMin, nextMin] = [instant(previous?.[0], -Infinity), instant(next[0], -Infinity)];
      expect(nextMin).toBeGreaterThanOrEqual(previousMin);
      if (nextMin === previousMin) {
        expect(instant(next[1], Infinity)).toBeGreaterThanOrEqual(instant(previous?.[1], Infinity));
      }
    }
    const lastYear = rows.find((row) => row[5] === "`time-last-year`");
    expect(lastYear?.slice(0, 2)).toEqual(["2020-01-01T00:00:00Z", "2020-12-31T23:59:59.999Z"]);
    const others = tableAfter(section, "Durations and recurrences (no place on the timeline):");
    expect(others.map((row) => row[3])).toEqual(
      document.temporalExpressions
        .filter((expression) => !["DATE", "TIME"].includes(expression.type))
        .map((expression) => `\`${expression.id}\``),
    );
  });

  it("groups the uncertainty markers by category, with cue and scope as written", () => {
    const categories = [...new Set(document.uncertaintyMarkers.map((marker) => marker.category))].sort();
    let total = 0;
    for (const category of categories) {
      const markers = document.uncertaintyMarkers.filter((marker) => marker.category === category);
      const rows = tableAfter(section, `#### ${category} (${markers.length})`);
      expect(rows.map((row) => [asRendered(row[0] ?? ""), asRendered(row[1] ?? ""), row[4]])).toEqual(
        markers.map((marker) => [marker.cue.exact, marker.scope.exact, `\`${marker.id}\``]),
      );
      total += rows.length;
    }
    expect(total).toBe(document.uncertaintyMarkers.length);
  });

  it("keeps a table intact when quoted text holds a `|` or a line break", () => {
    const edited = structuredClone(document);
    const quote = edited.quotes[0];
    if (quote === undefined) throw new Error("no quote");
    quote.content = { ...quote.content, exact: "left | right\nnext line" };
    const rows = tableAfter(dataCatalogue([edited]), "### Quotes");
    expect(rows[0]).toHaveLength(5);
    expect(rows[0]?.[3]).toBe("“left \\| right<br>next line”");
    expect(asRendered(rows[0]?.[3] ?? "")).toBe("left | right\nnext line");
  });
});
