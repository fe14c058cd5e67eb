import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library entry points, as ESM and CJS, each with its own declaration files.
    entry: {
      index: "src/exports/index.ts",
      schema: "src/exports/schema.ts",
      validate: "src/exports/validate.ts",
      formats: "src/exports/formats.ts",
      node: "src/exports/node.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
  {
    // The command line: ESM only, with its shebang kept.
    entry: { cli: "src/exports/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
  },
]);
