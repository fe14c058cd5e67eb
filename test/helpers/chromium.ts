/**
 * Chromium for the browser tests, with no system browser required: the binary shipped (brotli-compressed) in the npm
 * package `@sparticuz/chromium`, inflated once into node_modules/.cache, or the executable named by the environment
 * variable `NEWSFACTS_CHROMIUM` when it is set (a system Chromium or Chrome, for a developer who prefers one).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { type Browser, chromium } from "playwright-core";

/** The environment variable that names a Chromium executable to use instead of the packaged one. */
export const CHROMIUM_VARIABLE = "NEWSFACTS_CHROMIUM";

/**
 * The launch flags: no sandbox (the tests run as root in CI, where Chromium refuses to start sandboxed), no GPU,
 * and nothing that reaches the network or writes profile state on its own. Playwright adds `--headless` and a fresh
 * temporary `--user-data-dir` for every launch itself (it refuses a `--user-data-dir` among these arguments).
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-domain-reliability",
  "--no-pings",
  "--font-render-hinting=none",
];

const requirePackage = createRequire(import.meta.url);

/**
 * The folder of the installed `@sparticuz/chromium` package: the package exports no package.json, so it is found
 * from the entry point (build/cjs/index.cjs) and checked by name.
 */
function packageFolder(): string {
  const folder = resolve(dirname(requirePackage.resolve("@sparticuz/chromium")), "../..");
  const { name } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name: string };
  if (name !== "@sparticuz/chromium") throw new Error(`${folder} is not the @sparticuz/chromium package`);
  return folder;
}

/** Where the packaged Chromium is inflated: one folder per package version, so an upgrade inflates afresh. */
function cacheFolder(): string {
  const manifest = JSON.parse(readFileSync(join(packageFolder(), "package.json"), "utf8")) as { version: string };
  const { version } = manifest;
  return resolve("node_modules/.cache/newsfacts-chromium", version);
}

/**
 * Inflates the packaged Chromium into a private temporary folder, then renames the folder into place, so that
 * parallel test runs (or a run killed half-way) never see a half-written binary: the rename is atomic, and the
 * loser of a race discards its copy.
 *
 * `@sparticuz/chromium` inflates into `os.tmpdir()`, which reads `TMPDIR` when called; the package computes every
 * output path synchronously at the start of `executablePath()`, so `TMPDIR` is pointed at the private folder only
 * for that call, and the result is checked to be inside it.
 */
async function inflatePackagedChromium(target: string): Promise<string> {
  const { default: Chromium } = await import("@sparticuz/chromium");
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(`${target}.staging-`);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let inflating: Promise<string>;
  try {
    inflating = Chromium.executablePath(join(packageFolder(), "bin"));
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  const inflated = await inflating;
  if (inflated !== join(staging, "chromium")) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`@sparticuz/chromium inflated to ${inflated}, not into ${staging}`);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, "chromium"))) throw error;
  }
  return join(target, "chromium");
}

/**
 * The Chromium executable for the tests: `NEWSFACTS_CHROMIUM` when set (it must exist), otherwise the packaged
 * binary, inflated on first use (about 200 MB, a few seconds).
 */
export async function chromiumExecutable(): Promise<string> {
  const fromEnvironment = process.env[CHROMIUM_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== "") {
    if (!existsSync(fromEnvironment)) throw new Error(`${CHROMIUM_VARIABLE}=${fromEnvironment} does not exist`);
    return fromEnvironment;
  }
  const target = cacheFolder();
  const executable = join(target, "chromium");
  return existsSync(executable) ? executable : inflatePackagedChromium(target);
}

/** Launches headless Chromium with the test flags. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_FLAGS });
}
