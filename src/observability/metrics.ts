/**
 * The daemon's Prometheus metrics (prom-client), fed only from outside the pipeline: counters and
 * histograms from pipeline events (the EventBus) and CDC service events, gauges from the collector,
 * which reads manifests, CDC state and the source databases (see collector.ts for what freshness and lag
 * mean exactly). Names follow Prometheus conventions: `lake_` prefix, base units in the name (`_seconds`,
 * `_bytes`), `_total` on counters, one metric per meaning with labels for the dimensions.
 *
 * Labels are bounded by the config: `layer` (bronze, silver, gold), `table` (a lake table or gold model),
 * `source` and `slot` (configured sources), `topic` and `partition` (configured Kafka topics and their
 * partitions), `check` and `severity` (configured checks), `kind` and
 * `status`/`outcome` (small fixed sets). No month, run id or error text is ever a label.
 *
 * Thresholds are exported as gauges too (`lake_table_freshness_sla_seconds`,
 * `lake_cdc_lag_threshold_seconds`, `lake_cdc_slot_retained_wal_threshold_bytes`), so one alert rule
 * compares each series with its own threshold and the rules never change when config does.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from 'pino';
import { bronzeTableOf, catalog, isCdcSource, packageVersion, type LakeConfig } from '../config/index.ts';
import { checkName } from '../silver/index.ts';
import { listManifests, readJson, type LakeStorage } from '../storage/index.ts';
import { LakeStateCollector, type Clock } from './collector.ts';
import type { CdcEvent, EventBus, PipelineEvent } from '../events/index.ts';

/** Seconds. Partition jobs range from a second (a sample month) to an hour (a 2 GB month on a small machine). */
const JOB_DURATION_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600];
/** Seconds. A run is one or many jobs: up to hours for a backfill. */
const RUN_DURATION_BUCKETS = [1, 5, 15, 30, 60, 300, 600, 1800, 3600, 7200, 14400];

export interface LakeMetricsOptions {
  config: LakeConfig;
  storage: LakeStorage;
  clock?: Clock;
  log?: Logger;
  /** Node's process and runtime metrics (CPU, memory, event loop lag, GC); on by default. */
  defaultMetrics?: boolean;
}

export class LakeMetrics {
  readonly registry = new Registry();
  readonly collector: LakeStateCollector;
  private readonly config: LakeConfig;
  private readonly clock: Clock;
  /** Whether each CDC source's stream is up, as its last events said (for /readyz and lake_cdc_streaming). */
  readonly cdcStreaming = new Map<string, boolean>();

  private readonly partitions: Counter<'layer' | 'table' | 'outcome'>;
  private readonly rows: Counter<'layer' | 'table' | 'outcome'>;
  private readonly qualityFailures: Counter<'table' | 'check' | 'severity'>;
  private readonly qualityUnexpected: Counter<'table' | 'check' | 'severity'>;
  private readonly downloadRetries: Counter<'source'>;
  private readonly jobs: Counter<'layer' | 'table' | 'outcome'>;
  private readonly jobDuration: Histogram<'layer' | 'table' | 'outcome'>;
  private readonly runs: Counter<'kind' | 'status'>;
  private readonly runDuration: Histogram<'kind' | 'status'>;
  private readonly runLastFinished: Gauge<'kind' | 'status'>;
  private readonly lastSuccess: Gauge<'layer' | 'table'>;
  private readonly cdcChanges: Counter<'source'>;
  private readonly cdcFlushes: Counter<'source'>;
  private readonly cdcReconnects: Counter<'source'>;
  private readonly cdcFailures: Counter<'source'>;
  private readonly cdcSnapshotRows: Counter<'source' | 'table'>;
  private readonly cdcSilverBuilds: Counter<'source' | 'table'>;
  private readonly cdcLastFlush: Gauge<'source'>;
  private readonly kafkaProduced: Counter<'source' | 'topic'>;
  private readonly kafkaUnavailable: Counter<'source'>;
  private readonly kafkaConsumed: Counter<'source' | 'topic'>;
  private readonly kafkaQuarantined: Counter<'source'>;
  private readonly kafkaLag: Gauge<'source' | 'topic' | 'partition'>;
  private readonly kafkaCommitted: Gauge<'source' | 'topic' | 'partition'>;
  private readonly kafkaCommitFailures: Counter<'source'>;
  private readonly collectErrors: Counter<'part'>;
  private readonly lastSuccessSeen = new Map<string, number>();

  constructor(options: LakeMetricsOptions) {
    this.config = options.config;
    this.clock = options.clock ?? { now: () => new Date() };
    const registers = [this.registry];
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.collectErrors = new Counter({
      name: 'lake_metrics_collection_errors_total',
      help: 'Collections of lake state or source database statistics that failed, by part (lake, cdc:<source>).',
      labelNames: ['part'],
      registers,
    });
    this.collector = new LakeStateCollector({
      config: options.config,
      storage: options.storage,
      clock: this.clock,
      ...(options.log ? { log: options.log } : {}),
      onError: (part) => this.collectErrors.inc({ part }),
    });
    const collector = this.collector;
    const streaming = this.cdcStreaming;

    new Gauge({ name: 'lake_build_info', help: 'Always 1; the labels say which lake is running.', labelNames: ['version'], registers }).set({ version: packageVersion() }, 1);

    // Layers and jobs (pipeline events).
    this.partitions = new Counter({
      name: 'lake_partitions_total',
      help: 'Partition builds by layer, table and outcome (published, failed, not_published).',
      labelNames: ['layer', 'table', 'outcome'],
      registers,
    });
    this.rows = new Counter({
      name: 'lake_rows_total',
      help: 'Rows processed by layer, table and outcome: published (written to the layer), quarantined, duplicate (dropped by deduplication).',
      labelNames: ['layer', 'table', 'outcome'],
      registers,
    });
    this.qualityFailures = new Counter({
      name: 'lake_quality_check_failures_total',
      help: 'Silver partition promotions in which a quality check did not pass, by table, check and severity (warn, drop, fail).',
      labelNames: ['table', 'check', 'severity'],
      registers,
    });
    this.qualityUnexpected = new Counter({
      name: 'lake_quality_unexpected_rows_total',
      help: 'Rows a quality check found unexpected, by table, check and severity.',
      labelNames: ['table', 'check', 'severity'],
      registers,
    });
    this.downloadRetries = new Counter({ name: 'lake_download_retries_total', help: 'Download attempts that failed and were retried, by source.', labelNames: ['source'], registers });
    this.jobs = new Counter({
      name: 'lake_jobs_total',
      help: 'Partition jobs of the runner by layer, table and outcome (succeeded, failed after its retries, retried, skipped).',
      labelNames: ['layer', 'table', 'outcome'],
      registers,
    });
    this.jobDuration = new Histogram({
      name: 'lake_job_duration_seconds',
      help: 'Duration of finished partition jobs (all attempts), by layer, table and outcome (succeeded, failed).',
      labelNames: ['layer', 'table', 'outcome'],
      buckets: JOB_DURATION_BUCKETS,
      registers,
    });
    this.runs = new Counter({ name: 'lake_runs_total', help: 'Finished runs (a schedule tick, a catch-up, a backfill) by kind and status.', labelNames: ['kind', 'status'], registers });
    this.runDuration = new Histogram({
      name: 'lake_run_duration_seconds',
      help: 'Duration of finished runs by kind and status.',
      labelNames: ['kind', 'status'],
      buckets: RUN_DURATION_BUCKETS,
      registers,
    });
    this.runLastFinished = new Gauge({ name: 'lake_run_last_finished_timestamp_seconds', help: 'When the last run of each kind and status finished (Unix time).', labelNames: ['kind', 'status'], registers });
    this.lastSuccess = new Gauge({
      name: 'lake_last_success_timestamp_seconds',
      help: 'When a build of the table last succeeded (Unix time), by layer and table; initialised from the manifests at start.',
      labelNames: ['layer', 'table'],
      registers,
    });

    // CDC (CDC service events).
    this.cdcChanges = new Counter({ name: 'lake_cdc_changes_total', help: 'Changes (rows) flushed durably to bronze, by source.', labelNames: ['source'], registers });
    this.cdcFlushes = new Counter({ name: 'lake_cdc_flushes_total', help: 'Flushes (publish, then acknowledge) by source.', labelNames: ['source'], registers });
    this.cdcReconnects = new Counter({ name: 'lake_cdc_reconnects_total', help: 'Times the replication stream was lost and reconnected, by source.', labelNames: ['source'], registers });
    this.cdcFailures = new Counter({ name: 'lake_cdc_failures_total', help: 'CDC failures (the stream stopping for good, or a silver or gold rebuild failing), by source.', labelNames: ['source'], registers });
    this.cdcSnapshotRows = new Counter({ name: 'lake_cdc_snapshot_rows_total', help: 'Rows copied by table snapshots, by source and table.', labelNames: ['source', 'table'], registers });
    this.cdcSilverBuilds = new Counter({ name: 'lake_cdc_silver_builds_total', help: 'Rebuilds of a CDC table\'s silver current state, by source and table.', labelNames: ['source', 'table'], registers });
    this.cdcLastFlush = new Gauge({ name: 'lake_cdc_last_flush_timestamp_seconds', help: 'When the source last flushed changes (Unix time).', labelNames: ['source'], registers });

    // Kafka (CDC service events): the sink of a postgres source, and `kafka` sources. `partition` is bounded by the topics' partitions.
    this.kafkaProduced = new Counter({ name: 'lake_kafka_produced_messages_total', help: 'Messages (changes, snapshot rows and tombstones) Kafka acknowledged for a postgres source\'s sink, by source and topic.', labelNames: ['source', 'topic'], registers });
    this.kafkaUnavailable = new Counter({ name: 'lake_kafka_unavailable_toast_values_total', help: 'Unchanged TOAST values the Kafka sink had no earlier version of, sent as Debezium\'s __debezium_unavailable_value, by source.', labelNames: ['source'], registers });
    this.kafkaConsumed = new Counter({ name: 'lake_kafka_consumed_messages_total', help: 'Messages a kafka source recorded (in bronze, in the quarantine, or skipped tombstones), by source and topic.', labelNames: ['source', 'topic'], registers });
    this.kafkaQuarantined = new Counter({ name: 'lake_kafka_quarantined_messages_total', help: 'Messages a kafka source put in its quarantine (not JSON, not an envelope, Avro, a key not matching), by source.', labelNames: ['source'], registers });
    this.kafkaLag = new Gauge({ name: 'lake_kafka_consumer_lag_messages', help: 'Messages after the last one a kafka source read, per partition, as of its latest fetch (high watermark minus next offset).', labelNames: ['source', 'topic', 'partition'], registers });
    this.kafkaCommitted = new Gauge({ name: 'lake_kafka_committed_offset', help: 'The next offset a kafka source recorded and committed to its consumer group, per partition.', labelNames: ['source', 'topic', 'partition'], registers });
    this.kafkaCommitFailures = new Counter({ name: 'lake_kafka_offset_commit_failures_total', help: 'Consumer group commits that failed (the recorded offsets stand; the next commit catches up), by source.', labelNames: ['source'], registers });
    this.zeroCounters();

    new Gauge({
      name: 'lake_cdc_streaming',
      help: '1 while the source\'s replication stream is up, 0 while it is snapshotting, reconnecting or failed.',
      labelNames: ['source'],
      registers,
      collect() {
        for (const source of collector.cdcSources()) this.set({ source: source.source }, streaming.get(source.source) ? 1 : 0);
      },
    });

    // Gauges computed from lake state and the source databases at scrape time.
    new Gauge({
      name: 'lake_table_freshness_seconds',
      help: 'How far behind the table\'s data is, by layer: CDC tables, now minus the commit time of the newest applied change; monthly tables, how long ago the first month missing after the newest published one became due (0 while the newest expected month is published).',
      labelNames: ['layer', 'table'],
      registers,
      collect() {
        this.reset();
        for (const f of collector.freshness()) this.set({ layer: f.layer, table: f.table }, f.freshnessSeconds);
      },
    });
    new Gauge({
      name: 'lake_table_freshness_sla_seconds',
      help: 'The table\'s freshness SLA from config (CDC: freshness_sla_seconds; monthly: the source\'s freshness_sla_days), by layer and table.',
      labelNames: ['layer', 'table'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.slas()) this.set({ layer: s.layer, table: s.table }, s.slaSeconds);
      },
    });
    new Gauge({
      name: 'lake_cdc_lag_bytes',
      help: 'WAL the lake has not flushed yet: the source\'s pg_current_wal_lsn() minus the flushed position, by source.',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) if (s.lagBytes !== undefined) this.set({ source: s.source }, s.lagBytes);
      },
    });
    new Gauge({
      name: 'lake_cdc_lag_seconds',
      help: 'Replication lag: now minus the newest instant before which every change committed in the source is durable in the lake, by source.',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) if (s.lagSeconds !== undefined) this.set({ source: s.source }, s.lagSeconds);
      },
    });
    new Gauge({
      name: 'lake_cdc_lag_threshold_seconds',
      help: 'The lag alert threshold from config (sources.<name>.lag_threshold_seconds).',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) this.set({ source: s.source }, s.lagThresholdSeconds);
      },
    });
    new Gauge({
      name: 'lake_cdc_source_up',
      help: '1 when the last collection reached the source database, else 0.',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) this.set({ source: s.source }, s.up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'lake_cdc_slot_active',
      help: '1 while a walsender streams from the replication slot, else 0.',
      labelNames: ['source', 'slot'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) if (s.slotStats) this.set({ source: s.source, slot: s.slotStats.slot }, s.slotStats.active ? 1 : 0);
      },
    });
    new Gauge({
      name: 'lake_cdc_slot_retained_wal_bytes',
      help: 'WAL the server keeps for the replication slot (pg_current_wal_lsn() minus the slot\'s restart_lsn).',
      labelNames: ['source', 'slot'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) {
          if (s.slotStats && s.slotStats.retainedWalBytes !== null) this.set({ source: s.source, slot: s.slotStats.slot }, s.slotStats.retainedWalBytes);
        }
      },
    });
    new Gauge({
      name: 'lake_cdc_slot_retained_wal_threshold_bytes',
      help: 'The retained-WAL alert threshold from config (sources.<name>.retained_wal_threshold_bytes).',
      labelNames: ['source', 'slot'],
      registers,
      collect() {
        this.reset();
        for (const s of collector.cdcSources()) this.set({ source: s.source, slot: s.slot }, s.retainedWalThresholdBytes);
      },
    });
  }

  /**
   * Failure counters start at 0 for every configured table and check: `increase()` needs a sample before
   * the first failure, or the first one would never be seen by the alert rules.
   */
  private zeroCounters(): void {
    const config = this.config;
    // The tables partition jobs build: monthly ones and gold over CDC (CDC silver has counters of its own).
    for (const { layer, table } of catalog(config).tables.filter((t) => t.kind !== 'cdc')) {
      for (const outcome of ['succeeded', 'failed']) this.jobs.inc({ layer, table, outcome }, 0);
      this.partitions.inc({ layer, table, outcome: 'failed' }, 0);
    }
    for (const [table, def] of Object.entries(config.silver.tables)) {
      for (const check of def.checks) this.qualityFailures.inc({ table, check: checkName(check), severity: check.severity }, 0);
    }
    for (const [source, def] of Object.entries(config.sources)) {
      if (!isCdcSource(def)) continue;
      this.cdcFailures.inc({ source }, 0);
      this.cdcReconnects.inc({ source }, 0);
      if (def.type === 'kafka') this.kafkaQuarantined.inc({ source }, 0);
    }
  }

  /** Subscribes to the pipeline's events; returns the unsubscribe function. */
  attach(events: EventBus): () => void {
    return events.on((event) => this.onEvent(event));
  }

  private initializing: Promise<void> = Promise.resolve();

  /**
   * Starts the periodic collection, and initialises last-success times from the manifests in the
   * background (one read per partition manifest, once: on a large S3 lake that takes a while, and the
   * daemon need not wait for it).
   */
  start(intervalMs: number, storage: LakeStorage): void {
    this.collector.start(intervalMs);
    this.initializing = this.initLastSuccess(storage).catch(() => this.collectErrors.inc({ part: 'lake' }));
  }

  async close(): Promise<void> {
    await this.initializing;
    await this.collector.close();
  }

  async metricsText(): Promise<string> {
    return this.registry.metrics();
  }

  private nowSeconds(): number {
    return this.clock.now().getTime() / 1000;
  }

  private async initLastSuccess(storage: LakeStorage): Promise<void> {
    const newest = new Map<string, { layer: string; table: string; at: number }>();
    for (const { key, layer, table } of await listManifests(storage)) {
      const m = await readJson<{ ingested_at?: string; promoted_at?: string; built_at?: string }>(storage, key);
      if (!m) continue;
      const at = Date.parse(m.ingested_at ?? m.promoted_at ?? m.built_at ?? '');
      const seen = newest.get(`${layer}:${table}`);
      if (Number.isFinite(at) && at > (seen?.at ?? 0)) newest.set(`${layer}:${table}`, { layer, table, at });
    }
    // An event that arrived meanwhile is newer than any manifest read before it, and wins.
    for (const { layer, table, at } of newest.values()) this.lastSuccessIfNewer(layer, table, at / 1000);
  }

  private lastSuccessIfNewer(layer: string, table: string, seconds: number): void {
    const key = `${layer}:${table}`;
    if ((this.lastSuccessSeen.get(key) ?? 0) >= seconds) return;
    this.lastSuccessSeen.set(key, seconds);
    this.lastSuccess.set({ layer, table }, seconds);
  }

  onEvent(event: PipelineEvent): void {
    switch (event.type) {
      case 'cdc':
        this.onCdcEvent(event.source, event.event);
        return;
      case 'bronze.published': {
        const { table, month, rows } = event.manifest;
        this.partitions.inc({ layer: 'bronze', table, outcome: 'published' });
        this.rows.inc({ layer: 'bronze', table, outcome: 'published' }, rows);
        this.lastSuccessIfNewer('bronze', table, this.nowSeconds());
        this.collector.notePublished('bronze', table, month);
        return;
      }
      case 'bronze.failed':
        this.partitions.inc({ layer: 'bronze', table: event.table, outcome: 'failed' });
        return;
      case 'bronze.not-published':
        this.partitions.inc({ layer: 'bronze', table: event.table, outcome: 'not_published' });
        return;
      case 'download.retry':
        this.downloadRetries.inc({ source: event.source });
        return;
      case 'silver.published': {
        const { table, month, counts, checks } = event.manifest;
        this.partitions.inc({ layer: 'silver', table, outcome: 'published' });
        this.rows.inc({ layer: 'silver', table, outcome: 'published' }, counts.silver);
        this.rows.inc({ layer: 'silver', table, outcome: 'quarantined' }, counts.quarantined);
        this.rows.inc({ layer: 'silver', table, outcome: 'duplicate' }, counts.duplicates);
        this.countChecks(table, checks);
        this.lastSuccessIfNewer('silver', table, this.nowSeconds());
        this.collector.notePublished('silver', table, month);
        return;
      }
      case 'silver.failed': {
        this.partitions.inc({ layer: 'silver', table: event.table, outcome: 'failed' });
        // A quality gate (a failing `fail` check) carries every check's result.
        const checks = (event.error as unknown as { checks?: unknown }).checks;
        if (Array.isArray(checks)) this.countChecks(event.table, checks as Array<{ check: string; severity: string; unexpected: number; success: boolean }>);
        return;
      }
      case 'gold.published':
        this.partitions.inc({ layer: 'gold', table: event.model, outcome: 'published' });
        this.rows.inc({ layer: 'gold', table: event.model, outcome: 'published' }, event.rows);
        this.lastSuccessIfNewer('gold', event.model, this.nowSeconds());
        if (event.month === 'all') void this.collector.noteCdcBuilt('gold', event.model);
        else this.collector.notePublished('gold', event.model, event.month);
        return;
      case 'gold.failed':
        this.partitions.inc({ layer: 'gold', table: event.model, outcome: 'failed' });
        return;
      case 'job.succeeded': {
        const labels = this.jobLabels(event.partition, 'succeeded');
        this.jobs.inc(labels);
        this.jobDuration.observe(labels, event.durationMs / 1000);
        return;
      }
      case 'job.failed': {
        const labels = this.jobLabels(event.partition, 'failed');
        this.jobs.inc(labels);
        this.jobDuration.observe(labels, event.durationMs / 1000);
        return;
      }
      case 'job.retry':
        this.jobs.inc(this.jobLabels(event.partition, 'retried'));
        return;
      case 'job.skipped':
        this.jobs.inc(this.jobLabels(event.partition, 'skipped'));
        return;
      case 'run.finished':
        this.runs.inc({ kind: event.kind, status: event.status });
        this.runDuration.observe({ kind: event.kind, status: event.status }, event.durationMs / 1000);
        this.runLastFinished.set({ kind: event.kind, status: event.status }, this.nowSeconds());
        return;
      default:
        return;
    }
  }

  private onCdcEvent(source: string, event: CdcEvent): void {
    switch (event.type) {
      case 'streaming':
        this.cdcStreaming.set(source, true);
        return;
      case 'flushed':
        this.cdcStreaming.set(source, true);
        this.cdcFlushes.inc({ source });
        this.cdcChanges.inc({ source }, event.rows);
        this.cdcLastFlush.set({ source }, this.nowSeconds());
        this.collector.noteFlushed(source, event.lsn);
        return;
      case 'heartbeat.acknowledged':
        this.cdcStreaming.set(source, true);
        this.collector.noteFlushed(source, event.lsn);
        return;
      case 'snapshot.table':
        this.cdcSnapshotRows.inc({ source, table: event.table }, event.rows);
        return;
      case 'kafka.produced':
        for (const [topic, n] of Object.entries(event.topics)) this.kafkaProduced.inc({ source, topic }, n);
        if (event.unavailable > 0) this.kafkaUnavailable.inc({ source }, event.unavailable);
        return;
      case 'kafka.consumed':
        this.cdcStreaming.set(source, true);
        for (const [topic, n] of Object.entries(event.byTopic)) this.kafkaConsumed.inc({ source, topic }, n);
        if (event.quarantined > 0) this.kafkaQuarantined.inc({ source }, event.quarantined);
        if (!event.committed) this.kafkaCommitFailures.inc({ source });
        for (const p of event.partitions) {
          const labels = { source, topic: p.topic, partition: String(p.partition) };
          this.kafkaLag.set(labels, p.lag);
          if (event.committed && p.offset !== undefined) this.kafkaCommitted.set(labels, Number(p.offset));
        }
        return;
      case 'silver.built':
        this.cdcSilverBuilds.inc({ source, table: event.table });
        this.lastSuccessIfNewer('silver', event.table, this.nowSeconds());
        void this.collector.noteCdcBuilt('silver', event.table);
        return;
      case 'reconnecting':
        this.cdcStreaming.set(source, false);
        this.cdcReconnects.inc({ source });
        return;
      case 'failed':
        // The stream's end or a rebuild's failure; a stream still up says so again with its next flush or heartbeat.
        this.cdcStreaming.set(source, false);
        this.cdcFailures.inc({ source });
        return;
    }
  }

  private countChecks(table: string, checks: Array<{ check: string; severity: string; unexpected: number; success: boolean }>): void {
    for (const c of checks) {
      if (c.unexpected > 0) this.qualityUnexpected.inc({ table, check: c.check, severity: c.severity }, c.unexpected);
      if (!c.success) this.qualityFailures.inc({ table, check: c.check, severity: c.severity });
    }
  }

  private jobLabels(partition: { layer: string; name: string }, outcome: string) {
    const table = partition.layer === 'bronze' ? bronzeTableOf(partition.name, this.config) : partition.name;
    return { layer: partition.layer, table, outcome };
  }
}
