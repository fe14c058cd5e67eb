/**
 * Every `@example` in `src/**` is run against the real code and compared with its `//=>` line, so that the
 * documentation cannot drift from what the package does. The examples show the shipped article: `corpus` is a corpus
 * of that article alone, so that a document added to `data/` changes none of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorSpan } from "../src/authoring/anchor-span.js";
import { eachDraftSpan } from "../src/authoring/draft-folder.js";
import { newDocument } from "../src/authoring/new-document.js";
import { proposeSegments } from "../src/authoring/propose-segments.js";
import { reanchorSpan } from "../src/authoring/reanchor-span.js";
import { occurrencesOf, spanAt } from "../src/authoring/span-at.js";
import { tableCell } from "../src/build/data-catalogue.js";
import { jsonSchemaFileName, jsonSchemas, recordSchemaPath } from "../src/build/json-schemas.js";
import { commandCorpus } from "../src/cli/command-corpus.js";
import { directoryCorpus } from "../src/cli/directory-corpus.js";
import { runExport } from "../src/cli/export-command.js";
import { writeExportFolder } from "../src/cli/export-folder.js";
import { missingPackage } from "../src/cli/missing-package.js";
import { packageVersion } from "../src/cli/package-version.js";
import { dataDirectoryArgument, optionsHelp, parseCommandArgs } from "../src/cli/parse-command-args.js";
import { processOutput } from "../src/cli/process-output.js";
import { runQuery } from "../src/cli/query-command.js";
import { filterOptions } from "../src/cli/query-kinds.js";
import { queryOutput } from "../src/cli/query-output.js";
import { main } from "../src/cli/run.js";
import { isSystemError, systemErrorMessage } from "../src/cli/system-error.js";
import { escapeControlCharacters } from "../src/cli/terminal-text.js";
import { textTable } from "../src/cli/text-table.js";
import { unknownFilterIds } from "../src/cli/unknown-filter-ids.js";
import { runValidate } from "../src/cli/validate-command.js";
import { factualityValues, isWeakerFactuality } from "../src/corpus/factuality-scale.js";
import { fromFileContents } from "../src/corpus/file-contents.js";
import { freezePlainData } from "../src/corpus/freeze-plain-data.js";
import { factualityKey } from "../src/corpus/indexes/claim-index.js";
import { LATEST } from "../src/corpus/indexes/date-range-index.js";
import { involvementKey } from "../src/corpus/indexes/link-index.js";
import { containsPhrase, containsPrefixPhrase, nameWords } from "../src/corpus/name-words.js";
import { checkedFilter, filterProblem, filterValueProblem } from "../src/corpus/queries/check-filter.js";
import { instantsOf, queryRange } from "../src/corpus/queries/date-range.js";
import { disjointPairs } from "../src/corpus/queries/disjoint-pairs.js";
import { QUERY_FILTERS } from "../src/corpus/queries/filter-fields.js";
import { disjoint, quantityInterval } from "../src/corpus/queries/quantity-interval.js";
import { ascendingUnion, isWanted, selectPositions } from "../src/corpus/queries/select.js";
import { validatedCorpus } from "../src/corpus/validated-corpus.js";
import { describeFound, judgeConstraint } from "../src/dates/publication-constraints.js";
import { resolveRule } from "../src/dates/resolve-rule.js";
import { createCorpus, documentPathText, formatIssue, validateDocuments } from "../src/exports/validate.js";
import { codePointOffsets } from "../src/formats/code-points.js";
import { annotationIri, documentIri, entityIri, recordIri, wikidataIri } from "../src/formats/iris.js";
import { articleNode, authorNode } from "../src/formats/json-ld/article-node.js";
import { claimNode } from "../src/formats/json-ld/claim-node.js";
import { entityNode } from "../src/formats/json-ld/entity-node.js";
import { kindIri } from "../src/formats/json-ld/entity-types.js";
import { reference } from "../src/formats/json-ld/json-ld-node.js";
import { vocabularyIri } from "../src/formats/json-ld/newsfacts-terms.js";
import { quotationNode } from "../src/formats/json-ld/quotation-node.js";
import { toJsonLd } from "../src/formats/json-ld/to-json-ld.js";
import { jsonText } from "../src/formats/json-text.js";
import { ndjsonRows } from "../src/formats/ndjson/ndjson-tables.js";
import { spanColumns } from "../src/formats/ndjson/span-columns.js";
import { toNdjson } from "../src/formats/ndjson/to-ndjson.js";
import { toParquet } from "../src/formats/parquet/to-parquet.js";
import { textSelectors } from "../src/formats/web-annotation/text-selectors.js";
import { toWebAnnotations } from "../src/formats/web-annotation/to-web-annotations.js";
import { DATA_MODEL } from "../src/generated/data-model.js";
import { decodeText } from "../src/load/decode-text.js";
import { locateIssue } from "../src/load/locate-issue.js";
import { readDataText } from "../src/load/read-data-text.js";
import { readRegularFile } from "../src/load/read-regular-file.js";
import { deriveModel } from "../src/model/derive-model.js";
import { kindNamed } from "../src/model/kind-named.js";
import { recordsOf } from "../src/model/walkers.js";
import { loadCorpus } from "../src/pipeline/load-corpus.js";
import { AnnotatedDocumentSchema } from "../src/schema/annotated-document.js";
import { boundedString } from "../src/schema/bounded-string.js";
import { isRecordCollection } from "../src/schema/data-files.js";
import { pendingOr } from "../src/schema/pending.js";
import { referenceTo } from "../src/schema/reference.js";
import { TemporalExpressionSchema } from "../src/schema/temporal-expression.js";
import { closestIds, didYouMean } from "../src/shared/closest-ids.js";
import { quotedValue, shownId } from "../src/shared/quoted-value.js";
import { textPositions } from "../src/shared/text-positions.js";
import { readingViewLink } from "../src/site/articles-page.js";
import { readmeLinksFromGenerated } from "../src/site/home-page.js";
import { breakableId, escapeHtml } from "../src/site/html.js";
import { wrapText } from "../src/site/pictures/claim-graph-svg.js";
import { layerRank } from "../src/site/reading-view/layers.js";
import { factualityClass, nestingLevels } from "../src/site/reading-view/marked-spans.js";
import { nestedSpans } from "../src/site/reading-view/nested-spans.js";
import { readingViewFileName } from "../src/site/reading-view/reading-view-page.js";
import { guideSections } from "../src/site/search/search-entries.js";
import { indexedTerms } from "../src/site/search/search-options.js";
import { apiUrl, catalogueAnchor, catalogueUrl } from "../src/site/site-links.js";
import { capFindings } from "../src/validate/cap-findings.js";
import { textSha256 } from "../src/validate/checks/source-hash.js";
import { unannotatedOccurrences } from "../src/validate/checks/unannotated-mentions.js";
import { orderPoints } from "../src/validate/point-order.js";
import { statedNumbers } from "../src/validate/stated-numbers.js";
import { wholeWordOccurrences } from "../src/validate/whole-word-occurrences.js";
import { corpus } from "./helpers/shipped-article.js";

/** Everything an example may name. */
const SCOPE: Record<string, unknown> = {
  corpus,
  missingPackage,
  createCorpus,
  validateDocuments,
  validatedCorpus,
  formatIssue,
  documentPathText,
  locateIssue,
  isRecordCollection,
  closestIds,
  didYouMean,
  DATA_MODEL,
  deriveModel,
  kindNamed,
  recordsOf,
  AnnotatedDocumentSchema,
  boundedString,
  referenceTo,
  freezePlainData,
  nameWords,
  containsPhrase,
  containsPrefixPhrase,
  factualityValues,
  isWeakerFactuality,
  orderPoints,
  statedNumbers,
  factualityKey,
  involvementKey,
  instantsOf,
  ascendingUnion,
  queryRange,
  quantityInterval,
  fromFileContents,
  disjoint,
  disjointPairs,
  LATEST,
  checkedFilter,
  filterProblem,
  filterValueProblem,
  QUERY_FILTERS,
  isWanted,
  selectPositions,
  filterOptions,
  packageVersion,
  queryOutput,
  unknownFilterIds,
  resolveRule,
  judgeConstraint,
  describeFound,
  anchorSpan,
  eachDraftSpan,
  newDocument,
  pendingOr,
  textSha256,
  unannotatedOccurrences,
  wholeWordOccurrences,
  proposeSegments,
  reanchorSpan,
  spanAt,
  occurrencesOf,
  textPositions,
  // The exports and the build.
  TemporalExpressionSchema,
  jsonSchemaFileName,
  jsonSchemas,
  recordSchemaPath,
  codePointOffsets,
  jsonText,
  annotationIri,
  documentIri,
  entityIri,
  recordIri,
  wikidataIri,
  articleNode,
  authorNode,
  claimNode,
  entityNode,
  kindIri,
  vocabularyIri,
  reference,
  quotationNode,
  toJsonLd,
  ndjsonRows,
  spanColumns,
  toNdjson,
  toParquet,
  textSelectors,
  toWebAnnotations,
  // The command line, printing nowhere.
  output: { out: () => {}, error: () => {} },
  main,
  runExport,
  runQuery,
  runValidate,
  commandCorpus,
  directoryCorpus,
  loadCorpus,
  parseCommandArgs,
  dataDirectoryArgument,
  optionsHelp,
  textTable,
  tableCell,
  // The site.
  escapeHtml,
  breakableId,
  catalogueAnchor,
  catalogueUrl,
  apiUrl,
  nestedSpans,
  layerRank,
  factualityClass,
  nestingLevels,
  readingViewFileName,
  readingViewLink,
  wrapText,
  guideSections,
  indexedTerms,
  readmeLinksFromGenerated,
  // Hardening: bounded echoes and findings, terminal output, system errors, safe export folders.
  quotedValue,
  shownId,
  capFindings,
  escapeControlCharacters,
  processOutput,
  isSystemError,
  systemErrorMessage,
  writeExportFolder,
  decodeText,
  readDataText,
  readRegularFile,
};

interface Example {
  readonly where: string;
  readonly code: string;
  readonly expected: string | undefined;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** The examples of one file: each `@example` block split into `code` + `//=> expected` pairs. */
function examplesOf(file: string): Example[] {
  const source = readFileSync(file, "utf8");
  const examples: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const line = source.slice(0, comment.index).split("\n").length;
    const lines = (comment[1] ?? "").split("\n").map((text) => text.replace(/^\s*\* ?/, ""));
    let inExample = false;
    let code: string[] = [];
    for (const text of lines) {
      if (text.trimStart().startsWith("@")) {
        if (inExample && code.length > 0)
          examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: undefined });
        inExample = text.trimStart().startsWith("@example");
        code = [];
        continue;
      }
      if (!inExample) continue;
      if (text.startsWith("//=>")) {
        examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: text.slice(4).trim() });
        code = [];
      } else if (text.trim() !== "") code.push(text);
    }
    if (inExample && code.length > 0)
      examples.push({ where: `${file}:${line}`, code: code.join("\n"), expected: undefined });
  }
  return examples;
}

/** The constructor of async functions, which has no global name. */
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => unknown;

/** The value of an example's expression; awaited, so that an example of an async function shows what it resolves to. */
async function evaluate(code: string): Promise<unknown> {
  return new AsyncFunction(...Object.keys(SCOPE), `return (${code});`)(...Object.values(SCOPE));
}

const EXAMPLES = sourceFiles("src").flatMap(examplesOf);

describe("@example blocks", () => {
  it("are found in the sources, including the corpus methods and the validator helpers", () => {
    const code = EXAMPLES.map((example) => example.code).join("\n");
    for (const name of [
      "corpus.entity(",
      "corpus.boundsOf(",
      "formatIssue(",
      "closestIds(",
      "didYouMean(",
      "createCorpus(",
    ]) {
      expect(code).toContain(name);
    }
    expect(EXAMPLES.length).toBeGreaterThan(25);
  });

  it.each(EXAMPLES.map((example) => [example.where, example] as const))("%s", async (_where, example) => {
    expect(example.expected, `the example has no //=> line:\n${example.code}`).toBeDefined();
    expect(await evaluate(example.code)).toEqual(await evaluate(example.expected ?? "undefined"));
  });
});
