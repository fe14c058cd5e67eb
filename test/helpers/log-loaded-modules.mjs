// Preloaded with `node --import`: prints the URL of every module the process loads to stderr, one
// `loaded <url>` line each, so that a test can see what a command really loads.
import { register } from "node:module";

const hooks = `export async function load(url, context, nextLoad) {
  process.stderr.write("loaded " + url + "\\n");
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
