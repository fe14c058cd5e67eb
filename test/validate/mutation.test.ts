import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateDirectory } from "../../src/pipeline/validate-directory.js";
import type { AnnotatedDocument } from "../../src/schema/annotated-document.js";
import type { ValidationIssue } from "../../src/shared/validation-issue.js";
import { validateDocuments } from "../../src/validate/validate-documents.js";
import { articleInput } from "../helpers/article-input.js";
import { DATA_DIRECTORY, DOCUMENT_FOLDER, type JsonRecord } from "../helpers/data-copy.js";
import { GENERATORS, type Mutation } from "../helpers/mutations/index.js";

/** The file each part of a document is written to, listed here rather than taken from the validator. */
const FILES: Readonly<Record<string, string>> = {
  document: "document.json",
  entities: "entities.json",
  quotes: "quotes.json",
  claims: "claims.json",
  temporalExpressions: "temporal-expressions.json",
  temporalLinks: "temporal-links.json",
  uncertaintyMarkers: "uncertainty-markers.json",
};

const pristine = articleInput;
const baseline = validateDocuments([pristine]);
const document = baseline.documents[0] as AnnotatedDocument;
const mutations = GENERATORS.flatMap((generate) => generate(document));
const kinds = [...new Set(mutations.map((mutation) => mutation.kind))];
const caught = new Map<string, number>();

/**
 * The issue a mutation must produce: check, where (the part of the document and, for a record, its index), record id
 * and field.
 */
function expected(mutation: Mutation, mutated: JsonRecord) {
  const [part, ...rest] = mutation.path;
  if (part === "document") {
    return { check: mutation.check, at: ["document"], recordId: mutated.document.id, field: rest.join(".") };
  }
  const [index, ...field] = rest;
  return {
    check: mutation.check,
    at: [String(part), Number(index)],
    recordId: mutation.recordId ?? mutated[String(part)][Number(index)].id,
    field: field.join("."),
  };
}

/**
 * Whether an issue is the expected one: in the file of the expected part on disk, at the expected part and record
 * in memory; its field may lie under the expected field (`cue` covers `cue.exact`).
 */
function matches(issue: ValidationIssue, want: ReturnType<typeof expected>, folder: string): boolean {
  const placed =
    "file" in issue
      ? issue.file === `${folder}/${FILES[String(want.at[0])]}`
      : want.at.every((step, depth) => issue.path[depth] === step);
  return (
    issue.check === want.check &&
    placed &&
    issue.recordId === want.recordId &&
    (issue.field === want.field || issue.field.startsWith(`${want.field}.`))
  );
}

/** Applies a mutation to a fresh copy of the shipped document. */
function mutate(mutation: Mutation): JsonRecord {
  const copy = structuredClone(pristine);
  mutation.apply(copy);
  return copy;
}

/** Why a mutation escaped, or undefined when the validator caught it as expected (in memory). */
function escaped(mutation: Mutation): string | undefined {
  const mutated = mutate(mutation);
  const want = expected(mutation, mutated);
  const { issues } = validateDocuments([mutated]);
  if (issues.some((issue) => matches(issue, want, mutated.document.id))) return undefined;
  return `${mutation.kind}: ${mutation.description} — wanted ${JSON.stringify(want)}, got ${JSON.stringify(
    issues.map(({ check, path, recordId, field }) => ({ check, path, recordId, field })),
  )}`;
}

/**
 * A data directory with a copy of the shipped article's folder and no entity registry: `writeDocument` writes every
 * entity in full, as a document defines its own referents, so that each corruption stays in the document's files.
 */
function articleFolderOnly(): string {
  const directory = mkdtempSync(join(tmpdir(), "newsfacts-mutation-"));
  cpSync(join(DATA_DIRECTORY, DOCUMENT_FOLDER), join(directory, DOCUMENT_FOLDER), { recursive: true });
  return directory;
}

/** Writes a mutated document over the document folder of a copy of the data directory. */
function writeDocument(directory: string, mutated: JsonRecord): string {
  const folder = join(directory, DOCUMENT_FOLDER);
  const { $schema } = JSON.parse(readFileSync(join(folder, FILES.document ?? ""), "utf8"));
  const write = (file: string, json: unknown) =>
    writeFileSync(join(folder, file), `${JSON.stringify(json, null, 2)}\n`);
  write(FILES.document ?? "", { $schema, ...mutated.document });
  for (const [part, file] of Object.entries(FILES)) {
    if (part === "document") continue;
    const original = JSON.parse(readFileSync(join(folder, file), "utf8"));
    write(file, { $schema: original.$schema, records: mutated[part] });
  }
  writeFileSync(join(folder, pristine.document.source), mutated.text);
  return folder;
}

describe("mutation testing of the validator", () => {
  it("starts from a shipped document with no issue, and generates at least 500 corruptions of 12 kinds", () => {
    expect(baseline.issues).toEqual([]);
    expect(mutations.length).toBeGreaterThanOrEqual(500);
    expect(kinds.length).toBeGreaterThanOrEqual(12);
  });

  it.each(kinds)("catches every corruption of kind %s in memory, at its check, record and field", (kind) => {
    const ofKind = mutations.filter((mutation) => mutation.kind === kind);
    const escapes = ofKind.map(escaped).filter((reason) => reason !== undefined);
    caught.set(kind, ofKind.length - escapes.length);
    expect(escapes).toEqual([]);
  });

  it("catches a sample of every kind on disk, with the file, line and column of the corrupted field", () => {
    const sample = mutations.filter(
      (mutation, n) => n % 40 === 0 || mutations.findIndex((m) => m.kind === mutation.kind) === n,
    );
    const escapes: string[] = [];
    for (const mutation of sample) {
      const mutated = mutate(mutation);
      const folder = writeDocument(articleFolderOnly(), mutated);
      const want = expected(mutation, mutated);
      const issue = validateDirectory(join(folder, "..")).issues.find((candidate) => matches(candidate, want, folder));
      const line = issue?.line === undefined ? undefined : readFileSync(issue.file, "utf8").split("\n")[issue.line - 1];
      if (!issue || line === undefined || issue.column === undefined) {
        escapes.push(`${mutation.kind}: ${mutation.description} — not reported with a position`);
      } else if (mutation.marker && !line.includes(mutation.marker)) {
        escapes.push(`${mutation.kind}: ${mutation.description} — line ${issue.line} is ${JSON.stringify(line)}`);
      }
    }
    expect(sample.length).toBeGreaterThanOrEqual(kinds.length);
    expect(escapes).toEqual([]);
  });

  it("never lets a prototype key reach Object.prototype", () => {
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  afterAll(() => {
    const rows = kinds.map((kind) => ({
      kind,
      generated: mutations.filter((mutation) => mutation.kind === kind).length,
      caught: caught.get(kind) ?? 0,
    }));
    rows.push({ kind: "TOTAL", generated: mutations.length, caught: [...caught.values()].reduce((a, b) => a + b, 0) });
    console.table(rows);
  });
});
