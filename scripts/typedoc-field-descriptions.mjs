// @ts-check
/**
 * TypeDoc plugin: gives every property of the Zod-inferred types the description its schema declares with
 * `.meta({ description })`. typedoc-plugin-zod turns `z.infer<typeof QuoteSchema>` into the object type; this adds
 * the words. The descriptions are generated from the schemas by `npm run generate` (src/build/field-descriptions.ts)
 * into docs/generated/field-descriptions.json; a property that already has a doc comment keeps it.
 */
import { readFileSync } from "node:fs";
import { Comment, Converter, ReflectionKind } from "typedoc";

const DESCRIPTIONS_FILE = "docs/generated/field-descriptions.json";

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      /** @type {Record<string, Record<string, string>>} */
      let descriptions;
      try {
        descriptions = JSON.parse(readFileSync(DESCRIPTIONS_FILE, "utf8"));
      } catch (error) {
        app.logger.error(`${DESCRIPTIONS_FILE} is missing or unreadable: run npm run generate (${error})`);
        return;
      }
      let described = 0;
      for (const alias of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
        const fields = descriptions[alias.name];
        if (fields === undefined || alias.type === undefined) continue;
        described += describe(alias.type, fields, "");
      }
      app.logger.verbose(`field descriptions: ${described} properties described from the Zod schemas`);
    },
    // After typedoc-plugin-zod (2000) has replaced z.infer with the inferred object types.
    1000,
  );
}

/**
 * Sets the comment of every property below `type` whose path has a description; returns how many it set.
 *
 * @param {import("typedoc").SomeType} type
 * @param {Record<string, string>} fields
 * @param {string} prefix
 * @returns {number}
 */
function describe(type, fields, prefix) {
  switch (type.type) {
    case "reflection": {
      let count = 0;
      for (const property of type.declaration.children ?? []) {
        const path = prefix === "" ? property.name : `${prefix}.${property.name}`;
        const text = fields[path];
        if (text !== undefined && property.comment === undefined) {
          property.comment = new Comment([{ kind: "text", text }]);
          count++;
        }
        if (property.type !== undefined) count += describe(property.type, fields, path);
      }
      return count;
    }
    case "array":
      return describe(type.elementType, fields, prefix);
    case "optional":
    case "rest":
      return describe(type.elementType, fields, prefix);
    case "union":
    case "intersection":
      return type.types.reduce((count, member) => count + describe(member, fields, prefix), 0);
    default:
      return 0;
  }
}
