import { buildSync } from "esbuild";
import { GENERATED_DOCS_FOLDER } from "../articles-page.js";

/** The bundled search script, included in every page of the site (typedoc.json `customJs`). */
export const SEARCH_CLIENT_FILE = `${GENERATED_DOCS_FOLDER}/search-client.js`;

/**
 * The browser script of the site search: search-client.ts with MiniSearch, bundled by esbuild into one script
 * for the browsers TypeDoc's own scripts support.
 *
 * @returns The script's text.
 */
export function bundledSearchClient(): string {
  const result = buildSync({
    entryPoints: [new URL("./search-client.ts", import.meta.url).pathname],
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "eof",
    write: false,
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote no search client");
  return output.text;
}
