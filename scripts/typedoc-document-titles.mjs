// @ts-check
/**
 * TypeDoc plugin: names each Markdown document of the site by its front matter `title`, else by its first `# `
 * heading, instead of by its file name (`data-notes.md` → "Data notes"). This lets the site include documents
 * written by others, such as docs/data-notes.md, without editing them.
 */
import { Converter } from "typedoc";

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const title = document.frontmatter.title;
    if (typeof title === "string" && title.trim() !== "") {
      document.name = title.trim();
      return;
    }
    const text = document.content.map((part) => part.text).join("");
    const heading = text.match(/^# +(.+?) *#*$/m)?.[1];
    if (heading !== undefined) document.name = heading;
  });
}
