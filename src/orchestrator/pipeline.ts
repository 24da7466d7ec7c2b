/**
 * Runs partitions through the layers: bronze (ingest a source's month), silver (promote a table's
 * month), gold (build a model's month), and the downstream chain between them. Each partition is its own
 * unit: a failure is recorded on it and the others go on; a partition whose upstream failed is skipped,
 * not built from stale input.
 */
import { ingestBronzeMonth } from '../bronze/index.ts';
import { bronzeTableOf, isBatchSource, type LakeConfig } from '../config/index.ts';
import { toLakeError } from '../errors/index.ts';
import { buildGoldMonth, goldModelsDependingOn } from '../gold/index.ts';
import { promoteSilverMonth, silverTablesFrom, type CheckResult } from '../silver/index.ts';
import { formatMonth, type Month } from '../storage/index.ts';
import type { Engine } from '../engine/index.ts';
import type { LakeRuntime } from './runtime.ts';

export type Layer = 'bronze' | 'silver' | 'gold';

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
  error?: { kind: string; retry: string; message: string; remedy?: string };
  durationMs?: number;
}

export interface BackfillRequest {
  layer: Layer;
  months: Month[];
  /** Sources (bronze) or tables (silver) or models (gold); default all. */
  names?: string[];
  downstream: boolean;
}

export function namesForLayer(config: LakeConfig, layer: Layer): string[] {
  if (layer === 'bronze') return Object.entries(config.sources).filter(([, s]) => isBatchSource(s)).map(([name]) => name);
  if (layer === 'silver') return Object.keys(config.silver.tables);
  return Object.keys(config.gold);
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
      error: { kind: e.kind, retry: e.retry, message: e.message, remedy: e.remedy },
    };
  }
}

/** Runs the request and, with `downstream`, what depends on each published partition. */
export async function backfill(
  runtime: LakeRuntime,
  request: BackfillRequest,
  onOutcome: (outcome: PartitionOutcome) => void = () => {},
): Promise<PartitionOutcome[]> {
  const config = runtime.config;
  const outcomes: PartitionOutcome[] = [];
  const record = (outcome: PartitionOutcome) => {
    outcomes.push(outcome);
    onOutcome(outcome);
    return outcome;
  };
  const names = request.names ?? namesForLayer(config, request.layer);
  for (const month of request.months) {
    let silverTargets: Array<{ table: string; upstreamOk: boolean }> = [];
    let goldTargets = new Map<string, boolean>();

    if (request.layer === 'bronze') {
      for (const source of names) {
        const outcome = record(await runPartition(runtime, 'bronze', source, month));
        if (request.downstream) {
          const bronzeTable = bronzeTableOf(source, config);
          for (const table of silverTablesFrom(config, bronzeTable)) {
            silverTargets.push({ table, upstreamOk: outcome.status === 'published' });
          }
        }
      }
    } else if (request.layer === 'silver') {
      silverTargets = names.map((table) => ({ table, upstreamOk: true }));
    } else {
      goldTargets = new Map(names.map((model) => [model, true]));
    }

    for (const { table, upstreamOk } of silverTargets) {
      let published = false;
      if (!upstreamOk) {
        record({ layer: 'silver', name: table, month: formatMonth(month), status: 'skipped', detail: 'its bronze partition was not published in this run' });
      } else {
        const outcome = record(await runPartition(runtime, 'silver', table, month));
        published = outcome.status === 'published';
      }
      if (request.downstream) {
        for (const model of goldModelsDependingOn(config, table)) {
          goldTargets.set(model, (goldTargets.get(model) ?? false) || published);
        }
      }
    }
    for (const [model, anyInputPublished] of goldTargets) {
      if (!anyInputPublished) {
        record({ layer: 'gold', name: model, month: formatMonth(month), status: 'skipped', detail: 'none of its silver partitions was published in this run' });
        continue;
      }
      record(await runPartition(runtime, 'gold', model, month));
    }
  }
  return outcomes;
}
