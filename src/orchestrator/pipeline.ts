/**
 * Builds one partition of a layer: bronze (ingest a source's month), silver (promote a table's month),
 * gold (build a model's month), as an outcome that records a failure instead of throwing. Planning,
 * ordering and retries are the runner's (runner.ts), the one planner.
 */
import { ingestBronzeMonth } from '../bronze/index.ts';
import { catalog, type LakeConfig, type Layer } from '../config/index.ts';
import { toLakeError, type LakeError } from '../errors/index.ts';
import { buildGoldMonth } from '../gold/index.ts';
import { promoteSilverMonth, type CheckResult } from '../silver/index.ts';
import { formatMonth, type Month } from '../storage/index.ts';
import type { Engine } from '../engine/index.ts';
import type { LakeRuntime } from './runtime.ts';

export type { Layer };

export interface PartitionOutcome {
  layer: Layer;
  /** Source name for bronze, table for silver, model for gold. */
  name: string;
  month: string;
  status: 'published' | 'not-published' | 'no-input' | 'failed' | 'skipped';
  detail: string;
  counts?: { bronze: number; silver: number; quarantined: number; duplicates: number };
  rows?: number;
  checks?: CheckResult[];
  /** A failure's error, whole: the runner decides on a retry from its verdict and records it. */
  error?: LakeError;
  durationMs?: number;
}

/** The names a layer's partitions go by in plans and locks: bronze by source, silver and gold by table (CDC tables have none). */
export function namesForLayer(config: LakeConfig, layer: Layer): string[] {
  const tables = catalog(config).ofLayer(layer).filter((t) => t.kind !== 'cdc');
  return layer === 'bronze' ? tables.flatMap((t) => t.sources) : tables.map((t) => t.table);
}

/** A job's own engine (concurrent jobs must not share one DuckDB connection) and its cancellation. */
export interface PartitionJobContext {
  engine?: Engine;
  signal?: AbortSignal;
}

export async function runPartition(
  runtime: LakeRuntime,
  layer: Layer,
  name: string,
  month: Month,
  job: PartitionJobContext = {},
): Promise<PartitionOutcome> {
  const base = { layer, name, month: formatMonth(month) };
  const ctx = { ...runtime, engine: job.engine ?? runtime.engine, signal: job.signal };
  try {
    if (layer === 'bronze') {
      const result = await ingestBronzeMonth(ctx, name, month);
      if (result.status === 'not-published') return { ...base, status: 'not-published', detail: result.reason };
      const m = result.manifest;
      return {
        ...base,
        status: 'published',
        rows: m.rows,
        durationMs: result.durationMs,
        detail: `${m.rows} rows${m.malformed_rows ? ` (${m.malformed_rows} malformed, kept and flagged)` : ''} → ${m.key}`,
      };
    }
    if (layer === 'silver') {
      const result = await promoteSilverMonth(ctx, name, month);
      if (result.status === 'no-input') return { ...base, status: 'no-input', detail: result.reason };
      const { counts, checks } = result.manifest;
      const dropped = checks.filter((c) => c.unexpected > 0 && c.check !== 'quarantined_rows').map((c) => `${c.check} ${c.unexpected} ${c.severity === 'drop' ? 'quarantined' : 'warned'}`);
      return {
        ...base,
        status: 'published',
        counts,
        checks,
        rows: counts.silver,
        durationMs: result.durationMs,
        detail: `bronze ${counts.bronze} = silver ${counts.silver} + quarantined ${counts.quarantined} + duplicates ${counts.duplicates}${dropped.length ? ` (${dropped.join(', ')})` : ''}`,
      };
    }
    const result = await buildGoldMonth(ctx, name, month);
    if (result.status === 'no-input') return { ...base, status: 'no-input', detail: result.reason };
    return { ...base, status: 'published', rows: result.manifest.rows, durationMs: result.durationMs, detail: `${result.manifest.rows} row${result.manifest.rows === 1 ? '' : 's'} → ${result.manifest.key}` };
  } catch (error) {
    const e = toLakeError(error);
    return {
      ...base,
      status: 'failed',
      detail: e.describe(),
      checks: (error as { checks?: CheckResult[] }).checks,
      error: e,
    };
  }
}
