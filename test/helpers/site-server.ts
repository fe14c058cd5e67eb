/**
 * The built documentation site (docs/site/, from `npm run build`) served over HTTP on 127.0.0.1 and an ephemeral
 * port, for the browser tests, and where they save their screenshots.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Page } from "playwright-core";

/** The built site. */
export const SITE = resolve("docs/site");

/** The git-ignored folder of the screenshots the browser tests take, for a person to look at. */
export const SCREENSHOTS = resolve(".tmp/screenshots");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** A running site server. */
export interface SiteServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the site; refuses paths outside it. Throws when the site is not built. */
export function serveSite(): Promise<SiteServer> {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/site/ is not built: run `npm run build` first");
  const server: Server = createServer((request, response) => {
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
      resolveServer({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
      });
    });
  });
}

/**
 * Records the page's script errors and any request that leaves the local server (the site must work offline).
 *
 * @returns The list the problems are pushed to.
 */
export async function watchPage(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.push(`external request: ${route.request().url()}`);
      return route.abort();
    },
  );
  return problems;
}

/** The path of the screenshot `name` under .tmp/screenshots/ (the folder is made if missing). */
export function screenshotFile(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** Saves a screenshot of the page under .tmp/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = screenshotFile(name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** The page's horizontal overflow in CSS pixels: how far the document scrolls sideways (0 when it does not). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
