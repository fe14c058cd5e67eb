/**
 * The timeline and the claim graph of the named article on the Articles page, in Chromium: present, titled,
 * labelled with the words of the text, no label overlapping another, and every link landing on the record in the
 * reading view. Expectations come from data/, not from the page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER, type JsonRecord } from "../helpers/data-copy.js";
import { type SiteServer, screenshotFile, serveSite, watchPage } from "../helpers/site-server.js";

const folder = join(DATA_DIRECTORY, DOCUMENT_FOLDER);
const read = (file: string): JsonRecord => JSON.parse(readFileSync(join(folder, file), "utf8"));
const { title } = read("document.json");
const claims: JsonRecord[] = read("claims.json").records;
const expressions: JsonRecord[] = read("temporal-expressions.json").records;

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

/** The named article's picture of a class, on the Articles page. */
async function picture(svgClass: string): Promise<Locator> {
  await page.goto(`${server?.origin}/documents/Articles.html`);
  const svg = page.locator(`svg.${svgClass}`).filter({ has: page.locator("title", { hasText: title }) });
  await svg.waitFor();
  return svg;
}

/** Pairs of text elements of an SVG whose boxes overlap (by more than half a pixel). */
function overlappingLabels(svg: Locator): Promise<string[]> {
  return svg.evaluate((element) => {
    const boxes = [...element.querySelectorAll("text")].map((text) => ({
      text: text.textContent ?? "",
      box: text.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 0.5 && height > 0.5) overlaps.push(`${a.text} / ${b.text}`);
      }
    });
    return overlaps;
  });
}

/** Follows each link and checks that the reading view has an element with the link's anchor. */
async function linksLandOnRecords(hrefs: readonly string[]): Promise<void> {
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const url = new URL(href);
    const anchor = url.hash.slice(1);
    url.hash = "";
    if (!pages.has(url.href)) pages.set(url.href, await (await page.request.get(url.href)).text());
    expect(pages.get(url.href), href).toContain(`id="${anchor}"`);
  }
}

describe("the pictures of the Articles page", () => {
  it("draw the timeline: a labelled bar for every date and time, the publication date marked", async () => {
    const svg = await picture("newsfacts-timeline");
    const dated = expressions.filter((expression) => expression.type === "DATE" || expression.type === "TIME");
    const overview = svg.locator(".row-label");
    const labels = await overview.allTextContents();
    for (const expression of dated) {
      expect(labels.some((label) => label.includes(`“${expression.span.exact}” ${expression.value}`))).toBe(true);
    }
    expect(await svg.locator(".published-label").first().textContent()).toContain(
      read("document.json").publicationDate.value,
    );
    expect(await overlappingLabels(svg)).toEqual([]);
    const hrefs = await svg
      .locator("a")
      .evaluateAll((links) => links.map((link) => (link as SVGAElement).href.baseVal));
    await linksLandOnRecords(hrefs.map((href) => new URL(href, page.url()).href));
    await svg.scrollIntoViewIfNeeded();
    await svg.screenshot({ path: screenshotFile("timeline") });
  });

  it("draw the claim graph: every related claim a node linked into the reading view, relations labelled", async () => {
    const svg = await picture("newsfacts-claim-graph");
    const related = new Set(
      claims.flatMap((claim) =>
        claim.relations.length > 0 ? [claim.id, ...claim.relations.map((relation: JsonRecord) => relation.target)] : [],
      ),
    );
    const nodes = await svg
      .locator("a.node")
      .evaluateAll((links) => links.map((link) => link.getAttribute("data-claim")));
    expect(new Set(nodes)).toEqual(related);
    const relationCount = claims.reduce((sum, claim) => sum + claim.relations.length, 0);
    expect(await svg.locator(".edge-label").count()).toBe(relationCount);
    for (const type of ["supports", "contradicts", "qualifies"]) {
      const expected = claims.flatMap((claim) => claim.relations).filter((relation) => relation.type === type).length;
      expect(await svg.locator(".edge-label", { hasText: type }).count()).toBe(expected);
    }
    expect(await overlappingLabels(svg)).toEqual([]);
    const hrefs = await svg
      .locator("a.node")
      .evaluateAll((links) => links.map((link) => (link as SVGAElement).href.baseVal));
    await linksLandOnRecords(hrefs.map((href) => new URL(href, page.url()).href));
    // The graph is wider than the column and scrolls inside its figure: the screenshot shows all of it, without the
    // "On This Page" column, which the unclipped graph now runs under.
    await svg.evaluate((element) => {
      (element.parentElement as HTMLElement).style.overflow = "visible";
      for (const sidebar of document.querySelectorAll<HTMLElement>(".col-sidebar")) sidebar.style.visibility = "hidden";
    });
    await page.setViewportSize({ width: 2400, height: 1200 });
    await svg.screenshot({ path: screenshotFile("claim-graph") });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });
});
