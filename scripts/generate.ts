/**
 * Build step after validation: writes the JSON Schemas (schema/) and the generated modules of the shipped corpus
 * (src/generated/) and the pages of the documentation generated from the data and schemas (docs/generated/).
 * With `--check`, writes nothing and fails if a generated file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedFiles } from "../src/build/generate.js";

const check = process.argv.includes("--check");
const files = generatedFiles("data");
let stale = 0;
for (const [path, content] of files) {
  if (check) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== content) {
      stale++;
      console.error(`${path} is out of date: run npm run generate`);
    }
    continue;
  }
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
}
if (stale > 0) process.exit(1);
console.log(check ? `${files.size} generated files are up to date` : `wrote ${files.size} generated files`);
