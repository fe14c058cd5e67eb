/**
 * The annotated reading view, as a reader uses it in Chromium: one page per document of data/, linked from the
 * Articles page; the text exactly as the source has it whatever the nesting and overlap of the spans; layers that
 * switch on and off; a record card on keyboard focus with working links; Putin's quote linked to its speaker and
 * cue; no sideways scroll at 390 px; a print layout without the controls. Expectations come from data/ and the
 * source text, not from the page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER, type JsonRecord } from "../helpers/data-copy.js";
import { type SiteServer, screenshot, serveSite, sidewaysScroll, watchPage } from "../helpers/site-server.js";

/** The document folders of data/ (the entity registry, data/entities/, is not one). */
const DOCUMENT_FOLDERS = readdirSync(DATA_DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(DATA_DIRECTORY, entry.name, "document.json")))
  .map((entry) => entry.name);

/** The named article's source text and records. */
const folder = join(DATA_DIRECTORY, DOCUMENT_FOLDER);
const source = readFileSync(join(folder, "source.txt"), "utf8");
const read = (file: string): JsonRecord => JSON.parse(readFileSync(join(folder, file), "utf8"));
const documentRecord = read("document.json");
const records = (file: string): JsonRecord[] => read(file).records;

let server: SiteServer | undefined;
let browser: Browser | undefined;
let page: Page;
let problems: string[] = [];
let readingViewUrl = "";

beforeAll(async () => {
  server = await serveSite();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  problems = await watchPage(page, server.origin);
  await page.goto(`${server.origin}/documents/Articles.html`);
  const section = page.locator(".col-content h2", { hasText: documentRecord.title });
  await section.waitFor();
  const link = page.locator(".col-content a", { hasText: "Read the annotated article" });
  const hrefs = await link.evaluateAll((links) => links.map((element) => (element as HTMLAnchorElement).href));
  readingViewUrl = hrefs.find((href) => href.endsWith(`/${documentRecord.id}.html`)) ?? "";
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of the elements of one marked span (its first element and its fragments), without labels and chips. */
function spanText(key: string): Promise<string> {
  return page.evaluate((id) => {
    const parts = [document.getElementById(id), ...document.querySelectorAll(`[data-part="${id}"]`)];
    return parts
      .map((part) => {
        if (part === null) return "";
        const copy = part.cloneNode(true) as Element;
        for (const label of copy.querySelectorAll(".tag, .chip")) label.remove();
        return copy.textContent ?? "";
      })
      .join("");
  }, key);
}

describe("the annotated reading view", () => {
  it("exists for every document of data/, linked from the Articles page", async () => {
    await page.goto(`${server?.origin}/documents/Articles.html`);
    const links = page.locator(".col-content a", { hasText: "Read the annotated article" });
    expect(await links.count()).toBe(DOCUMENT_FOLDERS.length);
    expect(readingViewUrl).not.toBe("");
  });

  it("shows every segment with the exact text of the source, furniture greyed as furniture", async () => {
    await page.goto(readingViewUrl);
    for (const segment of documentRecord.segments as JsonRecord[]) {
      const element = page.locator(`[id="${segment.id}"]`);
      const text = await element.evaluate((node) => {
        const copy = node.cloneNode(true) as Element;
        for (const label of copy.querySelectorAll(".tag, .chip")) label.remove();
        return copy.textContent;
      });
      expect(text).toBe(source.slice(segment.span.start, segment.span.end));
      const furniture = await element.evaluate((node) => node.classList.contains("furniture"));
      expect(furniture).toBe(!["headline", "paragraph"].includes(segment.kind));
    }
  });

  it("marks nested and overlapping spans so that each record's span reads exactly its words", async () => {
    await page.goto(readingViewUrl);
    for (const claim of records("claims.json")) expect(await spanText(claim.id)).toBe(claim.evidence.exact);
    for (const quote of records("quotes.json")) {
      expect(await spanText(quote.id)).toBe(quote.content.exact);
      expect(await spanText(`${quote.id}--cue`)).toBe(quote.cue.exact);
    }
    for (const marker of records("uncertainty-markers.json")) {
      expect(await spanText(marker.id)).toBe(marker.cue.exact);
      expect(await spanText(`${marker.id}--scope`)).toBe(marker.scope.exact);
    }
    for (const expression of records("temporal-expressions.json")) {
      expect(await spanText(expression.id)).toBe(expression.span.exact);
    }
    // At least one claim is split into fragments by another span it overlaps: the data has overlaps to test.
    expect(await page.locator("[data-part]").count()).toBeGreaterThan(0);
  });

  it("distinguishes pronoun and metonymic mentions", async () => {
    await page.goto(readingViewUrl);
    const entities = records("entities.json");
    const pronouns = entities.flatMap((entity) => entity.mentions.filter((mention: JsonRecord) => mention.pronoun));
    const metonyms = entities.flatMap((entity) => entity.mentions.filter((mention: JsonRecord) => mention.metonymy));
    expect(await page.locator(".l-entities.pronoun[tabindex]").count()).toBe(pronouns.length);
    expect(await page.locator(".l-entities.metonymy[tabindex]").count()).toBe(metonyms.length);
    const styles = await page
      .locator(".l-entities.pronoun[tabindex]")
      .first()
      .evaluate((node) => getComputedStyle(node).borderTopStyle);
    expect(styles).toBe("dashed");
  });

  it("switches a layer off and on: no colour, no label, out of the tab order", async () => {
    await page.goto(readingViewUrl);
    const mention = page.locator(".l-entities[tabindex]").first();
    const background = () => mention.evaluate((node) => getComputedStyle(node).backgroundColor);
    const before = await background();
    expect(before).not.toBe("rgba(0, 0, 0, 0)");
    await page.locator("#layer-entities").uncheck();
    expect(await background()).toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(".l-entities > .tag").first().isVisible()).toBe(false);
    expect(await mention.getAttribute("tabindex")).toBe("-1");
    await page.locator("#layer-entities").check();
    expect(await background()).toBe(before);
    expect(await mention.getAttribute("tabindex")).toBe("0");
  });

  it("opens a record's card on keyboard focus, with links to its catalogue row and its API page", async () => {
    await page.goto(readingViewUrl);
    const claim = records("claims.json")[0] as JsonRecord;
    await page.locator("#layer-claims").focus();
    // Tab from the last switch into the text until the claim's span has the focus.
    for (let presses = 0; presses < 400; presses++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.id)) === claim.id) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(claim.id);
    const card = page.locator("#popover");
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(claim.statement);
    expect(await card.textContent()).toContain(claim.id);
    await screenshot(page, "reading-view-card-1280");
    const links = await card
      .locator("a")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const anchor = new URL(href).hash.slice(1);
      if (anchor !== "") expect(await response.text()).toContain(`id="${anchor}"`);
    }
    await page.keyboard.press("Escape");
    expect(await card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(claim.id);
  });

  it("links Putin's quote to its speaker's mention and its cue", async () => {
    await page.goto(readingViewUrl);
    const quoted = source.match(/“([^”]*summarise the results[^”]*?),?”\s*Putin said/)?.[1];
    expect(quoted, "the source text no longer has Putin's quote").toBeDefined();
    const quote = records("quotes.json").find((record) => quoted?.startsWith(record.content.exact.replace(/,$/, "")));
    expect(quote?.speaker).toBe("vladimir-putin");
    const chip = page.locator(`.chip[data-quote="${quote?.id}"]`);
    const [speakerLink, cueLink] = [chip.locator("a").nth(0), chip.locator("a").nth(1)];
    await speakerLink.click();
    const speaker = page.locator(":target");
    expect(await speaker.getAttribute("data-record")).toBe("vladimir-putin");
    expect(await spanText((await speaker.getAttribute("id")) ?? "")).toBe("Putin");
    await cueLink.click();
    expect(await spanText((await page.locator(":target").getAttribute("id")) ?? "")).toBe(quote?.cue.exact);
    expect(quote?.cue.exact).toBe("said");
  });

  it("reads at 1280 and 390 px without sideways scrolling", async () => {
    await page.goto(readingViewUrl);
    expect(await sidewaysScroll(page)).toBe(0);
    await screenshot(page, "reading-view-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(readingViewUrl);
      expect(await sidewaysScroll(page)).toBe(0);
      await page.locator(".l-quotes.quote[tabindex]").first().focus();
      expect(await sidewaysScroll(page)).toBe(0);
      await screenshot(page, "reading-view-390");
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("prints the text with its marks and without the controls", async () => {
    await page.goto(readingViewUrl);
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.locator(".layers").isVisible()).toBe(false);
      const border = await page
        .locator(".l-claims[tabindex]")
        .first()
        .evaluate((node) => getComputedStyle(node).borderBottomWidth);
      expect(border).not.toBe("0px");
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
    expect(problems).toEqual([]);
  });
});
