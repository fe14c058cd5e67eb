/**
 * Nothing is read, frozen or indexed when the package is imported, and a first query builds only the table and the
 * postings it reads: what keeps the import cheap and a first query on a large corpus short.
 */
import { describe, expect, it, vi } from "vitest";

const built = vi.hoisted(() => ({ tables: [] as string[], postings: 0, entityIndexes: 0 }));
const reads = vi.hoisted(() => ({ shippedData: 0 }));

vi.mock("../../src/generated/shipped-data.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/generated/shipped-data.js")>();
  return {
    ...original,
    readShippedData: () => {
      reads.shippedData++;
      return original.readShippedData();
    },
  };
});

vi.mock("../../src/corpus/indexes/record-table.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/corpus/indexes/record-table.js")>();
  return {
    ...original,
    recordTable: (...args: Parameters<typeof original.recordTable>) => {
      built.tables.push(args[1].toString());
      return original.recordTable(...args);
    },
    postings: (...args: Parameters<typeof original.postings>) => {
      built.postings++;
      return original.postings(...args);
    },
  };
});

vi.mock("../../src/corpus/indexes/entity-index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/corpus/indexes/entity-index.js")>();
  return {
    ...original,
    entityIndex: (...args: Parameters<typeof original.entityIndex>) => {
      built.entityIndexes++;
      return original.entityIndex(...args);
    },
  };
});

const { corpus } = await import("../../src/exports/index.js");

describe("the shipped data", () => {
  it("is not read when the main entry is imported, and is read once, frozen, on first use", () => {
    expect(reads.shippedData).toBe(0);
    expect(Object.isFrozen(corpus.documents[0]?.quotes[0])).toBe(true);
    expect(corpus.boundsOf("time-last-year")).toBeDefined();
    expect(reads.shippedData).toBe(1);
  });
});

describe("the corpus indexes", () => {
  it("are not built when the main entry is imported", () => {
    expect(built).toEqual({ tables: [], postings: 0, entityIndexes: 0 });
  });

  it("are built per query: a first quotes({ speaker }) builds the quotes' table and one postings, no more", () => {
    expect(corpus.quotes({ speaker: "vladimir-putin" }).length).toBeGreaterThan(0);
    expect(built.tables).toHaveLength(1);
    expect(built.postings).toBe(1);
    expect(built.entityIndexes).toBe(0);
    // quote(id) reuses the quotes' table.
    expect(corpus.quote("quote-putin-summarise-results")?.speaker).toBe("vladimir-putin");
    expect(built.tables).toHaveLength(1);
    // A second filter builds its own postings, once.
    corpus.quotes({ kind: "direct" });
    corpus.quotes({ kind: "indirect" });
    expect(built.postings).toBe(2);
  });
});
