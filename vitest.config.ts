import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests' Chromium is inflated from its npm package once, before the workers start.
    globalSetup: ["test/helpers/chromium-setup.ts"],
    // Packaging tests install the packed tarball; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
