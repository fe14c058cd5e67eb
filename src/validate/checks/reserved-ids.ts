import { SCHEMA_MODEL } from "../../model/schema-model.js";
import { eachId, idPath } from "../../model/walkers.js";
import { quotedValue } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";

/** Each word a reference field takes as a keyword rather than an id (`author`), with the fields that take it. */
const RESERVED: ReadonlyMap<string, readonly string[]> = (() => {
  const fields = new Map<string, string[]>();
  for (const kind of SCHEMA_MODEL.kinds) {
    for (const reference of kind.references) {
      for (const word of reference.alsoAccepts) {
        const names = fields.get(word) ?? [];
        names.push(`${kind.at.at(-1)}.${reference.name}`);
        fields.set(word, names);
      }
    }
  }
  return fields;
})();

/**
 * No record or segment takes an id that a reference field reads as a keyword: a claim whose claimant is `author` is
 * the article's own voice, so an entity with the id `author` could never be named as a claimant, and every query for
 * the author's claims would mix the two.
 */
export const reservedIds: Check = {
  name: "reserved-ids",
  description: `No record or segment has an id that references read as a keyword (${[...RESERVED.keys()].join(", ")}).`,
  run({ document }) {
    const problems: CheckProblem[] = [];
    const report = (id: string, path: readonly (string | number)[]) => {
      const fields = RESERVED.get(id);
      if (fields === undefined) return;
      problems.push({
        path,
        message: `${quotedValue(id)} is reserved: ${fields.join(" and ")} read it as a keyword, never as this record's id`,
        tip: `choose another id, such as ${quotedValue(`${id}-1`)}`,
      });
    };
    document.document.segments.forEach((segment, index) => {
      report(segment.id, ["document", "segments", index, "id"]);
    });
    eachId(SCHEMA_MODEL, document, (id, kind, index) => {
      if (RESERVED.has(id)) report(id, idPath(kind, index));
    });
    return problems;
  },
};
