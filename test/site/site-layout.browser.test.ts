/**
 * Every page of the documentation site, in Chromium at 390 and 1280 px: nothing scrolls sideways, nothing runs into
 * the "On This Page" column, no TypeDoc link syntax shows, ids in the catalogue wrap at hyphens only; and the search
 * finds guides and data. Expectations come from data/ and the guides' words, not from the page.
 */
import { readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { DATA_DIRECTORY, type JsonRecord, readRecords } from "../helpers/data-copy.js";
import { SITE, type SiteServer, screenshot, serveSite, sidewaysScroll, watchPage } from "../helpers/site-server.js";

/** Every HTML page of the built site, relative to its root. */
const PAGES = readdirSync(SITE, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort();

/** The shipped article's entities, with the names of registry referents filled in from data/entities/. */
const entities: JsonRecord[] = readRecords(DATA_DIRECTORY, "entities.json");

let server: SiteServer | undefined;
let browser: Browser | undefined;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  server = await serveSite();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  problems = await watchPage(page, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What a reader sees of the page's main column reaching past `limit` (a x coordinate): its text, and its boxed
 * things (tables, code, signatures, pictures), leaving out what sits inside a box that scrolls or clips sideways
 * (wide tables and code scroll inside their own box). Empty boxes, such as a heading's hidden anchor icon, do not
 * count.
 */
function reachingPast(limit: number): Promise<string[]> {
  return page.evaluate((right) => {
    const column = document.querySelector(".col-content");
    if (column === null) return [];
    const clipped = (node: Node) => {
      for (let parent = node.parentElement; parent !== null && parent !== column; parent = parent.parentElement) {
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if ((node.textContent ?? "").trim() === "") continue;
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > right + 1 && !clipped(node)) {
        found.push(`text: ${(node.textContent ?? "").trim().slice(0, 60)}`);
      }
    }
    for (const box of column.querySelectorAll("table, pre, img, svg, figure, .tsd-signature")) {
      if (box.getBoundingClientRect().right > right + 1 && !clipped(box) && !box.closest(".tsd-anchor-icon")) {
        found.push(`${box.tagName.toLowerCase()}: ${(box.textContent ?? "").trim().slice(0, 60)}`);
      }
    }
    return found;
  }, limit);
}

describe("every page of the documentation site", () => {
  it(`has pages to check (${PAGES.length})`, () => {
    expect(PAGES).toContain("index.html");
    expect(PAGES.length).toBeGreaterThan(20);
  });

  it("does not scroll sideways at 390 or 1280 px, and keeps its content out of the “On This Page” column", async () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server?.origin}/${path}`);
      const wide = await sidewaysScroll(page);
      if (wide > 0) problems.push(`${path} scrolls sideways by ${wide} px at 1280 px`);
      const menu = page.locator(".page-menu");
      if ((await menu.count()) > 0) {
        const left = (await menu.boundingBox())?.x ?? Number.POSITIVE_INFINITY;
        for (const element of await reachingPast(left)) problems.push(`${path} into On This Page: ${element}`);
      }
      // Narrowing the window lays the same page out again, as a reader turning a phone would.
      await page.setViewportSize({ width: 390, height: 844 });
      const narrow = await sidewaysScroll(page);
      if (narrow > 0) problems.push(`${path} scrolls sideways by ${narrow} px at 390 px`);
    }
    await page.goto(`${server?.origin}/documents/Data_catalogue.html`);
    await screenshot(page, "data-catalogue-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  }, 400_000); // About 170 pages, each loaded once.

  it("shows links by name, never in TypeDoc's declaration reference syntax", async () => {
    const leaks: string[] = [];
    for (const path of PAGES.filter((file) => file === "index.html" || file.startsWith("documents/"))) {
      await page.goto(`${server?.origin}/${path}`);
      const text = (await page.locator(".col-content").textContent()) ?? "";
      for (const match of text.matchAll(/(?:"[\w/-]+"|\bnewsfacts[\w/-]*)![\w.]+/g)) leaks.push(`${path}: ${match[0]}`);
    }
    expect(leaks).toEqual([]);
  });

  it("wraps long ids in the data catalogue at hyphens, not inside a word", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${server?.origin}/documents/Data_catalogue.html`);
      const badBreaks = await page.locator("td code[id]").evaluateAll((codes) =>
        codes.flatMap((code) => {
          // The characters that start a new line: each must follow a hyphen.
          const text = code.textContent ?? "";
          const range = document.createRange();
          const breaks: string[] = [];
          let top: number | undefined;
          let offset = 0;
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            for (let index = 0; index < (node.textContent ?? "").length; index++, offset++) {
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const { top: charTop } = range.getBoundingClientRect();
              if (top !== undefined && charTop > top + 2 && text[offset - 1] !== "-") {
                breaks.push(`${text.slice(0, offset)}|${text.slice(offset)}`);
              }
              top = charTop;
            }
          }
          return breaks;
        }),
      );
      expect(badBreaks).toEqual([]);
      expect(await page.locator("td code[id]").count()).toBeGreaterThan(entities.length);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe("the site search", () => {
  /** Types `query` into the search box and returns the texts of the guides-and-data results. */
  async function search(query: string): Promise<string[]> {
    await page.goto(`${server?.origin}/index.html`);
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill(query);
    await page.locator("#newsfacts-search-results li").first().waitFor();
    return page.locator("#newsfacts-search-results li").allTextContents();
  }

  it("finds people of the data by name and opens their first mention in the reading view", async () => {
    const peskov = entities.find((entity) => entity.aliases.includes("Peskov") || entity.name.endsWith("Peskov"));
    expect(peskov).toBeDefined();
    const results = await search("Peskov");
    expect(results[0]).toContain(peskov?.name);
    await screenshot(page, "search-peskov");
    await page.locator("#newsfacts-search-results li a").first().click();
    await page.waitForURL(/#/);
    const target = page.locator(":target");
    expect(await target.getAttribute("data-record")).toBe(peskov?.id);
    expect(await search("Lukashenko")).not.toEqual([]);
  });

  it("finds guide sections: FactBank in the data model, the CLI in the command line guide", async () => {
    expect((await search("FactBank")).some((text) => text.includes("Data model"))).toBe(true);
    expect((await search("CLI")).some((text) => text.includes("Command line"))).toBe(true);
  });

  it("shows no internal __type paths among the API results", async () => {
    await page.goto(`${server?.origin}/index.html`);
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill("span");
    await page.locator("#tsd-search-results li").first().waitFor();
    const visible = await page
      .locator("#tsd-search-results li")
      .evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null));
    expect(visible.length).toBeGreaterThan(0);
    const shown = await page.locator("#tsd-search-results li:visible").allTextContents();
    expect(shown.filter((text) => text.includes("__type"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
