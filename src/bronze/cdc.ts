/**
 * Bronze for CDC tables: every change (and every snapshot row) as one row of a Parquet file under
 * `bronze/<table>/year=/month=/day=/` (the commit date), with the source columns typed from the relation
 * message and `_op` (r snapshot, c insert, u update, d delete, t truncate), `_lsn` (the transaction's
 * commit LSN), `_xid`, `_commit_ts`, `_seq` (order inside the transaction) and `_unchanged_toast` (the
 * columns Postgres did not resend).
 *
 * Contract: `writeChanges` returns only after every file is published (atomic per file). It is
 * at-least-once: a batch written again after a crash yields rows with the same (`_lsn`, `_seq`), which
 * silver keeps once. File names carry the LSN range, so readers can skip files below a watermark.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sqlIdent, sqlString, type Engine } from '../engine/index.ts';
import type { RelationColumn, Value } from '../ingest/postgres/pgoutput.ts';
import { UNCHANGED_TOAST } from '../ingest/postgres/pgoutput.ts';
import { lsnKey, type Lsn } from '../ingest/postgres/lsn.ts';
import { columnTypeOf } from '../ingest/postgres/types.ts';
import type { LakeStorage } from '../storage/index.ts';

export type CdcOp = 'r' | 'c' | 'u' | 'd' | 't';

/** A table's shape as of one relation message; a new version starts whenever the shape changes. */
export interface TableShape {
  table: string;
  version: number;
  columns: RelationColumn[];
}

export interface CdcRow {
  shape: TableShape;
  op: CdcOp;
  lsn: Lsn;
  xid: number;
  /** Commit time in milliseconds since the epoch. */
  commitMs: number;
  seq: number;
  /** In the shape's column order; null for a truncate. */
  values: Value[] | null;
}

export const CDC_METADATA_COLUMNS = ['_op', '_lsn', '_xid', '_commit_ts', '_seq', '_unchanged_toast'] as const;

export interface WrittenFile {
  table: string;
  key: string;
  rows: number;
  minLsn: Lsn;
  maxLsn: Lsn;
}

/** Parses `part-<minlsn>-<maxlsn>-…` back into its LSN range. */
export function lsnRangeOfKey(key: string): { min: Lsn; max: Lsn } | undefined {
  const match = /part-([0-9a-f]{16})-([0-9a-f]{16})-/.exec(key);
  return match ? { min: BigInt(`0x${match[1]}`), max: BigInt(`0x${match[2]}`) } : undefined;
}

export async function writeChanges(
  engine: Engine,
  storage: LakeStorage,
  workDir: string,
  rows: CdcRow[],
): Promise<WrittenFile[]> {
  const groups = new Map<string, CdcRow[]>();
  for (const row of rows) {
    const day = new Date(row.commitMs).toISOString().slice(0, 10);
    const key = `${row.shape.table}\u0000${row.shape.version}\u0000${day}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  await fs.mkdir(workDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const group of groups.values()) written.push(await writeGroup(engine, storage, workDir, group));
  return written;
}

async function writeGroup(engine: Engine, storage: LakeStorage, workDir: string, rows: CdcRow[]): Promise<WrittenFile> {
  const { shape } = rows[0];
  const id = randomBytes(6).toString('hex');
  const csvPath = path.join(workDir, `cdc-${id}.csv`);
  const parquetPath = path.join(workDir, `cdc-${id}.parquet`);
  let minLsn = rows[0].lsn;
  let maxLsn = rows[0].lsn;
  const lines: string[] = [];
  for (const row of rows) {
    if (row.lsn < minLsn) minLsn = row.lsn;
    if (row.lsn > maxLsn) maxLsn = row.lsn;
    const unchanged: string[] = [];
    const cells: string[] = [row.op, row.lsn.toString(), String(row.xid), String(row.commitMs), String(row.seq)];
    const values = row.values;
    const fields: string[] = [];
    for (let i = 0; i < shape.columns.length; i++) {
      const value = values ? values[i] : null;
      if (value === UNCHANGED_TOAST) {
        unchanged.push(shape.columns[i].name);
        fields.push('\\N');
      } else {
        fields.push(csvCell(value));
      }
    }
    cells.push(unchanged.length ? csvCell(JSON.stringify(unchanged)) : '\\N');
    lines.push([...cells, ...fields].join(','));
  }
  await fs.writeFile(csvPath, lines.join('\n') + '\n');
  const columnTypes = [
    `'_op': 'VARCHAR'`,
    `'_lsn': 'UBIGINT'`,
    `'_xid': 'UBIGINT'`,
    `'_commit_ms': 'BIGINT'`,
    `'_seq': 'BIGINT'`,
    `'_unchanged_toast': 'VARCHAR'`,
    ...shape.columns.map((_, i) => `'c${i}': 'VARCHAR'`),
  ].join(', ');
  const select = [
    ...shape.columns.map((column, i) => `${columnTypeOf(column.typeOid, column.typeMod).cast(`c${i}`)} AS ${sqlIdent(column.name)}`),
    `_op`,
    `_lsn`,
    `_xid`,
    `make_timestamptz(_commit_ms * 1000) AS _commit_ts`,
    `_seq`,
    `CAST(_unchanged_toast AS VARCHAR[]) AS _unchanged_toast`,
  ].join(', ');
  try {
    await engine.run(
      `COPY (SELECT ${select} FROM read_csv(${sqlString(csvPath)}, header = false, auto_detect = false, delim = ',',
         quote = '"', escape = '"', nullstr = '\\N', allow_quoted_nulls = false, new_line = '\\n', columns = {${columnTypes}}))
       TO ${sqlString(parquetPath)} (FORMAT parquet)`,
    );
    const day = new Date(rows[0].commitMs).toISOString();
    const key = `bronze/${shape.table}/year=${day.slice(0, 4)}/month=${day.slice(5, 7)}/day=${day.slice(8, 10)}/part-${lsnKey(minLsn)}-${lsnKey(maxLsn)}-${id}.parquet`;
    await storage.publishFile(key, parquetPath, { move: true });
    return { table: shape.table, key, rows: rows.length, minLsn, maxLsn };
  } finally {
    await fs.rm(csvPath, { force: true });
    await fs.rm(parquetPath, { force: true });
  }
}

function csvCell(value: string | null): string {
  if (value === null) return '\\N';
  if (value === '\\N' || /[",\n\r]/.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}
