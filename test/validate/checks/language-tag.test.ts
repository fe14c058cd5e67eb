import { describe, expect, it } from "vitest";
import { bridgeDocument } from "../../helpers/bridge-document.js";
import { documentIssues } from "../../helpers/document-issues.js";

/** The issues of the bridge document in a given language, from the schema and the language-tag check. */
function languageIssues(language: string) {
  const document = bridgeDocument();
  document.document.language = language;
  return documentIssues(document, "language-tag").concat(documentIssues(document, "schema"));
}

describe("language-tag", () => {
  it.each(["en", "en-GB", "es-419", "zh-Hant", "zh-Hant-TW", "de-DE-1996", "sr-Latn-RS", "yue", "en-x-newsroom"])(
    "accepts the well-formed tag %s",
    (tag) => {
      expect(languageIssues(tag)).toEqual([]);
    },
  );

  it.each([
    ["en-GB-GB", "found superfluous content after tag at character 6"],
    ["e", "found superfluous content after tag at character 1"],
    ["en-a", "found superfluous content after tag at character 3"],
    ["123", "found superfluous content after tag at character 1"],
  ])("reports the ill-formed tag %s", (tag, reason) => {
    const issues = languageIssues(tag);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check: "language-tag", field: "language" });
    expect(issues[0]?.message).toContain(`"${tag}" is not a well-formed BCP 47 language tag: `);
    expect(issues[0]?.message).toContain(reason);
  });

  it("leaves characters a tag never has to the schema", () => {
    expect(languageIssues("en_GB")).toMatchObject([{ check: "schema", field: "language" }]);
    expect(languageIssues("en-")).toMatchObject([{ check: "schema", field: "language" }]);
  });
});
