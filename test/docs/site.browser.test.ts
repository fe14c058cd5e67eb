/**
 * The documentation site, as a reader uses it: served over HTTP from docs/site/ (built by `npm run build`) and
 * driven in headless Chromium (test/helpers/chromium.ts) through playwright-core. It searches for a query method and
 * opens it, and finds a known quote in the generated data catalogue, with expectations taken from the source text,
 * not from the page.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER } from "../helpers/data-copy.js";
import { type SiteServer, screenshot, serveSite, watchPage } from "../helpers/site-server.js";

/** The query method the search must find: a method of `Corpus`. */
const QUERY_METHOD = "quotes";

/** Putin's direct quote as the source text has it: the words in quotation marks before `Putin said`. */
function putinQuoteFromSource(): string {
  const source = readFileSync(join(DATA_DIRECTORY, DOCUMENT_FOLDER, "source.txt"), "utf8");
  const quote = source.match(/“([^”]*summarise the results[^”]*?),?”\s*Putin said/)?.[1];
  if (quote === undefined) throw new Error("the source text no longer has Putin's 'summarise the results' quote");
  return quote;
}

/** The guides the navigation must list, by title. */
const GUIDES = [
  "Getting started",
  "Data model",
  "Querying cookbook",
  "Command line and formats",
  "Articles",
  "Adding an article",
  "Data notes",
  "Data catalogue",
  "Contributing",
  "Performance",
];

/** The link of the site navigation whose text is exactly `title`. */
function menuLink(title: string) {
  return page.locator(".site-menu a", { has: page.locator("span", { hasText: new RegExp(`^${title}$`) }) }).first();
}

let server: SiteServer | undefined;
let origin = "";
let browser: Browser | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveSite();
  origin = server.origin;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  pageErrors = await watchPage(page, origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the documentation site in Chromium", () => {
  it("opens the home page with the guides in the navigation, and one “newsfacts” heading", async () => {
    await page.goto(`${origin}/index.html`);
    await expect.poll(() => page.title()).toMatch(/^newsfacts/);
    await expect
      .poll(() => page.locator(".col-content h1, .col-content h2").first().textContent())
      .toMatch(/newsfacts/);
    const headings = await page.locator(".col-content h1, .col-content h2").allTextContents();
    expect(headings.filter((heading) => heading.trim() === "newsfacts")).toHaveLength(1);
    for (const title of GUIDES) await menuLink(title).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it(`finds the query method \`${QUERY_METHOD}\` with the site search and opens it`, async () => {
    await page.goto(`${origin}/index.html`);
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill(QUERY_METHOD);
    // The result for the method, not for a field of the same name: TypeDoc links methods as `Corpus.html#<name>`.
    const result = page.locator(`#tsd-search-results a[href$="Corpus.html#${QUERY_METHOD.toLowerCase()}"]`);
    await expect.poll(() => result.textContent()).toMatch(new RegExp(`Corpus\\.\\s*${QUERY_METHOD}$`));
    await result.click();
    await page.waitForURL(new RegExp(`Corpus\\.html#${QUERY_METHOD}$`, "i"));
    const heading = page.locator(`[id="${QUERY_METHOD.toLowerCase()}"]`);
    await expect.poll(() => heading.textContent()).toContain(QUERY_METHOD);
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("opens the data catalogue and finds Putin's quote by its speaker, with the text of the source", async () => {
    const quote = putinQuoteFromSource();
    await page.goto(`${origin}/index.html`);
    await menuLink("Data catalogue").click();
    await page.waitForURL(/documents\/Data_catalogue\.html$/);
    // Putin's row of this quote: the catalogue lists every document, and Putin speaks in others too.
    const row = page
      .locator("table tr", { has: page.locator("td:first-child", { hasText: /^Vladimir Putin$/ }) })
      .filter({ hasText: quote });
    await row.first().waitFor();
    const cells = await row.first().locator("td").allTextContents();
    expect(cells[1]).toBe("direct");
    expect(cells[3]).toBe(`“${quote}”`);
    await row.first().scrollIntoViewIfNeeded();
    const path = await screenshot(page, "data-catalogue");
    expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
  });
});
