/**
 * Silver for CDC tables: the current state per primary key, `silver/<table>/data.parquet`, built
 * incrementally: the previous state plus the bronze changes above its watermark and at or below the
 * source's flushed position (so a transaction is applied whole or not at all).
 *
 * Rules, in commit order (`_lsn`, then `_seq`): a change seen twice (bronze is at-least-once) counts
 * once; a snapshot restarts the table at its LSN; a truncate empties it from that point; the last change
 * per key decides whether the row exists (a delete needs only the key, so REPLICA IDENTITY DEFAULT
 * works); each column takes its newest value, skipping updates where Postgres did not resend an
 * unchanged TOAST value, so such a column keeps its previous value.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lsnRangeOfKey, CDC_METADATA_COLUMNS } from '../bronze/cdc.ts';
import { sqlIdent, sqlString, type Engine } from '../engine/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import { formatLsn, parseLsn, type Lsn } from '../ingest/postgres/lsn.ts';
import { columnTypeOf } from '../ingest/postgres/types.ts';
import type { PipelineEvents } from '../observability/events.ts';
import type { LakeStorage } from '../storage/index.ts';

export interface CdcSilverContext {
  storage: LakeStorage;
  engine: Engine;
  workDir: string;
  events?: PipelineEvents;
}

export interface CdcSilverManifest {
  layer: 'silver';
  table: string;
  key: string;
  batch_id: string;
  built_at: string;
  /** Changes at or below this LSN are applied. */
  watermark_lsn: string;
  rows: number;
  changes_applied: number;
  duplicates_skipped: number;
  /** Commit time of the newest applied change: what freshness is measured on. */
  last_commit_at: string | null;
}

export function cdcSilverManifestKey(table: string): string {
  return `_lake/partitions/silver/${table}/current.json`;
}

export async function readCdcSilverManifest(storage: LakeStorage, table: string): Promise<CdcSilverManifest | undefined> {
  const text = await storage.readText(cdcSilverManifestKey(table));
  return text ? (JSON.parse(text) as CdcSilverManifest) : undefined;
}

const ORD = `(CAST(_lsn AS HUGEINT) * 4294967296 + (_seq + 1))`;

/** Carries values written under a column's old name into its new name (values before the rename LSN). */
async function applyRenames(engine: Engine, relation: string, renames: NonNullable<CdcTableSchema['renames']>) {
  let described = await engine.all(`DESCRIBE ${relation}`);
  for (const rename of renames) {
    const has = (name: string) => described.some((c) => c.column_name === name);
    if (!has(rename.from)) continue;
    const at = `CAST(${parseLsn(rename.at_lsn)} AS HUGEINT) * 4294967296`;
    const next = has(rename.to) ? `CASE WHEN _ord < ${at} THEN ${sqlIdent(rename.from)} ELSE ${sqlIdent(rename.to)} END` : sqlIdent(rename.from);
    await engine.run(
      `CREATE OR REPLACE TEMP TABLE ${relation} AS SELECT * EXCLUDE (${sqlIdent(rename.from)}${has(rename.to) ? `, ${sqlIdent(rename.to)}` : ''}), ${next} AS ${sqlIdent(rename.to)} FROM ${relation}`,
    );
    described = await engine.all(`DESCRIBE ${relation}`);
  }
  return described;
}

export interface CdcTableSchema {
  primary_key: string[];
  renames?: Array<{ from: string; to: string; at_lsn: string }>;
  /** A schema change silver cannot follow: the table fails, other tables go on. */
  failed?: string;
  /** Source columns, so an empty table still gets a typed (empty) silver table. */
  columns?: Array<{ name: string; typeOid: number; typeMod: number }>;
}

export async function buildCdcSilver(
  ctx: CdcSilverContext,
  table: string,
  schema: CdcTableSchema | string[],
  watermark: Lsn,
): Promise<{ status: 'published' | 'up-to-date'; manifest?: CdcSilverManifest }> {
  const { primary_key: primaryKey, renames = [], failed, columns: sourceColumns } = Array.isArray(schema) ? ({ primary_key: schema } as CdcTableSchema) : schema;
  if (failed) {
    throw new LakeError(`silver.${table} cannot follow a schema change: ${failed}`, {
      kind: 'mapping',
      retry: 'needs-person',
      remedy: `bronze keeps every change; re-snapshot the table (lake snapshot --source <source> --table ${table}) to restart silver from its new shape`,
    });
  }
  const previous = await readCdcSilverManifest(ctx.storage, table);
  const from: Lsn = previous ? parseLsn(previous.watermark_lsn) : -1n;
  if (previous && watermark <= from) return { status: 'up-to-date', manifest: previous };
  const keys = (await ctx.storage.list(`bronze/${table}/`)).filter((key) => {
    const range = lsnRangeOfKey(key);
    return range !== undefined && range.max > from && range.min <= watermark;
  });
  if (keys.length === 0 && previous) return { status: 'up-to-date', manifest: previous };
  const batchId = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const workDir = path.join(ctx.workDir, `${process.pid}-cdc-silver-${batchId}`);
  await fs.mkdir(workDir, { recursive: true });
  const changes = `cdc_changes_${table}`;
  const combined = `cdc_combined_${table}`;
  try {
    const files = await Promise.all(keys.map((key) => ctx.storage.localPath(key)));
    const lower = from < 0n ? '' : `AND _lsn > ${from}`;
    // The bronze metadata columns, for a change table that has no rows to take them from.
    const noChanges = `NULL::VARCHAR AS _op, NULL::UBIGINT AS _lsn, NULL::UBIGINT AS _xid, NULL::TIMESTAMPTZ AS _commit_ts,
      NULL::BIGINT AS _seq, NULL::VARCHAR[] AS _unchanged_toast WHERE false`;
    let duplicates = 0;
    if (files.length > 0) {
      await ctx.engine.run(
        `CREATE OR REPLACE TEMP TABLE ${changes} AS
         SELECT *, row_number() OVER (PARTITION BY _lsn, _seq) AS _copies
         FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)
         WHERE _lsn <= ${watermark} ${lower}`,
      );
      // Bronze is at-least-once: a change delivered again after a crash counts once.
      duplicates = Number((await ctx.engine.one(`SELECT count(*) FILTER (WHERE _copies > 1)::BIGINT AS n FROM ${changes}`)).n);
      await ctx.engine.run(`DELETE FROM ${changes} WHERE _copies > 1`);
      await ctx.engine.run(`ALTER TABLE ${changes} DROP COLUMN _copies`);
    } else if (!previous) {
      if (!sourceColumns) return { status: 'up-to-date' };
      // An empty source table: an empty silver table with its columns, so queries and gold work.
      const typed = sourceColumns.map((c) => `NULL::${columnTypeOf(c.typeOid, c.typeMod).duckdb} AS ${sqlIdent(c.name)}`);
      await ctx.engine.run(`CREATE OR REPLACE TEMP TABLE ${changes} AS SELECT ${typed.join(', ')}, ${noChanges}`);
    } else {
      // Nothing new but a previous state: rebuilt as is (a watermark move only).
      await ctx.engine.run(`CREATE OR REPLACE TEMP TABLE ${changes} AS SELECT ${noChanges}`);
    }
    const stats = await ctx.engine.one(
      `SELECT count(*)::BIGINT AS n, max(_commit_ts)::VARCHAR AS last_change,
              max(CASE WHEN _op = 'r' THEN CAST(_lsn AS HUGEINT) * 4294967296 WHEN _op = 't' THEN ${ORD} END)::VARCHAR AS reset
       FROM ${changes}`,
    );
    const applied = Number(stats.n);
    const reset = stats.reset === null ? null : String(stats.reset);
    const base =
      previous && reset === null
        ? `SELECT *, 'p' AS _op, CAST(_lsn AS HUGEINT) * 4294967296 AS _ord, NULL::VARCHAR[] AS _unchanged_toast
           FROM read_parquet(${sqlString(await ctx.storage.localPath(previous.key))})`
        : undefined;
    const fresh = `SELECT * EXCLUDE (_xid), ${ORD} AS _ord FROM ${changes} WHERE _op <> 't'${reset === null ? '' : ` AND ${ORD} >= ${reset}`}`;
    await ctx.engine.run(`CREATE OR REPLACE TEMP TABLE ${combined} AS ${base ? `${base} UNION ALL BY NAME ${fresh}` : fresh}`);
    const described = await applyRenames(ctx.engine, combined, renames);
    const metadata = new Set<string>([...CDC_METADATA_COLUMNS, '_ord']);
    const columns = described.map((c) => String(c.column_name)).filter((c) => !metadata.has(c));
    const key = primaryKey.map(sqlIdent).join(', ');
    const valueColumns = columns.filter((c) => !primaryKey.includes(c));
    const pick = valueColumns.map(
      (c) => `arg_max(${sqlIdent(c)}, _ord) FILTER (WHERE _op <> 'd' AND NOT coalesce(list_contains(_unchanged_toast, ${sqlString(c)}), false)) AS ${sqlIdent(c)}`,
    );
    const staged = path.join(workDir, 'silver.parquet');
    await ctx.engine.run(
      `COPY (
         SELECT ${[...primaryKey.map(sqlIdent), ...valueColumns.map(sqlIdent), '_lsn', '_commit_ts'].join(', ')} FROM (
           SELECT ${key}, ${[...pick, `arg_max(_op, _ord) AS _last_op`, `CAST(max(_ord) // 4294967296 AS UBIGINT) AS _lsn`, `arg_max(_commit_ts, _ord) AS _commit_ts`].join(', ')}
           FROM ${combined} GROUP BY ${key})
         WHERE _last_op <> 'd'
         ORDER BY ${key})
       TO ${sqlString(staged)} (FORMAT parquet)`,
    );
    const summary = await ctx.engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(staged)})`);
    const dataKey = `silver/${table}/data.parquet`;
    await ctx.storage.publishFile(dataKey, staged, { move: true });
    const manifest: CdcSilverManifest = {
      layer: 'silver',
      table,
      key: dataKey,
      batch_id: batchId,
      built_at: new Date().toISOString(),
      watermark_lsn: formatLsn(watermark),
      rows: Number(summary.n),
      changes_applied: applied,
      duplicates_skipped: duplicates,
      last_commit_at: (stats.last_change as string | null) ?? previous?.last_commit_at ?? null,
    };
    await ctx.storage.writeText(cdcSilverManifestKey(table), JSON.stringify(manifest, null, 2));
    return { status: 'published', manifest };
  } catch (error) {
    throw toLakeError(error);
  } finally {
    await ctx.engine.run(`DROP TABLE IF EXISTS ${changes}`).catch(() => {});
    await ctx.engine.run(`DROP TABLE IF EXISTS ${combined}`).catch(() => {});
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

export function cdcHistoryManifestKey(table: string): string {
  return `_lake/partitions/silver/${table}_history/current.json`;
}

/**
 * The optional SCD2 history of a CDC table, `silver/<table>_history/data.parquet`: one row per version
 * of each key with `valid_from` and `valid_to` (commit times) and `is_current`. Rebuilt from bronze up to
 * the watermark, from the table's latest snapshot or truncate on. Unchanged TOAST values are carried from
 * the previous version, as in the current-state table.
 */
export async function buildCdcHistory(ctx: CdcSilverContext, table: string, schema: CdcTableSchema, watermark: Lsn): Promise<{ rows: number }> {
  const keys = (await ctx.storage.list(`bronze/${table}/`)).filter((key) => (lsnRangeOfKey(key)?.min ?? 0n) <= watermark);
  if (keys.length === 0) return { rows: 0 };
  const files = await Promise.all(keys.map((key) => ctx.storage.localPath(key)));
  const batchId = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const workDir = path.join(ctx.workDir, `${process.pid}-cdc-history-${batchId}`);
  await fs.mkdir(workDir, { recursive: true });
  const history = `cdc_history_${table}`;
  try {
    await ctx.engine.run(
      `CREATE OR REPLACE TEMP TABLE ${history} AS
       WITH changes AS (
         SELECT * EXCLUDE (_copies) FROM (
           SELECT *, row_number() OVER (PARTITION BY _lsn, _seq) AS _copies
           FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)
           WHERE _lsn <= ${watermark})
         WHERE _copies = 1),
       reset AS (SELECT coalesce(max(CASE WHEN _op = 'r' THEN CAST(_lsn AS HUGEINT) * 4294967296 WHEN _op = 't' THEN ${ORD} END), -1) AS at FROM changes)
       SELECT * EXCLUDE (_xid), ${ORD} AS _ord FROM changes, reset WHERE _op <> 't' AND ${ORD} >= reset.at`,
    );
    const described = await applyRenames(ctx.engine, history, schema.renames ?? []);
    const metadata = new Set<string>([...CDC_METADATA_COLUMNS, '_ord', 'at']);
    const columns = described.map((c) => String(c.column_name)).filter((c) => !metadata.has(c));
    const key = schema.primary_key.map(sqlIdent).join(', ');
    const values = columns.filter((c) => !schema.primary_key.includes(c));
    // A struct wrapper lets IGNORE NULLS skip only rows that did not carry the value, not NULL values.
    const carried = values.map(
      (c) =>
        `(last_value(CASE WHEN _op <> 'd' AND NOT coalesce(list_contains(_unchanged_toast, ${sqlString(c)}), false) THEN struct_pack(v := ${sqlIdent(c)}) END IGNORE NULLS) OVER w).v AS ${sqlIdent(c)}`,
    );
    const staged = path.join(workDir, 'history.parquet');
    await ctx.engine.run(
      `COPY (
         SELECT ${[...schema.primary_key.map(sqlIdent), ...values.map(sqlIdent)].join(', ')},
                valid_from, valid_to, valid_to IS NULL AS is_current, _lsn
         FROM (
           SELECT ${key}, ${carried.join(', ')}, _op, _lsn, _commit_ts AS valid_from,
                  lead(_commit_ts) OVER (PARTITION BY ${key} ORDER BY _ord) AS valid_to
           FROM ${history}
           WINDOW w AS (PARTITION BY ${key} ORDER BY _ord ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
         WHERE _op <> 'd'
         ORDER BY ${key}, valid_from)
       TO ${sqlString(staged)} (FORMAT parquet)`,
    );
    const { n } = await ctx.engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(staged)})`);
    await ctx.storage.publishFile(`silver/${table}_history/data.parquet`, staged, { move: true });
    await ctx.storage.writeText(
      cdcHistoryManifestKey(table),
      JSON.stringify({ layer: 'silver', table: `${table}_history`, key: `silver/${table}_history/data.parquet`, watermark_lsn: formatLsn(watermark), rows: Number(n), built_at: new Date().toISOString() }, null, 2),
    );
    return { rows: Number(n) };
  } finally {
    await ctx.engine.run(`DROP TABLE IF EXISTS ${history}`).catch(() => {});
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
