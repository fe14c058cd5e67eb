import { DATA_MODEL } from "../../generated/data-model.js";
import type { PublicationDate } from "../../generated/record-types.js";
import { kindNamed } from "../../model/kind-named.js";
import { recordsOf } from "../../model/walkers.js";
import type { DeepReadonly } from "../../shared/deep-readonly.js";
import type { StringIds } from "../id-types.js";
import type {
  ClaimRecord,
  QuoteRecord,
  TemporalExpressionRecord,
  TemporalLinkRecord,
  UncertaintyMarkerRecord,
} from "../typed-records.js";
import { type CorpusDocument, type RecordTable, recordTable } from "./record-table.js";

/** The records of each kind that is not an entity (those ids are unique across the corpus). */
export interface RecordKinds {
  readonly quote: QuoteRecord<StringIds>;
  readonly claim: ClaimRecord<StringIds>;
  readonly temporalExpression: TemporalExpressionRecord<StringIds>;
  readonly temporalLink: TemporalLinkRecord<StringIds>;
  readonly uncertaintyMarker: UncertaintyMarkerRecord<StringIds>;
  readonly publicationDate: DeepReadonly<PublicationDate>;
}

/** A kind of record that is not an entity. */
export type RecordKind = keyof RecordKinds;

/** A record with its kind and the index of its document. */
interface Located<Kind extends RecordKind> {
  readonly kind: Kind;
  readonly record: RecordKinds[Kind];
  readonly documentIndex: number;
}

/** Any record other than an entity, located in its document. */
export type LocatedRecord = { [Kind in RecordKind]: Located<Kind> }[RecordKind];

/** Every kind of record whose ids are unique across the corpus (all but entities), in the data model's order. */
export const RECORD_KINDS: readonly RecordKind[] = DATA_MODEL.kinds
  .filter((kind) => !kind.sharedAcrossDocuments)
  .map((kind) => kind.kind as RecordKind);

/**
 * The records of each kind that is not an entity, as tables, and their ids: each kind's table and id map are built
 * on first use, so `quote(id)` builds the quotes' and not every record's. An id maps to the record's position in its
 * kind's table (a small integer, no object per record), and the quote, claim, date and marker indexes share the
 * same tables.
 */
export class RecordIndex {
  readonly #tables = new Map<RecordKind, RecordTable<unknown>>();
  readonly #positions = new Map<RecordKind, ReadonlyMap<string, number>>();

  /** @param documents - The corpus documents. */
  constructor(readonly documents: readonly CorpusDocument[]) {}

  /**
   * The records of one kind, in corpus order.
   *
   * @param kind - The kind.
   * @returns The table, built on first use.
   */
  table<Kind extends RecordKind>(kind: Kind): RecordTable<RecordKinds[Kind]> {
    let table = this.#tables.get(kind) as RecordTable<RecordKinds[Kind]> | undefined;
    if (table === undefined) {
      const model = kindNamed(DATA_MODEL, kind);
      table = recordTable(this.documents, (document) => recordsOf(model, document) as readonly RecordKinds[Kind][]);
      this.#tables.set(kind, table);
    }
    return table;
  }

  /**
   * The record of one kind with the given id, with its document, or undefined.
   *
   * @param kind - The kind the record must be.
   * @param id - The id.
   * @returns The located record.
   */
  get<Kind extends RecordKind>(kind: Kind, id: string): Located<Kind> | undefined {
    let positions = this.#positions.get(kind);
    if (positions === undefined) {
      const ids = new Map<string, number>();
      this.table(kind).records.forEach((record, position) => {
        ids.set((record as { readonly id: string }).id, position);
      });
      positions = ids;
      this.#positions.set(kind, positions);
    }
    const position = positions.get(id);
    if (position === undefined) return undefined;
    const table = this.table(kind);
    return {
      kind,
      record: table.records[position] as RecordKinds[Kind],
      documentIndex: table.documentIndexes[position] ?? -1,
    };
  }

  /**
   * The record with the given id among several kinds, tried in order.
   *
   * @param id - The id.
   * @param kinds - The kinds it may be; every kind that is not an entity by default.
   * @returns The located record, or undefined.
   */
  find(id: string, kinds: readonly RecordKind[] = RECORD_KINDS): LocatedRecord | undefined {
    for (const kind of kinds) {
      const located = this.get(kind, id);
      if (located !== undefined) return located as LocatedRecord;
    }
    return undefined;
  }
}
