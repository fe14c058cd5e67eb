import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

/** The shipped data, read by the entry points on first use from beside them (see src/build/generated-modules.ts). */
const SHIPPED_DATA = "shipped-data.json";

export default defineConfig([
  {
    // The library entry points, as ESM and CJS, each with its own declaration files.
    entry: {
      index: "src/exports/index.ts",
      schema: "src/exports/schema.ts",
      validate: "src/exports/validate.ts",
      formats: "src/exports/formats.ts",
      node: "src/exports/node.ts",
      parquet: "src/exports/parquet.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    // The CommonJS entries read the shipped data relative to import.meta.url, which the shim provides.
    shims: true,
    onSuccess: async () => copyFileSync(`src/generated/${SHIPPED_DATA}`, `dist/${SHIPPED_DATA}`),
  },
  {
    // The command line: ESM only, with its shebang kept.
    entry: { cli: "src/exports/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
  },
]);
