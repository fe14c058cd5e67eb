import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ajvDraft04, { type ValidateFunction } from "ajv-draft-04";
import ajvFormats from "ajv-formats";

// Both packages are CommonJS modules whose `module.exports` is also their `default`: TypeScript (NodeNext) types
// the default import as the whole module, so take `.default`, which is the same function at run time.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

/**
 * The W3C Web Annotation test suite (github.com/w3c/web-annotation-tests), kept beside the repository in
 * `../shared/conformance/`, as on the developers' machines and in CI's clean clone. Its assertions are JSON Schemas
 * (draft-04) run the way the suite's own JSONtest harness runs them: an assertion passes when the annotation's
 * validity is its `expectedResult`.
 */
export const SUITE_DIRECTORY = resolve("..", "shared", "conformance", "web-annotation-tests");

/** One assertion of the suite: its file (relative to the suite) and what it expects. */
export interface Assertion {
  readonly file: string;
  readonly title: string;
  readonly assertionType: "must" | "should" | "may" | "optional";
  readonly expectedResult: "valid" | "invalid";
  readonly validate: ValidateFunction;
}

/** Throws a message that says where the suite should be, instead of a bare ENOENT. */
function requireSuite(): void {
  if (!existsSync(join(SUITE_DIRECTORY, "annotations"))) {
    throw new Error(
      `The W3C Web Annotation test suite is missing: expected it at ${SUITE_DIRECTORY} ` +
        "(../shared/conformance/web-annotation-tests/ beside the repository; see shared/conformance/README.md).",
    );
  }
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** An Ajv (draft-04, all errors, formats checked) holding the suite's shared definitions under their own ids. */
function suiteAjv(): InstanceType<typeof Ajv> {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  const definitions = join(SUITE_DIRECTORY, "definitions");
  for (const file of readdirSync(definitions).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(readJson(join(definitions, file)));
  }
  return ajv;
}

/**
 * The assertions listed by one of the suite's `.test` files (e.g. `annotations/annotationMusts.test`), compiled.
 * The assertion schemas name the definitions by bare file name (`bodyTarget.json#/...`), which resolves against
 * their own bare ids, as in the suite's harness.
 */
export function loadAssertions(testFile: string): Assertion[] {
  requireSuite();
  const ajv = suiteAjv();
  const list = readJson(join(SUITE_DIRECTORY, testFile)).assertions as string[];
  return list.map((file) => {
    const schema = readJson(join(SUITE_DIRECTORY, file));
    return {
      file,
      title: String(schema.title),
      assertionType: schema.assertionType as Assertion["assertionType"],
      expectedResult: schema.expectedResult as Assertion["expectedResult"],
      validate: ajv.compile(schema),
    };
  });
}

/** Whether an annotation passes an assertion: its validity against the schema is the expected result. */
export function passes(assertion: Assertion, annotation: unknown): boolean {
  return assertion.validate(annotation) === (assertion.expectedResult === "valid");
}

/** The suite's sample files of one folder (`correct` or `incorrect`), as file name → text. */
export function samples(folder: "correct" | "incorrect"): Map<string, string> {
  requireSuite();
  const directory = join(SUITE_DIRECTORY, "tools", "samples", folder);
  return new Map(readdirSync(directory).map((file) => [file, readFileSync(join(directory, file), "utf8")]));
}
