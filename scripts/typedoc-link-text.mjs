// @ts-check
/**
 * TypeDoc plugin: `{@link newsfacts!corpus}` and `{@link "newsfacts/schema"!QuoteSchema}` show as `corpus` and
 * `QuoteSchema`, not as the declaration reference written in the source. A link with its own text
 * (`{@link newsfacts!corpus | the corpus}`) keeps it. Applies to the guides and to every doc comment.
 */
import { Converter, ReflectionKind } from "typedoc";

/**
 * The text a reader should see for a link to `target`: a member as `Parent.member`, anything else by its name.
 *
 * @param {import("typedoc").Reflection} target
 * @returns {string}
 */
function readableName(target) {
  const parent = target.parent;
  const member = target.kindOf(ReflectionKind.ClassMember | ReflectionKind.Property | ReflectionKind.EnumMember);
  return member && parent !== undefined ? `${parent.name}.${target.name}` : target.name;
}

/**
 * Rewrites the text of the declaration-reference links among `parts`; returns how many it rewrote.
 *
 * @param {readonly import("typedoc").CommentDisplayPart[] | undefined} parts
 * @returns {number}
 */
function rewrite(parts) {
  let count = 0;
  for (const part of parts ?? []) {
    if (part.kind !== "inline-tag" || !part.tag.startsWith("@link")) continue;
    if (typeof part.target !== "object" || !("kindOf" in part.target)) continue;
    // Only text that is the reference itself: `module!name`, `"module"!name`, or a path with `!` or `#`.
    if (!/[!#]/.test(part.text)) continue;
    part.text = readableName(part.target);
    count++;
  }
  return count;
}

/**
 * @param {import("typedoc").Application} app
 */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      let count = 0;
      for (const reflection of Object.values(context.project.reflections)) {
        if (reflection.isDocument()) count += rewrite(reflection.content);
        const comment = reflection.comment;
        if (comment !== undefined) {
          count += rewrite(comment.summary);
          for (const tag of comment.blockTags) count += rewrite(tag.content);
        }
        if ("signatures" in reflection && Array.isArray(reflection.signatures)) {
          for (const signature of reflection.signatures) {
            count += rewrite(signature.comment?.summary);
            for (const tag of signature.comment?.blockTags ?? []) count += rewrite(tag.content);
          }
        }
      }
      if (context.project.readme !== undefined) count += rewrite(context.project.readme);
      app.logger.verbose(`link text: ${count} declaration references shown by name`);
    },
    // After TypeDoc's LinkResolverPlugin (-300) has resolved the links' targets.
    -400,
  );
}
