/**
 * The import rules of `.dependency-cruiser.cjs` (checked over src/ by `npm run layering`, a step of `npm test`) can
 * fail: run over a small tree that breaks each rule once (test/fixtures/layering/, empty modules that only import),
 * they name every broken rule at its import and nothing else.
 */
import { createRequire } from "node:module";
import { cruise, type IConfiguration, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as IConfiguration;

/** Every rule the fixture tree breaks, as `rule: from -> to`, sorted. */
async function violations(): Promise<string[]> {
  const { output } = await cruise(["src"], {
    baseDir: "test/fixtures/layering",
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} -> ${to}`).sort();
}

describe("the import rules", () => {
  it("name each import that breaks a rule, and only those", async () => {
    expect(await violations()).toEqual([
      "corpus-not-later-stages: src/corpus/queries.js -> src/site/page.js",
      "formats-not-validate: src/formats/write-table.js -> src/validate/run-checks.js",
      "load-not-validate: src/load/read-files.js -> src/validate/run-checks.js",
      "model-from-schemas-only: src/model/record-types.js -> src/corpus/deep-readonly.js",
      "no-circular: src/corpus/indexes.js -> src/corpus/queries.js",
      "no-imports-from-entry-points: src/cli/main.js -> src/exports/index.js",
      "schema-at-the-bottom: src/schema/quote.js -> src/model/record-types.js",
      "shared-at-the-bottom: src/shared/positions.js -> src/load/read-files.js",
      "validate-knows-no-files: src/validate/run-checks.js -> src/pipeline/compose.js",
      "validate-knows-no-files: src/validate/run-checks.js -> src/shared/file-position.js",
    ]);
  });
});
