import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CHROMIUM_VARIABLE, chromiumExecutable, launchChromium } from "./chromium.js";

const saved = process.env[CHROMIUM_VARIABLE];
afterEach(() => {
  if (saved === undefined) delete process.env[CHROMIUM_VARIABLE];
  else process.env[CHROMIUM_VARIABLE] = saved;
});

describe("the browser tests' Chromium", () => {
  it("comes from the npm package when no variable names one, and launches headless", async () => {
    delete process.env[CHROMIUM_VARIABLE];
    const executable = await chromiumExecutable();
    expect(executable).toMatch(/node_modules\/\.cache\/newsfacts-chromium\/[^/]+\/chromium$/);
    expect(existsSync(executable)).toBe(true);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        "<p>2 + 3 = <output></output></p><script>document.querySelector('output').textContent = 2 + 3</script>",
      );
      expect(await page.locator("output").textContent()).toBe("5");
    } finally {
      await browser.close();
    }
  });

  it(`uses the executable named by ${CHROMIUM_VARIABLE}, and refuses one that does not exist`, async () => {
    process.env[CHROMIUM_VARIABLE] = process.execPath;
    await expect(chromiumExecutable()).resolves.toBe(process.execPath);
    process.env[CHROMIUM_VARIABLE] = "/nonexistent/chromium";
    await expect(chromiumExecutable()).rejects.toThrow(`${CHROMIUM_VARIABLE}=/nonexistent/chromium does not exist`);
  });
});
