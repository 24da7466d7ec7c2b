/**
 * Runs every `postgres` source of the config inside the daemon: each CDC pipeline streams into bronze,
 * and after each durable flush the silver tables it touched are rebuilt up to the flushed position,
 * then the gold models over them. CDC work gets its own DuckDB engine, so it never waits behind (or
 * interferes with) batch jobs on the runtime's engine.
 */
import { Engine } from '../engine/index.ts';
import { buildGoldWhole } from '../gold/index.ts';
import { toLakeError, type LakeError } from '../errors/index.ts';
import { cdcTableName } from '../config/index.ts';
import { buildCdcHistory, buildCdcSilver, type CdcSilverOptions } from '../silver/cdc.ts';
import { CdcPipeline, readCdcState, tableWatermark, type CdcEvent } from './cdc.ts';
import type { LakeRuntime } from './runtime.ts';

export interface CdcServiceEvent {
  source: string;
  event: CdcEvent | { type: 'silver.built'; table: string; rows: number } | { type: 'failed'; table?: string; model?: string; error: LakeError };
}

export interface CdcService {
  pipelines: CdcPipeline[];
  /** Stops streaming, flushes what was received and committed, and waits for silver builds in flight. */
  stop(): Promise<void>;
}

export async function startCdcService(runtime: LakeRuntime, onEvent: (e: CdcServiceEvent) => void = () => {}): Promise<CdcService> {
  const sources = Object.entries(runtime.config.sources).filter(([, s]) => s.type === 'postgres').map(([name]) => name);
  if (sources.length === 0) return { pipelines: [], stop: async () => {} };
  const engine = await Engine.open({
    threads: runtime.config.engine.threads,
    memoryLimit: runtime.config.engine.memory_limit,
  });
  const cdcRuntime: LakeRuntime = { ...runtime, engine };
  const pipelines: CdcPipeline[] = [];
  const runs: Promise<void>[] = [];
  let promotions = Promise.resolve();

  for (const source of sources) {
    // One promotion at a time; each catches up to the position flushed when it runs. Flushes that come
    // while one waits join it instead of queueing more, so a slow promotion never builds a backlog.
    let waiting: { tables: Set<string> | null } | undefined;
    const enqueue = (tables: string[] | null): Promise<void> => {
      if (waiting) {
        if (tables === null || waiting.tables === null) waiting.tables = null;
        else for (const table of tables) waiting.tables.add(table);
        return promotions;
      }
      const next = (waiting = { tables: tables === null ? null : new Set(tables) });
      promotions = promotions
        .then(() => {
          waiting = undefined;
          return promote(cdcRuntime, source, next.tables === null ? null : [...next.tables], onEvent);
        })
        .catch(() => {});
      return promotions;
    };
    const pipeline: CdcPipeline = new CdcPipeline(
      cdcRuntime,
      source,
      (event) => {
        onEvent({ source, event });
        // After the snapshot (streaming starts) every table; after a flush, the tables it touched.
        const tables =
          event.type === 'streaming' ? null : event.type === 'flushed' && event.tables.length > 0 ? event.tables : undefined;
        if (tables !== undefined) enqueue(tables);
      },
      // A `lake snapshot` this pipeline performed: silver, history and gold are rebuilt before the CLI is answered.
      { afterSnapshot: (tables) => enqueue(tables) },
    );
    pipelines.push(pipeline);
    runs.push(
      pipeline.start().catch((error) => {
        onEvent({ source, event: { type: 'failed', error: toLakeError(error) } });
      }),
    );
  }
  return {
    pipelines,
    async stop() {
      await Promise.all(pipelines.map((p) => p.stop()));
      await Promise.all(runs);
      await promotions;
      engine.close();
    },
  };
}

/** Rebuilds the silver state of the tables a flush touched, then the gold models over them. */
export async function promote(runtime: LakeRuntime, source: string, only: string[] | null, onEvent: (e: CdcServiceEvent) => void = () => {}): Promise<void> {
  try {
    const state = await readCdcState(runtime, source);
    if (!state) return;
    const tables = only ?? Object.keys(state.tables);
    const built: string[] = [];
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
          onEvent({ source, event: { type: 'silver.built', table, rows: result.manifest!.rows } });
        }
      } catch (error) {
        onEvent({ source, event: { type: 'failed', table, error: toLakeError(error) } });
      }
    }
    for (const [model, def] of Object.entries(runtime.config.gold)) {
      if (!def.depends_on.some((t) => built.includes(t))) continue;
      try {
        await buildGoldWhole(runtime, model);
      } catch (error) {
        onEvent({ source, event: { type: 'failed', model, error: toLakeError(error) } });
      }
    }
  } catch (error) {
    onEvent({ source, event: { type: 'failed', error: toLakeError(error) } });
  }
}

/** The source's silver layout, as the silver builders take it. */
export function cdcSilverOptions(runtime: LakeRuntime, source: string): CdcSilverOptions {
  const config = runtime.config.sources[source];
  return config?.type === 'postgres' ? { targetFileBytes: config.silver.target_file_mb * 1024 * 1024 } : {};
}

function scd2Tables(runtime: LakeRuntime, source: string): Set<string> {
  const config = runtime.config.sources[source];
  return new Set(config?.type === 'postgres' ? config.tables.filter((t) => t.scd2).map((t) => cdcTableName(t)) : []);
}
