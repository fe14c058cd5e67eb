import { readFileSync } from "node:fs";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import { GENERATED_DOCS_FOLDER, readingViewLink } from "./articles-page.js";
import { escapeHtml } from "./html.js";
import { timelineSvg } from "./pictures/timeline-svg.js";

/** The hand-written part of the site's home page. */
export const HOME_TEMPLATE_FILE = "docs/home.md";

/** The generated home page (typedoc.json `readme`). */
export const HOME_PAGE_FILE = `${GENERATED_DOCS_FOLDER}/home.md`;

/** The line of the template the generated section replaces. */
const PLACEHOLDER = /^<!-- pictures:.*-->$/m;

/**
 * The documentation site's home page, for users: docs/home.md with the placeholder line replaced by a section that
 * shows the first document — a link to its annotated reading view and its timeline — and links to the others.
 *
 * @param template - The text of docs/home.md.
 * @param documents - The validated documents.
 * @returns Markdown.
 * @throws When the template has no placeholder line.
 */
export function homePage(template: string, documents: readonly AnnotatedDocument[]): string {
  if (!PLACEHOLDER.test(template)) throw new Error(`${HOME_TEMPLATE_FILE} has no "<!-- pictures: ... -->" line`);
  const [first] = documents;
  const section =
    first === undefined
      ? ""
      : [
          "## See the article",
          "",
          `Read [${escapeHtml(first.document.title)}](${readingViewLink(first.document.id)}) with its entities, ` +
            "quotes, claims, uncertainty cues and dates marked, or see every document's timeline and claim graph on " +
            `the [Articles](articles.md) page${documents.length > 1 ? ` (${documents.length} documents)` : ""}.`,
          "",
          '<figure class="newsfacts-picture">',
          timelineSvg(first, (recordId) => readingViewLink(first.document.id, recordId)),
          "<figcaption>The dates of the text on a time axis; each bar links to its words.</figcaption>",
          "</figure>",
        ].join("\n");
  return relativeToGenerated(template).replace(PLACEHOLDER, () => section);
}

/**
 * The template's relative Markdown links, which point from docs/, made to point from docs/generated/.
 *
 * @example
 * relativeToGenerated("[a](querying.md) [b](https://x.org) [c](#top)")
 * //=> "[a](../querying.md) [b](https://x.org) [c](#top)"
 */
export function relativeToGenerated(markdown: string): string {
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi, "](../$1)");
}

/** The home page from the template file. */
export function homePageFromTemplate(documents: readonly AnnotatedDocument[]): string {
  return homePage(readFileSync(HOME_TEMPLATE_FILE, "utf8"), documents);
}
