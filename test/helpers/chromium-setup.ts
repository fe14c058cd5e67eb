/**
 * Vitest global set-up: inflates the packaged Chromium once, before the test files run in parallel workers, so that
 * the browser tests do not each inflate their own copy (see chromium.ts).
 */
import { chromiumExecutable } from "./chromium.js";

export default async function setup(): Promise<void> {
  await chromiumExecutable();
}
