import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusValidationError, type FileIssue, loadCorpus, UsageError } from "../../src/exports/node.js";
import { createCorpus } from "../../src/exports/validate.js";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import {
  ARTICLE_ID,
  copyDataWithFixture,
  documentFile,
  editRecord,
  FIXTURE_ARTICLE_ID,
  positionOfRecord,
} from "../helpers/data-copy.js";

describe("loadCorpus (newsfacts/node)", () => {
  it("reads every document of a data directory into a corpus", () => {
    const corpus = loadCorpus(copyDataWithFixture());
    expect(corpus.documents.map((document) => document.document.id)).toEqual(
      expect.arrayContaining([ARTICLE_ID, FIXTURE_ARTICLE_ID]),
    );
    expect(corpus.quotes({ document: FIXTURE_ARTICLE_ID, speaker: "dmitri-peskov" }).map((quote) => quote.id)).toEqual([
      "quote-peskov-250000-troops",
    ]);
  });

  it("throws every issue of newsfacts validate, each with its file, line and column", () => {
    const directory = copyDataWithFixture();
    const quote = editRecord(
      directory,
      "quotes.json",
      () => true,
      (record) => {
        record.speaker = "nobody";
      },
    );
    const error = (() => {
      try {
        loadCorpus(directory);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(CorpusValidationError);
    const { issues } = error as CorpusValidationError<FileIssue>;
    expect(issues).toEqual(validateDirectory(directory).issues);
    const file = documentFile(directory, "quotes.json");
    const record = positionOfRecord(file, quote.id);
    expect(issues[0]).toMatchObject({ file, recordId: quote.id, field: "speaker", check: "references-resolve" });
    expect(issues[0]?.line).toBeGreaterThan(record.line);
    expect((error as Error).message).toContain(`${file}:${issues[0]?.line}:${issues[0]?.column} ${quote.id} speaker`);
  });

  it("throws a UsageError for a directory that does not exist", () => {
    expect(() => loadCorpus("/nonexistent")).toThrow(UsageError);
  });
});

/** The fixture article in the 0.1 layout, where a document defines every entity it mentions: what createCorpus takes. */
const LAYOUT_0_1_ARTICLE = join("test", "fixtures", "layout-0.1", FIXTURE_ARTICLE_ID);

describe("createCorpus", () => {
  it("accepts what the files of a document folder contain, $schema pointers included", () => {
    const read = (file: string) => JSON.parse(readFileSync(join(LAYOUT_0_1_ARTICLE, file), "utf8"));
    const document = read("document.json");
    expect(document.$schema).toEqual(expect.any(String));
    const fromFiles = createCorpus([
      {
        document,
        text: readFileSync(join(LAYOUT_0_1_ARTICLE, "source.txt"), "utf8"),
        entities: read("entities.json"),
        quotes: read("quotes.json"),
        claims: read("claims.json"),
        temporalExpressions: read("temporal-expressions.json").records,
        temporalLinks: read("temporal-links.json"),
        uncertaintyMarkers: read("uncertainty-markers.json"),
      },
    ]);
    const [loaded] = validateDirectory(join(LAYOUT_0_1_ARTICLE, "..")).documents.filter(
      (candidate) => candidate.document.id === FIXTURE_ARTICLE_ID,
    );
    expect(fromFiles.documents).toEqual([loaded]);
    // The caller's parsed file keeps its pointer: the input is not changed.
    expect(document.$schema).toEqual(expect.any(String));
  });

  it("still reports a $schema that is not a string, and any other field, as unknown", () => {
    const read = (file: string) => JSON.parse(readFileSync(join(LAYOUT_0_1_ARTICLE, file), "utf8")).records;
    const document = JSON.parse(readFileSync(join(LAYOUT_0_1_ARTICLE, "document.json"), "utf8"));
    const input = {
      document: { ...document, $schema: 1 },
      text: readFileSync(join(LAYOUT_0_1_ARTICLE, "source.txt"), "utf8"),
      entities: read("entities.json"),
      quotes: { records: read("quotes.json"), extra: true },
      claims: read("claims.json"),
      temporalExpressions: read("temporal-expressions.json"),
      temporalLinks: read("temporal-links.json"),
      uncertaintyMarkers: read("uncertainty-markers.json"),
    };
    expect(() => createCorpus([input])).toThrow(CorpusValidationError);
  });
});
