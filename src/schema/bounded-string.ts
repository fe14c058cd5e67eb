import { z } from "zod";
import { LIMITS } from "./limits.js";

/**
 * A string of at most `limit` UTF-16 code units (`LIMITS.stringLength` unless given): every string the schemas allow
 * is one, so that untrusted input cannot make validation or queries slow. The limit is part of the schema, so the
 * compiled check tests it where it tests the type (one comparison per string, no walk of its own) and the JSON
 * Schemas carry it as `maxLength`. JSON Schema counts code points there, not code units: a string of characters
 * outside the Basic Multilingual Plane may be up to twice as long by the JSON Schema as by this one.
 *
 * @param limit - The most UTF-16 code units the string may hold.
 * @returns The string schema, to be refined further (`.min(1)`, `.regex(...)`).
 *
 * @example
 * boundedString(3).safeParse("abcd").error?.issues[0]?.message
 * //=> "the string is 4 code units long, more than the limit of 3"
 */
export function boundedString(limit: number = LIMITS.stringLength): z.ZodString {
  return z.string().max(limit, {
    error: (issue) =>
      `the string is ${typeof issue.input === "string" ? issue.input.length : "too many"} code units long, more than the limit of ${limit}`,
  });
}
