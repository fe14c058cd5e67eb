import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FOLDER, jsonSchemas } from "../../src/build/json-schemas.js";

describe("the JSON Schemas", () => {
  it("committed under schema/ are exactly what the Zod schemas generate (run npm run generate if not)", () => {
    for (const [name, schema] of jsonSchemas()) {
      expect(JSON.parse(readFileSync(join(JSON_SCHEMA_FOLDER, name), "utf8")), name).toEqual(schema);
    }
    expect(readdirSync(JSON_SCHEMA_FOLDER).sort()).toEqual([...jsonSchemas().keys()].sort());
  });

  it("are what every data file points to with $schema", () => {
    for (const folder of readdirSync("data")) {
      for (const file of readdirSync(join("data", folder)).filter((name) => name.endsWith(".json"))) {
        const path = join("data", folder, file);
        const pointer: string = JSON.parse(readFileSync(path, "utf8")).$schema;
        expect(pointer, path).toBe(`../../schema/${file.replace(/\.json$/, ".schema.json")}`);
        expect(existsSync(resolve(dirname(path), pointer)), path).toBe(true);
      }
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
