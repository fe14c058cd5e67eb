import { readFileSync } from "node:fs";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { CONTENT_SEGMENT_KINDS } from "../../schema/segment.js";
import { escapeHtml } from "../html.js";
import { LAYERS } from "./layers.js";
import { markedSpans } from "./marked-spans.js";
import { nestedSpans } from "./nested-spans.js";
import { recordCards } from "./record-cards.js";

const STYLE = readFileSync(new URL("./reading-view.css", import.meta.url), "utf8");
const SCRIPT = readFileSync(new URL("./reading-view-client.js", import.meta.url), "utf8");

/** The URL of the guide page that lists the documents with their timeline and claim graph. */
const ARTICLES_PAGE = "../documents/Articles.html";

/**
 * The file name of a document's reading view.
 *
 * @example
 * readingViewFileName("putin-talks")
 * //=> "putin-talks.html"
 */
export function readingViewFileName(documentId: string): string {
  return `${documentId}.html`;
}

/** The switches of the layers, all on. */
function layerSwitches(): string {
  const switches = LAYERS.map(
    (layer) =>
      `<label><input type="checkbox" id="layer-${layer.id}" value="${layer.id}" checked> ${layer.label}` +
      ` <span class="hint">(${layer.hint})</span></label>`,
  ).join("\n");
  return `<fieldset class="layers"><legend>Layers</legend>\n${switches}\n</fieldset>`;
}

/** Samples of how each layer draws, with the factuality values spelled out. */
function legend(): string {
  const sample = (classes: string, text: string, label = "") =>
    `<li><span class="mark ${classes}">${text}${label === "" ? "" : `<span class="tag">${label}</span>`}</span></li>`;
  return [
    '<details class="legend"><summary>Legend</summary>',
    "<p>Claims are underlined by the <strong>author's</strong> factuality (FactBank): colour gives the polarity, the",
    "line gives the certainty; the label gives the value, and the claimant's view when it differs.</p><ul>",
    sample("l-claims f-ct-pos", "certain", "CT+"),
    sample("l-claims f-pr-pos", "probable", "PR+"),
    sample("l-claims f-ps-pos", "possible", "PS+"),
    sample("l-claims f-ct-neg", "certainly not", "CT-"),
    sample("l-claims f-pr-neg", "probably not", "PR-"),
    sample("l-claims f-ps-neg", "possibly not", "PS-"),
    sample("l-claims f-ctu", "certain, polarity unknown", "CTu"),
    sample("l-claims f-uu", "uncommitted", "Uu"),
    "</ul><ul>",
    sample("l-entities k-person", "person", "person"),
    sample("l-entities k-country", "country or government", "country"),
    sample("l-entities k-place", "place", "place"),
    sample("l-entities k-organisation", "organisation or group", "organisation"),
    sample("l-entities k-event", "event", "event"),
    sample("l-entities k-agreement", "agreement, other", "agreement"),
    sample("l-entities k-person pronoun", "he", "person · pronoun"),
    sample("l-entities k-government metonymy", "Moscow", "government · metonymy"),
    "</ul><ul>",
    sample("l-quotes quote", "quoted words"),
    sample("l-quotes quote-cue", "said"),
    sample("l-uncertainty hedge-cue", "expected", "expectation"),
    sample("l-uncertainty hedge-scope", "hedged scope"),
    sample("l-time", "on Thursday", "2021-09-09"),
    "</ul><p>Hover over or tab to a span to see its record; Enter moves into the card, Escape closes it.</p></details>",
  ].join("\n");
}

/**
 * The annotated reading view of one document: a standalone HTML page with the headline and paragraphs as prose,
 * page furniture greyed, every record marked in switchable layers, and a card per record shown on hover and
 * focus. Styles and the few lines of script are inlined, so the page works wherever it is copied.
 *
 * @param document - A validated document.
 * @returns The page's HTML.
 */
export function readingViewPage(document: AnnotatedDocument): string {
  const spans = markedSpans(document);
  const content = new Set<string>(CONTENT_SEGMENT_KINDS);
  const body = document.document.segments
    .map((segment) => {
      const html = nestedSpans(document.text, segment.span.start, segment.span.end, spans);
      if (segment.kind === "headline") return `<h1 class="headline" id="${segment.id}">${html}</h1>`;
      if (content.has(segment.kind)) return `<p id="${segment.id}">${html}</p>`;
      const label = `page furniture, ${segment.kind.replace(/-/g, " ")}`;
      return `<p class="furniture" id="${segment.id}" data-label="${escapeHtml(label)}">${html}</p>`;
    })
    .join("\n");
  const { publicationDate } = document.document;
  const alternatives = publicationDate.alternatives.map((alternative) => alternative.value).join(", ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.document.title)} — annotated — newsfacts</title>
<style>
${STYLE}</style>
</head>
<body>
<div class="page">
<nav class="site-nav" aria-label="Site"><a href="../index.html">newsfacts documentation</a><a href="${ARTICLES_PAGE}">Timeline and claim graph</a><a href="../documents/Data_catalogue.html">Data catalogue</a></nav>
<p class="meta">Document <code>${escapeHtml(document.document.id)}</code> · language <code>${escapeHtml(document.document.language)}</code> · published <strong>${escapeHtml(publicationDate.value)}</strong> (${escapeHtml(publicationDate.resolution)}, certainty ${publicationDate.certainty}${alternatives === "" ? "" : `; rejected: ${escapeHtml(alternatives)}`})</p>
${layerSwitches()}
${legend()}
<main class="article" lang="${escapeHtml(document.document.language)}">
${body}
</main>
</div>
<div id="popover" role="group" hidden></div>
<div class="cards">
${recordCards(document)}
</div>
<script>
${SCRIPT}</script>
</body>
</html>
`;
}
