/**
 * Bronze for CDC tables: every change (and every snapshot row) as one row of a Parquet file under
 * `bronze/<table>/year=/month=/day=/part-<minlsn>-<maxlsn>-<id>.parquet` (the commit date, the LSN range
 * as 16 hex digits). Each file has the source columns typed from the Postgres types
 * (src/ingest/postgres/types.ts), then `_op` (r snapshot, c insert, u update, d delete, t truncate),
 * `_lsn` (the transaction's commit LSN), `_xid`, `_commit_ts`, `_seq` (order inside the transaction, or
 * the row's place in the snapshot), `_unchanged_toast` (the columns Postgres did not resend) and
 * `_pg_text` (the exact text of each value its typed column cannot hold; it belongs to the row).
 *
 * Contract of the writers (`writeChanges`, `writeSnapshotCsv`):
 * - Durable on return: when the promise resolves, every row it was given is in a published file
 *   (atomic per file, storage contract). When it rejects, any subset may have been published.
 * - At-least-once, idempotent by (`_lsn`, `_seq`): writing the same changes again (after a crash, a
 *   retry, a rejected call) adds files with rows carrying the same (`_lsn`, `_seq`), which silver keeps
 *   once. So a caller acknowledges an LSN only after the call covering it resolved, and on failure
 *   re-sends everything unacknowledged.
 * - Never fails on a value: a value its typed column cannot hold is NULL there and kept in `_pg_text`.
 * - Concurrency: calls may run at the same time as each other and as any other work on the Engine
 *   (each uses its own DuckDB connection, temp table and file ids). The file name's LSN range lets
 *   readers skip files at or below a watermark.
 *
 * Compaction (`compactBronze`) rewrites files whose LSNs are all at or below the table's silver
 * watermark into fewer, larger ones; see its comment for what it guarantees and how to call it.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DuckDBAppender } from '@duckdb/node-api';
import { sqlString, sqlStringList, type Engine, type EngineSession } from '../engine/index.ts';
import { UNCHANGED_TOAST, type CdcRow, type Lsn, type TableShape } from '../changes/index.ts';
import { selectTyped } from '../ingest/postgres/types.ts';
import { changeDayPrefix, changeFileKey, changeFilesPrefix, dayNumberOf, levelOfKey, lsnRangeOfKey, type LakeStorage } from '../storage/index.ts';

export { PG_TEXT_COLUMN } from '../ingest/postgres/types.ts';

export interface WrittenFile {
  table: string;
  key: string;
  rows: number;
  minLsn: Lsn;
  maxLsn: Lsn;
}

/** Default size of a bronze file written by a snapshot or a compaction. */
export const DEFAULT_BRONZE_TARGET_BYTES = 128 * 1024 * 1024;

function newId(): string {
  return randomBytes(6).toString('hex');
}

/** A private connection whose statements keep insertion order whatever other work sets (the setting is per connection). */
async function openSession(engine: Engine): Promise<EngineSession> {
  const session = await engine.session();
  try {
    await session.run(`SET SESSION preserve_insertion_order = true`);
  } catch (error) {
    session.close();
    throw error;
  }
  return session;
}

// ---------------------------------------------------------------------------------------------------
// Streamed changes

/**
 * Writes changes as one file per table, shape version and commit day. Rows go through DuckDB's appender
 * as text (no CSV in between), and one COPY types them (see the module contract).
 */
export async function writeChanges(
  engine: Engine,
  storage: LakeStorage,
  workDir: string,
  rows: CdcRow[],
): Promise<WrittenFile[]> {
  const groups = new Map<string, CdcRow[]>();
  // Consecutive rows mostly share a group: look it up only when the shape or the day changes.
  let last: { shape: TableShape; day: number; group: CdcRow[] } | undefined;
  for (const row of rows) {
    const day = Math.floor(row.commitMs / 86_400_000);
    if (last?.shape !== row.shape || last.day !== day) {
      const key = `${row.shape.table}\u0000${row.shape.version}\u0000${day}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      last = { shape: row.shape, day, group };
    }
    last.group.push(row);
  }
  if (groups.size === 0) return [];
  await fs.mkdir(workDir, { recursive: true });
  const session = await openSession(engine);
  try {
    const written: WrittenFile[] = [];
    for (const group of groups.values()) written.push(await writeGroup(session, storage, workDir, group));
    return written;
  } finally {
    session.close();
  }
}

async function writeGroup(session: EngineSession, storage: LakeStorage, workDir: string, rows: CdcRow[]): Promise<WrittenFile> {
  const { shape } = rows[0];
  const width = shape.columns.length;
  const id = newId();
  const stage = `cdc_stage_${id}`;
  const parquetPath = path.join(workDir, `cdc-${id}.parquet`);
  // `_tag` is the op, followed (only when some column was not resent) by one flag per column; the
  // numbers travel as DOUBLE (exact below 2^53), which spares a BigInt per value. Fewer appender calls
  // per row is most of the cost of this function.
  await session.run(
    `CREATE TEMP TABLE ${stage} (_tag VARCHAR, _lsn UBIGINT, _xid UINTEGER, _commit_ms DOUBLE, _seq DOUBLE${shape.columns
      .map((_, i) => `, c${i} VARCHAR`)
      .join('')})`,
  );
  try {
    let minLsn = rows[0].lsn;
    let maxLsn = rows[0].lsn;
    const appender = await session.appender(stage);
    try {
      for (const row of rows) {
        if (row.lsn < minLsn) minLsn = row.lsn;
        if (row.lsn > maxLsn) maxLsn = row.lsn;
        appendRow(appender, row, width);
      }
    } finally {
      appender.closeSync();
    }
    const names = sqlStringList(shape.columns.map((c) => c.name));
    const metadata = [
      `left(_tag, 1) AS _op`,
      `_lsn`,
      `CAST(_xid AS UBIGINT) AS _xid`,
      `make_timestamptz(CAST(_commit_ms * 1000 AS BIGINT)) AS _commit_ts`,
      `CAST(_seq AS BIGINT) AS _seq`,
      `CASE WHEN length(_tag) > 1 THEN list_filter(${names}, (name, i) -> substr(_tag, i + 1, 1) = 'u') END AS _unchanged_toast`,
    ];
    await session.run(
      `COPY (${selectTyped(shape.columns, stage, (i) => `c${i}`, metadata)}) TO ${sqlString(parquetPath)} (FORMAT parquet)`,
    );
    const key = changeFileKey(changeDayPrefix(shape.table, rows[0].commitMs), minLsn, maxLsn, id);
    await storage.publishFile(key, parquetPath, { move: true });
    return { table: shape.table, key, rows: rows.length, minLsn, maxLsn };
  } finally {
    await session.run(`DROP TABLE IF EXISTS ${stage}`).catch(() => {});
    await fs.rm(parquetPath, { force: true });
  }
}

function appendRow(appender: DuckDBAppender, row: CdcRow, width: number): void {
  const values = row.values;
  let tag: string = row.op;
  if (values) {
    for (let i = 0; i < width; i++) {
      if (values[i] === UNCHANGED_TOAST) {
        tag = row.op + values.map((v) => (v === UNCHANGED_TOAST ? 'u' : '-')).join('');
        break;
      }
    }
  }
  appender.appendVarchar(tag);
  appender.appendUBigInt(row.lsn);
  // pgoutput's xid is unsigned; a decoder reading it as int32 gives negative numbers past 2^31.
  appender.appendUInteger(row.xid >>> 0);
  appender.appendDouble(row.commitMs);
  appender.appendDouble(row.seq);
  for (let i = 0; i < width; i++) {
    const value = values ? values[i] : null;
    if (typeof value === 'string') appender.appendVarchar(value);
    else appender.appendNull();
  }
  appender.endRow();
}

// ---------------------------------------------------------------------------------------------------
// Snapshot rows

export interface SnapshotCsv {
  shape: TableShape;
  /** The snapshot's LSN (the slot's consistent point): every row gets it as `_lsn`. */
  lsn: Lsn;
  /** Stands for the commit time of the snapshot rows (`_commit_ts`) and picks their day partition. */
  commitMs: number;
  /** `_seq` of the file's first row; the others follow in file order. */
  firstSeq: number;
  /**
   * Written by `COPY (SELECT <the shape's columns, in order>) TO STDOUT WITH (FORMAT csv, NULL '\N')`:
   * no header, `\N` unquoted is NULL, everything else (the empty field, a quoted `"\N"`) is text.
   */
  csvPath: string;
  /** Output files are cut at about this size (default DEFAULT_BRONZE_TARGET_BYTES). */
  targetBytes?: number;
  /** The longest row in bytes, when the caller knows it (Postgres sends one CopyData message per row). */
  maxRowBytes?: number;
}

/** DuckDB's CSV reader refuses longer rows unless told; it allocates buffers of twice this size. */
const DEFAULT_MAX_LINE_BYTES = 2_000_000;

/**
 * Writes one snapshot CSV file as bronze `r` rows, in files of about `targetBytes`, streaming (DuckDB
 * reads the file in parallel; memory stays within the engine's limit whatever the file size). `_seq`
 * follows the file's row order. Same contract as `writeChanges`: a repeated call writes rows with the
 * same (`_lsn`, `_seq`).
 */
export async function writeSnapshotCsv(
  engine: Engine,
  storage: LakeStorage,
  workDir: string,
  input: SnapshotCsv,
): Promise<{ files: WrittenFile[]; rows: number }> {
  const { shape } = input;
  const id = newId();
  const outDir = path.join(workDir, `snapshot-${id}`);
  await fs.mkdir(workDir, { recursive: true });
  const session = await openSession(engine);
  try {
    let maxLine = Math.max(DEFAULT_MAX_LINE_BYTES, Math.ceil((input.maxRowBytes ?? 0) * 1.1) + 1024);
    let stats: Array<{ path: string; rows: number; bytes: number }>;
    for (let attempt = 0; ; attempt++) {
      try {
        stats = await copySnapshot(session, input, outDir, maxLine);
        break;
      } catch (error) {
        // A row longer than the reader was told: read again with room for it (its size is in the message).
        const needed = /Actual Size:\s*(\d+)/.exec(String((error as { cause?: Error }).cause?.message ?? ''));
        if (!needed || attempt >= 4) throw error;
        maxLine = Math.max(Math.ceil(Number(needed[1]) * 1.25), maxLine * 2);
        await fs.rm(outDir, { recursive: true, force: true });
      }
    }
    const prefix = changeDayPrefix(shape.table, input.commitMs);
    const target = input.targetBytes ?? DEFAULT_BRONZE_TARGET_BYTES;
    const files: WrittenFile[] = [];
    let rows = 0;
    for (const file of stats.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))) {
      if (file.rows === 0) continue;
      // A file of at least half the target is done: compaction leaves it alone.
      const key = changeFileKey(prefix, input.lsn, input.lsn, file.bytes >= target / 2 ? `full-${newId()}` : newId());
      await storage.publishFile(key, file.path, { move: true });
      files.push({ table: shape.table, key, rows: file.rows, minLsn: input.lsn, maxLsn: input.lsn });
      rows += file.rows;
    }
    return { files, rows };
  } finally {
    session.close();
    await fs.rm(outDir, { recursive: true, force: true });
  }
}

async function copySnapshot(
  session: EngineSession,
  input: SnapshotCsv,
  outDir: string,
  maxLine: number,
): Promise<Array<{ path: string; rows: number; bytes: number }>> {
  const { shape } = input;
  const columns = shape.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const bufferSize = Math.max(32 * 1024 * 1024, 2 * maxLine + 1024 * 1024);
  const csv = `read_csv(${sqlString(input.csvPath)}, header = false, auto_detect = false, delim = ',', quote = '"',
    escape = '"', nullstr = '\\N', allow_quoted_nulls = false, new_line = '\\n', columns = {${columns}},
    max_line_size = ${maxLine}, buffer_size = ${bufferSize})`;
  // row_number() OVER () with insertion order preserved is DuckDB's streaming window: it numbers rows in
  // file order without holding them, while the CSV is still parsed in parallel.
  const numbered = `(SELECT *, row_number() OVER () AS __lake_row FROM ${csv})`;
  const metadata = [
    `'r' AS _op`,
    `${input.lsn.toString()}::UBIGINT AS _lsn`,
    `0::UBIGINT AS _xid`,
    `make_timestamptz(${Math.trunc(input.commitMs * 1000)}) AS _commit_ts`,
    `(${Math.trunc(input.firstSeq)} + __lake_row - 1)::BIGINT AS _seq`,
    `NULL::VARCHAR[] AS _unchanged_toast`,
  ];
  const target = input.targetBytes ?? DEFAULT_BRONZE_TARGET_BYTES;
  const result = await session.all(
    `COPY (${selectTyped(shape.columns, numbered, (i) => `c${i}`, metadata)})
     TO ${sqlString(outDir)} (FORMAT parquet, FILE_SIZE_BYTES ${target}, RETURN_STATS true)`,
  );
  return result.map((r) => ({ path: String(r.filename), rows: Number(r.count), bytes: Number(r.file_size_bytes) }));
}

// ---------------------------------------------------------------------------------------------------
// Compaction

export interface CompactOptions {
  /** Only files whose every LSN is at or below this are touched: pass the table's silver watermark. */
  upTo: Lsn;
  /** Files of one level (and one column set) in a day partition that trigger a merge. */
  minFiles: number;
  /** Output files are cut at about this size; files of at least half of it are never merged again. */
  targetBytes: number;
  /** Local scratch space for the merged files. */
  workDir: string;
  /** For tests: what counts as today (days before yesterday are closed). */
  now?: Date;
}

export interface CompactionResult {
  /** Input files merged and deleted. */
  removed: string[];
  written: WrittenFile[];
}

/**
 * Merges small bronze files of `table` whose rows are all at or below `upTo` (acknowledged and already
 * in silver) into files of about `targetBytes`, per day partition, deduplicated by (`_lsn`, `_seq`) and
 * sorted by them. Publishes the new files, then deletes the inputs: readers may briefly see both (silver
 * dedups by (`_lsn`, `_seq`)); a crash in between leaves duplicates, never a loss. Files above `upTo`
 * (the newest changes, spills of open transactions) are never touched.
 *
 * Levels keep the rewrite cost bounded (each row is rewritten about log_minFiles(target / flush size)
 * times, not once per round): a writer's file is level 0; merging `minFiles` files of level k gives
 * level k+1 (named `part-<min>-<max>-l<k+1>-<id>.parquet`); a file of at least half the target is `full`
 * and stays as it is. In a closed day (before yesterday, UTC) all non-full files are merged once two exist.
 * Only files with the same columns and types are merged together: a schema change inside a day keeps
 * its two shapes apart (union_by_name would turn "column absent" into NULL, which silver could not
 * tell from a real NULL).
 *
 * How to call: from the loop that builds silver, after a silver build of `table` published, with
 * `upTo` = that build's watermark; never concurrently with a silver build of the same table or another
 * compaction of it (both list and then read the files). Cheap when there is nothing to do (one listing).
 */
export async function compactBronze(engine: Engine, storage: LakeStorage, table: string, options: CompactOptions): Promise<CompactionResult> {
  const candidates = new Map<string, Array<{ key: string; level: number; min: Lsn; max: Lsn }>>();
  for (const key of await storage.list(changeFilesPrefix(table))) {
    const range = lsnRangeOfKey(key);
    const level = levelOfKey(key);
    if (!range || level === undefined || range.max > options.upTo) continue;
    const day = key.slice(0, key.lastIndexOf('/') + 1);
    let list = candidates.get(day);
    if (!list) candidates.set(day, (list = []));
    list.push({ key, level, ...range });
  }
  const today = Math.floor((options.now ?? new Date()).getTime() / 86_400_000);
  const result: CompactionResult = { removed: [], written: [] };
  let session: EngineSession | undefined;
  try {
    for (const [day, files] of candidates) {
      const closed = dayNumberOf(day) !== undefined && dayNumberOf(day)! < today - 1;
      if (files.length < (closed ? 2 : options.minFiles)) continue;
      session ??= await openSession(engine);
      const located = await Promise.all(files.map(async (f) => ({ ...f, path: await storage.localPath(f.key) })));
      const shapes = await columnSetsOf(session, located.map((f) => f.path));
      const groups = new Map<string, typeof located>();
      for (const file of located) {
        // A closed day merges across levels; an open one only within a level.
        const group = `${shapes.get(file.path)}\u0000${closed ? 'all' : file.level}`;
        let list = groups.get(group);
        if (!list) groups.set(group, (list = []));
        list.push(file);
      }
      for (const group of groups.values()) {
        if (group.length < (closed ? 2 : options.minFiles)) continue;
        for (const batch of await batchesOf(group, options.targetBytes)) {
          const level = Math.max(...batch.map((f) => f.level)) + 1;
          const written = await mergeFiles(session, storage, table, day, batch, level, options);
          result.written.push(...written);
          // Only after every output is published: a crash before this line leaves duplicates only.
          for (const file of batch) {
            await storage.delete(file.key);
            result.removed.push(file.key);
          }
        }
      }
    }
  } finally {
    session?.close();
  }
  return result;
}

/** Per file, a signature of its columns, names and DuckDB types in order. */
async function columnSetsOf(session: EngineSession, paths: string[]): Promise<Map<string, string>> {
  const rows = await session.all(
    `SELECT file_name, string_agg(name || ' ' || coalesce(duckdb_type, type, ''), ', ' ORDER BY column_id) AS columns
       FROM parquet_schema(${sqlStringList(paths)}) GROUP BY file_name`,
  );
  return new Map(rows.map((r) => [String(r.file_name), String(r.columns)]));
}

/** Consecutive runs (in LSN order) of at most about two target sizes of input each, so one merge stays bounded. */
async function batchesOf<T extends { path: string; min: Lsn }>(files: T[], targetBytes: number): Promise<T[][]> {
  const sorted = [...files].sort((a, b) => (a.min < b.min ? -1 : a.min > b.min ? 1 : 0));
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of sorted) {
    const size = (await fs.stat(file.path)).size;
    if (current.length > 0 && bytes + size > 2 * targetBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  batches.push(current);
  return batches.filter((batch) => batch.length >= 2);
}

async function mergeFiles(
  session: EngineSession,
  storage: LakeStorage,
  table: string,
  day: string,
  files: Array<{ path: string }>,
  level: number,
  options: CompactOptions,
): Promise<WrittenFile[]> {
  const outDir = path.join(options.workDir, `compact-${newId()}`);
  await fs.mkdir(options.workDir, { recursive: true });
  try {
    const stats = await session.all(
      // hive_partitioning off: the year=/month=/day= directories must not become columns of the merged file.
      `COPY (SELECT * FROM read_parquet(${sqlStringList(files.map((f) => f.path))}, hive_partitioning = false)
              QUALIFY row_number() OVER (PARTITION BY _lsn, _seq) = 1
              ORDER BY _lsn, _seq)
       TO ${sqlString(outDir)} (FORMAT parquet, FILE_SIZE_BYTES ${options.targetBytes}, RETURN_STATS true)`,
    );
    const written: WrittenFile[] = [];
    for (const stat of stats) {
      const local = String(stat.filename);
      const rows = Number(stat.count);
      if (rows === 0) continue;
      const range = await session.all(`SELECT min(_lsn)::VARCHAR AS lo, max(_lsn)::VARCHAR AS hi FROM read_parquet(${sqlString(local)})`);
      const minLsn = BigInt(String(range[0].lo));
      const maxLsn = BigInt(String(range[0].hi));
      const full = Number(stat.file_size_bytes) >= options.targetBytes / 2;
      const key = changeFileKey(day, minLsn, maxLsn, `${full ? 'full' : `l${level}`}-${newId()}`);
      await storage.publishFile(key, local, { move: true });
      written.push({ table, key, rows, minLsn, maxLsn });
    }
    return written;
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}
