import { parse } from "bcp-47";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/**
 * Why a language tag is not well-formed BCP 47 (RFC 5646), or undefined when it is. The `bcp-47` package parses the
 * whole grammar: regions as digits (`es-419`), scripts (`zh-Hant`), variants (`de-DE-1996`), extensions and private
 * use, and the grandfathered tags.
 */
function tagError(tag: string): string | undefined {
  let reason: string | undefined;
  parse(tag, {
    warning: (message: string, _code: number, offset: number) => {
      reason ??= `${message.charAt(0).toLowerCase()}${message.slice(1)} at character ${offset + 1}`;
    },
  });
  return reason;
}

/** The document's language is a well-formed BCP 47 tag, by the grammar of RFC 5646. */
export const languageTag: Check = {
  name: "language-tag",
  description: "The document's language is a well-formed BCP 47 language tag (en, en-GB, es-419, zh-Hant).",
  run({ document }) {
    const { language } = document.document;
    const reason = tagError(language);
    if (reason === undefined) return [];
    return [
      {
        path: ["document", "language"],
        message: `${quotedValue(language)} is not a well-formed BCP 47 language tag: ${reason}`,
        tip: "write a language subtag, then optional script, region and variants: en, en-GB, es-419, zh-Hant",
      },
    ] satisfies CheckProblem[];
  },
};
