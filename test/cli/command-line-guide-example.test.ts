import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copyArticle } from "../helpers/data-copy.js";
import { newsfacts } from "../helpers/newsfacts-cli.js";

/** The guide that shows the command line. */
const GUIDE = "docs/command-line.md";

/** The guide's command line example: the `$ npx newsfacts ...` line and the output pasted under it. */
function guideInvocation(): { args: string[]; output: string } {
  const match = readFileSync(GUIDE, "utf8").match(/```console\n\$ npx newsfacts ([^\n]*)\n([\s\S]*?)```/);
  if (!match?.[1] || match[2] === undefined) throw new Error(`${GUIDE} has no \`\`\`console newsfacts example`);
  return { args: match[1].split(" "), output: match[2] };
}

describe("the command line guide's example", () => {
  it("prints exactly what the guide shows, for the shipped article", () => {
    const { args, output } = guideInvocation();
    // The guide shows the shipped article: a document added to data/ would add a document column.
    const result = newsfacts(...args, "--data", copyArticle());
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(output);
  });
});
