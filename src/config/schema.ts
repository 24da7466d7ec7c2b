/**
 * The one typed schema for `lake.yaml`. Every default is a named constant with the reason for its value;
 * README.md documents every key. Components receive only their own section.
 */
import { validate as isCronExpression } from 'node-cron';
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

/** Five tries over roughly half a minute ride out a server restart without hiding a real outage. */
export const DEFAULT_HTTP_RETRY = { attempts: 5, base_delay_ms: 500, max_delay_ms: 15_000 };

function retrySchema(defaults: { attempts: number; base_delay_ms: number; max_delay_ms: number }) {
  return z
    .object({
      attempts: z.number().int().min(1).max(100).default(defaults.attempts),
      base_delay_ms: z.number().int().min(0).default(defaults.base_delay_ms),
      max_delay_ms: z.number().int().min(0).default(defaults.max_delay_ms),
    })
    .strict()
    .default(defaults);
}

const httpSchema = z
  .object({
    /** Abort a download when no byte arrived for this long. */
    idle_timeout_ms: z.number().int().min(100).default(DEFAULT_HTTP_IDLE_TIMEOUT_MS),
    retry: retrySchema(DEFAULT_HTTP_RETRY),
    headers: z.record(z.string(), z.string()).default({}),
    /** Further header names (besides Authorization, Cookie and X-Api-Key) never sent on to another host when a server redirects. */
    secret_headers: z.array(z.string().min(1)).default([]),
    /**
     * HTTP statuses that mean "this month is not published yet" (reported, never retried, not a failure of
     * a scheduled run). A CDN in front of a private bucket answers 403 for a missing file, as the TLC's does.
     */
    not_published_statuses: z.array(z.number().int().min(400).max(499)).default([404, 410]),
  })
  .strict();

// S3 lake storage, used when lake.root is s3://bucket/prefix. Unset keys fall back to the AWS SDK's own chain.

/** S3's minimum part is 5 MiB; 8 MiB keeps an upload's memory at 32 MiB (four parts in flight) and covers files up to 80 GB before the part size has to grow to stay within 10,000 parts. */
export const DEFAULT_S3_PART_SIZE_MB = 8;
/** No publish runs this long (a job times out after jobs.timeout_ms, an hour by default), so an incomplete upload a day old belongs to a writer that died, whatever host it ran on. */
export const DEFAULT_S3_STALE_UPLOAD_HOURS = 24;
export const DEFAULT_S3 = { part_size_mb: DEFAULT_S3_PART_SIZE_MB, stale_upload_hours: DEFAULT_S3_STALE_UPLOAD_HOURS };

const s3Schema = z
  .object({
    /** An S3-compatible store (MinIO, Ceph); unset: AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, else AWS itself. */
    endpoint: z.string().regex(/^https?:\/\/[^\s/]+/, 'expected an http:// or https:// URL, for example http://127.0.0.1:9000').optional(),
    /** Unset: AWS_REGION or the profile's region. */
    region: z.string().min(1).optional(),
    /** Unset: path-style when an endpoint is set (what S3-compatible stores expect), virtual-hosted on AWS. */
    force_path_style: z.boolean().optional(),
    /** Static credentials (keep them in the environment: ${S3_ACCESS_KEY_ID}); unset: the AWS credential chain. */
    access_key_id: z.string().min(1).optional(),
    secret_access_key: z.string().min(1).optional(),
    session_token: z.string().min(1).optional(),
    /** Files larger than one part go up by multipart upload in parts of this size. */
    part_size_mb: z.number().int().min(5).max(5120).default(DEFAULT_S3_PART_SIZE_MB),
    /** Start-up recovery aborts incomplete uploads this old whoever wrote them (a dead writer on this host's at once). */
    stale_upload_hours: z.number().positive().default(DEFAULT_S3_STALE_UPLOAD_HOURS),
  })
  .strict()
  .refine((s) => (s.access_key_id === undefined) === (s.secret_access_key === undefined), {
    message: 'expected access_key_id and secret_access_key together, or neither (the AWS credential chain)',
    path: ['secret_access_key'],
  })
  .refine((s) => s.session_token === undefined || s.access_key_id !== undefined, {
    message: 'expected session_token only with access_key_id and secret_access_key',
    path: ['session_token'],
  });

const urlTemplate = z
  .string()
  .min(1)
  .refine((value) => value.includes('{yyyy}') && value.includes('{mm}'), {
    message: 'expected a URL or path template containing {yyyy} and {mm}',
  })
  // Anything else with a scheme (s3://, gs://, ftp://) would be taken for a local path and reported as
  // "not published yet" forever.
  .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(https?|file):\/\//i.test(value), {
    message: 'expected an http(s):// or file:// URL, or a local path (other schemes such as s3:// or gs:// cannot be fetched; use their https endpoint, e.g. a presigned URL)',
  });

// Scheduling, jobs, locks and run history: `lake run` (the daemon) and `lake backfill`.

/** NYC TLC (the reference data) publishes a month's trip records about two months after it ends. */
export const DEFAULT_LAG_MONTHS = 2;
/** Every missed tick may name a different month and work is de-duplicated by month, so replaying all of them is cheap and loses nothing (Kestra's default as well). */
export const DEFAULT_CATCH_UP = 'all' as const;
/** Two jobs keep both cores of a small machine busy. Each job has its own DuckDB, so peak engine memory is this times engine.memory_limit (1 GiB with the defaults). */
export const DEFAULT_JOB_CONCURRENCY = 2;
/** The largest TLC month (~2 GB) downloads and converts in minutes; an hour frees a wedged job's partition long before the next daily tick without killing a slow but healthy one. */
export const DEFAULT_JOB_TIMEOUT_MS = 3_600_000;
/** Downloads already retry within seconds (http.retry); job retries ride out outages of minutes: three tries over about a minute and a half. */
export const DEFAULT_JOB_RETRY = { attempts: 3, base_delay_ms: 30_000, max_delay_ms: 600_000 };
/**
 * Inside `docker stop`'s default 10 s before SIGKILL (and Kubernetes' 30 s), with 2 s left to write the run
 * history and exit. A job still running then is abandoned, which loses nothing: its partition was never
 * half published, and the next run builds it again.
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 8_000;
/** A lock's owner rewrites its heartbeat this often. */
export const DEFAULT_LOCK_HEARTBEAT_MS = 10_000;
/** Six missed heartbeats: a briefly paused owner is not taken for dead, and a crashed owner on another host blocks its partition for at most a minute (a dead owner on the same host is seen at once). */
export const DEFAULT_LOCK_STALE_AFTER_MS = 60_000;
/** A waiter looks at a held lock once a second: cheap, and a freed partition is picked up promptly. */
export const DEFAULT_LOCK_POLL_MS = 1_000;
/** A quarter of monthly loads stays available for post-mortems while `_lake/runs` stays small. */
export const DEFAULT_HISTORY_RETENTION_DAYS = 90;

// Logs and metrics: `lake run` serves /metrics, /healthz and /readyz.

/** In the 9100–9999 range Prometheus exporters conventionally use; change it when something else there has it. */
export const DEFAULT_METRICS_PORT = 9478;
/** Loopback only: nothing is exposed until someone decides to (0.0.0.0 in a container, where Prometheus scrapes from outside). */
export const DEFAULT_METRICS_HOST = '127.0.0.1';
/** Freshness, CDC lag and slot gauges are recomputed this often (one lake listing and two small queries per source), about Prometheus' default scrape interval. */
export const DEFAULT_METRICS_COLLECT_INTERVAL_MS = 10_000;
export const DEFAULT_OBSERVABILITY = {
  metrics: { port: DEFAULT_METRICS_PORT, host: DEFAULT_METRICS_HOST, collect_interval_ms: DEFAULT_METRICS_COLLECT_INTERVAL_MS },
  log: { level: 'info' as const, format: 'auto' as const },
};

const observabilitySchema = z
  .object({
    metrics: z
      .object({
        /** 0 picks a free port (tests). */
        port: z.number().int().min(0).max(65_535).default(DEFAULT_METRICS_PORT),
        host: z.string().min(1).default(DEFAULT_METRICS_HOST),
        collect_interval_ms: z.number().int().min(50).default(DEFAULT_METRICS_COLLECT_INTERVAL_MS),
      })
      .strict()
      .default(DEFAULT_OBSERVABILITY.metrics),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
        /** auto: readable on a terminal, JSON lines otherwise. */
        format: z.enum(['auto', 'json', 'pretty']).default('auto'),
      })
      .strict()
      .default(DEFAULT_OBSERVABILITY.log),
  })
  .strict();

// The operator's web console (src/console), served by `lake run` and `lake demo`.

/** The pages poll their JSON API this often: live enough to watch a run, cheap enough on an S3 lake (a page reads a few listings per refresh). */
export const DEFAULT_CONSOLE_REFRESH_MS = 3_000;
/** Quarantined rows shown per partition: enough to see the reasons, few enough that a page never carries a month of data. */
export const DEFAULT_CONSOLE_QUARANTINE_ROWS = 20;
/** Where the action token is read from: an environment variable, never the config file. */
export const DEFAULT_CONSOLE_TOKEN_ENV = 'LAKE_CONSOLE_TOKEN';
export const DEFAULT_CONSOLE = {
  enabled: true,
  refresh_ms: DEFAULT_CONSOLE_REFRESH_MS,
  quarantine_rows: DEFAULT_CONSOLE_QUARANTINE_ROWS,
  actions: { enabled: false, token_env: DEFAULT_CONSOLE_TOKEN_ENV },
};

const consoleSchema = z
  .object({
    /** Serve the console at /console/ (read-only unless `actions.enabled`). */
    enabled: z.boolean().default(true),
    /** Unset: on the observability port beside /metrics. Set: its own server on this port (0 picks one). */
    port: z.number().int().min(0).max(65_535).optional(),
    /** With `port`: the address of its own server; default observability.metrics.host. */
    host: z.string().min(1).optional(),
    refresh_ms: z.number().int().min(250).default(DEFAULT_CONSOLE_REFRESH_MS),
    /** First quarantined rows shown per silver partition on the quality page; 0 shows reasons and counts only (no row data). */
    quarantine_rows: z.number().int().min(0).max(1_000).default(DEFAULT_CONSOLE_QUARANTINE_ROWS),
    actions: z
      .object({
        /** Backfill, retry failed partitions and re-snapshot CDC tables from the console (authenticated by the token). */
        enabled: z.boolean().default(false),
        /** Environment variable holding the bearer token the actions require (at least 16 characters). */
        token_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name such as LAKE_CONSOLE_TOKEN').default(DEFAULT_CONSOLE_TOKEN_ENV),
      })
      .strict()
      .default(DEFAULT_CONSOLE.actions),
  })
  .strict();

const cronExpression = z.string().refine(
  (value) => {
    try {
      return isCronExpression(value);
    } catch {
      return false;
    }
  },
  { message: "expected a cron expression in UTC: 5 fields, or 6 with seconds first (e.g. '0 9 * * *')" },
);

const jobsSchema = z
  .object({
    /** Jobs (partition builds) running at once, across all sources and layers. */
    concurrency: z.number().int().min(1).max(64).default(DEFAULT_JOB_CONCURRENCY),
    /** One attempt of one job is abandoned (and retried) after this long. */
    timeout_ms: z.number().int().min(100).default(DEFAULT_JOB_TIMEOUT_MS),
    retry: retrySchema(DEFAULT_JOB_RETRY),
  })
  .strict();

const locksSchema = z
  .object({
    heartbeat_ms: z.number().int().min(10).default(DEFAULT_LOCK_HEARTBEAT_MS),
    stale_after_ms: z.number().int().min(50).default(DEFAULT_LOCK_STALE_AFTER_MS),
    poll_ms: z.number().int().min(10).default(DEFAULT_LOCK_POLL_MS),
  })
  .strict()
  .refine((l) => l.stale_after_ms > 2 * l.heartbeat_ms, {
    message: 'expected stale_after_ms above twice heartbeat_ms, so a live owner is never taken for dead',
    path: ['stale_after_ms'],
  });

/** 64 MiB: far above any real row (TLC rows are a few hundred bytes), far below what exhausts memory. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/** Real TLC CSVs gzip 4–8x; 100x leaves room for very repetitive files and stops bombs (1000x and more) early. */
export const DEFAULT_MAX_DECOMPRESSION_RATIO = 100;

const batchSourceSchema = z
  .object({
    type: z.enum(['csv', 'parquet']),
    /** URL (http, https, file) or local path, with {yyyy} and {mm} placeholders for the month. */
    url: urlTemplate,
    /** Bronze table name; defaults to the source name. */
    table: identifier.optional(),
    /** First month the source publishes. */
    start: monthString.optional(),
    /** CSV field delimiter: one byte (`,` `;` `|` or a tab). */
    delimiter: z
      .string()
      .refine((d) => Buffer.byteLength(d) === 1 && d !== '"' && d !== '\n' && d !== '\r', 'expected one byte other than a quote or a line break, e.g. "," ";" "|" or "\t"')
      .default(','),
    /** Decimal mark of the file's numbers; with `,` silver reads `3,5` as 3.5 (European exports, usually with delimiter `;`). */
    decimal_separator: z.enum(['.', ',']).default('.'),
    /** Longest record in bytes before the file is refused as damaged (bounds the normaliser's memory). */
    max_line_bytes: z.number().int().min(1024).default(DEFAULT_MAX_LINE_BYTES),
    /** A gzip file may decompress to at most this many times its own size before it is refused. */
    max_decompression_ratio: z.number().min(1).default(DEFAULT_MAX_DECOMPRESSION_RATIO),
    http: httpSchema.optional(),
    /** When `lake run` pulls the newest month that should exist (cron, UTC). Without it the daemon leaves the source alone. */
    schedule: cronExpression.optional(),
    /** Ticks missed while the daemon was down, replayed on start: every one, only the last, or none. */
    catch_up: z.enum(['all', 'last', 'none']).default(DEFAULT_CATCH_UP),
    /** Months between a month's end and its file's publication: at time T the newest month that should exist is month(T) − lag_months. */
    lag_months: z.number().int().min(0).max(120).default(DEFAULT_LAG_MONTHS),
    /** At most this many jobs of this source at once (be polite to its server); default: only jobs.concurrency applies. */
    concurrency: z.number().int().min(1).max(64).optional(),
    /** `lake status` calls the source (and the silver and gold tables built from it) late when the newest month that should exist is still missing this many days after it became due. */
    freshness_sla_days: z.number().min(0).optional(),
  })
  .strict();

/**
 * A flush happens as soon as the stream is caught up (at most five a second), so lag stays low at rest;
 * while the stream keeps delivering, a committed change waits at most 1 s (`interval_ms`) or until 50k
 * changes gathered (`max_changes`), so Parquet files stay large under load.
 */
export const DEFAULT_CDC_FLUSH_INTERVAL_MS = 1_000;
export const DEFAULT_CDC_FLUSH_MAX_CHANGES = 50_000;
/** An idle database still advances the slot every 10 s, so retained WAL stays small. */
export const DEFAULT_CDC_HEARTBEAT_MS = 10_000;
/** Changes of one open transaction held in memory before they spill to disk. */
export const DEFAULT_CDC_SPILL_CHANGES = 100_000;
/** Replication more than 15 minutes behind pages someone (the issue's default): far above the seconds of a healthy stream, well before a day's WAL piles up. */
export const DEFAULT_CDC_LAG_THRESHOLD_SECONDS = 900;
/** 1 GiB of WAL held for the slot: a stalled consumer is noticed long before a typical data disk fills (set it below max_slot_wal_keep_size when that is set). */
export const DEFAULT_SLOT_RETAINED_WAL_THRESHOLD_BYTES = 1024 ** 3;

/**
 * 128 MiB silver files: a flush rewrites only the files its keys fall in, so smaller files make a flush
 * cheaper, while engines reading the table (DuckDB, Spark, Polars) want files of 100 MB to 1 GB to scan
 * efficiently; 128 MiB is the usual Parquet/Iceberg default at the low end of that range.
 */
export const DEFAULT_CDC_SILVER_TARGET_FILE_MB = 128;
/**
 * Silver is published every 5 s at most: acknowledging to Postgres stays at the flush cadence (~1 s, for
 * durability and retained WAL), while each publish rewrites whole files, so batching several flushes
 * into one publish divides that cost without making silver noticeably staler.
 */
export const DEFAULT_CDC_SILVER_PUBLISH_INTERVAL_MS = 5_000;
/**
 * Bronze CDC files (one per flush and table, up to 86,400 a day) are merged once 32 of one level sit at or
 * below the silver watermark in a day partition: each merge then cuts the file count 32-fold, so a row is
 * rewritten about three times on its way to a full file (log32 of 128 MiB over a small flush).
 */
export const DEFAULT_CDC_BRONZE_COMPACT_MIN_FILES = 32;
/** Merged bronze files aim at the silver file size, for the same reason: large enough to scan well, small enough to rewrite. */
export const DEFAULT_CDC_BRONZE_TARGET_FILE_MB = 128;

/** How stale a CDC table may get, measured as now minus the commit time of its newest applied change. No default: a table written once a day would page all day under a 15-minute SLA, so it is set per table or source. */
const freshnessSlaSeconds = z.number().min(0);

const qualifiedTable = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/, 'expected a table name, optionally schema-qualified (public.orders)');

/** When a CDC source's batch is written to bronze (shared by `postgres` and `kafka` sources). */
const cdcFlushSchema = z
  .object({
    interval_ms: z.number().int().min(10).default(DEFAULT_CDC_FLUSH_INTERVAL_MS),
    max_changes: z.number().int().min(1).default(DEFAULT_CDC_FLUSH_MAX_CHANGES),
  })
  .strict()
  .default({ interval_ms: DEFAULT_CDC_FLUSH_INTERVAL_MS, max_changes: DEFAULT_CDC_FLUSH_MAX_CHANGES });

const cdcSilverSchema = z
  .object({
    /** Size a silver Parquet file aims at (MiB); a flush rewrites only the files holding keys it changed, and splits one that grows past twice this. */
    target_file_mb: z.number().positive().default(DEFAULT_CDC_SILVER_TARGET_FILE_MB),
    /** Least time between two silver publishes of a table (ms); changes are acknowledged at the flush cadence regardless. */
    publish_interval_ms: z.number().int().min(0).default(DEFAULT_CDC_SILVER_PUBLISH_INTERVAL_MS),
  })
  .strict()
  .default({ target_file_mb: DEFAULT_CDC_SILVER_TARGET_FILE_MB, publish_interval_ms: DEFAULT_CDC_SILVER_PUBLISH_INTERVAL_MS });

const cdcBronzeSchema = z
  .object({
    /** Files of one level in a day partition, all already in silver, that trigger a merge (src/bronze/cdc.ts compactBronze). */
    compact_min_files: z.number().int().min(2).default(DEFAULT_CDC_BRONZE_COMPACT_MIN_FILES),
    /** Size a merged or snapshot bronze file aims at (MiB); a file of half of it is never merged again. */
    target_file_mb: z.number().positive().default(DEFAULT_CDC_BRONZE_TARGET_FILE_MB),
  })
  .strict()
  .default({ compact_min_files: DEFAULT_CDC_BRONZE_COMPACT_MIN_FILES, target_file_mb: DEFAULT_CDC_BRONZE_TARGET_FILE_MB });

// Kafka: a `kafka` target on a postgres source (changes out, in Debezium's envelope) and `kafka` sources
// (Debezium topics in). Connection settings never live in the file: they are read from environment
// variables named by `env_prefix` (src/kafka/connection.ts), and never logged.

/** `KAFKA_BROKERS`, `KAFKA_SSL`, `KAFKA_SASL_MECHANISM`, `KAFKA_SASL_USERNAME`, `KAFKA_SASL_PASSWORD`: the names most Kafka tooling documents. */
export const DEFAULT_KAFKA_ENV_PREFIX = 'KAFKA';
/** kafkajs' own defaults: a broker silent for 30 s is taken for down and the request retried elsewhere; connecting gets 10 s. */
export const DEFAULT_KAFKA_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_KAFKA_CONNECTION_TIMEOUT_MS = 10_000;
/**
 * One produce request carries at most 900 KiB of messages: every partition's record batch then stays under
 * Kafka's default `max.message.bytes` (1 MiB) whatever the key distribution, while a request still holds
 * thousands of typical change events.
 */
export const DEFAULT_KAFKA_MAX_REQUEST_BYTES = 900 * 1024;
/**
 * kafkajs' default session timeout: a consumer silent for 30 s is dropped from its group. After a crash the
 * group waits about this long for the dead member before the restarted one gets the partitions, so a
 * lower value (the brokers' group.min.session.timeout.ms, 6 s by default, is the floor) resumes sooner.
 */
export const DEFAULT_KAFKA_SESSION_TIMEOUT_MS = 30_000;

const topicName = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,249}$/, "expected a Kafka topic name (letters, digits, '.', '_' and '-', at most 249)");

const kafkaConnectionSchema = z
  .object({
    /** Environment variables `<prefix>_BROKERS` (host:port, comma-separated; required), `<prefix>_SSL` (true/false), `<prefix>_SASL_MECHANISM` (plain, scram-sha-256, scram-sha-512), `<prefix>_SASL_USERNAME`, `<prefix>_SASL_PASSWORD`. */
    env_prefix: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable prefix such as KAFKA').default(DEFAULT_KAFKA_ENV_PREFIX),
    /** Names this lake's connections in the brokers' logs and quotas. */
    client_id: z.string().regex(/^[A-Za-z0-9._-]+$/, "expected letters, digits, '.', '_' or '-'").default('lake'),
    connection_timeout_ms: z.number().int().min(100).default(DEFAULT_KAFKA_CONNECTION_TIMEOUT_MS),
    request_timeout_ms: z.number().int().min(100).default(DEFAULT_KAFKA_REQUEST_TIMEOUT_MS),
  })
  .strict()
  .default({
    env_prefix: DEFAULT_KAFKA_ENV_PREFIX,
    client_id: 'lake',
    connection_timeout_ms: DEFAULT_KAFKA_CONNECTION_TIMEOUT_MS,
    request_timeout_ms: DEFAULT_KAFKA_REQUEST_TIMEOUT_MS,
  });

/** The sink of a postgres source: every committed change (and the snapshot) produced to Kafka in Debezium's envelope (src/sinks/kafka). */
const kafkaSinkSchema = z
  .object({
    connection: kafkaConnectionSchema,
    /** Topics are `<topic_prefix>.<schema>.<table>` (Debezium's naming); default: the source's name. */
    topic_prefix: topicName.optional(),
    /** A topic of its own for a source table (`schema.table` → topic), instead of the prefix's name. */
    topics: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]*\.[A-Za-z_][A-Za-z0-9_$]*$/, 'expected schema.table'), topicName).default({}),
    /** A tombstone (the key, a null value) after each delete, so log compaction can forget the key; Debezium's `tombstones.on.delete`, on by default there too. */
    tombstones: z.boolean().default(true),
    /** Produce each table's snapshot rows (op r) as well, so a consumer can build the whole table from the topic. */
    snapshot: z.boolean().default(true),
    /** Produce TRUNCATE (op t, a null key, to every partition of the topic); off by default, as in Debezium (`skipped.operations=t`). */
    truncates: z.boolean().default(false),
    /** Most message bytes in one produce request (see DEFAULT_KAFKA_MAX_REQUEST_BYTES); keep it under the topics' max.message.bytes. */
    max_request_bytes: z.number().int().min(1024).default(DEFAULT_KAFKA_MAX_REQUEST_BYTES),
  })
  .strict();

const postgresSourceSchema = z
  .object({
    type: z.literal('postgres'),
    /** libpq connection string; keep the password in an environment variable (${SHOP_DATABASE_URL}). */
    connection: z.string().min(1),
    /** Publication to stream; created for the listed tables when absent. */
    publication: identifier,
    /** Logical replication slot; created (with an exported snapshot) on first start. */
    slot: identifier,
    tables: z
      .array(
        z
          .object({
            name: qualifiedTable,
            /** Lake table name (bronze and silver); defaults to the table name without `public.`. */
            as: identifier.optional(),
            /** Required only for a table without a primary key in the catalog. */
            primary_key: z.array(z.string().min(1)).min(1).optional(),
            /** Also keep an SCD2 history table silver.<as>_history (valid_from, valid_to, is_current). */
            scd2: z.boolean().default(false),
            /** This table's freshness SLA (overrides the source's `freshness_sla_seconds`). */
            freshness_sla_seconds: freshnessSlaSeconds.optional(),
          })
          .strict(),
      )
      .min(1),
    flush: cdcFlushSchema,
    heartbeat_ms: z.number().int().min(100).default(DEFAULT_CDC_HEARTBEAT_MS),
    /** How silver tables of this source are laid out and how often they are published. */
    silver: cdcSilverSchema,
    /** How the bronze change files of this source are compacted (and snapshot files cut). */
    bronze: cdcBronzeSchema,
    spill_changes: z.number().int().min(1).default(DEFAULT_CDC_SPILL_CHANGES),
    /** Freshness SLA of every table of this source that sets none itself. */
    freshness_sla_seconds: freshnessSlaSeconds.optional(),
    /** Replication lag (seconds) above which the lag alert fires; exported as lake_cdc_lag_threshold_seconds. */
    lag_threshold_seconds: z.number().min(0).default(DEFAULT_CDC_LAG_THRESHOLD_SECONDS),
    /** WAL held by the slot (bytes) above which the retained-WAL alert fires; exported as lake_cdc_slot_retained_wal_threshold_bytes. */
    retained_wal_threshold_bytes: z.number().int().min(0).default(DEFAULT_SLOT_RETAINED_WAL_THRESHOLD_BYTES),
    /** Also produce every change to Kafka (Debezium's envelope); the slot is acknowledged only after bronze and Kafka both have it. */
    kafka: kafkaSinkSchema.optional(),
  })
  .strict();

/**
 * A `kafka` source: Debezium-envelope topics (JSON) into bronze CDC tables, then the same silver current
 * state, SCD2 history and gold as a postgres source (src/orchestrator/kafka.ts). One topic per table.
 */
const kafkaSourceSchema = z
  .object({
    type: z.literal('kafka'),
    connection: kafkaConnectionSchema,
    /** Consumer group; default `lake-<source>`. lake's recorded offsets decide where it resumes; the group's commits follow them (for lag tools). */
    group_id: z.string().min(1).optional(),
    /** Where a partition lake has never read starts when the group has no offset for it: the oldest retained message (what a Debezium snapshot needs), or new messages only. */
    start_from: z.enum(['earliest', 'latest']).default('earliest'),
    /** The consumer's group session timeout (ms); see DEFAULT_KAFKA_SESSION_TIMEOUT_MS. */
    session_timeout_ms: z.number().int().min(1_000).default(DEFAULT_KAFKA_SESSION_TIMEOUT_MS),
    tables: z
      .array(
        z
          .object({
            /** A Debezium topic (`<topic.prefix>.<schema>.<table>`), one table's changes. */
            topic: topicName,
            /** Lake table name (bronze and silver); defaults to the topic's last segment. */
            as: identifier.optional(),
            /** The table's primary key: the message key must be an object of exactly these fields. */
            primary_key: z.array(z.string().min(1)).min(1),
            /** Also keep an SCD2 history table silver.<as>_history (valid_from, valid_to, is_current). */
            scd2: z.boolean().default(false),
            /** This table's freshness SLA (overrides the source's `freshness_sla_seconds`). */
            freshness_sla_seconds: freshnessSlaSeconds.optional(),
          })
          .strict(),
      )
      .min(1),
    flush: cdcFlushSchema,
    silver: cdcSilverSchema,
    bronze: cdcBronzeSchema,
    /** Freshness SLA of every table of this source that sets none itself. */
    freshness_sla_seconds: freshnessSlaSeconds.optional(),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('type', [batchSourceSchema, postgresSourceSchema, kafkaSourceSchema]);

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
        /** Local directory (relative to the config file) or s3://bucket/prefix. */
        root: z
          .string()
          .min(1)
          .refine((root) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(root) || /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(root), {
            message: 'expected a local directory or s3://bucket/prefix',
          })
          // The prefix also names the local cache directory, where lake deletes files: `..` would move it.
          .refine((root) => !/^s3:\/\//i.test(root) || !root.slice(5).replace(/\/+$/, '').split('/').slice(1).some((s) => s === '' || s === '.' || s === '..' || s.includes('\\')), {
            message: "expected an S3 prefix of plain names separated by single slashes (no '.', '..' or empty segments)",
          })
          .default('./lake-data'),
        /** Scratch space for downloads and staging (and, for an S3 lake, the download cache DuckDB reads); defaults to <root>/_lake/work, or <tmp>/lake-work for S3. */
        work_dir: z.string().min(1).optional(),
        s3: s3Schema.default(DEFAULT_S3),
      })
      .strict()
      .default({ root: './lake-data', s3: DEFAULT_S3 }),
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
      retry: DEFAULT_HTTP_RETRY,
      headers: {},
      secret_headers: [],
      not_published_statuses: [404, 410],
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
    jobs: jobsSchema.default({ concurrency: DEFAULT_JOB_CONCURRENCY, timeout_ms: DEFAULT_JOB_TIMEOUT_MS, retry: DEFAULT_JOB_RETRY }),
    locks: locksSchema.default({
      heartbeat_ms: DEFAULT_LOCK_HEARTBEAT_MS,
      stale_after_ms: DEFAULT_LOCK_STALE_AFTER_MS,
      poll_ms: DEFAULT_LOCK_POLL_MS,
    }),
    daemon: z
      .object({
        /** On SIGTERM/SIGINT: running jobs may finish for most of this; then they are abandoned and the process exits. */
        shutdown_grace_ms: z.number().int().min(100).default(DEFAULT_SHUTDOWN_GRACE_MS),
      })
      .strict()
      .default({ shutdown_grace_ms: DEFAULT_SHUTDOWN_GRACE_MS }),
    history: z
      .object({
        /** Run records older than this are deleted by `lake run`. */
        retention_days: z.number().int().min(1).default(DEFAULT_HISTORY_RETENTION_DAYS),
      })
      .strict()
      .default({ retention_days: DEFAULT_HISTORY_RETENTION_DAYS }),
    observability: observabilitySchema.default(DEFAULT_OBSERVABILITY),
    console: consoleSchema.default(DEFAULT_CONSOLE),
  })
  .strict()
  .superRefine((config, ctx) => {
    const bronzeTables = new Set(
      Object.entries(config.sources).flatMap(([name, s]) => (isBatchSource(s) ? [s.table ?? name] : [])),
    );
    const lakeNames = new Map<string, string>();
    for (const [name, source] of Object.entries(config.sources)) {
      cdcTablesOf(source).forEach((table, i) => {
        const lakeName = table.name;
        const other = lakeNames.get(lakeName);
        if (other) ctx.addIssue({ code: 'custom', path: ['sources', name, 'tables', i, 'as'], message: `lake table '${lakeName}' is also used by ${other}; set a distinct 'as'` });
        lakeNames.set(lakeName, `sources.${name}`);
      });
    }
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
      const cdcTables = new Set(
        Object.values(config.sources).flatMap((s) => cdcTablesOf(s).map((t) => t.name)),
      );
      model.depends_on.forEach((table, i) => {
        if (!config.silver.tables[table] && !cdcTables.has(table)) {
          ctx.addIssue({ code: 'custom', path: ['gold', name, 'depends_on', i], message: `expected a silver table or a CDC table, got '${table}'` });
        }
      });
      const kinds = new Set(model.depends_on.map((t) => cdcTables.has(t)));
      if (kinds.size > 1) {
        ctx.addIssue({ code: 'custom', path: ['gold', name, 'depends_on'], message: 'expected either monthly silver tables or CDC tables, not both (they are rebuilt on different triggers)' });
      }
    }
  });

export type LakeConfig = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type BatchSourceConfig = z.infer<typeof batchSourceSchema>;
export type PostgresSourceConfig = z.infer<typeof postgresSourceSchema>;
export type KafkaConnectionConfig = z.infer<typeof kafkaConnectionSchema>;
export type KafkaSinkConfig = z.infer<typeof kafkaSinkSchema>;
export type KafkaSourceConfig = z.infer<typeof kafkaSourceSchema>;
/** A source whose tables stream changes (bronze CDC files, silver current state): postgres or kafka. */
export type CdcSourceConfig = PostgresSourceConfig | KafkaSourceConfig;
export type HttpConfig = z.infer<typeof httpSchema>;
export type S3Config = z.infer<typeof s3Schema>;
export type JobsConfig = z.infer<typeof jobsSchema>;
export type LocksConfig = z.infer<typeof locksSchema>;
export type SilverTableConfig = z.infer<typeof silverTableSchema>;
export type SilverColumnConfig = z.infer<typeof silverColumnSchema>;
export type CheckConfig = z.infer<typeof checkSchema>;
export type GoldModelConfig = z.infer<typeof goldModelSchema>;
export type ObservabilityConfig = z.infer<typeof observabilitySchema>;

/** Whether `source` is a monthly batch source (csv, parquet) rather than a CDC one (postgres, kafka). */
export function isBatchSource(source: SourceConfig | undefined): source is BatchSourceConfig {
  return source !== undefined && source.type !== 'postgres' && source.type !== 'kafka';
}

export function isCdcSource(source: SourceConfig | undefined): source is CdcSourceConfig {
  return source?.type === 'postgres' || source?.type === 'kafka';
}

/** The topic a postgres source's Kafka sink produces `sourceTable` (schema.table) to: its own in `topics`, else `<topic_prefix>.<schema>.<table>`. */
export function kafkaSinkTopic(sink: { topic_prefix?: string; topics: Record<string, string> }, sourceName: string, sourceTable: string): string {
  const qualified = sourceTable.includes('.') ? sourceTable : `public.${sourceTable}`;
  return sink.topics[qualified] ?? `${sink.topic_prefix ?? sourceName}.${qualified}`;
}

/** Lake name of a Kafka source's table: `as`, else the topic's last segment (`shop.public.orders` → orders). */
export function kafkaTableName(table: { topic: string; as?: string }): string {
  if (table.as) return table.as;
  const name = (table.topic.split('.').at(-1) ?? table.topic).toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z_]/.test(name) ? name : `_${name}`;
}

/** The CDC tables of a source (none for a batch source): lake name, where it comes from, SCD2 and SLA. */
export function cdcTablesOf(source: SourceConfig | undefined): Array<{ name: string; from: string; scd2: boolean; freshness_sla_seconds?: number }> {
  if (source?.type === 'postgres') return source.tables.map((t) => ({ name: cdcTableName(t), from: t.name, scd2: t.scd2, ...(t.freshness_sla_seconds !== undefined ? { freshness_sla_seconds: t.freshness_sla_seconds } : {}) }));
  if (source?.type === 'kafka') return source.tables.map((t) => ({ name: kafkaTableName(t), from: t.topic, scd2: t.scd2, ...(t.freshness_sla_seconds !== undefined ? { freshness_sla_seconds: t.freshness_sla_seconds } : {}) }));
  return [];
}

/** Lake name of a CDC table: `as`, else the table name (schema kept unless it is public). */
export function cdcTableName(table: { name: string; as?: string }): string {
  if (table.as) return table.as;
  const [schema, name] = table.name.includes('.') ? table.name.split('.') : ['public', table.name];
  return (schema === 'public' ? name : `${schema}_${name}`).toLowerCase();
}
