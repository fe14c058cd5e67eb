import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { mentionKey } from "../reading-view/marked-spans.js";
import { readingViewFileName } from "../reading-view/reading-view-page.js";
import { nameIn } from "../reading-view/record-cards.js";
import type { SearchEntry } from "./search-options.js";

/** Text of an HTML fragment: tags dropped, the few entities TypeDoc writes decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The sections of a rendered guide page: each heading with an id (TypeDoc anchors h1 to h3) and the text up to the
 * next one. The page's own title is the first heading.
 *
 * @param html - A page of the site, as TypeDoc writes it.
 * @param url - The page's URL relative to the site root.
 * @param kind - The entries' kind.
 * @returns One entry per section.
 *
 * @example
 * guideSections('<div class="col-content"><h1 id="a">Guide</h1><p>Hi</p><h2 id="b">Part</h2><p>Peskov</p></div><div class="col-sidebar">', "documents/G.html", "guide")
 * //=> [{ id: "documents/G.html#a", kind: "guide", title: "Guide", where: "Guide", text: "Hi" }, { id: "documents/G.html#b", kind: "guide", title: "Part", where: "Guide", text: "Peskov" }]
 */
export function guideSections(html: string, url: string, kind: string): SearchEntry[] {
  const content = html.match(/<div class="col-content">([\s\S]*?)<div class="col-sidebar">/)?.[1] ?? "";
  const headings = [...content.matchAll(/<h([1-3])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)];
  const pageTitle = htmlText(headings[0]?.[3] ?? "");
  return headings.map((heading, index) => {
    const end = headings[index + 1]?.index ?? content.length;
    const text = htmlText(content.slice((heading.index ?? 0) + heading[0].length, end));
    return { id: `${url}#${heading[2]}`, kind, title: htmlText(heading[3] ?? ""), where: pageTitle, text };
  });
}

/**
 * The sections of every guide of the built site: the home page and the project documents (the data catalogue is
 * left out: the records are indexed one by one instead).
 *
 * @param siteFolder - The built site (`docs/site`).
 * @returns The entries.
 */
export function siteGuideEntries(siteFolder: string): SearchEntry[] {
  const guides = readdirSync(join(siteFolder, "documents"))
    .filter((file) => file.endsWith(".html") && file !== "Data_catalogue.html")
    .map((file) => `documents/${file}`);
  const home = guideSections(readFileSync(join(siteFolder, "index.html"), "utf8"), "index.html", "guide").map(
    (entry) => ({ ...entry, where: "Home" }),
  );
  return [
    ...home,
    ...guides.flatMap((url) => guideSections(readFileSync(join(siteFolder, url), "utf8"), url, "guide")),
  ];
}

/**
 * An entry per record of the documents, linking to the record in the document's reading view: entities (by name,
 * aliases and description), quotes, claims, dates and uncertainty cues.
 *
 * @param documents - The validated documents.
 * @param readingViewFolder - The folder of the reading views, relative to the site root (`media`).
 * @returns The entries.
 */
export function recordEntries(documents: readonly AnnotatedDocument[], readingViewFolder: string): SearchEntry[] {
  return documents.flatMap((document) => {
    const page = `${readingViewFolder}/${readingViewFileName(document.document.id)}`;
    const where = document.document.title;
    return [
      ...document.entities.map((entity) => ({
        id: `${page}#${mentionKey(entity.id, 0)}`,
        kind: "entity",
        title: entity.name,
        where,
        text: `${entity.kind} ${entity.aliases.join(" ")} ${entity.description} ${entity.id}`,
      })),
      ...document.quotes.map((quote) => ({
        id: `${page}#${quote.id}`,
        kind: "quote",
        title: `${nameIn(document, quote.speaker)}: “${quote.content.exact}”`,
        where,
        text: `${quote.kind} ${quote.cue.exact} ${quote.id}`,
      })),
      ...document.claims.map((claim) => ({
        id: `${page}#${claim.id}`,
        kind: "claim",
        title: claim.statement,
        where,
        text: `${nameIn(document, claim.claimant)} ${claim.evidence.exact} ${claim.factuality.author} ${claim.id}`,
      })),
      ...document.temporalExpressions.map((expression) => ({
        id: `${page}#${expression.id}`,
        kind: "date",
        title: `“${expression.span.exact}” ${expression.value}`,
        where,
        text: `${expression.type} ${expression.id}`,
      })),
      ...document.uncertaintyMarkers.map((marker) => ({
        id: `${page}#${marker.id}`,
        kind: "uncertainty",
        title: `${marker.category}: “${marker.cue.exact}”`,
        where,
        text: `${marker.scope.exact} ${marker.id}`,
      })),
    ];
  });
}
