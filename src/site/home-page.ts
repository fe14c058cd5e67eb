import { readFileSync } from "node:fs";
import type { AnnotatedDocument } from "../schema/annotated-document.js";
import { GENERATED_DOCS_FOLDER, readingViewLink } from "./articles-page.js";
import { escapeHtml } from "./html.js";
import { timelineSvg } from "./pictures/timeline-svg.js";

/** The README, which is also the site's home page: one text for npm, GitHub and the site. */
export const HOME_TEMPLATE_FILE = "README.md";

/** The generated home page (typedoc.json `readme`). */
export const HOME_PAGE_FILE = `${GENERATED_DOCS_FOLDER}/home.md`;

/** The line of the README the generated section replaces (an HTML comment, so npm and GitHub show nothing). */
const PLACEHOLDER = /^<!-- pictures:.*-->$/m;

/** The README's title line: TypeDoc already heads the home page with the project's name. */
const TITLE = /^# .*\n+/;

/**
 * The documentation site's home page: the README without its title, its links made to point from docs/generated/,
 * and its placeholder line replaced by a section that shows the first document — a link to its annotated reading
 * view and its timeline — and links to the others.
 *
 * @param readme - The text of README.md.
 * @param documents - The validated documents.
 * @returns Markdown.
 * @throws When the README has no placeholder line.
 */
export function homePage(readme: string, documents: readonly AnnotatedDocument[]): string {
  if (!PLACEHOLDER.test(readme)) throw new Error(`${HOME_TEMPLATE_FILE} has no "<!-- pictures: ... -->" line`);
  const [first] = documents;
  const section =
    first === undefined
      ? ""
      : [
          "## See the article",
          "",
          `Read [${escapeHtml(first.document.title)}](${readingViewLink(first.document.id)}) with its entities, ` +
            "quotes, claims, uncertainty cues and dates marked, see every document's timeline and claim graph on " +
            `the [Articles](articles.md) page${documents.length > 1 ? ` (${documents.length} documents)` : ""}, ` +
            "or every record in the [Data catalogue](data-catalogue.md).",
          "",
          '<figure class="newsfacts-picture">',
          timelineSvg(first, (recordId) => readingViewLink(first.document.id, recordId)),
          "<figcaption>The dates of the text on a time axis; each bar links to its words.</figcaption>",
          "</figure>",
        ].join("\n");
  return readmeLinksFromGenerated(readme.replace(TITLE, "")).replace(PLACEHOLDER, () => section);
}

/**
 * The README's relative Markdown links, which point from the package root, made to point from docs/generated/.
 *
 * @example
 * readmeLinksFromGenerated("[a](docs/querying.md) [b](CHANGELOG.md) [c](https://x.org) [d](#top)")
 * //=> "[a](../querying.md) [b](../../CHANGELOG.md) [c](https://x.org) [d](#top)"
 */
export function readmeLinksFromGenerated(markdown: string): string {
  return markdown.replace(/\]\((?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi, (_, link: string) =>
    link.startsWith("docs/") ? `](../${link.slice("docs/".length)})` : `](../../${link})`,
  );
}

/** The home page from the README. */
export function homePageFromReadme(documents: readonly AnnotatedDocument[]): string {
  return homePage(readFileSync(HOME_TEMPLATE_FILE, "utf8"), documents);
}
