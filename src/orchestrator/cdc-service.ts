/**
 * Runs every CDC source of the config inside the daemon (`postgres`, and `kafka` through
 * src/orchestrator/kafka.ts): each pipeline streams into bronze,
 * and after durable flushes the silver tables they touched are rebuilt up to the flushed position, then
 * the gold models over them, and the bronze change files silver has applied are compacted. CDC work gets
 * its own DuckDB engine, so it never waits behind (or interferes with) batch jobs on the runtime's engine.
 *
 * Two cadences: the pipeline acknowledges to Postgres as soon as bronze is durable (about every second
 * under load, sooner when the stream is caught up), while silver is published at most every
 * `silver.publish_interval_ms`, and never more often than its own build takes (a build of a large table
 * that takes 8 s is followed by the next one 8 s later, not at once). Flushes that arrive meanwhile join
 * the next promotion, so the cost of silver follows its cadence and the changes, not the flush rate.
 */
import path from 'node:path';
import { compactBronze } from '../bronze/cdc.ts';
import { Engine } from '../engine/index.ts';
import { buildGoldWhole } from '../gold/index.ts';
import { toLakeError, type LakeError } from '../errors/index.ts';
import { cdcTablesOf, isCdcSource, type CdcSourceConfig } from '../config/index.ts';
import type { Lsn } from '../changes/index.ts';
import type { CdcEvent, CdcPipelineEvent } from '../events/index.ts';
import { buildCdcHistory, buildCdcSilver, type CdcSilverOptions } from '../silver/cdc.ts';
import { CdcPipeline, readCdcState, tableWatermark } from './cdc.ts';
import { KafkaSourcePipeline } from './kafka.ts';
import { engineDirectories, type LakeRuntime } from './runtime.ts';

export interface CdcService {
  pipelines: CdcPipeline[];
  /** The `kafka` sources' loops (Debezium topics in), promoted like the postgres sources'. */
  kafkaSources: KafkaSourcePipeline[];
  /** Stops streaming, flushes what was received and committed, and waits for a silver build in flight (none is started). */
  stop(): Promise<void>;
}

/** Starts every CDC source's pipeline; what they and their promotions do goes to `runtime.events` as `cdc` events. */
export async function startCdcService(runtime: LakeRuntime): Promise<CdcService> {
  const sources = Object.entries(runtime.config.sources).filter(([, s]) => isCdcSource(s)).map(([name]) => name);
  if (sources.length === 0) return { pipelines: [], kafkaSources: [], stop: async () => {} };
  const engine = await Engine.open({
    threads: runtime.config.engine.threads,
    memoryLimit: runtime.config.engine.memory_limit,
    tempDirectory: path.join(runtime.workDir, `${process.pid}-duckdb-spill-cdc`),
    allowedDirectories: engineDirectories(runtime.loaded, runtime.workDir),
  });
  const cdcRuntime: LakeRuntime = { ...runtime, engine };
  const pipelines: CdcPipeline[] = [];
  const kafkaSources: KafkaSourcePipeline[] = [];
  const runs: Promise<void>[] = [];
  let promotions = Promise.resolve();
  let stopping = false;
  const wakers = new Set<() => void>();

  for (const source of sources) {
    const config = runtime.config.sources[source] as CdcSourceConfig;
    // One promotion at a time; each catches up to the position flushed when it runs. Flushes that come
    // while one waits join it instead of queueing more, so a slow promotion never builds a backlog.
    let waiting: { tables: Set<string> | null; now: boolean } | undefined;
    let lastStart = 0;
    let lastDurationMs = 0;
    const enqueue = (tables: string[] | null, now = false): Promise<void> => {
      if (waiting) {
        if (tables === null || waiting.tables === null) waiting.tables = null;
        else for (const table of tables) waiting.tables.add(table);
        waiting.now ||= now;
        return promotions;
      }
      const next = (waiting = { tables: tables === null ? null : new Set(tables), now });
      promotions = promotions
        .then(async () => {
          // The silver cadence: not before the interval, and not more often than a build takes.
          const due = lastStart + Math.max(config.silver.publish_interval_ms, lastDurationMs);
          if (!next.now && !stopping && Date.now() < due) await sleepUnlessWoken(due - Date.now(), wakers);
          waiting = undefined;
          // Shutting down: what was flushed is durable in bronze and is promoted on the next start, so
          // a stop (Docker gives 10 s) never waits for a silver build that has not begun.
          if (stopping) return;
          lastStart = Date.now();
          await promote(cdcRuntime, source, next.tables === null ? null : [...next.tables]);
          lastDurationMs = Date.now() - lastStart;
        })
        .catch(() => {});
      return promotions;
    };
    const onPipelineEvent = (event: CdcPipelineEvent) => {
      runtime.events.emit({ type: 'cdc', source, event });
      // After the snapshot (streaming starts) every table; after a flush, the tables it touched.
      const tables =
        event.type === 'streaming' ? null : event.type === 'flushed' && event.tables.length > 0 ? event.tables : undefined;
      if (tables !== undefined) enqueue(tables);
    };
    let pipeline: CdcPipeline | KafkaSourcePipeline;
    if (config.type === 'kafka') {
      pipeline = new KafkaSourcePipeline(cdcRuntime, source, onPipelineEvent);
      kafkaSources.push(pipeline);
    } else {
      // A `lake snapshot` this pipeline performed: silver, history and gold are rebuilt before the CLI is answered.
      pipeline = new CdcPipeline(cdcRuntime, source, onPipelineEvent, { afterSnapshot: (tables) => enqueue(tables, true) });
      pipelines.push(pipeline);
    }
    runs.push(
      pipeline.start().catch((error) => {
        runtime.events.emit({ type: 'cdc', source, event: { type: 'failed', error: toLakeError(error) } });
      }),
    );
  }
  return {
    pipelines,
    kafkaSources,
    async stop() {
      stopping = true;
      await Promise.all([...pipelines, ...kafkaSources].map((p) => p.stop()));
      // A promotion waiting for its turn gives up now instead of after the rest of the publish interval.
      for (const wake of wakers) wake();
      await Promise.all(runs);
      await promotions;
      engine.close();
    },
  };
}

export interface Promotion {
  /** The tables whose silver was published. */
  built: string[];
  /** What failed (each also went to the bus as a `cdc` `failed` event); silver, history and gold of the others stand. */
  failures: LakeError[];
}

/**
 * Rebuilds the silver state of the tables a flush touched, then the gold models over them. Every outcome
 * goes to `runtime.events`; the caller also gets them back, to answer a command or a test.
 */
export async function promote(runtime: LakeRuntime, source: string, only: string[] | null): Promise<Promotion> {
  const built: string[] = [];
  const failures: LakeError[] = [];
  const emit = (event: CdcEvent) => runtime.events.emit({ type: 'cdc', source, event });
  const failed = (error: unknown, at: { table?: string; model?: string } = {}) => {
    const lakeError = toLakeError(error);
    failures.push(lakeError);
    emit({ type: 'failed', ...at, error: lakeError });
  };
  try {
    const state = await readCdcState(runtime, source);
    if (!state) return { built, failures };
    const tables = only ?? Object.keys(state.tables);
    // Each table on its own: one that cannot follow a schema change fails alone.
    for (const table of tables) {
      const info = state.tables[table];
      if (!info) continue;
      try {
        const options = cdcSilverOptions(runtime, source);
        const result = await buildCdcSilver(runtime, table, info, tableWatermark(state, table), options);
        if (result.status === 'published' && scd2Tables(runtime, source).has(table)) {
          await buildCdcHistory(runtime, table, info, tableWatermark(state, table), options);
        }
        if (result.status === 'published') {
          built.push(table);
          emit({ type: 'silver.built', table, rows: result.manifest!.rows });
          // A compaction that fails leaves more small files, nothing worse: reported, silver stands.
          await compactApplied(runtime, source, table, tableWatermark(state, table)).catch((error) => failed(error, { table }));
        }
      } catch (error) {
        failed(error, { table });
      }
    }
    for (const [model, def] of Object.entries(runtime.config.gold)) {
      if (!def.depends_on.some((t) => built.includes(t))) continue;
      try {
        await buildGoldWhole(runtime, model);
      } catch (error) {
        failed(error, { model });
      }
    }
  } catch (error) {
    failed(error);
  }
  return { built, failures };
}

/**
 * Merges the small change files silver has already applied (at or below its watermark), per day. Only
 * here, after the table's silver build and before the next, so it never lists bronze beside a build.
 */
async function compactApplied(runtime: LakeRuntime, source: string, table: string, upTo: Lsn): Promise<void> {
  const config = runtime.config.sources[source];
  if (!isCdcSource(config)) return;
  await compactBronze(runtime.engine, runtime.storage, table, {
    upTo,
    minFiles: config.bronze.compact_min_files,
    targetBytes: config.bronze.target_file_mb * 1024 * 1024,
    workDir: path.join(runtime.workDir, `${process.pid}-cdc-compact-${source}`),
  });
}

function sleepUnlessWoken(ms: number, wakers: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      wakers.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    wakers.add(wake);
  });
}

/** The source's silver layout, as the silver builders take it. */
export function cdcSilverOptions(runtime: LakeRuntime, source: string): CdcSilverOptions {
  const config = runtime.config.sources[source];
  return isCdcSource(config) ? { targetFileBytes: config.silver.target_file_mb * 1024 * 1024 } : {};
}

function scd2Tables(runtime: LakeRuntime, source: string): Set<string> {
  const config = runtime.config.sources[source];
  return new Set(cdcTablesOf(config).filter((t) => t.scd2).map((t) => t.name));
}
