import type { RecordKindModel, ReferenceField } from "../../model/data-model.js";
import { SCHEMA_MODEL } from "../../model/schema-model.js";
import { eachId, eachReference } from "../../model/walkers.js";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { RecordKindName } from "../../schema/record-kinds.js";
import { didYouMean } from "../../shared/closest-ids.js";
import { quotedValue } from "../../shared/quoted-value.js";
import { FINDINGS_PER_CHECK } from "../cap-findings.js";
import type { Check, CheckProblem } from "../check.js";

/** `quote` → `a quote`, `entity` → `an entity`. */
function withArticle(words: string): string {
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

/** The words of each kind, from the model. */
const WORDS = new Map(SCHEMA_MODEL.kinds.map((kind) => [kind.kind, kind.words]));

/** The kinds named in words, joined with "or": `an entity or a quote`. */
function kindsInWords(kinds: readonly RecordKindName[], article: boolean): string {
  return kinds.map((kind) => (article ? withArticle(WORDS.get(kind) ?? kind) : (WORDS.get(kind) ?? kind))).join(" or ");
}

/** The kind of every id a document defines (the first definition, when an id is defined twice). */
function kindsById(document: AnnotatedDocument): Map<string, RecordKindModel> {
  const kinds = new Map<string, RecordKindModel>();
  eachId(SCHEMA_MODEL, document, (id, kind) => {
    if (!kinds.has(id)) kinds.set(id, kind);
  });
  return kinds;
}

/**
 * Every reference resolves in its document to a record of a kind its field may refer to, as the schemas say
 * (`refersTo`). A reference to a record of another kind is named as such.
 */
export const referencesResolve: Check = {
  name: "references-resolve",
  description: "Every id a record refers to is defined in the same document, as a record of a kind it may refer to.",
  run({ document, invalidIds }) {
    const kinds = kindsById(document);
    const problems: CheckProblem[] = [];
    // The ids a reference may have meant, listed once per reference field, not once per reference.
    const candidatesOf = new Map<ReferenceField, string[]>();
    eachReference(SCHEMA_MODEL, document, (id, field, _kind, path) => {
      const found = kinds.get(id);
      if (found !== undefined && field.refersTo.includes(found.kind)) return;
      if (found !== undefined) {
        problems.push({
          path: [...path],
          message: `${quotedValue(id)} is ${withArticle(found.words)}, but ${field.name} must refer to ${kindsInWords(field.refersTo, true)}`,
        });
        return;
      }
      // A reference to a record that failed the schema layer is not dangling: the schema problem is reported.
      if (invalidIds.has(id)) return;
      // Only the problems that will be listed get a suggestion (the rest are counted): thousands of dangling
      // references against thousands of ids would otherwise cost their product.
      let tip: string | undefined;
      if (problems.length < FINDINGS_PER_CHECK) {
        let candidates = candidatesOf.get(field);
        if (candidates === undefined) {
          candidates = [];
          for (const [known, kind] of kinds) if (field.refersTo.includes(kind.kind)) candidates.push(known);
          candidatesOf.set(field, candidates);
        }
        tip = didYouMean(id, candidates);
      }
      problems.push({
        path: [...path],
        message: `unknown ${kindsInWords(field.refersTo, false)} id ${quotedValue(id)}`,
        ...(tip ? { tip } : {}),
      });
    });
    return problems;
  },
};
