// @ts-check
/**
 * TypeDoc plugin: the page of a Zod schema says what the schema parses to. Each variable `XSchema` whose module (or
 * the main entry) documents a type `X` shows its type as `ZodObject<X>` (the Zod type's argument, a long type
 * expression, replaced by a link to `X`), and its comment ends with "Parses to X" and, when `X` is an interface, a
 * table of X's fields: name, type and description. The interfaces are generated from the same schemas
 * (src/generated/record-types.ts), so the table is the schema's own fields and descriptions.
 */
import {
  Comment,
  ContainerReflection,
  Converter,
  DeclarationReflection,
  makeRecursiveVisitor,
  ReferenceReflection,
  ReferenceType,
  ReflectionKind,
} from "typedoc";

/** The main entry, where the generated types are documented when the schema's own module only re-exports them. */
const MAIN_MODULE = "newsfacts";

/**
 * A Markdown table cell: one line, its pipes escaped.
 *
 * @param {string} text
 * @returns {string}
 */
function cell(text) {
  return text.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

/**
 * A field's type as a schema parses it: the generated types take the corpus's id types as a parameter (`Ids`), but
 * a schema parses ids as plain strings, which is what `Ids` defaults to.
 *
 * @param {import("typedoc").SomeType | undefined} type
 * @returns {string}
 */
function parsedType(type) {
  return (type?.toString() ?? "unknown").replace(/\bIds\["\w+"\]/g, "string").replaceAll("<Ids>", "");
}

/**
 * The Markdown table of an interface's fields, in the order they are declared.
 *
 * @param {import("typedoc").DeclarationReflection} type
 * @returns {string}
 */
function fieldTable(type) {
  const fields = [...(type.children ?? [])].sort((a, b) => a.id - b.id);
  const rows = fields.map((field) => {
    const name = `\`${field.name}\`${field.flags.isOptional ? " (optional)" : ""}`;
    const description = Comment.combineDisplayParts(field.comment?.summary);
    return `| ${cell(name)} | ${cell(`\`${parsedType(field.type)}\``)} | ${cell(description)} |`;
  });
  return ["| field | type | description |", "| --- | --- | --- |", ...rows].join("\n");
}

/**
 * The documented type named `name`: in `module`, else in the main entry; a re-export stands for what it exports.
 *
 * @param {import("typedoc").ProjectReflection} project
 * @param {import("typedoc").Reflection} module
 * @param {string} name
 * @returns {import("typedoc").DeclarationReflection | undefined}
 */
function documentedType(project, module, name) {
  const main = project.getChildByName(MAIN_MODULE);
  for (const scope of [module, main]) {
    const found = scope instanceof ContainerReflection ? scope.getChildByName(name) : undefined;
    const target = found instanceof ReferenceReflection ? found.getTargetReflectionDeep() : found;
    if (target instanceof DeclarationReflection && target.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias)) {
      return target;
    }
  }
  return undefined;
}

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const { project } = context;
      let described = 0;
      for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
        if (!(variable instanceof DeclarationReflection)) continue;
        const name = variable.name.match(/^(.+)Schema$/)?.[1];
        const module = variable.parent;
        if (name === undefined || module === undefined) continue;
        const parsed = documentedType(project, module, name);
        if (parsed === undefined) continue;
        const zodType = variable.type;
        if (zodType instanceof ReferenceType && zodType.package === "zod") {
          // The replaced argument's object types are reflections of their own: without them, no page or search
          // result shows their members.
          const removeObjectTypes = makeRecursiveVisitor({
            reflection: (type) => project.removeReflection(type.declaration),
          });
          for (const argument of zodType.typeArguments ?? []) argument.visit(removeObjectTypes);
          zodType.typeArguments = [ReferenceType.createResolvedReference(parsed.name, parsed, project)];
        }
        const comment = variable.comment ?? new Comment();
        comment.summary.push(
          { kind: "text", text: "\n\nParses to " },
          { kind: "inline-tag", tag: "@link", text: parsed.name, target: parsed },
          { kind: "text", text: parsed.kindOf(ReflectionKind.Interface) ? `:\n\n${fieldTable(parsed)}` : "." },
        );
        variable.comment = comment;
        described++;
      }
      app.logger.verbose(`schema fields: ${described} schemas say what they parse to`);
    },
    // Before TypeDoc's own resolution steps (priority 0 and below), which read the comments and the types.
    500,
  );
}
