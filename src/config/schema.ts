/**
 * The one typed schema for `lake.yaml`. Every default is a named constant with the reason for its value;
 * README.md documents every key. Components receive only their own section.
 */
import { z } from 'zod';

/** One CPU is left for Node's own streaming work (download, CSV normalising) on small machines. */
export const DEFAULT_ENGINE_THREADS = 2;
/** Keeps DuckDB well under the 1 GiB peak RSS budget for ingesting a 2 GiB file; it spills beyond this. */
export const DEFAULT_ENGINE_MEMORY_LIMIT = '512MB';
/** A TLC month is up to ~2 GB; a stalled socket should fail long before a healthy download finishes. */
export const DEFAULT_HTTP_IDLE_TIMEOUT_MS = 60_000;

const monthString = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, for example 2021-03');

const identifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]*$/, 'expected a lower-case name of letters, digits and underscores');

const retrySchema = z
  .object({
    attempts: z.number().int().min(1).max(100).default(5),
    base_delay_ms: z.number().int().min(0).default(500),
    max_delay_ms: z.number().int().min(0).default(15_000),
  })
  .strict();

const httpSchema = z
  .object({
    /** Abort a download when no byte arrived for this long. */
    idle_timeout_ms: z.number().int().min(100).default(DEFAULT_HTTP_IDLE_TIMEOUT_MS),
    retry: retrySchema.default({ attempts: 5, base_delay_ms: 500, max_delay_ms: 15_000 }),
    headers: z.record(z.string(), z.string()).default({}),
  })
  .strict();

const urlTemplate = z
  .string()
  .min(1)
  .refine((value) => value.includes('{yyyy}') && value.includes('{mm}'), {
    message: 'expected a URL or path template containing {yyyy} and {mm}',
  });

const batchSourceSchema = z
  .object({
    type: z.enum(['csv', 'parquet']),
    /** URL (http, https, file) or local path, with {yyyy} and {mm} placeholders for the month. */
    url: urlTemplate,
    /** Bronze table name; defaults to the source name. */
    table: identifier.optional(),
    /** First month the source publishes. */
    start: monthString.optional(),
    /** CSV field delimiter. */
    delimiter: z.string().length(1).default(','),
    http: httpSchema.optional(),
  })
  .strict();

export const sourceSchema = batchSourceSchema;

/** Types a silver column may have; money is DECIMAL so sums are exact. */
const columnType = z
  .string()
  .regex(
    /^(VARCHAR|INTEGER|BIGINT|DOUBLE|BOOLEAN|DATE|TIMESTAMP|DECIMAL\(\d{1,2},\s*\d{1,2}\))$/,
    'expected one of VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, DECIMAL(p,s)',
  );

/** Formats the TLC files have used; anything else is a cast error, never a guessed date. */
export const DEFAULT_TIMESTAMP_FORMATS = ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S'];

const silverColumnSchema = z
  .object({
    type: columnType,
    /** Source header names, matched case- and space-insensitively; the first present one wins. */
    aliases: z.array(z.string().min(1)).min(1),
    /** Name of a value map in silver.value_maps applied to the raw text before casting. */
    map: identifier.optional(),
    /** strptime formats for TIMESTAMP and DATE columns. */
    formats: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

const severity = z.enum(['warn', 'drop', 'fail']);
const checkBase = {
  /** Defaults to `<kind>_<column>`. */
  name: identifier.optional(),
  severity: severity.default('warn'),
  /** Fraction of evaluated rows that must pass (warn and fail checks), as in Great Expectations. */
  mostly: z.number().min(0).max(1).default(1),
};

const checkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not_null'), column: z.string(), ...checkBase }).strict(),
  z.object({ kind: z.literal('unique'), columns: z.array(z.string()).min(1), ...checkBase }).strict(),
  z
    .object({
      kind: z.literal('accepted_values'),
      column: z.string(),
      values: z.array(z.union([z.string(), z.number()])).min(1),
      ...checkBase,
    })
    .strict(),
  z
    .object({ kind: z.literal('range'), column: z.string(), min: z.number().optional(), max: z.number().optional(), ...checkBase })
    .strict()
    .refine((c) => c.min !== undefined || c.max !== undefined, { message: 'a range check needs min, max or both' }),
  z.object({ kind: z.literal('expression'), sql: z.string().min(1), ...checkBase }).strict(),
  z.object({ kind: z.literal('row_count_min'), min: z.number().int().min(0), ...checkBase }).strict(),
  z
    .object({ kind: z.literal('in_file_month'), column: z.string(), tolerance_days: z.number().int().min(0).default(1), ...checkBase })
    .strict(),
]);

const silverTableSchema = z
  .object({
    /** The bronze table this silver table is promoted from. */
    from: identifier,
    columns: z.record(identifier, silverColumnSchema),
    /** Source columns deliberately not carried into silver (otherwise an unmapped column fails the partition). */
    ignore: z.array(z.string()).default([]),
    /** Columns whose values identify a row; `unique_row_id` is the md5 of them. */
    unique_key: z.array(identifier).min(1),
    checks: z.array(checkSchema).default([]),
  })
  .strict();

const referenceSchema = z
  .object({
    /** A CSV or Parquet file (relative to the config file), exposed to gold SQL as ref.<name>. */
    path: z.string().min(1),
  })
  .strict();

const goldModelSchema = z
  .object({
    /** Silver tables the model reads; their month partitions trigger its recomputation. */
    depends_on: z.array(identifier).min(1),
    /** SQL over silver.<table> (restricted to the month being built) and ref.<name>; {month_start} and {month_end} are DATE literals. */
    sql: z.string().min(1),
  })
  .strict();

export const configSchema = z
  .object({
    lake: z
      .object({
        /** Local directory (relative to the config file) or, later, s3://bucket/prefix. */
        root: z.string().min(1).default('./lake-data'),
        /** Scratch space for downloads and staging; defaults to <root>/_lake/work. */
        work_dir: z.string().min(1).optional(),
      })
      .strict()
      .default({ root: './lake-data' }),
    engine: z
      .object({
        threads: z.number().int().min(1).max(256).default(DEFAULT_ENGINE_THREADS),
        memory_limit: z
          .string()
          .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'expected a size such as 512MB or 2GB')
          .default(DEFAULT_ENGINE_MEMORY_LIMIT),
      })
      .strict()
      .default({ threads: DEFAULT_ENGINE_THREADS, memory_limit: DEFAULT_ENGINE_MEMORY_LIMIT }),
    http: httpSchema.default({
      idle_timeout_ms: DEFAULT_HTTP_IDLE_TIMEOUT_MS,
      retry: { attempts: 5, base_delay_ms: 500, max_delay_ms: 15_000 },
      headers: {},
    }),
    sources: z.record(identifier, sourceSchema).default({}),
    silver: z
      .object({
        value_maps: z.record(identifier, z.record(z.string(), z.string())).default({}),
        tables: z.record(identifier, silverTableSchema).default({}),
      })
      .strict()
      .default({ value_maps: {}, tables: {} }),
    reference: z.record(identifier, referenceSchema).default({}),
    gold: z.record(identifier, goldModelSchema).default({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    const bronzeTables = new Set(Object.entries(config.sources).map(([name, s]) => s.table ?? name));
    for (const [name, table] of Object.entries(config.silver.tables)) {
      const at = ['silver', 'tables', name];
      if (!bronzeTables.has(table.from)) {
        ctx.addIssue({ code: 'custom', path: [...at, 'from'], message: `expected the bronze table of a configured source (${[...bronzeTables].join(', ') || 'none configured'})` });
      }
      const columns = new Set(Object.keys(table.columns));
      table.unique_key.forEach((column, i) => {
        if (!columns.has(column)) ctx.addIssue({ code: 'custom', path: [...at, 'unique_key', i], message: `expected a column of this table, got '${column}'` });
      });
      for (const [column, def] of Object.entries(table.columns)) {
        if (def.map && !config.silver.value_maps[def.map]) {
          ctx.addIssue({ code: 'custom', path: [...at, 'columns', column, 'map'], message: `expected a value map defined under silver.value_maps, got '${def.map}'` });
        }
      }
      table.checks.forEach((check, i) => {
        const referenced = 'column' in check ? [check.column] : 'columns' in check ? check.columns : [];
        for (const column of referenced) {
          if (!columns.has(column)) ctx.addIssue({ code: 'custom', path: [...at, 'checks', i, 'column'], message: `expected a column of this table, got '${column}'` });
        }
        if (check.severity === 'drop' && (check.kind === 'row_count_min' || check.kind === 'unique')) {
          ctx.addIssue({ code: 'custom', path: [...at, 'checks', i, 'severity'], message: `a ${check.kind} check judges the partition, not a row: expected warn or fail` });
        }
      });
    }
    for (const [name, model] of Object.entries(config.gold)) {
      model.depends_on.forEach((table, i) => {
        if (!config.silver.tables[table]) ctx.addIssue({ code: 'custom', path: ['gold', name, 'depends_on', i], message: `expected a silver table, got '${table}'` });
      });
    }
  });

export type LakeConfig = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type HttpConfig = z.infer<typeof httpSchema>;
export type SilverTableConfig = z.infer<typeof silverTableSchema>;
export type SilverColumnConfig = z.infer<typeof silverColumnSchema>;
export type CheckConfig = z.infer<typeof checkSchema>;
export type GoldModelConfig = z.infer<typeof goldModelSchema>;
