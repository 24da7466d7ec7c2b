/**
 * Transaction assembly: decoded pgoutput messages in, CdcRows grouped by transaction out. Pure (no
 * sockets, no storage), so every rule is unit-tested with hand-built messages.
 *
 * What it guarantees:
 * - Only tables it was given are kept; changes of other relations are dropped.
 * - A transaction's changes carry its commit LSN, xid and commit time, and `seq` 0, 1, 2… in the order
 *   Postgres sent them; replaying the same WAL yields the same (`lsn`, `seq`) pairs, which is what makes
 *   bronze's at-least-once delivery safe to de-duplicate.
 * - A key change becomes a delete of the old key followed by the new row, whether the old key came as
 *   the `K` tuple (REPLICA IDENTITY DEFAULT / USING INDEX) or inside the `O` tuple (REPLICA IDENTITY FULL,
 *   where every column is sent and the key is compared by the lake's primary key columns).
 * - Under REPLICA IDENTITY FULL an unchanged TOAST value of the new row is filled from the old row.
 * - An open transaction that reaches `spillChanges` is handed out as a spill (not committed: nothing in
 *   it may be confirmed before its commit).
 * - A non-transactional message outside any transaction (lake's heartbeat) is a position: everything
 *   before it has been handed out.
 */
import { nextShapeVersion, UNCHANGED_TOAST, type CdcRow, type Lsn, type RelationColumn, type TableShape, type Value } from '../../changes/index.ts';
import type { PgoutputMessage, Relation } from './pgoutput.ts';

export interface PublishedTable {
  /** Lake table name. */
  table: string;
  /** The lake's primary key columns (declared or from the catalog). */
  primaryKey: string[];
}

export interface AssemblerOptions {
  /** `schema.name` in Postgres → the lake table. */
  tables: Map<string, PublishedTable>;
  /** An open transaction holding this many changes is handed out as a spill. */
  spillChanges: number;
}

export type Assembled =
  /** A committed transaction: its changes not already spilled, and the position after its commit. */
  | { kind: 'commit'; changes: CdcRow[]; endLsn: Lsn; commitMs: number; xid: number }
  /** Part of a transaction still open. */
  | { kind: 'spill'; changes: CdcRow[] }
  /** A relation (table shape) message of a kept table; `lsn` is the commit LSN of the transaction it came in. */
  | { kind: 'relation'; table: string; columns: RelationColumn[]; lsn: Lsn | undefined }
  /** Nothing is open and everything before `lsn` was handed out. */
  | { kind: 'position'; lsn: Lsn };

interface OpenTransaction {
  lsn: Lsn;
  xid: number;
  commitMs: number;
  seq: number;
  rows: CdcRow[];
}

interface KnownRelation {
  shape: TableShape;
  /** Positions of the lake's primary key columns in the relation, or undefined when one is missing. */
  keyIndexes: number[] | undefined;
}

/** Microseconds between 1970-01-01 and 2000-01-01, Postgres' epoch. */
const PG_EPOCH_MS = 946_684_800_000;

export function pgMicrosToMs(micros: bigint): number {
  return Number(micros / 1000n) + PG_EPOCH_MS;
}

export class TransactionAssembler {
  private readonly relations = new Map<number, KnownRelation>();
  private txn: OpenTransaction | undefined;

  constructor(private readonly options: AssemblerOptions) {}

  /** Changes of the open transaction held here (not yet handed out). */
  get openChanges(): number {
    return this.txn?.rows.length ?? 0;
  }

  get inTransaction(): boolean {
    return this.txn !== undefined;
  }

  push(message: PgoutputMessage): Assembled | undefined {
    switch (message.tag) {
      case 'relation':
        return this.onRelation(message.relation);
      case 'begin':
        this.txn = { lsn: message.finalLsn, xid: message.xid, commitMs: pgMicrosToMs(message.commitTime), seq: 0, rows: [] };
        return undefined;
      case 'insert':
      case 'update':
      case 'delete': {
        const known = this.relations.get(message.relationOid);
        if (!known || !this.txn) return undefined;
        if (message.tag === 'insert') this.add(known.shape, 'c', message.values);
        else if (message.tag === 'delete') this.add(known.shape, 'd', message.oldKey ?? message.oldFull ?? null);
        else this.onUpdate(known, message);
        return this.txn.rows.length >= this.options.spillChanges ? this.spill() : undefined;
      }
      case 'truncate': {
        if (!this.txn) return undefined;
        for (const oid of message.relationOids) {
          const known = this.relations.get(oid);
          if (known) this.add(known.shape, 't', null);
        }
        return this.txn.rows.length >= this.options.spillChanges ? this.spill() : undefined;
      }
      case 'commit': {
        const txn = this.txn;
        this.txn = undefined;
        return {
          kind: 'commit',
          changes: txn?.rows ?? [],
          endLsn: message.endLsn,
          commitMs: txn?.commitMs ?? pgMicrosToMs(message.commitTime),
          xid: txn?.xid ?? 0,
        };
      }
      case 'message':
        if (!message.transactional && !this.txn) return { kind: 'position', lsn: message.lsn };
        return undefined;
      default:
        return undefined;
    }
  }

  private onRelation(relation: Relation): Assembled | undefined {
    const published = this.options.tables.get(`${relation.schema}.${relation.name}`);
    if (!published) return undefined;
    const previous = this.relations.get(relation.oid)?.shape;
    const same =
      previous &&
      previous.table === published.table &&
      previous.columns.length === relation.columns.length &&
      previous.columns.every(
        (c, i) => c.name === relation.columns[i].name && c.typeOid === relation.columns[i].typeOid && c.typeMod === relation.columns[i].typeMod,
      );
    const shape = same ? previous : { table: published.table, version: nextShapeVersion(), columns: relation.columns };
    const indexes = published.primaryKey.map((key) => relation.columns.findIndex((c) => c.name === key));
    this.relations.set(relation.oid, { shape, keyIndexes: indexes.includes(-1) ? undefined : indexes });
    return { kind: 'relation', table: published.table, columns: relation.columns, lsn: this.txn?.lsn };
  }

  private onUpdate(known: KnownRelation, message: Extract<PgoutputMessage, { tag: 'update' }>): void {
    const old = message.oldFull;
    // Under REPLICA IDENTITY FULL the old row carries every value: fill unchanged TOAST from it.
    const values = old ? message.values.map((v, i) => (v === UNCHANGED_TOAST ? old[i] : v)) : message.values;
    if (message.oldKey) {
      // The K form is sent only when the key changed.
      this.add(known.shape, 'd', message.oldKey);
    } else if (old && keyChanged(known.keyIndexes, old, values)) {
      this.add(known.shape, 'd', old);
    }
    this.add(known.shape, 'u', values);
  }

  private add(shape: TableShape, op: CdcRow['op'], values: Value[] | null): void {
    const txn = this.txn!;
    txn.rows.push({ shape, op, lsn: txn.lsn, xid: txn.xid, commitMs: txn.commitMs, seq: txn.seq++, values });
  }

  private spill(): Assembled {
    const txn = this.txn!;
    const changes = txn.rows;
    txn.rows = [];
    return { kind: 'spill', changes };
  }
}

/**
 * Whether the key of an update's old row differs from the new row's. When the key columns cannot be
 * located (a key column was dropped), the old row is deleted anyway: a delete followed by the new row of
 * the same key leaves exactly the new row, so the cautious answer is never wrong.
 */
function keyChanged(keyIndexes: number[] | undefined, old: Value[], values: Value[]): boolean {
  if (!keyIndexes) return true;
  return keyIndexes.some((i) => old[i] !== values[i]);
}
