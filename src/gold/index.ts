/**
 * Gold: business tables declared in config as SQL over silver and reference tables. A gold model is
 * built one month at a time: while its SQL runs, `silver.<table>` shows only that month's published
 * partition of each dependency, so the SQL needs no partition filter and a month is rebuilt exactly when
 * a silver partition under it changes. Each gold partition records its lineage (the silver partitions
 * and versions it read) so staleness is a comparison, not a guess.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cdcTablesOf, type LakeConfig } from '../config/index.ts';
import { cdcSilverFiles, cdcSilverManifestKey, readCdcSilverManifest } from '../silver/cdc.ts';
import { sqlIdent, sqlString, type Engine } from '../engine/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import type { PipelineEvents } from '../events/index.ts';
import { readSilverManifest, monthStartLiteral, monthEndLiteral } from '../silver/index.ts';
import { formatMonth, partitionDataKey, readJson, removeUnreferenced, tableDataKey, type LakeStorage, type Month } from '../storage/index.ts';

export interface GoldContext {
  config: LakeConfig;
  storage: LakeStorage;
  engine: Engine;
  workDir: string;
  events?: PipelineEvents;
}

export interface GoldPartitionManifest {
  layer: 'gold';
  model: string;
  month: string;
  key: string;
  batch_id: string;
  built_at: string;
  rows: number;
  sql_hash: string;
  lineage: Array<{ table: string; key: string; batch_id: string } | { table: string; missing: true }>;
}

export type GoldResult =
  | { status: 'published'; manifest: GoldPartitionManifest; durationMs: number }
  | { status: 'no-input'; model: string; month: string; reason: string };

export function goldManifestKey(model: string, month: Month): string {
  return `_lake/partitions/gold/${model}/${formatMonth(month)}.json`;
}

export async function readGoldManifest(storage: LakeStorage, model: string, month: Month): Promise<GoldPartitionManifest | undefined> {
  return readJson<GoldPartitionManifest>(storage, goldManifestKey(model, month));
}

export function goldModelsDependingOn(config: LakeConfig, silverTable: string): string[] {
  return Object.entries(config.gold)
    .filter(([, model]) => model.depends_on.includes(silverTable))
    .map(([name]) => name);
}

export function goldSqlHash(config: LakeConfig, model: string): string {
  return createHash('sha256').update(JSON.stringify(config.gold[model])).digest('hex').slice(0, 16);
}

/** Reference tables as views `ref.<name>`, read from their files. */
export async function attachReferenceViews(engine: Engine, config: LakeConfig): Promise<void> {
  await engine.run(`CREATE SCHEMA IF NOT EXISTS ref`);
  for (const [name, reference] of Object.entries(config.reference)) {
    const reader = reference.path.endsWith('.parquet') ? 'read_parquet' : 'read_csv';
    await engine.run(`CREATE OR REPLACE VIEW ref.${sqlIdent(name)} AS SELECT * FROM ${reader}(${sqlString(reference.path)})`);
  }
}

export async function buildGoldMonth(ctx: GoldContext, model: string, month: Month): Promise<GoldResult> {
  const def = ctx.config.gold[model];
  if (!def) {
    throw new LakeError(`unknown gold model '${model}'`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `configured gold models: ${Object.keys(ctx.config.gold).join(', ') || '(none)'}`,
    });
  }
  const started = Date.now();
  const lineage: GoldPartitionManifest['lineage'] = [];
  const schema = `gold_input_${model}`;
  const batchId = `${formatMonth(month)}-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const workDir = path.join(ctx.workDir, `${process.pid}-gold-${batchId}`);
  try {
    await attachReferenceViews(ctx.engine, ctx.config);
    // The model's SQL says `silver.x`; it runs against a private schema of month-restricted views.
    await ctx.engine.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`);
    for (const table of def.depends_on) {
      const manifest = await readSilverManifest(ctx.storage, table, month);
      let body: string;
      if (manifest) {
        lineage.push({ table, key: manifest.key, batch_id: manifest.batch_id });
        body = `SELECT * FROM read_parquet(${sqlString(await ctx.storage.localPath(manifest.key))}, hive_partitioning = false)`;
      } else {
        lineage.push({ table, missing: true });
        const columns = Object.entries(ctx.config.silver.tables[table].columns);
        body = `SELECT ${columns.map(([name, c]) => `NULL::${c.type} AS ${sqlIdent(name)}`).join(', ')} WHERE false`;
      }
      await ctx.engine.run(`CREATE OR REPLACE VIEW ${sqlIdent(schema)}.${sqlIdent(table)} AS ${body}`);
    }
    if (lineage.every((l) => 'missing' in l)) {
      return { status: 'no-input', model, month: formatMonth(month), reason: `no silver partition of ${def.depends_on.join(', ')} for ${formatMonth(month)}` };
    }
    const sql = def.sql
      .replaceAll('{month_start}', monthStartLiteral(month))
      .replaceAll('{month_end}', monthEndLiteral(month))
      .replace(/\bsilver\.(?=[a-z_"])/g, `${sqlIdent(schema)}.`);
    return await publishModel(ctx, model, sql, {
      label: formatMonth(month),
      key: partitionDataKey('gold', model, month, batchId),
      manifestKey: goldManifestKey(model, month),
      workDir,
      batchId,
      lineage,
      started,
    });
  } catch (error) {
    const lakeError = toLakeError(error);
    ctx.events?.emit({ type: 'gold.failed', model, month: formatMonth(month), error: lakeError });
    throw lakeError;
  } finally {
    await ctx.engine.run(`DROP SCHEMA IF EXISTS ${sqlIdent(schema)} CASCADE`).catch(() => {});
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/** Runs the model's SQL into a staged file, publishes it atomically, then records its manifest. */
async function publishModel(
  ctx: GoldContext,
  model: string,
  sql: string,
  target: { label: string; key: string; manifestKey: string; workDir: string; batchId: string; lineage: GoldPartitionManifest['lineage']; started: number },
): Promise<GoldResult> {
  await fs.mkdir(target.workDir, { recursive: true });
  const staged = path.join(target.workDir, 'gold.parquet');
  await ctx.engine.run(`COPY (${sql}) TO ${sqlString(staged)} (FORMAT parquet)`);
  const { n } = await ctx.engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(staged)})`);
  await ctx.storage.publishFile(target.key, staged, { move: true });
  const manifest: GoldPartitionManifest = {
    layer: 'gold',
    model,
    month: target.label,
    key: target.key,
    batch_id: target.batchId,
    built_at: new Date().toISOString(),
    rows: Number(n),
    sql_hash: goldSqlHash(ctx.config, model),
    lineage: target.lineage,
  };
  // The commit point; the version it replaced (and any file of a writer that died) goes after it.
  await ctx.storage.writeText(target.manifestKey, JSON.stringify(manifest, null, 2));
  await removeUnreferenced(ctx.storage, target.key.slice(0, target.key.lastIndexOf('/') + 1), [target.key]);
  const durationMs = Date.now() - target.started;
  ctx.events?.emit({ type: 'gold.published', model, month: target.label, rows: manifest.rows, durationMs });
  return { status: 'published', manifest, durationMs };
}

/** CDC silver tables are current-state tables, not monthly partitions. */
export function cdcTableNames(config: LakeConfig): Set<string> {
  return new Set(Object.values(config.sources).flatMap((s) => cdcTablesOf(s).map((t) => t.name)));
}

export function isWholeTableModel(config: LakeConfig, model: string): boolean {
  const cdc = cdcTableNames(config);
  return config.gold[model]?.depends_on.every((t) => cdc.has(t)) ?? false;
}

export function wholeGoldManifestKey(model: string): string {
  return `_lake/partitions/gold/${model}/current.json`;
}

/**
 * A gold model over CDC tables: rebuilt whole, from the current silver state, whenever a table under it
 * was rebuilt. `{month_start}`/`{month_end}` have no meaning here and are refused by the SQL itself.
 */
export async function buildGoldWhole(ctx: GoldContext, model: string): Promise<GoldResult> {
  const def = ctx.config.gold[model];
  const started = Date.now();
  const schema = `gold_input_${model}`;
  const batchId = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const workDir = path.join(ctx.workDir, `${process.pid}-gold-${batchId}`);
  const lineage: GoldPartitionManifest['lineage'] = [];
  try {
    await attachReferenceViews(ctx.engine, ctx.config);
    await ctx.engine.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`);
    for (const table of def.depends_on) {
      const manifest = await readCdcSilverManifest(ctx.storage, table);
      if (!manifest) return { status: 'no-input', model, month: 'all', reason: `silver.${table} has not been built yet` };
      lineage.push({ table, key: cdcSilverManifestKey(table), batch_id: manifest.batch_id });
      // Exactly the files of that silver commit (never a glob, which may catch a commit half-way).
      const files = await Promise.all(cdcSilverFiles(manifest).map((key) => ctx.storage.localPath(key)));
      await ctx.engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(schema)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)`,
      );
    }
    const sql = def.sql.replace(/\bsilver\.(?=[a-z_"])/g, `${sqlIdent(schema)}.`);
    return await publishModel(ctx, model, sql, {
      label: 'all',
      key: tableDataKey('gold', model, batchId),
      manifestKey: wholeGoldManifestKey(model),
      workDir,
      batchId,
      lineage,
      started,
    });
  } catch (error) {
    const lakeError = toLakeError(error);
    ctx.events?.emit({ type: 'gold.failed', model, month: 'all', error: lakeError });
    throw lakeError;
  } finally {
    await ctx.engine.run(`DROP SCHEMA IF EXISTS ${sqlIdent(schema)} CASCADE`).catch(() => {});
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/**
 * `lake validate`'s check of the SQL a config carries: each monthly gold model and each `expression`
 * check is bound (not run) by DuckDB against empty views typed as the config declares the silver
 * tables, so a misspelt column fails at validation rather than at the first build. Models over CDC
 * tables are left to their first build: their columns come from Postgres.
 */
export async function bindConfigSql(engine: Engine, config: LakeConfig): Promise<Array<{ path: string; message: string }>> {
  const problems: Array<{ path: string; message: string }> = [];
  const schema = 'lake_validate';
  const bind = async (path: string, sql: string) => {
    try {
      await engine.all(`DESCRIBE ${sql}`);
    } catch (error) {
      problems.push({ path, message: `DuckDB cannot bind it: ${(error as Error).message.replace(/^DuckDB: /, '').split('\n')[0]}` });
    }
  };
  try {
    await attachReferenceViews(engine, config).catch((error: Error) => problems.push({ path: 'reference', message: error.message }));
    await engine.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    for (const [table, def] of Object.entries(config.silver.tables)) {
      const columns = Object.entries(def.columns).map(([name, c]) => `NULL::${c.type} AS ${sqlIdent(name)}`);
      const extra = ['NULL::VARCHAR AS unique_row_id', 'NULL::VARCHAR AS _source', 'NULL::BIGINT AS _row', 'NULL::VARCHAR AS _batch_id'];
      await engine.run(`CREATE OR REPLACE VIEW ${schema}.${sqlIdent(table)} AS SELECT ${[...columns, ...extra].join(', ')} WHERE false`);
      for (const [index, check] of def.checks.entries()) {
        if (check.kind === 'expression') await bind(`silver.tables.${table}.checks.${index}.sql`, `SELECT (${check.sql}) FROM ${schema}.${sqlIdent(table)}`);
      }
    }
    const cdc = cdcTableNames(config);
    for (const [model, def] of Object.entries(config.gold)) {
      if (def.depends_on.some((t) => cdc.has(t))) continue;
      const month = { year: 2000, month: 1 };
      const sql = def.sql
        .replaceAll('{month_start}', monthStartLiteral(month))
        .replaceAll('{month_end}', monthEndLiteral(month))
        .replace(/\bsilver\.(?=[a-z_"])/g, `${schema}.`);
      await bind(`gold.${model}.sql`, sql);
    }
  } finally {
    await engine.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
  }
  return problems;
}
