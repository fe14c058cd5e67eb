import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FOLDER, jsonSchemas } from "../../src/build/json-schemas.js";
import { DATA_DIRECTORY, type JsonRecord } from "../helpers/data-copy.js";

/** Every file under a folder, as paths relative to it with `/` separators. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".json"))
    .map((path) => path.split("\\").join("/"));
}

/** Reads a committed JSON Schema, as shipped in the package. */
function shippedSchema(path: string): object {
  return JSON.parse(readFileSync(join(JSON_SCHEMA_FOLDER, path), "utf8"));
}

/** The file-level schema of a data file: the registry's files share one, a document's are named after the file. */
function schemaOfFile(path: string, file: string): string {
  return dirname(path).endsWith("/entities") ? "registry-entity.schema.json" : file.replace(/\.json$/, ".schema.json");
}

/** The shipped data files of every document and of the entity registry: path, file name and parsed JSON. */
function dataFiles(): { path: string; file: string; json: JsonRecord }[] {
  return readdirSync(DATA_DIRECTORY).flatMap((folder) =>
    readdirSync(join(DATA_DIRECTORY, folder))
      .filter((file) => file.endsWith(".json"))
      .map((file) => {
        const path = join(DATA_DIRECTORY, folder, file);
        return { path, file, json: JSON.parse(readFileSync(path, "utf8")) };
      }),
  );
}

/** The record-level schema of each data file, by file name: what one element of `records` must satisfy. */
const RECORD_SCHEMA_OF_FILE: Record<string, string> = {
  "entities.json": "records/entity.schema.json",
  "quotes.json": "records/quote.schema.json",
  "claims.json": "records/claim.schema.json",
  "temporal-expressions.json": "records/temporal-expression.schema.json",
  "temporal-links.json": "records/temporal-link.schema.json",
  "uncertainty-markers.json": "records/uncertainty-marker.schema.json",
};

/** A draft 2020-12 validator, strict, as a consumer of the shipped schemas would set it up. */
function compile(path: string) {
  return new Ajv2020({ strict: true, allErrors: true }).compile(shippedSchema(path));
}

describe("the JSON Schemas", () => {
  it("committed under schema/ are exactly what the Zod schemas generate (run npm run generate if not)", () => {
    for (const [name, schema] of jsonSchemas()) {
      expect(shippedSchema(name), name).toEqual(schema);
    }
    expect(filesUnder(JSON_SCHEMA_FOLDER).sort()).toEqual([...jsonSchemas().keys()].sort());
  });

  it("include one record-level schema per record kind, next to the file-level ones", () => {
    expect(filesUnder(join(JSON_SCHEMA_FOLDER, "records")).sort()).toEqual([
      "claim.schema.json",
      "document.schema.json",
      "entity-mentions.schema.json",
      "entity.schema.json",
      "quote.schema.json",
      "registry-entity.schema.json",
      "temporal-expression.schema.json",
      "temporal-link.schema.json",
      "uncertainty-marker.schema.json",
    ]);
  });

  it("are what every data file points to with $schema", () => {
    for (const { path, file, json } of dataFiles()) {
      expect(json.$schema, path).toBe(`../../schema/${schemaOfFile(path, file)}`);
      expect(existsSync(resolve(dirname(path), json.$schema)), path).toBe(true);
    }
  });

  it("carry the field descriptions and reject unknown fields", () => {
    const quotes = jsonSchemas().get("quotes.schema.json") as {
      $defs: Record<string, { additionalProperties: boolean; properties: Record<string, { description?: string }> }>;
    };
    expect(quotes.$defs.Quote?.additionalProperties).toBe(false);
    expect(quotes.$defs.Quote?.properties.speaker?.description).toMatch(/speaker/i);
  });
});

describe("the shipped JSON Schemas, run by Ajv (draft 2020-12)", () => {
  it("accept every shipped data file against the file-level schema it points to", () => {
    for (const { path, json } of dataFiles()) {
      const validate = compile(resolve(dirname(path), json.$schema).slice(resolve(JSON_SCHEMA_FOLDER).length + 1));
      expect(validate(json) ? [] : validate.errors, path).toEqual([]);
    }
  });

  it("accept every shipped record, one by one, against its record-level schema", () => {
    let checked = 0;
    for (const { path, file, json } of dataFiles()) {
      const whole = file === "document.json" || schemaOfFile(path, file) === "registry-entity.schema.json";
      const { $schema: _pointer, ...document } = json;
      const records: JsonRecord[] = whole ? [document] : json.records;
      for (const record of records) {
        // A document's record of a registry referent holds only its mentions: the entity-mentions schema.
        const schema = whole
          ? `records/${schemaOfFile(path, file).replace("entities.schema", "entity.schema")}`
          : file === "entities.json" && record.kind === undefined
            ? "records/entity-mentions.schema.json"
            : RECORD_SCHEMA_OF_FILE[file];
        expect(schema, path).toBeDefined();
        const validate = compile(schema ?? "");
        expect(validate(record) ? [] : validate.errors, `${path} ${record.id}`).toEqual([]);
        checked++;
      }
    }
    const ids = dataFiles().reduce((sum, { json }) => sum + (json.records?.length ?? 1), 0);
    expect(checked).toBe(ids);
  });

  it("reject a corrupted record: a misspelt factuality value, a missing field, an unknown field", () => {
    const claims = dataFiles().find(({ file }) => file === "claims.json")?.json.records as JsonRecord[];
    const validate = compile("records/claim.schema.json");
    const original = claims[0] as JsonRecord;
    expect(validate(original)).toBe(true);

    expect(validate({ ...original, factuality: { ...original.factuality, author: "CT" } })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/factuality/author");

    const { statement: _statement, ...withoutStatement } = original;
    expect(validate(withoutStatement)).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ missingProperty: "statement" });

    expect(validate({ ...original, confidence: 1 })).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: "confidence" });
  });

  it("reject a corrupted data file: a span with a negative offset", () => {
    const file = dataFiles().find(({ file }) => file === "quotes.json")?.json as JsonRecord;
    const corrupted = structuredClone(file);
    corrupted.records[0].cue.start = -1;
    const validate = compile("quotes.schema.json");
    expect(validate(file)).toBe(true);
    expect(validate(corrupted)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/records/0/cue/start");
  });
});
