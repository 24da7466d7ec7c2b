/**
 * Debezium messages → lake's one change type (CdcRow), so a `kafka` source lands in the same bronze CDC
 * files, silver current state, SCD2 history and gold as a `postgres` source. Pure: no I/O.
 *
 * The position. Silver orders a table's changes by (`_lsn`, `_seq`) and applies those at or below the
 * source's recorded position, reading only what lies above its watermark; so the position must rise in
 * the order changes are made durable, across all partitions of all topics of the source. A Kafka offset
 * does not (offsets of different partitions are unrelated), so lake numbers its batches: every change of
 * the batch recorded as position P has `_lsn` = P and `_seq` = its place in the batch (messages of one
 * partition in offset order). A key lives in one partition (Debezium keys by primary key), so each key's
 * changes keep their Kafka order. The mapping is fixed once the batch is recorded together with the next
 * offset of every partition, and each offset is ingested in exactly one recorded batch: the recorded
 * offsets decide where consumption resumes, and the files of a batch that was never recorded are removed
 * before consuming again (see src/orchestrator/kafka.ts). So bronze holds each message once.
 *
 * Ops: c, u and d map to themselves; Debezium's snapshot rows (`r`) become inserts (`c`): for lake an
 * `r` restarts the table (a Postgres snapshot is the whole table at one LSN), while Debezium's snapshot
 * rows arrive spread over many batches and are upserts. `t` empties the table at its position. A delete
 * keeps the key from `before`. `_xid` is `source.txId`, `_commit_ts` is `source.ts_ms` (the commit in the
 * source database), else the envelope's `ts_ms`, else the record's timestamp.
 *
 * Columns: each table's shape is the union of the columns seen so far, in order of first appearance;
 * a message with a new column starts a new shape. A column's type is fixed by the first message that
 * has a value for it (from the envelope's schema when present, else from the JSON), and stays; a later
 * value that does not fit the type is kept exactly in `_pg_text` by the bronze writer, never lost. A
 * column first seen only as null is text.
 */
import { nextShapeVersion, type CdcRow, type RelationColumn, type TableShape, type Value } from '../../changes/index.ts';
import { decodeMessage, OID } from '../../kafka/index.ts';
import type { ConsumedMessage } from './consumer.ts';

export interface KafkaTable {
  /** Lake table name. */
  table: string;
  primaryKey: string[];
}

export interface ColumnDef {
  name: string;
  typeOid: number;
  typeMod: number;
}

/** A message that could not become a change, with its coordinates and why. */
export interface QuarantinedMessage {
  message: ConsumedMessage;
  reason: string;
}

export interface MappedBatch {
  rows: CdcRow[];
  quarantined: QuarantinedMessage[];
  /** Tombstones and messages that carry no row (op m). */
  skipped: number;
  /** Tables whose columns grew in this batch (their new column list). */
  columns: Map<string, ColumnDef[]>;
  /** Newest commit time among the rows. */
  lastCommitMs: number | undefined;
}

/** Keeps each table's current shape across batches (seeded from the recorded columns). */
export class ChangeMapper {
  private readonly shapes = new Map<string, TableShape>();

  constructor(
    private readonly tables: Map<string, KafkaTable>,
    recorded: Map<string, ColumnDef[]>,
  ) {
    for (const [table, columns] of recorded) {
      const key = this.keyOf(table);
      this.shapes.set(table, { table, version: nextShapeVersion(), columns: columns.map((c) => ({ ...c, isKey: key.includes(c.name) })) });
    }
  }

  private keyOf(table: string): string[] {
    for (const t of this.tables.values()) if (t.table === table) return t.primaryKey;
    return [];
  }

  /** Maps `messages` (in consumption order) as the batch recorded at `position`. */
  map(messages: ConsumedMessage[], position: bigint): MappedBatch {
    const rows: CdcRow[] = [];
    const quarantined: QuarantinedMessage[] = [];
    const grown = new Map<string, ColumnDef[]>();
    let skipped = 0;
    let lastCommitMs: number | undefined;
    for (const message of messages) {
      const target = this.tables.get(message.topic);
      if (!target) {
        quarantined.push({ message, reason: `topic ${message.topic} is not configured for this source` });
        continue;
      }
      let decoded;
      try {
        decoded = decodeMessage(message.key, message.value, target.primaryKey, message.timestampMs);
      } catch (error) {
        decoded = { kind: 'bad' as const, reason: `cannot decode: ${(error as Error).message}` };
      }
      if (decoded.kind === 'skip') {
        skipped++;
        continue;
      }
      if (decoded.kind === 'bad') {
        quarantined.push({ message, reason: decoded.reason });
        continue;
      }
      const commitMs = decoded.commitMs !== undefined && Number.isFinite(decoded.commitMs) ? decoded.commitMs : message.timestampMs;
      if (lastCommitMs === undefined || commitMs > lastCommitMs) lastCommitMs = commitMs;
      let shape = this.shapes.get(target.table);
      if (decoded.row) {
        const fresh = [...decoded.row].filter(([name]) => !shape?.columns.some((c) => c.name === name));
        if (!shape || fresh.length > 0) {
          const columns: RelationColumn[] = [
            ...(shape?.columns ?? []),
            ...fresh.map(([name, field]): RelationColumn => {
              // A null says nothing of the type without a schema: look for the column's first value in this batch.
              const typed = field.value === null && field.typeOid === OID.text ? firstTyped(messages, message, name, target.primaryKey) ?? field : field;
              return { name, typeOid: typed.typeOid, typeMod: typed.typeMod, isKey: target.primaryKey.includes(name) };
            }),
          ];
          shape = { table: target.table, version: nextShapeVersion(), columns };
          this.shapes.set(target.table, shape);
          grown.set(target.table, columns.map(({ name, typeOid, typeMod }) => ({ name, typeOid, typeMod })));
        }
      }
      if (!shape) {
        // A truncate of a table never seen: nothing to empty, and no columns to write it with.
        skipped++;
        continue;
      }
      const values: Value[] | null = decoded.row ? shape.columns.map((c) => decoded.row!.get(c.name)?.value ?? null) : null;
      rows.push({
        shape,
        op: decoded.op === 'r' ? 'c' : decoded.op,
        lsn: position,
        xid: decoded.xid,
        commitMs,
        seq: rows.length,
        values,
      });
    }
    return { rows, quarantined, skipped, columns: grown, lastCommitMs };
  }
}

/** The first non-null value of `column` in the batch at or after `from` (same topic), to type a column first seen as null. */
function firstTyped(messages: ConsumedMessage[], from: ConsumedMessage, column: string, primaryKey: string[]): { typeOid: number; typeMod: number } | undefined {
  for (let i = messages.indexOf(from) + 1; i < messages.length; i++) {
    const m = messages[i];
    if (m.topic !== from.topic) continue;
    try {
      const decoded = decodeMessage(m.key, m.value, primaryKey, m.timestampMs);
      const field = decoded.kind === 'change' ? decoded.row?.get(column) : undefined;
      if (field && field.value !== null) return { typeOid: field.typeOid, typeMod: field.typeMod };
    } catch {
      // A message that cannot be decoded says nothing about the column.
    }
  }
  return undefined;
}
