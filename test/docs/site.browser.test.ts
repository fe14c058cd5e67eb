/**
 * The documentation site, as a reader uses it: served over HTTP from docs/site/ (built by `npm run build`) and
 * driven in headless Chromium (test/helpers/chromium.ts) through playwright-core. It searches for a query method and
 * opens it, and finds a known quote in the generated data catalogue, with expectations taken from the source text,
 * not from the page.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER } from "../helpers/data-copy.js";

const SITE = resolve("docs/site");
const SCREENSHOT = resolve(".tmp/screenshots/data-catalogue.png");
/** The query method the search must find: a method of `Corpus`. */
const QUERY_METHOD = "quotes";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** A static file server for the site, on 127.0.0.1 and an ephemeral port; refuses paths outside the site. */
function serveSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(SITE, pathname));
    if (file !== SITE && !file.startsWith(SITE + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

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
  "Adding an article",
  "Data notes",
  "Data catalogue",
];

/** The link of the site navigation whose text is exactly `title`. */
function menuLink(title: string) {
  return page.locator(".site-menu a", { has: page.locator("span", { hasText: new RegExp(`^${title}$`) }) }).first();
}

let server: Server | undefined;
let origin = "";
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/site/ is not built: run `npm run build` first");
  ({ server, origin } = await serveSite());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // The site must work offline: any request that leaves the local server is a bug.
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      pageErrors.push(`external request: ${route.request().url()}`);
      return route.abort();
    },
  );
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolveClose) => (server ? server.close(resolveClose) : resolveClose(undefined)));
});

describe("the documentation site in Chromium", () => {
  it("opens the home page with the README and the guides in the navigation", async () => {
    await page.goto(`${origin}/index.html`);
    await expect.poll(() => page.title()).toMatch(/^newsfacts/);
    await expect
      .poll(() => page.locator(".col-content h1, .col-content h2").first().textContent())
      .toMatch(/newsfacts/);
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
    const row = page.locator("table tr", { has: page.locator("td:first-child", { hasText: /^Vladimir Putin$/ }) });
    await row.first().waitFor();
    const cells = await row.first().locator("td").allTextContents();
    expect(cells[1]).toBe("direct");
    expect(cells[3]).toBe(`“${quote}”`);
    await row.first().scrollIntoViewIfNeeded();
    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
  });
});
