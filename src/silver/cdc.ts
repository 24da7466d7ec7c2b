/**
 * Silver for CDC tables: the current state of each source table, one row per primary key, kept as a
 * group of immutable Parquet files under `silver/<table>/`. Each file is sorted by the key, covers one key
 * range (the ranges do not overlap) and is named by the build that wrote it
 * (`part-<batch>-<n>.parquet`). The manifest `_lake/partitions/silver/<table>/current.json` is the commit
 * point: it names the files that make up the table now, and everything in lake that reads silver (the
 * `silver.<table>` view of `lake query`, gold, status) reads exactly those (`cdcSilverFiles`).
 *
 * A build applies the bronze changes above the manifest's watermark and at or below the position the
 * caller passes (the source's flushed position), so a transaction is applied whole or not at all.
 * Merge rules, in commit order (`_lsn`, then `_seq`):
 * - a change seen twice (bronze is at-least-once) counts once;
 * - a snapshot (`r`) restarts the table at its LSN; a truncate (`t`) empties it from that point;
 * - per key, the last change decides: after a delete the row is gone; otherwise that change gives the
 *   whole row, NULLs included. A delete never gives values (under REPLICA IDENTITY DEFAULT it carries
 *   only the key);
 * - only a column Postgres did not resend (listed in the last change's `_unchanged_toast`) takes its
 *   value, and its `_pg_text` entry, from the newest earlier version of the key that carried it.
 * `_pg_text` (a value the typed column cannot hold, as Postgres text) is an ordinary column of the row.
 *
 * Cost follows the changes (copy-on-write file groups): a build reads only the bronze files whose LSN
 * range reaches above the watermark, finds for each changed key the file whose range holds it (the
 * greatest `first <= key`, else the first file), and rewrites only those files: their old rows minus the
 * changed keys plus the new state of those keys. Every other file is carried into the new manifest by
 * reference. A rewritten file grown past twice the target size is split into target-sized files. The
 * first build, a snapshot or truncate, a single-file manifest of an older lake, a new primary key, a
 * rename or any other change of the table's columns rewrite all files, cut at the target size. Files are
 * cut at keys sampled from the rows and each is computed by its own query, so a build holds about one
 * file's worth of rows at a time, whatever the table's size. A rewrite that starts from a snapshot whose
 * rows each have a key of their own (the first build of a table with a primary key) merges only the
 * changes after the snapshot with their keys' rows; the snapshot's other rows are sorted, not merged.
 *
 * Commit: publish the new files → write the manifest → delete the files it no longer names. A crash
 * before the manifest write leaves files no manifest names; every build starts by deleting whatever
 * under `silver/<table>/` the manifest does not name.
 *
 * What an engine reading `silver/<table>/**\/*.parquet` directly (DuckDB, Spark, Polars) sees:
 * - between commits, exactly the current rows, each key once: the directory holds the manifest's files
 *   and nothing else;
 * - during a commit (from the publish of the new files until the replaced ones are deleted, or after a
 *   crash in that window until the next build starts), the previous state plus the new state of the key
 *   ranges being rewritten: a key changed by the commit may appear twice (old and new version) and a key
 *   it deleted still appears. lake's own readers never see this, since they follow the manifest.
 *
 * One build per table at a time: callers serialise the builds of a table (the CDC service promotes one
 * table at a time); a second concurrent build would collect the first one's new files as orphans.
 *
 * The SCD2 history table (`buildCdcHistory`) uses the same file groups and protocol under
 * `silver/<table>_history/`, split by the primary key with all versions of a key in one file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runBuild, sqlIdent, sqlString, type BuildContext, type Engine, type PartitionBuild } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';
import { formatLsn, parseLsn, type Lsn } from '../changes/index.ts';
import { columnTypeOf } from '../ingest/postgres/types.ts';
import { historyTableOf } from '../config/index.ts';
import { changeFilesBetween, manifestKey, readManifest, tableDataFileKey, type LakeStorage } from '../storage/index.ts';

export interface CdcSilverFile {
  /** Storage key, `silver/<table>/part-<batch>-<n>.parquet`; never rewritten in place. */
  key: string;
  rows: number;
  bytes: number;
  /**
   * The file's first and last primary key, one string per key column (the value cast to VARCHAR by
   * DuckDB, which casts back exactly); null for the empty file of an empty table.
   */
  first: string[] | null;
  last: string[] | null;
}

export interface CdcSilverManifest {
  layer: 'silver';
  table: string;
  batch_id: string;
  built_at: string;
  /** Changes at or below this LSN are applied. */
  watermark_lsn: string;
  rows: number;
  changes_applied: number;
  duplicates_skipped: number;
  /** Commit time of the newest applied change: what freshness is measured on. */
  last_commit_at: string | null;
  /** The key the files are sorted and split by. */
  primary_key?: string[];
  /** Columns of every file (name and DuckDB type), in file order. */
  columns?: Array<{ name: string; type: string }>;
  /** The table's files in key order. */
  files: CdcSilverFile[];
  /** What this build wrote: how many files and bytes (the rest was carried from the previous manifest). */
  files_written?: number;
  bytes_written?: number;
  /** Manifests written before file groups named one whole-table file here; read, and replaced by `files` on the next build. */
  key?: string;
}

/** The storage keys of the files that make up the table as of `manifest`: what a reader must read, all and only. */
export function cdcSilverFiles(manifest: Pick<CdcSilverManifest, 'files' | 'key'>): string[] {
  if (Array.isArray(manifest.files)) return manifest.files.map((f) => f.key);
  return manifest.key ? [manifest.key] : [];
}

export async function readCdcSilverManifest(storage: LakeStorage, table: string): Promise<CdcSilverManifest | undefined> {
  return readCdcManifest(storage, table);
}

export async function readCdcHistoryManifest(storage: LakeStorage, table: string): Promise<CdcSilverManifest | undefined> {
  return readCdcManifest(storage, historyTableOf(table));
}

/** `lakeTable`: the current state's name, or its history's. */
async function readCdcManifest(storage: LakeStorage, lakeTable: string): Promise<CdcSilverManifest | undefined> {
  const manifest = await readManifest<CdcSilverManifest>(storage, 'silver', lakeTable, 'current');
  if (!manifest) return undefined;
  // An older single-file manifest: its one file, with no key range (so the next build rewrites it).
  if (!Array.isArray(manifest.files)) {
    manifest.files = manifest.key ? [{ key: manifest.key, rows: manifest.rows ?? 0, bytes: 0, first: null, last: null }] : [];
  }
  return manifest;
}

export interface CdcTableSchema {
  primary_key: string[];
  renames?: Array<{ from: string; to: string; at_lsn: string }>;
  /** A schema change silver cannot follow: the table fails, other tables go on. */
  failed?: string;
  /** Source columns, so an empty table still gets a typed (empty) silver table. */
  columns?: Array<{ name: string; typeOid: number; typeMod: number }>;
}

export interface CdcSilverOptions {
  /** Size each file aims at, in bytes (the source's `silver.target_file_mb`). */
  targetFileBytes?: number;
}

export interface CdcSilverResult {
  status: 'published' | 'up-to-date';
  manifest?: CdcSilverManifest;
}

/** Used only when a caller passes no target: the configuration default (sources.<name>.silver.target_file_mb). */
const FALLBACK_TARGET_FILE_BYTES = 128 * 1024 * 1024;

/** 2^32: `_lsn * LSN_STEP + _seq + 1` orders changes; a stored row (`_lsn * LSN_STEP`) sorts before the changes of its LSN. */
const LSN_STEP = '4294967296';
/** Commit order of a change: its transaction's commit LSN, then its place in the transaction. */
const ORD = `(CAST(_lsn AS HUGEINT) * ${LSN_STEP} + (_seq + 1))`;
/** The bronze columns that describe a change rather than the row. `_pg_text` is not one: it belongs to the row. */
const CHANGE_COLUMNS = ['_op', '_lsn', '_xid', '_commit_ts', '_seq', '_unchanged_toast', '__ord'];
/** The columns a history row has besides the key and the values. */
const HISTORY_COLUMNS = ['valid_from', 'valid_to', 'is_current', '_lsn'];

interface Column {
  name: string;
  type: string;
}

function failedError(table: string, failed: string): LakeError {
  return new LakeError(`silver.${table} cannot follow a schema change: ${failed}`, {
    kind: 'mapping',
    retry: 'needs-person',
    remedy: `bronze keeps every change; re-snapshot the table (lake snapshot --source <source> --table ${table}) to restart silver from its new shape`,
  });
}

/** A build's own temp tables (dropped after it) and the names of the files it writes, in key order. */
class Build {
  private files = 0;
  constructor(
    readonly ctx: BuildContext,
    /** The table's directory name: `<table>` or `<table>_history`. */
    readonly table: string,
    readonly partition: PartitionBuild,
  ) {}
  get batchId(): string {
    return this.partition.batchId;
  }
  get workDir(): string {
    return this.partition.workDir;
  }
  relation(name: string): string {
    const relation = sqlIdent(`__cdc_${name}_${this.table}`);
    this.partition.afterwards(() => this.ctx.engine.run(`DROP TABLE IF EXISTS ${relation}`));
    return relation;
  }
  /** The next file of this build, in key order: its key and where it is staged. */
  nextFile(): { key: string; staged: string } {
    const key = tableDataFileKey('silver', this.table, this.batchId, this.files++);
    return { key, staged: path.join(this.workDir, path.posix.basename(key)) };
  }
}

/** Deletes every object under `prefix` the manifest does not name: files of a build that died before its commit. */
async function collectOrphans(storage: LakeStorage, prefix: string, manifest: CdcSilverManifest | undefined): Promise<void> {
  const named = new Set(manifest ? cdcSilverFiles(manifest) : []);
  for (const key of await storage.list(prefix)) if (!named.has(key)) await storage.delete(key);
}


/** The bronze rows in (from, watermark], with their commit order `__ord`. */
function bronzeSql(paths: string[], from: Lsn, watermark: Lsn): string {
  return `SELECT * EXCLUDE (_xid), ${ORD} AS __ord
          FROM read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)
          WHERE _lsn <= ${watermark}${from < 0n ? '' : ` AND _lsn > ${from}`}`;
}

/** No changes, typed from the source columns: an empty source table still gets a typed silver table. */
function typedEmptySql(sourceColumns: NonNullable<CdcTableSchema['columns']>): string {
  const typed = sourceColumns.map((c) => `NULL::${columnTypeOf(c.typeOid, c.typeMod).duckdb} AS ${sqlIdent(c.name)}`);
  return `SELECT ${[...typed, 'NULL::MAP(VARCHAR, VARCHAR) AS _pg_text'].join(', ')}, NULL::VARCHAR AS _op, NULL::UBIGINT AS _lsn,
            NULL::TIMESTAMPTZ AS _commit_ts, NULL::BIGINT AS _seq, NULL::VARCHAR[] AS _unchanged_toast, NULL::HUGEINT AS __ord
          WHERE false`;
}

interface ChangeStats {
  /** Changes in the range, each counted once. */
  applied: number;
  duplicates: number;
  lastChange: string | null;
  /** Order of the newest snapshot or truncate: everything before it is gone. */
  reset: string | null;
  /** Columns some change did not resend (unchanged TOAST). */
  toast: string[];
  /**
   * The snapshot the table restarts from, when the newest reset is the one snapshot of the range and its
   * rows are each there once with a key of their own (a table with a primary key, copied once): its rows
   * need no merge among themselves (`snapshotRewrite`). Null otherwise (no snapshot, a truncate after it,
   * an older snapshot in the range too, a file of it delivered twice, a declared key the source does not
   * enforce). `changesAfter`: whether any change follows it in the range.
   */
  snapshot: { lsn: string; rows: number; changesAfter: boolean } | null;
}

async function changeStats(engine: Engine, source: string, primaryKey: string[]): Promise<ChangeStats> {
  const present = new Set((await describe(engine, source)).map((c) => c.name));
  const keyed = primaryKey.every((k) => present.has(k));
  // A NULL key counts as no key, so a snapshot holding one is not taken for one with a key per row.
  const keyOf =
    primaryKey.length === 1
      ? sqlIdent(primaryKey[0])
      : `CASE WHEN ${primaryKey.map((k) => `${sqlIdent(k)} IS NOT NULL`).join(' AND ')} THEN struct_pack(${primaryKey.map((k) => `${sqlIdent(k)} := ${sqlIdent(k)}`).join(', ')}) END`;
  // One pass. Snapshot rows are counted by distinct key rather than by distinct change: when every row
  // has a key of its own, no row is there twice, and the key is narrower than the order.
  const stats = await engine.one(
    `SELECT count(*)::BIGINT AS n, max(_commit_ts)::VARCHAR AS last_change,
            min(_lsn) FILTER (WHERE _op = 'r')::VARCHAR AS first_snapshot, max(_lsn) FILTER (WHERE _op = 'r')::VARCHAR AS snapshot_lsn,
            max(__ord) FILTER (WHERE _op = 't')::VARCHAR AS truncated, count(*) FILTER (WHERE _op = 'r')::BIGINT AS snapshot_rows,
            ${keyed ? `count(DISTINCT ${keyOf}) FILTER (WHERE _op = 'r')::BIGINT` : 'NULL::BIGINT'} AS snapshot_keys,
            count(DISTINCT __ord) FILTER (WHERE _op <> 'r')::BIGINT AS others, max(__ord) FILTER (WHERE _op <> 'r')::VARCHAR AS last_other
     FROM (${source})`,
  );
  const toast = await engine.all(`SELECT DISTINCT unnest(_unchanged_toast) AS c FROM (${source}) ORDER BY 1`);
  const big = (v: unknown) => (v === null || v === undefined ? null : BigInt(v as string));
  // A snapshot's rows all carry its LSN (seq aside), so the newest snapshot keeps all its rows.
  const snapshotOrd = stats.snapshot_lsn === null ? null : big(stats.snapshot_lsn)! * BigInt(LSN_STEP);
  const truncated = big(stats.truncated);
  const reset = snapshotOrd !== null && (truncated === null || snapshotOrd > truncated) ? snapshotOrd : truncated;
  const snapshotRows = Number(stats.snapshot_rows);
  let applied: number;
  let snapshot: ChangeStats['snapshot'] = null;
  if (snapshotRows === 0) {
    applied = Number(stats.others);
  } else if (reset === snapshotOrd && stats.first_snapshot === stats.snapshot_lsn && Number(stats.snapshot_keys) === snapshotRows) {
    applied = snapshotRows + Number(stats.others);
    const lastOther = big(stats.last_other);
    snapshot = { lsn: String(stats.snapshot_lsn), rows: snapshotRows, changesAfter: lastOther !== null && lastOther >= reset! };
  } else {
    applied = Number((await engine.one(`SELECT count(DISTINCT __ord)::BIGINT AS n FROM (${source})`)).n);
  }
  return {
    applied,
    duplicates: Number(stats.n) - applied,
    lastChange: (stats.last_change as string | null) ?? null,
    reset: reset === null ? null : reset.toString(),
    toast: toast.map((r) => String(r.c)),
    snapshot,
  };
}

/**
 * The changes that count: from the newest snapshot or truncate on, truncates themselves aside; with
 * `once`, a change delivered twice (bronze is at-least-once) once. Deduplicating costs a window over all
 * the changes, so a build asks for it only when the stats found duplicates or the changes are few.
 */
function changesSql(source: string, reset: string | null, once: boolean): string {
  return `SELECT * FROM (${source}) WHERE _op <> 't'${reset === null ? '' : ` AND __ord >= ${reset}`}${once ? ' QUALIFY row_number() OVER (PARTITION BY __ord) = 1' : ''}`;
}

async function describe(engine: Engine, sql: string): Promise<Column[]> {
  return (await engine.all(`DESCRIBE SELECT * FROM (${sql})`)).map((c) => ({ name: String(c.column_name), type: String(c.column_type) }));
}

/** `sql` with values written under a column's old name carried into its new name (rows before the rename LSN). */
async function renamedSql(engine: Engine, sql: string, renames: NonNullable<CdcTableSchema['renames']>): Promise<{ sql: string; columns: Column[] }> {
  let columns = await describe(engine, sql);
  for (const rename of renames) {
    const has = (name: string) => columns.some((c) => c.name === name);
    if (!has(rename.from)) continue;
    const at = `CAST(${parseLsn(rename.at_lsn)} AS HUGEINT) * ${LSN_STEP}`;
    const next = has(rename.to) ? `CASE WHEN __ord < ${at} THEN ${sqlIdent(rename.from)} ELSE ${sqlIdent(rename.to)} END` : sqlIdent(rename.from);
    sql = `SELECT * EXCLUDE (${sqlIdent(rename.from)}${has(rename.to) ? `, ${sqlIdent(rename.to)}` : ''}), ${next} AS ${sqlIdent(rename.to)} FROM (${sql})`;
    columns = await describe(engine, sql);
  }
  return { sql, columns };
}

/**
 * Which file of `files` each key of `keysSql` belongs to (`__file`, its index), into `touched`: the one
 * with the greatest `first <= key`, else the first file (keys are compared as structs, lexicographically,
 * as ORDER BY sorts them). Returns the indexes of the files touched.
 */
async function assignFiles(engine: Engine, touched: string, keysSql: string, primaryKey: string[], keyTypes: Map<string, string>, files: CdcSilverFile[]): Promise<number[]> {
  const bounds = files.flatMap((f, i) =>
    f.first ? [`(${i}, struct_pack(${primaryKey.map((k, j) => `${sqlIdent(k)} := CAST(${sqlString(f.first![j])} AS ${keyTypes.get(k)})`).join(', ')}))`] : [],
  );
  const key = `struct_pack(${primaryKey.map((k) => `${sqlIdent(k)} := CAST(t.${sqlIdent(k)} AS ${keyTypes.get(k)})`).join(', ')})`;
  await engine.run(
    bounds.length === 0
      ? `CREATE OR REPLACE TEMP TABLE ${touched} AS SELECT *, 0 AS __file FROM (${keysSql})`
      : `CREATE OR REPLACE TEMP TABLE ${touched} AS
         SELECT t.*, coalesce(b.__file, 0) AS __file
         FROM (${keysSql}) t ASOF LEFT JOIN (SELECT * FROM (VALUES ${bounds.join(', ')}) v(__file, __first)) b ON ${key} >= b.__first`,
  );
  return (await engine.all(`SELECT DISTINCT __file FROM ${touched} ORDER BY 1`)).map((r) => Number(r.__file));
}

/** The rows of some files of the previous manifest, each tagged with its file's index (`__file`). */
async function storedRows(storage: LakeStorage, files: CdcSilverFile[], indexes: number[]): Promise<string> {
  const paths = await Promise.all(indexes.map((i) => storage.localPath(files[i].key)));
  const index = paths.map((p, j) => `(${sqlString(p)}, ${indexes[j]})`).join(', ');
  return `SELECT b.* EXCLUDE (__path), f.__file
          FROM read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false, filename = '__path') b
          JOIN (SELECT * FROM (VALUES ${index}) v(__path, __file)) f USING (__path)`;
}

/** Whether every row column of `changes` is a column of the stored files, of the same type. */
function fitsStoredColumns(changes: Column[], stored: Column[]): boolean {
  const known = new Map(stored.map((c) => [c.name, c.type]));
  return changes.every((c) => CHANGE_COLUMNS.includes(c.name) || known.get(c.name) === c.type);
}

interface WrittenFile extends CdcSilverFile {
  staged: string;
}

/** Keys sampled to cut a table into key ranges: plenty for the few dozen ranges of one build. */
const SAMPLE_KEYS = 20_000;

/** `key >= bound` (or `key < bound`), lexicographically over the key columns, with `bound` cast back from text. */
function keyBound(primaryKey: string[], keyTypes: Map<string, string>, bound: string[], op: '>=' | '<'): string {
  const value = (i: number) => `CAST(${sqlString(bound[i])} AS ${keyTypes.get(primaryKey[i])})`;
  const strict = op === '>=' ? '>' : '<';
  // Written out per column (not as a struct comparison) so that Parquet scans can skip row groups by it.
  const from = (i: number): string =>
    i === primaryKey.length - 1
      ? `${sqlIdent(primaryKey[i])} ${op} ${value(i)}`
      : `(${sqlIdent(primaryKey[i])} ${strict} ${value(i)} OR (${sqlIdent(primaryKey[i])} = ${value(i)} AND ${from(i + 1)}))`;
  return from(0);
}

/**
 * Writes a table part as files of consecutive key ranges, in key order: one file, or `ranges` files cut
 * at keys sampled from `keysSql`, each computed by its own query (`output(where)`: the part's rows whose
 * key satisfies `where`, in file order) so that memory is bounded by a file's worth, not the table's.
 * All rows of a key land in one file.
 */
async function writeByKeyRange(
  build: Build,
  part: { keysSql: string; output: (where: string) => string; ranges: number; primaryKey: string[]; keyTypes: Map<string, string> },
): Promise<WrittenFile[]> {
  const { engine } = build.ctx;
  const { primaryKey, keyTypes } = part;
  const key = primaryKey.map(sqlIdent).join(', ');
  const tuple = `[${primaryKey.map((k) => `CAST(${sqlIdent(k)} AS VARCHAR)`).join(', ')}]`;
  const bounds: string[][] = [];
  if (part.ranges > 1) {
    const sample = (
      await engine.all(
        `SELECT ${tuple} AS k FROM (SELECT ${key} FROM (${part.keysSql}) USING SAMPLE reservoir(${SAMPLE_KEYS} ROWS) REPEATABLE (1)) ORDER BY ${key}`,
      )
    ).map((r) => r.k as string[]);
    for (let j = 1; j < part.ranges; j++) {
      const bound = sample[Math.floor((j * sample.length) / part.ranges)];
      if (bound && JSON.stringify(bound) !== JSON.stringify(bounds.at(-1))) bounds.push(bound);
    }
  }
  const keyStruct = `struct_pack(${primaryKey.map((k) => `${sqlIdent(k)} := ${sqlIdent(k)}`).join(', ')})`;
  const written: WrittenFile[] = [];
  for (let j = 0; j <= bounds.length; j++) {
    const where = [j > 0 ? keyBound(primaryKey, keyTypes, bounds[j - 1], '>=') : '', j < bounds.length ? keyBound(primaryKey, keyTypes, bounds[j], '<') : '']
      .filter(Boolean)
      .join(' AND ');
    const { key, staged } = build.nextFile();
    await engine.run(`COPY (${part.output(where || 'true')}) TO ${sqlString(staged)} (FORMAT parquet)`);
    // The smallest and largest key as structs (compared as ORDER BY sorts them), cast to text once each.
    const text = (bound: string) => `[${primaryKey.map((k) => `CAST(${bound}.${sqlIdent(k)} AS VARCHAR)`).join(', ')}]`;
    const range = await engine.one(
      `SELECT rows, ${text('lo')} AS first, ${text('hi')} AS last
       FROM (SELECT count(*)::BIGINT AS rows, min(${keyStruct}) AS lo, max(${keyStruct}) AS hi FROM read_parquet(${sqlString(staged)}))`,
    );
    if (Number(range.rows) === 0) {
      await fs.rm(staged, { force: true });
      continue;
    }
    written.push({
      key,
      staged,
      rows: Number(range.rows),
      bytes: (await fs.stat(staged)).size,
      first: range.first as string[],
      last: range.last as string[],
    });
  }
  return written;
}

/**
 * Rewrites each affected file from `part(i)` (its rows that stay plus the new rows of its key range),
 * split when it grew past twice the target; an empty file of an empty table is cut like a first build.
 */
async function rewriteAffected(
  build: Build,
  rewritten: Map<number, WrittenFile[]>,
  job: {
    stored: Array<{ rows: number }>;
    affected: number[];
    part: (i: number) => Promise<string>;
    order: string;
    added: Map<number, number>;
    bytesPerRow: number;
    target: number;
    primaryKey: string[];
    keyTypes: Map<string, string>;
  },
): Promise<void> {
  for (const i of job.affected) {
    const part = await job.part(i);
    const rows = job.stored[i].rows + (job.added.get(i) ?? 0);
    rewritten.set(
      i,
      await writeByKeyRange(build, {
        keysSql: part,
        output: (where) => `SELECT * FROM (${part}) WHERE ${where} ORDER BY ${job.order}`,
        ranges: rangesFor(rows * job.bytesPerRow, job.target, job.stored[i].rows === 0),
        primaryKey: job.primaryKey,
        keyTypes: job.keyTypes,
      }),
    );
  }
}

/** How many files of about `target` bytes a part of `bytes` becomes: rewritten whole (`cut`), or kept whole unless past twice the target. */
function rangesFor(bytes: number, target: number, cut: boolean): number {
  if (!cut && bytes <= 2 * target) return 1;
  return Math.max(1, Math.round(bytes / target));
}

/** Estimated distinct keys of `sql` (HyperLogLog: one streaming pass over the key columns). */
async function approxKeys(engine: Engine, sql: string, primaryKey: string[]): Promise<number> {
  const { n } = await engine.one(`SELECT approx_count_distinct(struct_pack(${primaryKey.map((k) => `${sqlIdent(k)} := ${sqlIdent(k)}`).join(', ')}))::BIGINT AS n FROM (${sql})`);
  return Number(n);
}

/** An empty file with the table's columns: what an empty table consists of, so readers still see its schema. */
async function writeEmpty(build: Build, shapeSql: string): Promise<WrittenFile> {
  const { key, staged } = build.nextFile();
  await build.ctx.engine.run(`COPY (SELECT * FROM (${shapeSql}) LIMIT 0) TO ${sqlString(staged)} (FORMAT parquet)`);
  return { key, staged, rows: 0, bytes: (await fs.stat(staged)).size, first: null, last: null };
}

/** Publishes the new files, then the manifest (the commit), then deletes the files it replaced. */
async function commit(build: Build, manifestKey: string, manifest: CdcSilverManifest, files: Array<CdcSilverFile | WrittenFile>, previous: CdcSilverManifest | undefined) {
  const kept = new Set(cdcSilverFiles(manifest));
  await build.partition.commit({
    files: files.filter((f): f is WrittenFile => 'staged' in f),
    manifestKey,
    manifest,
    replaces: (previous ? cdcSilverFiles(previous) : []).filter((key) => !kept.has(key)),
  });
}

function manifestOf(
  build: Build,
  watermark: Lsn,
  stats: ChangeStats,
  previous: CdcSilverManifest | undefined,
  primaryKey: string[],
  columns: Column[],
  files: Array<CdcSilverFile | WrittenFile>,
): CdcSilverManifest {
  const fresh = files.filter((f): f is WrittenFile => 'staged' in f);
  return {
    layer: 'silver',
    table: build.table,
    batch_id: build.batchId,
    built_at: new Date().toISOString(),
    watermark_lsn: formatLsn(watermark),
    rows: files.reduce((n, f) => n + f.rows, 0),
    changes_applied: stats.applied,
    duplicates_skipped: stats.duplicates,
    last_commit_at: stats.lastChange ?? previous?.last_commit_at ?? null,
    primary_key: primaryKey,
    columns,
    files: files.map(({ key, rows, bytes, first, last }) => ({ key, rows, bytes, first, last })),
    files_written: fresh.length,
    bytes_written: fresh.reduce((n, f) => n + f.bytes, 0),
  };
}

/** Bytes per row of the previous files, to size the new ones; undefined when they do not tell. */
function bytesPerRowOf(previous: CdcSilverManifest | undefined): number | undefined {
  const files = previous?.files ?? [];
  const rows = files.reduce((n, f) => n + f.rows, 0);
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return rows > 0 && files.every((f) => f.bytes > 0) ? bytes / rows : undefined;
}

/** Bytes per row of the bronze files: a first estimate of silver's, before any silver file exists. */
async function bronzeBytesPerRow(engine: Engine, paths: string[]): Promise<number | undefined> {
  if (paths.length === 0) return undefined;
  const { bytes, rows } = await engine.one(
    `SELECT sum(file_size_bytes)::BIGINT AS bytes, sum(num_rows)::BIGINT AS rows FROM parquet_file_metadata([${paths.map(sqlString).join(', ')}])`,
  );
  return Number(rows) > 0 ? Number(bytes) / Number(rows) : undefined;
}

/** The reasons a build cannot reuse the previous files and rewrites all of them. */
function mustRewriteAll(previous: CdcSilverManifest | undefined, primaryKey: string[], renames: NonNullable<CdcTableSchema['renames']>, from: Lsn, reset: boolean): boolean {
  return (
    !previous ||
    reset ||
    previous.key !== undefined ||
    previous.files.length === 0 ||
    !previous.columns ||
    JSON.stringify(previous.primary_key) !== JSON.stringify(primaryKey) ||
    !primaryKey.every((k) => previous.columns!.some((c) => c.name === k)) ||
    renames.some((r) => parseLsn(r.at_lsn) > from)
  );
}

/**
 * What tells the current-state table and its SCD2 history apart: which rows a key's changes become, and
 * which stored rows of a changed key stay. Everything else about a build is shared (buildFileGroup).
 */
interface FileGroupKind {
  /** The table's directory and manifest name. */
  name: (table: string) => string;
  read: (storage: LakeStorage, table: string) => Promise<CdcSilverManifest | undefined>;
  manifestKey: (table: string) => string;
  /** Stored columns besides the key that are not values. */
  bookkeeping: string[];
  /** The order of a file's rows, given the key columns. */
  order: (key: string) => string;
  /** The stored rows of the changed keys, as the oldest change of their key (`combined` with the changes). */
  asBase: (rows: string) => string;
  /** The rows `combined` (stored rows and changes, with `__ord`) becomes. */
  rowsSql: (combined: string, primaryKey: string[], values: string[], toast: string[], extra: string[]) => string;
  /** Where the rows a rewritten file gains are counted (estimating its size): the changed keys or the new rows. */
  addedFrom: 'touched' | 'rows';
  /** The stored rows of a rewritten file that stay, from `file` (a scan), given the changed keys in `touched`. */
  kept: (file: string, select: string, key: string, touched: string) => string;
  /** A rewrite of all files: the table's columns, its rows by key range and an estimate of their number. */
  full: (input: FullInput) => Promise<FullRewrite>;
}

interface FullInput {
  engine: Engine;
  /** The rows of the previous files, as `storedRows` gives them; none after a snapshot or truncate. */
  stored: string | undefined;
  source: string;
  stats: ChangeStats;
  renames: NonNullable<CdcTableSchema['renames']>;
  primaryKey: string[];
  previous: CdcSilverManifest | undefined;
  /** A scratch table of the build, dropped after it. */
  relation: (name: string) => string;
}

interface FullRewrite {
  columns: Column[];
  keyTypes: Map<string, string>;
  /** The table's rows whose key satisfies `where`, in the columns of `columns`. */
  rows: (where: string) => string;
  keysSql: string;
  estimatedRows: () => Promise<number>;
}

/** Stored rows as the oldest version of their key: kept unless a change follows, and lending unchanged TOAST values. */
const asStoredVersion = (rows: string) =>
  `SELECT *, 'p' AS _op, CAST(_lsn AS HUGEINT) * ${LSN_STEP} AS __ord, NULL::VARCHAR[] AS _unchanged_toast FROM (${rows})`;

/** The current version of each changed key, back in the version chain: to be closed and to lend unchanged TOAST values. */
const asPrior = (rows: string) =>
  `SELECT * EXCLUDE (valid_from, valid_to, is_current), 'p' AS _op, valid_from AS _commit_ts,
          CAST(_lsn AS HUGEINT) * ${LSN_STEP} AS __ord, NULL::VARCHAR[] AS _unchanged_toast
   FROM (${rows}) WHERE is_current`;

const CURRENT_STATE: FileGroupKind = {
  name: (table) => table,
  read: readCdcSilverManifest,
  manifestKey: (table) => manifestKey('silver', table, 'current'),
  bookkeeping: ['_lsn', '_commit_ts'],
  order: (key) => key,
  asBase: asStoredVersion,
  rowsSql: mergeSql,
  addedFrom: 'touched',
  // Only the changed keys are merged; the other rows of their files are copied as they are.
  kept: (file, select, key, touched) => `SELECT ${select} FROM ${file} ANTI JOIN ${touched} USING (${key})`,
  async full(input) {
    const { engine, stored, source, stats, renames, primaryKey } = input;
    if (!stored && stats.snapshot) return snapshotRewrite(input, stats.snapshot);
    const base = stored && asStoredVersion(`SELECT * EXCLUDE (__file) FROM (${stored})`);
    const changed = changesSql(source, stats.reset, stats.duplicates > 0);
    const renamed = await renamedSql(engine, base ? `${base} UNION ALL BY NAME ${changed}` : changed, renames);
    const { columns, values, keyTypes, select } = currentColumns(renamed.columns, primaryKey);
    return {
      columns,
      keyTypes,
      rows: (where) => `SELECT ${select} FROM (${mergeSql(`SELECT * FROM (${renamed.sql}) WHERE ${where}`, primaryKey, values, toastColumns(stats, values), [])})`,
      keysSql: renamed.sql,
      estimatedRows: () => approxKeys(engine, renamed.sql, primaryKey),
    };
  },
};

/** The current-state table's columns (key, values, `_lsn`, `_commit_ts`) from those of its changes. */
function currentColumns(changeColumns: Column[], primaryKey: string[]) {
  const keyTypes = new Map(changeColumns.map((c) => [c.name, c.type]));
  const values = changeColumns.map((c) => c.name).filter((c) => !CHANGE_COLUMNS.includes(c) && !primaryKey.includes(c));
  const columns = [...primaryKey, ...values, '_lsn', '_commit_ts'].map((name) => ({ name, type: keyTypes.get(name)! }));
  return { columns, values, keyTypes, select: columns.map((c) => sqlIdent(c.name)).join(', ') };
}

/**
 * A rewrite of the current state from a snapshot whose rows each have a key of their own (ChangeStats):
 * the first build of a table, or the one after a re-snapshot. The snapshot's rows of the keys no later
 * change touches are current rows as they stand, so they are only filtered and sorted, never merged; the
 * changes after the snapshot (deduplicated) are merged once with the snapshot rows of their keys, by the
 * same rules (`mergeSql`), into a table of about their size. Either part spills past the memory limit.
 */
async function snapshotRewrite(input: FullInput, snapshot: NonNullable<ChangeStats['snapshot']>): Promise<FullRewrite> {
  const { engine, source, stats, renames, primaryKey, relation } = input;
  const key = primaryKey.map(sqlIdent).join(', ');
  const renamed = await renamedSql(engine, changesSql(source, stats.reset, false), renames);
  const { columns, values, keyTypes, select } = currentColumns(renamed.columns, primaryKey);
  const isSnapshot = `(_op = 'r' AND _lsn = ${snapshot.lsn})`;
  const snapshotRows = `SELECT * FROM (${renamed.sql}) WHERE ${isSnapshot}`;
  const shared = { columns, keyTypes, keysSql: renamed.sql };
  if (!snapshot.changesAfter) return { ...shared, rows: (where) => `SELECT ${select} FROM (${snapshotRows}) WHERE ${where}`, estimatedRows: async () => snapshot.rows };
  const later = relation('later');
  // The rows after the snapshot are `NOT isSnapshot`, written as two filters a Parquet scan can apply
  // by itself (skipping the snapshot's files by their LSN statistics) instead of reading every row whole.
  const after = `SELECT * FROM (${renamed.sql}) WHERE _lsn > ${snapshot.lsn} UNION ALL SELECT * FROM (${renamed.sql}) WHERE _lsn = ${snapshot.lsn} AND _op <> 'r'`;
  await engine.run(
    `CREATE OR REPLACE TEMP TABLE ${later} AS
     SELECT * FROM (${after})${stats.duplicates > 0 ? ' QUALIFY row_number() OVER (PARTITION BY __ord) = 1' : ''}`,
  );
  const laterRows = Number((await engine.one(`SELECT count(*)::BIGINT AS n FROM ${later}`)).n);
  const estimatedRows = async () => snapshot.rows + laterRows;
  const merged = relation('merged');
  const touched = `SELECT * FROM (${snapshotRows}) SEMI JOIN (SELECT ${key} FROM ${later}) USING (${key}) UNION ALL BY NAME SELECT * FROM ${later}`;
  await engine.run(`CREATE OR REPLACE TEMP TABLE ${merged} AS ${mergeSql(touched, primaryKey, values, toastColumns(stats, values), [])}`);
  return {
    ...shared,
    estimatedRows,
    rows: (where) =>
      `SELECT ${select} FROM (SELECT * FROM (${snapshotRows}) WHERE ${where}) ANTI JOIN (SELECT ${key} FROM ${later}) USING (${key})
       UNION ALL SELECT ${select} FROM ${merged} WHERE ${where}`,
  };
}

/**
 * The optional SCD2 history of a CDC table, `silver.<table>_history`: one row per version of each key,
 * with `valid_from` and `valid_to` (commit times; `valid_to` NULL for the current version) and
 * `is_current`, from the table's latest snapshot or truncate on. Versions take their values by the rules
 * of the current-state table (the whole row of the change; only unchanged TOAST values come from the key's
 * previous version). Stored in file groups under `silver/<table>_history/` like the current state, sorted
 * by key, `valid_from`, `_lsn`, `is_current`: a build rewrites only the files holding keys it changed
 * (closing each such key's current version and appending its new ones). A key's versions may continue
 * from one file into the next; its current version is always in the last of them, which is where the key
 * is looked up.
 */
const HISTORY: FileGroupKind = {
  name: historyTableOf,
  read: readCdcHistoryManifest,
  manifestKey: (table) => manifestKey('silver', historyTableOf(table), 'current'),
  bookkeeping: HISTORY_COLUMNS,
  // The current version of a key sorts last among its versions.
  order: (key) => `${key}, valid_from, _lsn, is_current`,
  asBase: asPrior,
  rowsSql: historySql,
  addedFrom: 'rows',
  // A changed key's current version is closed by its new versions; its older ones stay.
  kept: (file, select, key, touched) =>
    `SELECT ${select} FROM ${file} s
     LEFT JOIN (SELECT ${key}, true AS __hit FROM ${touched}) t USING (${key})
     WHERE NOT (s.is_current AND t.__hit IS NOT NULL)`,
  async full({ engine, stored: storedRowsSql, source, stats, renames, primaryKey, previous }) {
    const key = primaryKey.map(sqlIdent).join(', ');
    const changed = await renamedSql(engine, changesSql(source, stats.reset, true), renames);
    let combined = changed.sql;
    let kept: string | undefined;
    if (storedRowsSql) {
      // Stored versions predate any rename not applied yet: renamed with an order of their LSN.
      const stored = await renamedSql(engine, `SELECT * EXCLUDE (__file), CAST(_lsn AS HUGEINT) * ${LSN_STEP} AS __ord FROM (${storedRowsSql})`, renames);
      const changedKeys = `SELECT DISTINCT ${key}, true AS __hit FROM (${changed.sql})`;
      kept = `SELECT s.* EXCLUDE (__ord) FROM (${stored.sql}) s LEFT JOIN (${changedKeys}) t USING (${key}) WHERE NOT (s.is_current AND t.__hit IS NOT NULL)`;
      const prior = asPrior(`SELECT s.* EXCLUDE (__ord) FROM (${stored.sql}) s SEMI JOIN (${changedKeys}) t USING (${key})`);
      combined = `${prior} UNION ALL BY NAME ${changed.sql}`;
    }
    const described = await describe(engine, combined);
    const type = new Map(described.map((c) => [c.name, c.type]));
    const values = described.map((c) => c.name).filter((c) => !CHANGE_COLUMNS.includes(c) && !primaryKey.includes(c));
    const historyTypes: Record<string, string> = { valid_from: type.get('_commit_ts')!, valid_to: type.get('_commit_ts')!, is_current: 'BOOLEAN', _lsn: type.get('_lsn')! };
    const columns = [...[...primaryKey, ...values].map((name) => ({ name, type: type.get(name)! })), ...HISTORY_COLUMNS.map((name) => ({ name, type: historyTypes[name] }))];
    const select = columns.map((c) => sqlIdent(c.name)).join(', ');
    return {
      columns,
      keyTypes: type,
      rows: (where) => {
        const fresh = historySql(`SELECT * FROM (${combined}) WHERE ${where}`, primaryKey, values, toastColumns(stats, values), []);
        return `SELECT ${select} FROM (${kept ? `${kept} UNION ALL BY NAME ${fresh}` : fresh}) WHERE ${where}`;
      },
      keysSql: kept ? `SELECT ${key} FROM (${combined}) UNION ALL SELECT ${key} FROM (${kept})` : combined,
      estimatedRows: async () => stats.applied + (previous?.rows ?? 0),
    };
  },
};

/**
 * Brings `silver.<table>` up to `watermark` (see the module header). Returns `up-to-date` with the
 * current manifest when there was nothing to apply.
 */
export async function buildCdcSilver(
  ctx: BuildContext,
  table: string,
  tableSchema: CdcTableSchema | string[],
  watermark: Lsn,
  options: CdcSilverOptions = {},
): Promise<CdcSilverResult> {
  return buildFileGroup(ctx, CURRENT_STATE, table, Array.isArray(tableSchema) ? { primary_key: tableSchema } : tableSchema, watermark, options);
}

/** Brings `silver.<table>_history` up to `watermark` (see HISTORY). */
export async function buildCdcHistory(
  ctx: BuildContext,
  table: string,
  tableSchema: CdcTableSchema,
  watermark: Lsn,
  options: CdcSilverOptions = {},
): Promise<{ rows: number; manifest?: CdcSilverManifest }> {
  // The history starts at the first change: the source's columns alone make no empty history table.
  const result = await buildFileGroup(ctx, HISTORY, table, { ...tableSchema, columns: undefined }, watermark, options);
  return { rows: result.manifest?.rows ?? 0, manifest: result.manifest };
}

/** One build of a file group (module header): the changed files rewritten, or all of them. */
async function buildFileGroup(
  ctx: BuildContext,
  kind: FileGroupKind,
  table: string,
  tableSchema: CdcTableSchema,
  watermark: Lsn,
  options: CdcSilverOptions,
): Promise<CdcSilverResult> {
  const { primary_key: primaryKey, renames = [], failed, columns: sourceColumns } = tableSchema;
  if (failed) throw failedError(table, failed);
  const target = options.targetFileBytes ?? FALLBACK_TARGET_FILE_BYTES;
  const name = kind.name(table);
  const previous = await kind.read(ctx.storage, table);
  await collectOrphans(ctx.storage, `silver/${name}/`, previous);
  const from: Lsn = previous ? parseLsn(previous.watermark_lsn) : -1n;
  if (previous && watermark <= from) return { status: 'up-to-date', manifest: previous };
  const bronze = await changeFilesBetween(ctx.storage, table, from, watermark);
  if (bronze.length === 0 && (previous || !sourceColumns)) return previous ? { status: 'up-to-date', manifest: previous } : { status: 'up-to-date' };
  return runBuild(ctx, {
    kind: `cdc-${kind === HISTORY ? 'history' : 'silver'}`,
    step: async (partition): Promise<CdcSilverResult> => {
      const build = new Build(ctx, name, partition);
      const { engine, storage } = ctx;
      const changes = build.relation('changes');
      const touched = build.relation('touched');
      const fresh = build.relation('rows');
      const paths = await Promise.all(bronze.map((k) => storage.localPath(k)));
      const source = paths.length > 0 ? bronzeSql(paths, from, watermark) : typedEmptySql(sourceColumns!);
      const stats = await changeStats(engine, source, primaryKey);
      const key = primaryKey.map(sqlIdent).join(', ');
      const order = kind.order(key);
      const bytesPerRow = async () => bytesPerRowOf(previous) ?? (await bronzeBytesPerRow(engine, paths)) ?? 0;
      let full = mustRewriteAll(previous, primaryKey, renames, from, stats.reset !== null);
      let columns: Column[] = previous?.columns ?? [];
      let files: Array<CdcSilverFile | WrittenFile> = [];
      let shape = '';
      if (!full) {
        const renamed = await renamedSql(engine, changesSql(source, stats.reset, true), renames);
        // Files carried by reference keep their columns; a change that brings new ones rewrites them all, so every file has one schema.
        full = !fitsStoredColumns(renamed.columns, columns);
        if (!full) {
          await engine.run(`CREATE OR REPLACE TEMP TABLE ${changes} AS ${renamed.sql}`);
          const stored = previous!.files;
          const keyTypes = new Map(columns.map((c) => [c.name, c.type]));
          const affected = await assignFiles(engine, touched, `SELECT DISTINCT ${key} FROM ${changes}`, primaryKey, keyTypes, stored);
          const values = columns.map((c) => c.name).filter((c) => !primaryKey.includes(c) && !kind.bookkeeping.includes(c));
          const select = columns.map((c) => sqlIdent(c.name)).join(', ');
          const rewritten = new Map<number, WrittenFile[]>();
          if (affected.length > 0) {
            const base = kind.asBase(`SELECT s.* FROM (${await storedRows(storage, stored, affected)}) s SEMI JOIN ${touched} USING (${key})`);
            const combined = `${base} UNION ALL BY NAME SELECT c.*, t.__file FROM ${changes} c JOIN ${touched} t USING (${key})`;
            await engine.run(`CREATE OR REPLACE TEMP TABLE ${fresh} AS ${kind.rowsSql(combined, primaryKey, values, toastColumns(stats, values), ['__file'])}`);
            shape = `SELECT ${select} FROM ${fresh}`;
            const counted = kind.addedFrom === 'touched' ? touched : fresh;
            const added = new Map((await engine.all(`SELECT __file, count(*)::BIGINT AS n FROM ${counted} GROUP BY __file`)).map((r) => [Number(r.__file), Number(r.n)]));
            await rewriteAffected(build, rewritten, {
              stored,
              affected,
              part: async (i) =>
                `${kind.kept(`read_parquet(${sqlString(await storage.localPath(stored[i].key))})`, select, key, touched)}
                 UNION ALL BY NAME SELECT ${select} FROM ${fresh} WHERE __file = ${i}`,
              order,
              added,
              bytesPerRow: await bytesPerRow(),
              target,
              primaryKey,
              keyTypes,
            });
          }
          files = stored.flatMap((f, i) => rewritten.get(i) ?? [f]);
        }
      }
      if (full) {
        const all = previous && stats.reset === null && previous.files.length > 0 ? previous.files.map((_, i) => i) : [];
        const stored = all.length > 0 ? await storedRows(storage, previous!.files, all) : undefined;
        const rewrite = await kind.full({ engine, stored, source, stats, renames, primaryKey, previous, relation: (name) => build.relation(name) });
        columns = rewrite.columns;
        shape = rewrite.rows('true');
        const perRow = await bytesPerRow();
        files = await writeByKeyRange(build, {
          keysSql: rewrite.keysSql,
          output: (where) => `${rewrite.rows(where)} ORDER BY ${order}`,
          ranges: rangesFor((await rewrite.estimatedRows()) * perRow, target, true),
          primaryKey,
          keyTypes: rewrite.keyTypes,
        });
      }
      if (files.length === 0) files = [await writeEmpty(build, shape)];
      const manifest = manifestOf(build, watermark, stats, previous, primaryKey, columns, files);
      await commit(build, kind.manifestKey(table), manifest, files, previous);
      return { status: 'published', manifest };
    },
  });
}

/** The columns whose value a change may not have resent, among the table's values. */
function toastColumns(stats: ChangeStats, values: string[]): string[] {
  return stats.toast.filter((c) => values.includes(c) && c !== '_pg_text');
}

/**
 * `_pg_text` of a row version whose unchanged TOAST columns were filled from earlier versions: its own
 * entries plus those of the filled columns (`carried(i)` is the struct of column `toast[i]`, with `t`).
 */
function pgTextWithCarried(own: string, toast: string[], unchanged: (c: string) => string, carried: (i: number) => string): string {
  const entries = toast.map((t, i) => `{'key': ${sqlString(t)}, 'value': CASE WHEN ${unchanged(t)} THEN struct_extract(${carried(i)}, 't') END}`);
  const map = `map_concat(coalesce(${own}, MAP([]::VARCHAR[], []::VARCHAR[])), map_from_entries(list_filter([${entries.join(', ')}], e -> e.value IS NOT NULL)))`;
  return `CASE WHEN ${toast.map(unchanged).join(' OR ')} THEN (CASE WHEN cardinality(${map}) = 0 THEN NULL ELSE ${map} END) ELSE ${own} END`;
}

/**
 * The current state per key of `combined` (stored rows as `p` and changes, with `__ord`): the key's last
 * row, unless it is a delete, with each unchanged TOAST column from the newest earlier row that carried it.
 */
function mergeSql(combined: string, primaryKey: string[], values: string[], toast: string[], extra: string[]): string {
  const key = primaryKey.map(sqlIdent).join(', ');
  const pgText = values.includes('_pg_text');
  // The last row per key by a narrow aggregate joined back: the wide rows only stream (a window or an
  // arg_max over whole rows holds them all in memory). Needs each change once in `combined`.
  const last = `SELECT c.* FROM (${combined}) c SEMI JOIN (SELECT ${key}, max(__ord) AS __ord FROM (${combined}) GROUP BY ${key}) w USING (${key}, __ord)`;
  const unchanged = (c: string) => `coalesce(list_contains(l._unchanged_toast, ${sqlString(c)}), false)`;
  const carried = (i: number) => `k.__carried_${i}`;
  // The struct keeps a carried NULL apart from "not carried" (arg_max skips NULL values); only keys with a
  // change that did not resend a value are looked at.
  const carry = `SELECT ${key}, ${toast
    .map(
      (c, i) =>
        `arg_max(struct_pack(v := ${sqlIdent(c)}${pgText ? `, t := _pg_text[${sqlString(c)}]` : ''}), __ord)
           FILTER (WHERE _op <> 'd' AND NOT coalesce(list_contains(_unchanged_toast, ${sqlString(c)}), false)) AS __carried_${i}`,
    )
    .join(', ')}
    FROM (${combined}) c SEMI JOIN (SELECT DISTINCT ${key} FROM (${combined}) WHERE len(_unchanged_toast) > 0) s USING (${key})
    GROUP BY ${key}`;
  const value = (c: string) => {
    const i = toast.indexOf(c);
    if (i >= 0) return `CASE WHEN ${unchanged(c)} THEN struct_extract(${carried(i)}, 'v') ELSE l.${sqlIdent(c)} END AS ${sqlIdent(c)}`;
    if (c === '_pg_text' && toast.length > 0) return `${pgTextWithCarried('l._pg_text', toast, unchanged, carried)} AS _pg_text`;
    return `l.${sqlIdent(c)}`;
  };
  return `SELECT ${[...primaryKey.map((k) => `l.${sqlIdent(k)}`), ...values.map(value), 'l._lsn', 'l._commit_ts', ...extra.map((e) => `l.${sqlIdent(e)}`)].join(', ')}
          FROM (${last}) l${toast.length > 0 ? ` LEFT JOIN (${carry}) k USING (${key})` : ''}
          WHERE l._op <> 'd'`;
}

/** The versions of the keys in `combined`: one per change but deletes, each closed by the key's next change. */
function historySql(combined: string, primaryKey: string[], values: string[], toast: string[], extra: string[]): string {
  const key = primaryKey.map(sqlIdent).join(', ');
  const pgText = values.includes('_pg_text');
  const unchanged = (c: string) => `coalesce(list_contains(_unchanged_toast, ${sqlString(c)}), false)`;
  const carried = (i: number) => `__carried_${i}`;
  // The newest version up to this one that carried the column; the struct keeps a carried NULL apart from "not carried".
  const carry = toast.map(
    (c, i) =>
      `last_value(CASE WHEN _op <> 'd' AND NOT ${unchanged(c)} THEN struct_pack(v := ${sqlIdent(c)}${pgText ? `, t := _pg_text[${sqlString(c)}]` : ''}) END IGNORE NULLS) OVER w AS __carried_${i}`,
  );
  const value = (c: string) => {
    const i = toast.indexOf(c);
    if (i >= 0) return `CASE WHEN ${unchanged(c)} THEN struct_extract(${carried(i)}, 'v') ELSE ${sqlIdent(c)} END AS ${sqlIdent(c)}`;
    if (c === '_pg_text' && toast.length > 0) return `${pgTextWithCarried('_pg_text', toast, unchanged, carried)} AS _pg_text`;
    return sqlIdent(c);
  };
  return `SELECT ${[...primaryKey.map(sqlIdent), ...values.map(value), 'valid_from', 'valid_to', 'valid_to IS NULL AS is_current', '_lsn', ...extra.map(sqlIdent)].join(', ')}
          FROM (
            SELECT *, ${carry.map((c) => `${c}, `).join('')}_commit_ts AS valid_from,
                   lead(_commit_ts) OVER (PARTITION BY ${key} ORDER BY __ord) AS valid_to
            FROM (${combined})
            WINDOW w AS (PARTITION BY ${key} ORDER BY __ord ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
          WHERE _op <> 'd'`;
}
