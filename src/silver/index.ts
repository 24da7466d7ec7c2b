/**
 * Silver: one typed schema per table across every year of source files. Promoting a month reads its
 * bronze partition, maps the columns (config aliases), applies value maps, casts (a value that cannot be
 * cast is a quarantine reason, never a silent NULL), runs the declared checks, removes duplicates by
 * `unique_row_id`, and publishes the silver and quarantine partitions.
 *
 * Accounting, reported for every partition: bronze rows = silver rows + quarantined rows + duplicates.
 * Guarantees: promoting twice gives the same rows; a `fail` check (or any error) publishes nothing and
 * leaves the previous version of both partitions in place.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readBronzeManifest, type BronzePartitionManifest } from '../bronze/index.ts';
import { DEFAULT_TIMESTAMP_FORMATS, isBatchSource, type LakeConfig, type SilverTableConfig } from '../config/index.ts';
import { runBuild, sqlIdent, sqlString, type BuildContext, type Engine, type PartitionBuild } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';
import { formatMonth, manifestKey, partitionDataKey, partitionDir, readManifest, rejectedDataKey, type LakeStorage, type Month } from '../storage/index.ts';
import { checkName, isRowCheck, judge, rowCheckSql, type CheckResult } from './checks.ts';
import { castLabel, planMapping, rawTextSql, readsSourceValue, sourceKind, typedSql, type MappingPlan, type SourceKind } from './mapping.ts';

export { planMapping, normalizeName } from './mapping.ts';
export type { CheckResult } from './checks.ts';
export { monthStartLiteral, monthEndLiteral, checkName } from './checks.ts';

export interface SilverPartitionManifest {
  layer: 'silver';
  table: string;
  month: string;
  key: string;
  quarantine_key: string;
  batch_id: string;
  promoted_at: string;
  /** The bronze version this was built from, and the table definition that shaped it (for staleness). */
  input: { table: string; key: string; batch_id: string };
  definition_hash: string;
  counts: { bronze: number; silver: number; quarantined: number; duplicates: number };
  checks: CheckResult[];
  mapping: { bronze: string | null; canonical: string }[];
  shadowed_columns: MappingPlan['shadowed'];
}

/** Why rows were quarantined, grouped: `cast: pickup_datetime: cannot read as TIMESTAMP` × 9, with samples. */
export interface QuarantineReason {
  reason: string;
  rows: number;
  samples: string[];
}

export class QualityGateError extends LakeError {
  constructor(
    readonly table: string,
    readonly month: string,
    readonly checks: CheckResult[],
    /** The dominant quarantine reasons of the partition that failed, most rows first. */
    readonly reasons: QuarantineReason[] = [],
    /** Where its quarantined rows were kept for inspection (the partition itself was not published). */
    readonly rejectedKey?: string,
    counts?: { bronze: number; quarantined: number },
  ) {
    const failed = checks.filter((c) => c.severity === 'fail' && !c.success);
    const why =
      reasons.length === 0
        ? ''
        : `; ${counts ? `${counts.quarantined === counts.bronze ? 'all ' : ''}${counts.quarantined} of ${counts.bronze} rows were quarantined` : 'rows were quarantined'}: ${reasons
            .map((r) => `${r.rows} × ${r.reason}${r.samples.length ? ` (e.g. ${r.samples.map((v) => `'${v}'`).join(', ')})` : ''}`)
            .join('; ')}`;
    super(
      `silver.${table} ${month}: ${failed
        .map((c) => `check ${c.check} failed (${c.unexpected} of ${c.evaluated} rows unexpected)`)
        .join('; ')}${why}; the partition was not published`,
      {
        kind: 'quality',
        retry: 'needs-person',
        remedy: `the previous version is still published; fix the source or relax the check (or the column's formats), then backfill the month${
          rejectedKey ? `; the quarantined rows are in ${rejectedKey} (lake query "SELECT * FROM '${rejectedKey}'" against the lake root)` : ''
        }`,
      },
    );
  }
}

export async function readSilverManifest(storage: LakeStorage, table: string, month: Month): Promise<SilverPartitionManifest | undefined> {
  return readManifest<SilverPartitionManifest>(storage, 'silver', table, month);
}

/** Hash of everything in config that shapes a silver table, so a config change makes partitions stale. */
export function silverDefinitionHash(config: LakeConfig, table: string): string {
  const def = config.silver.tables[table];
  const maps = Object.fromEntries(
    Object.values(def.columns)
      .filter((c) => c.map)
      .map((c) => [c.map!, config.silver.value_maps[c.map!]]),
  );
  return createHash('sha256').update(JSON.stringify({ def, maps })).digest('hex').slice(0, 16);
}

export type SilverResult =
  | { status: 'published'; manifest: SilverPartitionManifest; durationMs: number }
  | { status: 'no-input'; table: string; month: string; reason: string };

export async function promoteSilverMonth(ctx: BuildContext, table: string, month: Month): Promise<SilverResult> {
  const def = ctx.config.silver.tables[table];
  if (!def) {
    throw new LakeError(`unknown silver table '${table}'`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `configured silver tables: ${Object.keys(ctx.config.silver.tables).join(', ') || '(none)'}`,
    });
  }
  const bronze = await readBronzeManifest(ctx.storage, def.from, month);
  if (!bronze) {
    return { status: 'no-input', table, month: formatMonth(month), reason: `bronze.${def.from} has no ${formatMonth(month)} partition` };
  }
  return runBuild(ctx, {
    kind: 'silver',
    label: formatMonth(month),
    failed: (error) => ({ type: 'silver.failed', table, month: formatMonth(month), error }),
    step: (build) => promote(ctx, build, table, def, bronze, month),
  });
}

/** The silver step of a build: stage, judge, and publish the silver and quarantine partitions together. */
async function promote(
  ctx: BuildContext,
  { batchId, workDir, afterwards, commit }: PartitionBuild,
  table: string,
  def: SilverTableConfig,
  bronze: BronzePartitionManifest,
  month: Month,
): Promise<SilverResult> {
  const statements = await silverStatements(ctx, table, bronze, month);
  const { stage, plan, duplicate, publishable } = statements;
  afterwards(() => ctx.engine.run(`DROP TABLE IF EXISTS ${stage}`));
  afterwards(() => ctx.engine.run(`DROP TABLE IF EXISTS ${statements.duplicates}`));
  await ctx.engine.run(statements.createStage);
  await ctx.engine.run(statements.createDuplicates);

  // The partition counts and every row check's result in one scan of the stage. Drop checks are judged
  // on every row that could be cast; warn and fail checks on what would be published.
  const rowChecks = def.checks.filter(isRowCheck);
  const checkSql = rowChecks.map((check, index) => {
    const population = check.severity === 'drop' ? `NOT _structural` : `_publishable`;
    // The sample is rendered only for the failing rows (a CASE evaluates its branch for those alone).
    const failing = `${population} AND _chk${index}`;
    return `count(*) FILTER (WHERE ${failing})::BIGINT AS unexpected_${index},
            list(DISTINCT CASE WHEN ${failing} THEN ${rowCheckSql(check, month)!.sample} END) FILTER (WHERE ${failing}) AS samples_${index}`;
  });
  const counts = await ctx.engine.one(
    `SELECT count(*)::BIGINT AS bronze,
            count(*) FILTER (WHERE _quarantined)::BIGINT AS quarantined,
            count(*) FILTER (WHERE NOT _quarantined AND _duplicate)::BIGINT AS duplicates,
            count(*) FILTER (WHERE NOT _structural)::BIGINT AS castable,
            count(*) FILTER (WHERE _source IS DISTINCT FROM ${sqlString(bronze.source_url)}
                                OR _batch_id IS DISTINCT FROM ${sqlString(bronze.batch_id)})::BIGINT AS other_origin${checkSql.map((sql) => `,\n              ${sql}`).join('')}
     FROM (SELECT *, ${duplicate} AS _duplicate, ${publishable} AS _publishable FROM ${stage})`,
  );
  const total = Number(counts.bronze);
  const quarantined = Number(counts.quarantined);
  const duplicates = Number(counts.duplicates);
  const published = total - quarantined - duplicates;

  const results: CheckResult[] = [];
  for (const [index, check] of rowChecks.entries()) {
    const evaluated = check.severity === 'drop' ? Number(counts.castable) : published;
    const samples = ((counts[`samples_${index}`] as string[] | null) ?? []).filter((v) => v !== null).slice(0, 5).map(String);
    results.push(judge(check, evaluated, Number(counts[`unexpected_${index}`]), samples));
  }
  for (const check of def.checks.filter((c) => !isRowCheck(c))) {
    if (check.kind === 'row_count_min') {
      results.push(judge(check, published, published < check.min ? 1 : 0, [String(published)]));
    } else if (check.kind === 'unique') {
      const key = check.columns.map(sqlIdent).join(', ');
      const row = await ctx.engine.one(
        `SELECT count(*)::BIGINT AS evaluated, count(*) FILTER (WHERE _n > 1)::BIGINT AS unexpected,
                list(DISTINCT _k) FILTER (WHERE _n > 1) AS samples
         FROM (SELECT count(*) OVER (PARTITION BY ${key}) AS _n, concat_ws('|', ${key}) AS _k
               FROM ${stage} WHERE ${publishable})`,
      );
      results.push(judge(check, Number(row.evaluated), Number(row.unexpected), ((row.samples as string[]) ?? []).slice(0, 5)));
    }
  }
  results.push(castResult(total, quarantined, await structuralSamples(ctx.engine, stage)));

  if (results.some((r) => r.severity === 'fail' && !r.success)) {
    const reasons = await quarantineReasons(ctx.engine, stage, def);
    let rejectedKey: string | undefined;
    if (quarantined > 0) {
      // Kept beside the lake, outside every layer, so a person can see what was refused and why.
      rejectedKey = rejectedDataKey('silver', table, month, batchId);
      const rejected = path.join(workDir, 'rejected.parquet');
      await ctx.engine.run(`COPY (${quarantineSelect(def, stage)}) TO ${sqlString(rejected)} (FORMAT parquet)`);
      await ctx.storage.publishFile(rejectedKey, rejected, { move: true });
    }
    throw new QualityGateError(table, formatMonth(month), results, reasons, rejectedKey, { bronze: total, quarantined });
  }

  const silverFile = path.join(workDir, 'silver.parquet');
  const quarantineFile = path.join(workDir, 'quarantine.parquet');
  await ctx.engine.run(statements.copySilver(silverFile, Number(counts.other_origin) === 0));
  await ctx.engine.run(statements.copyQuarantine(quarantineFile));
  const key = partitionDataKey('silver', table, month, batchId);
  const quarantineKey = partitionDataKey('quarantine', table, month, batchId);
  const manifest: SilverPartitionManifest = {
    layer: 'silver',
    table,
    month: formatMonth(month),
    key,
    quarantine_key: quarantineKey,
    batch_id: batchId,
    promoted_at: new Date().toISOString(),
    input: { table: def.from, key: bronze.key, batch_id: bronze.batch_id },
    definition_hash: silverDefinitionHash(ctx.config, table),
    counts: { bronze: total, silver: published, quarantined, duplicates },
    checks: results,
    mapping: plan.columns.map((c) => ({ canonical: c.canonical, bronze: c.bronze })),
    shadowed_columns: plan.shadowed,
  };
  // Silver, its quarantine and their counts become visible together.
  const durationMs = await commit({
    files: [
      { key: quarantineKey, staged: quarantineFile },
      { key, staged: silverFile },
    ],
    manifestKey: manifestKey('silver', table, month),
    manifest,
    clears: [
      { dir: partitionDir('silver', table, month), keep: [key] },
      { dir: partitionDir('quarantine', table, month), keep: [quarantineKey] },
    ],
    published: (durationMs) => ({ type: 'silver.published', manifest, durationMs }),
  });
  return { status: 'published', manifest, durationMs };
}

/**
 * The statements of a promotion that produce data, in the order they run: the staging table, the table
 * of duplicate rows, and the COPYs of the silver and quarantine files. Exported so the bench can replay
 * exactly lake's SQL in plain DuckDB.
 */
export interface SilverStatements {
  plan: MappingPlan;
  /** The staging table (see buildStageSql) and the table of duplicate rows, by name. */
  stage: string;
  duplicates: string;
  createStage: string;
  createDuplicates: string;
  /** Conditions over the stage: a duplicate row, a row to publish. */
  duplicate: string;
  publishable: string;
  /** `sameOrigin`: every staged row has the source and batch the bronze manifest names. */
  copySilver(file: string, sameOrigin: boolean): string;
  copyQuarantine(file: string): string;
}

export async function silverStatements(
  ctx: Pick<BuildContext, 'config' | 'storage' | 'engine'>,
  table: string,
  bronze: BronzePartitionManifest,
  month: Month,
): Promise<SilverStatements> {
  const def = ctx.config.silver.tables[table];
  const stage = `stage_${table}`;
  const duplicates = `stage_${table}_duplicates`;
  const bronzeFile = await ctx.storage.localPath(bronze.key);
  const plan = planMapping(table, def, bronze.columns);
  // Parquet bronze keeps the file's types (CSV bronze is text): each column is read by what it holds.
  const types = Object.fromEntries(
    (await ctx.engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(bronzeFile)}, hive_partitioning = false)`)).map((row) => [
      String(row.column_name),
      String(row.column_type),
    ]),
  );
  const duplicate = `_row IN (SELECT _row FROM ${duplicates})`;
  const publishable = `NOT _quarantined AND NOT (${duplicate})`;
  const canonical = Object.keys(def.columns).map(sqlIdent).join(', ');
  return {
    plan,
    stage,
    duplicates,
    createStage: buildStageSql(ctx.config, def, plan, bronze, bronzeFile, month, stage, types),
    // Duplicates: every publishable row after the first (in file order) of its unique_row_id. Found with
    // an aggregate rather than a window over the whole partition, which cost twice the time (BENCHMARKS.md).
    createDuplicates: `CREATE OR REPLACE TEMP TABLE ${duplicates} AS
     SELECT s._row FROM ${stage} s
     JOIN (SELECT unique_row_id, min(_row) AS first_row FROM ${stage} WHERE NOT _quarantined
           GROUP BY unique_row_id HAVING count(*) > 1) d USING (unique_row_id)
     WHERE NOT s._quarantined AND s._row <> d.first_row`,
    duplicate,
    publishable,
    copySilver(file, sameOrigin) {
      // Every row of a bronze partition normally has the one source and batch its manifest names: then they
      // are written as constants after the sort instead of being carried through it, which made sorting
      // by _row half again as expensive (BENCHMARKS.md).
      const sorted = sameOrigin
        ? `SELECT ${canonical}, unique_row_id, ${sqlString(bronze.source_url)} AS _source, _row, ${sqlString(bronze.batch_id)} AS _batch_id
           FROM (SELECT ${canonical}, unique_row_id, _row FROM ${stage} WHERE ${publishable} ORDER BY _row)`
        : `SELECT ${canonical}, unique_row_id, _source, _row, _batch_id FROM ${stage} WHERE ${publishable} ORDER BY _row`;
      return `COPY (${sorted}) TO ${sqlString(file)} (FORMAT parquet)`;
    },
    copyQuarantine: (file) => `COPY (${quarantineSelect(def, stage)}) TO ${sqlString(file)} (FORMAT parquet)`,
  };
}

function castResult(total: number, quarantined: number, samples: string[]): CheckResult {
  return {
    check: 'quarantined_rows',
    kind: 'not_null',
    severity: 'drop',
    evaluated: total,
    unexpected: quarantined,
    unexpected_percent: total === 0 ? 0 : Math.round((quarantined / total) * 100_000) / 1000,
    mostly: 0,
    success: true,
    sample_values: samples,
  };
}

/** Quarantined rows as the quarantine table keeps them: raw text per column, the failed checks, the reason. */
function quarantineSelect(def: SilverTableConfig, stage: string): string {
  const canonical = Object.keys(def.columns);
  // The stage keeps a quarantined row's raw text as one list, in the order of the table's columns.
  return `SELECT ${canonical.map((c, i) => `__raw[${i + 1}] AS ${sqlIdent(c)}`).join(', ')},
                 _failed_checks, array_to_string(_reasons, '; ') AS _reason, _source, _row, _batch_id,
                 ${sqlString(new Date().toISOString())}::TIMESTAMPTZ AS _quarantined_at
          FROM ${stage} WHERE _quarantined ORDER BY _row`;
}

/**
 * The three most common quarantine reasons with their row counts and up to three sample values; a cast
 * failure of a date column also says which formats were tried.
 */
async function quarantineReasons(engine: Engine, stage: string, def: SilverTableConfig): Promise<QuarantineReason[]> {
  const rows = await engine.all(
    `SELECT regexp_replace(r, ' ''.*'' as ', ' as ') AS reason, count(*)::BIGINT AS n,
            list(DISTINCT regexp_extract(r, '''(.*)''', 1)) FILTER (WHERE r LIKE 'cast:%') AS samples
     FROM (SELECT unnest(_reasons) AS r FROM ${stage} WHERE _quarantined)
     GROUP BY 1 ORDER BY n DESC, reason LIMIT 3`,
  );
  return rows.map((row) => {
    let reason = String(row.reason);
    const cast = /^cast: ([^:]+): cannot read as (TIMESTAMP|DATE)$/.exec(reason);
    if (cast) reason += ` with the formats ${(def.columns[cast[1]]?.formats ?? DEFAULT_TIMESTAMP_FORMATS).join(', ')}`;
    return { reason, rows: Number(row.n), samples: ((row.samples as string[] | null) ?? []).slice(0, 3).map(String) };
  });
}

async function structuralSamples(engine: Engine, stage: string): Promise<string[]> {
  const rows = await engine.all(`SELECT array_to_string(_reasons, '; ') AS r FROM ${stage} WHERE _quarantined ORDER BY _row LIMIT 5`);
  return rows.map((r) => String(r.r));
}

/**
 * One staging table holding, per bronze row: the raw text per canonical column, the typed value, the
 * reasons it cannot be published, and its `unique_row_id` (duplicates are found afterwards, by aggregate).
 */
function buildStageSql(
  config: LakeConfig,
  def: SilverTableConfig,
  plan: MappingPlan,
  bronze: BronzePartitionManifest,
  bronzeFile: string,
  month: Month,
  stage: string,
  /** DuckDB type per bronze column. */
  types: Record<string, string>,
): string {
  const width = bronze.columns.length;
  const source = config.sources[bronze.source];
  const delimiter = isBatchSource(source) ? source.delimiter : ',';
  const decimalComma = isBatchSource(source) && source.decimal_separator === ',';
  const kinds = new Map<string, SourceKind>(plan.columns.map(({ canonical, bronze: column }) => [canonical, column === null ? 'text' : sourceKind(types[column])]));
  // The bronze value itself, for typed timestamps and numbers (and float codes), carried beside the raw text.
  const fromSource = plan.columns.filter(
    ({ canonical, bronze: column }) => column !== null && readsSourceValue(kinds.get(canonical)!, def.columns[canonical].type, !!def.columns[canonical].map),
  );
  const raw = plan.columns.map(({ canonical, bronze: column }) => {
    const text = rawTextSql(column, kinds.get(canonical)!, def.columns[canonical].type);
    const mapName = def.columns[canonical].map;
    if (!mapName) return `${text} AS ${sqlIdent(`__raw_${canonical}`)}`;
    const entries = Object.entries(config.silver.value_maps[mapName]);
    const cases = entries.map(([from, to]) => `WHEN ${sqlString(from.trim().toUpperCase())} THEN ${sqlString(to)}`).join(' ');
    return `CASE upper(${text}) ${cases} ELSE ${text} END AS ${sqlIdent(`__raw_${canonical}`)}`;
  });
  raw.push(...fromSource.map(({ canonical, bronze: column }) => `${sqlIdent(column!)} AS ${sqlIdent(`__src_${canonical}`)}`));
  const typed = plan.columns.map(({ canonical }) => {
    const column = def.columns[canonical];
    const sql = typedSql({
      raw: sqlIdent(`__raw_${canonical}`),
      source: fromSource.some((c) => c.canonical === canonical) ? sqlIdent(`__src_${canonical}`) : null,
      kind: kinds.get(canonical)!,
      type: column.type,
      formats: column.formats ?? DEFAULT_TIMESTAMP_FORMATS,
      decimalComma,
    });
    return `${sql} AS ${sqlIdent(canonical)}`;
  });
  // Each structural fault as a condition (never NULL) and as its reason text; the text is built only for
  // the rows that have a fault, so a clean row costs a few comparisons, not a list of strings.
  const castFaults = plan.columns.map(({ canonical }) => {
    const label = castLabel(kinds.get(canonical)!, def.columns[canonical].type);
    const r = sqlIdent(`__raw_${canonical}`);
    return {
      when: `(${r} IS NOT NULL AND ${sqlIdent(canonical)} IS NULL)`,
      reason: `CASE WHEN ${r} IS NOT NULL AND ${sqlIdent(canonical)} IS NULL THEN ${sqlString(`cast: ${canonical}: cannot read `)} || '''' || ${r} || '''' || ${sqlString(` as ${label}`)} END`,
    };
  });
  const malformedFaults = [
    {
      when: `coalesce(_field_count < ${width}, false)`,
      reason: `CASE WHEN _field_count < ${width} THEN 'malformed: row has ' || _field_count || ' of ${width} fields' END`,
    },
    {
      when: `coalesce(_field_count > ${width} AND trim(replace(_extra_fields, ${sqlString(delimiter)}, '')) <> '', false)`,
      reason: `CASE WHEN _field_count > ${width} AND trim(replace(_extra_fields, ${sqlString(delimiter)}, '')) <> '' THEN 'malformed: row has ' || _field_count || ' fields, header has ${width}: extra ' || '''' || _extra_fields || '''' END`,
    },
  ];
  // Only partitions that had such rows carry the check (older bronze files have no such column).
  const encodingFaults = bronze.invalid_utf8_rows
    ? [{ when: `coalesce(_invalid_utf8, false)`, reason: `CASE WHEN _invalid_utf8 THEN 'encoding: the row has bytes that are not UTF-8 (kept in bronze as \\xNN text)' END` }]
    : [];
  const anyOf = (faults: { when: string }[]) => (faults.length ? faults.map((f) => f.when).join(' OR ') : 'false');
  const structuralReasons = [...malformedFaults, ...castFaults, ...encodingFaults].map((f) => f.reason);
  const rowChecks = def.checks.filter(isRowCheck);
  const checkFlags = rowChecks.map((check, index) => `coalesce(${rowCheckSql(check, month)!.failed}, false) AS _chk${index}`);
  const drops = rowChecks.map((check, index) => ({ check, index })).filter(({ check }) => check.severity === 'drop');
  const dropReasons = drops.map(({ check, index }) => `CASE WHEN _chk${index} THEN ${rowCheckSql(check, month)!.reason} END`);
  const dropNames = drops.map(({ check, index }) => `CASE WHEN _chk${index} THEN ${sqlString(checkName(check))} END`);
  const quarantined = ['_structural', ...drops.map(({ index }) => `_chk${index}`)].join(' OR ');
  const keyText = def.unique_key.map((c) => `coalesce(CAST(${sqlIdent(c)} AS VARCHAR), '')`).join(", '|', ");
  const canonical = plan.columns.map(({ canonical: c }) => c);
  // What only a quarantined row needs (its raw text, reasons and failed checks) is NULL on every other row,
  // and the raw text is one list rather than a column each: storing them for every row cost a fifth of the
  // stage's time (BENCHMARKS.md).
  const onlyQuarantined = (sql: string, name: string) => `CASE WHEN _quarantined THEN ${sql} END AS ${name}`;

  return `CREATE OR REPLACE TEMP TABLE ${stage} AS
WITH raw AS (
  SELECT _source, _row, _batch_id, _field_count, _extra_fields${bronze.invalid_utf8_rows ? ', _invalid_utf8' : ''}, ${raw.join(',\n    ')}
  FROM read_parquet(${sqlString(bronzeFile)}, hive_partitioning = false)
), typed AS (
  SELECT *, ${typed.join(',\n    ')} FROM raw
), faults AS (
  SELECT *,
    ${anyOf(malformedFaults)} AS _malformed_fault,
    ${anyOf(castFaults)} AS _cast_fault,
    ${anyOf(encodingFaults)} AS _encoding_fault
  FROM typed
), checked AS (
  SELECT *, _malformed_fault OR _cast_fault OR _encoding_fault AS _structural${checkFlags.length ? ',\n    ' + checkFlags.join(',\n    ') : ''} FROM faults
), judged AS (
  SELECT *, ${quarantined} AS _quarantined FROM checked
)
SELECT ${canonical.map(sqlIdent).join(', ')}, _source, _row, _batch_id, _structural, _quarantined${rowChecks.map((_, i) => `, _chk${i}`).join('')},
  ${onlyQuarantined(
    `list_concat(list_filter([${structuralReasons.join(',\n    ')}], x -> x IS NOT NULL), list_filter([${dropReasons.join(', ') || 'NULL::VARCHAR'}], x -> x IS NOT NULL))`,
    '_reasons',
  )},
  ${onlyQuarantined(
    `list_concat(
      CASE WHEN _malformed_fault THEN ['malformed'] ELSE [] END,
      CASE WHEN _cast_fault THEN ['cast'] ELSE [] END,
      CASE WHEN _encoding_fault THEN ['encoding'] ELSE [] END,
      list_filter([${dropNames.join(', ') || 'NULL::VARCHAR'}], x -> x IS NOT NULL))`,
    '_failed_checks',
  )},
  ${onlyQuarantined(`[${canonical.map((c) => sqlIdent(`__raw_${c}`)).join(', ')}]`, '__raw')},
  md5(concat(${keyText})) AS unique_row_id
FROM judged`;
}
