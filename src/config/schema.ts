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
  })
  .strict();

export type LakeConfig = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type HttpConfig = z.infer<typeof httpSchema>;
