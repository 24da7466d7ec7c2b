/**
 * Gold: business tables declared in config as SQL over silver and reference tables. A gold model is
 * built one month at a time: while its SQL runs, `silver.<table>` shows only that month's published
 * partition of each dependency, so the SQL needs no partition filter and a month is rebuilt exactly when
 * a silver partition under it changes. Each gold partition records its lineage (the silver partitions
 * and versions it read) so staleness is a comparison, not a guess.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { catalog, type LakeConfig } from '../config/index.ts';
import { cdcSilverFiles, readCdcSilverManifest } from '../silver/cdc.ts';
import { runBuild, sqlIdent, sqlString, type BuildContext, type Engine } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';
import { readSilverManifest, monthStartLiteral, monthEndLiteral } from '../silver/index.ts';
import { formatMonth, manifestKey, partitionDataKey, readManifest, tableDataKey, type LakeStorage, type Month } from '../storage/index.ts';

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

export async function readGoldManifest(storage: LakeStorage, model: string, month: Month): Promise<GoldPartitionManifest | undefined> {
  return readManifest<GoldPartitionManifest>(storage, 'gold', model, month);
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

/** A month of a model: while its SQL runs, `silver.<table>` is that month's published partition. */
export async function buildGoldMonth(ctx: BuildContext, model: string, month: Month): Promise<GoldResult> {
  return buildGold(ctx, model, {
    month,
    key: (batchId) => partitionDataKey('gold', model, month, batchId),
    manifestKey: manifestKey('gold', model, month),
    async input(table) {
      const manifest = await readSilverManifest(ctx.storage, table, month);
      if (manifest) {
        return {
          lineage: { table, key: manifest.key, batch_id: manifest.batch_id },
          body: `SELECT * FROM read_parquet(${sqlString(await ctx.storage.localPath(manifest.key))}, hive_partitioning = false)`,
        };
      }
      // A dependency without this month reads as empty (typed as configured), unless all of them are.
      const columns = Object.entries(ctx.config.silver.tables[table].columns);
      return { lineage: { table, missing: true }, body: `SELECT ${columns.map(([name, c]) => `NULL::${c.type} AS ${sqlIdent(name)}`).join(', ')} WHERE false` };
    },
    noInput: (lineage, def) =>
      lineage.every((l) => 'missing' in l) ? `no silver partition of ${def.depends_on.join(', ')} for ${formatMonth(month)}` : undefined,
  });
}

/** Where one build of a model reads its inputs and publishes its output. */
interface GoldScope {
  /** The month built; none for a whole model. */
  month?: Month;
  key: (batchId: string) => string;
  manifestKey: string;
  /** A dependency as the body of the view `silver.<table>` and its lineage entry (no body: it has no input). */
  input: (table: string) => Promise<{ lineage: GoldPartitionManifest['lineage'][number]; body?: string }>;
  /** Why the model has nothing to build from, if so. */
  noInput: (lineage: GoldPartitionManifest['lineage'], def: LakeConfig['gold'][string]) => string | undefined;
}

/**
 * Runs the model's SQL against a private schema of views, one per dependency, into a staged file, and
 * publishes it; its manifest records the model's SQL hash and the silver versions it read.
 */
async function buildGold(ctx: BuildContext, model: string, scope: GoldScope): Promise<GoldResult> {
  const def = ctx.config.gold[model];
  if (!def) {
    throw new LakeError(`unknown gold model '${model}'`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `configured gold models: ${Object.keys(ctx.config.gold).join(', ') || '(none)'}`,
    });
  }
  const label = scope.month ? formatMonth(scope.month) : 'all';
  const schema = `gold_input_${model}`;
  return runBuild(ctx, {
    kind: 'gold',
    label: scope.month && label,
    failed: (error) => ({ type: 'gold.failed', model, month: label, error }),
    step: async ({ batchId, workDir, afterwards, commit }): Promise<GoldResult> => {
      afterwards(() => ctx.engine.run(`DROP SCHEMA IF EXISTS ${sqlIdent(schema)} CASCADE`));
      await attachReferenceViews(ctx.engine, ctx.config);
      // The model's SQL says `silver.x`; it runs against a private schema of views of exactly its inputs.
      await ctx.engine.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(schema)}`);
      const lineage: GoldPartitionManifest['lineage'] = [];
      for (const table of def.depends_on) {
        const { lineage: entry, body } = await scope.input(table);
        lineage.push(entry);
        if (body) await ctx.engine.run(`CREATE OR REPLACE VIEW ${sqlIdent(schema)}.${sqlIdent(table)} AS ${body}`);
      }
      const reason = scope.noInput(lineage, def);
      if (reason) return { status: 'no-input', model, month: label, reason };
      const staged = path.join(workDir, 'gold.parquet');
      await ctx.engine.run(`COPY (${goldSql(def.sql, sqlIdent(schema), scope.month)}) TO ${sqlString(staged)} (FORMAT parquet)`);
      const { n } = await ctx.engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(staged)})`);
      const key = scope.key(batchId);
      const manifest: GoldPartitionManifest = {
        layer: 'gold',
        model,
        month: label,
        key,
        batch_id: batchId,
        built_at: new Date().toISOString(),
        rows: Number(n),
        sql_hash: goldSqlHash(ctx.config, model),
        lineage,
      };
      // The version it replaced (and any file of a writer that died) goes after the manifest.
      const durationMs = await commit({
        files: [{ key, staged }],
        manifestKey: scope.manifestKey,
        manifest,
        clears: [{ dir: key.slice(0, key.lastIndexOf('/') + 1), keep: [key] }],
        published: (durationMs) => ({ type: 'gold.published', model, month: label, rows: manifest.rows, durationMs }),
      });
      return { status: 'published', manifest, durationMs };
    },
  });
}

/** A model's SQL over the views in `schema`, with a month's bounds filled in. */
function goldSql(sql: string, schema: string, month?: Month): string {
  const bounded = month ? sql.replaceAll('{month_start}', monthStartLiteral(month)).replaceAll('{month_end}', monthEndLiteral(month)) : sql;
  return bounded.replace(/\bsilver\.(?=[a-z_"])/g, `${schema}.`);
}

/**
 * A gold model over CDC tables: rebuilt whole, from the current silver state, whenever a table under it
 * was rebuilt. `{month_start}`/`{month_end}` have no meaning here and are refused by the SQL itself.
 */
export async function buildGoldWhole(ctx: BuildContext, model: string): Promise<GoldResult> {
  return buildGold(ctx, model, {
    key: (batchId) => tableDataKey('gold', model, batchId),
    manifestKey: manifestKey('gold', model, 'current'),
    async input(table) {
      const manifest = await readCdcSilverManifest(ctx.storage, table);
      if (!manifest) return { lineage: { table, missing: true } };
      // Exactly the files of that silver commit (never a glob, which may catch a commit half-way).
      const files = await Promise.all(cdcSilverFiles(manifest).map((key) => ctx.storage.localPath(key)));
      return {
        lineage: { table, key: manifestKey('silver', table, 'current'), batch_id: manifest.batch_id },
        body: `SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)`,
      };
    },
    noInput: (lineage) => {
      const missing = lineage.find((l) => 'missing' in l);
      return missing && `silver.${missing.table} has not been built yet`;
    },
  });
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
    const lake = catalog(config);
    for (const [model, def] of Object.entries(config.gold)) {
      if (lake.get('gold', model)?.kind !== 'monthly') continue;
      await bind(`gold.${model}.sql`, goldSql(def.sql, schema, { year: 2000, month: 1 }));
    }
  } finally {
    await engine.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
  }
  return problems;
}
