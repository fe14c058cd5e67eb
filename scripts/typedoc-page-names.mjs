// @ts-check
/**
 * TypeDoc plugin: names the pages as readers know them.
 * - Each Markdown document by its front matter `title`, else by its first `# ` heading, instead of by its file name
 *   (`data-notes.md` → "Data notes"), so the site can include documents written by others without editing them.
 * - Each entry point by the specifier users import (`src/exports/formats.ts` → `newsfacts/formats`) when its
 *   `@packageDocumentation` comment has no `@module` tag, so a new entry point is named right from its first build.
 */
import { Converter, ReflectionKind } from "typedoc";

const PACKAGE = "newsfacts";

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module) || reflection.name.startsWith(PACKAGE)) return;
    reflection.name = reflection.name === "index" ? PACKAGE : `${PACKAGE}/${reflection.name}`;
  });
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
