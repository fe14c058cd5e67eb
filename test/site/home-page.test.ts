/**
 * The README is the site's home page: its links must resolve both where npm and GitHub show it (from the package
 * root) and where the site is built from (docs/generated/), and the site must show it under one title.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_DOCS_FOLDER, readingViewLink } from "../../src/site/articles-page.js";
import { HOME_TEMPLATE_FILE, homePage } from "../../src/site/home-page.js";
import { shippedArticle } from "../helpers/shipped-documents.js";

const README = readFileSync(HOME_TEMPLATE_FILE, "utf8");
const article = shippedArticle();

/** The relative targets of a Markdown text's links, without their anchors. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? "").replace(/#.*/, ""))
    .filter((link) => link !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(link));
}

/** The links of a Markdown file that name no file, resolved from its folder. */
function brokenLinks(markdown: string, folder: string): string[] {
  return relativeLinks(markdown).filter((link) => !existsSync(join(folder, link)));
}

describe("the README as the home page", () => {
  const home = homePage(README, [article]);

  it("links only to files of the repository", () => {
    expect(relativeLinks(README).length).toBeGreaterThan(5);
    expect(brokenLinks(README, dirname(HOME_TEMPLATE_FILE))).toEqual([]);
  });

  it("keeps every link working from docs/generated/, where the site's home page is built", () => {
    expect(relativeLinks(home)).toContain(readingViewLink(article.document.id));
    // The reading views are written by the build, beside the generated home page.
    expect(brokenLinks(home, GENERATED_DOCS_FOLDER)).toEqual([]);
  });

  it("leaves out the README's title, which TypeDoc shows as the project's name", () => {
    expect(README.startsWith("# newsfacts\n")).toBe(true);
    expect(home).not.toMatch(/^# /m);
  });

  it("shows the article's timeline where the README has its placeholder", () => {
    expect(home).not.toContain("<!-- pictures:");
    expect(home).toMatch(/## See the article\n[\s\S]*<figure class="newsfacts-picture">\n<svg/);
    expect(home.indexOf("## See the article")).toBeLessThan(home.indexOf("## Quick start"));
  });

  it("refuses a README without the placeholder line", () => {
    expect(() => homePage("# newsfacts\n\nText.\n", [article])).toThrow(/has no "<!-- pictures/);
  });
});
