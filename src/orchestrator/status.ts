/**
 * What `lake status` shows, gathered from the lake alone: every table by layer with its partitions, last
 * success, row counts and freshness against its SLA; partitions whose last attempt failed; locks held;
 * the schedules and their next ticks; the latest runs.
 *
 * Freshness: a source's newest expected month at time T is month(T) − `lag_months`; it becomes due on
 * the first day of the month after that lag (`dueAt`). A table is `fresh` when it has that month,
 * `waiting` while it is due for less than `freshness_sla_days`, `late` after that, and `no-sla` when
 * the source has no SLA. Silver tables take their source's SLA; gold models the strictest of their
 * inputs' sources (and the month that all of them should have).
 */
import { readCdcState } from './cdc.ts';
import { readCdcSilverManifest } from '../silver/cdc.ts';
import { cdcTablesOf, isBatchSource, isCdcSource, kafkaSinkTopic } from '../config/index.ts';
import type { BatchSourceConfig, LakeConfig } from '../config/index.ts';
import { bronzeTableOf } from '../config/index.ts';
import type { LakeStorage, Month } from '../storage/index.ts';
import { compareMonths, formatMonth, parseMonth, readJson } from '../storage/index.ts';
import { readSchedulerState, scheduledSources } from './daemon.ts';
import { failedPartitions, recentRuns, type ErrorRecord, type RunStatus } from './history.ts';
import type { LockRecord } from './locks.ts';
import { PartitionLocks } from './locks.ts';
import type { Layer } from './pipeline.ts';
import { dueAt, expectedMonth, nextTicks, type Clock } from './schedule.ts';

const DAY_MS = 86_400_000;
const NEXT_RUNS_SHOWN = 3;
const RECENT_RUNS_SHOWN = 5;

export interface Freshness {
  status: 'fresh' | 'waiting' | 'late' | 'no-sla';
  expected_month: string;
  due_at: string;
  sla_days?: number;
  /** Days past the SLA (late only). */
  late_by_days?: number;
}

export interface TableStatus {
  layer: Layer;
  table: string;
  /** The configured source(s) it comes from. */
  sources: string[];
  configured: boolean;
  partitions: number;
  first_month?: string;
  newest_month?: string;
  /** When its newest successful build finished. */
  last_success?: string;
  rows: number;
  quarantined?: number;
  failed: Array<{ month: string; run_id: string; at: string; error?: ErrorRecord }>;
  freshness?: Freshness;
}

export interface ScheduleStatus {
  source: string;
  cron: string;
  catch_up: string;
  lag_months: number;
  last_tick?: string;
  next_runs: Array<{ at: string; month: string }>;
}

/** A CDC table: its current-state silver table, how far it is applied, and freshness against its SLA. */
export interface CdcTableStatus {
  source: string;
  table: string;
  source_table: string;
  snapshot: string;
  rows?: number;
  /** Commit time of the newest applied change: freshness is measured on the data. */
  last_change_at?: string;
  flushed_lsn?: string;
  freshness_seconds?: number;
  sla_seconds?: number;
  status: 'fresh' | 'late' | 'no-sla' | 'not-started' | 'failed';
  failed?: string;
}

/** A Kafka sink (a postgres source's `kafka` target) or a `kafka` source, from config and the source's recorded state. */
export interface KafkaStatus {
  source: string;
  role: 'sink' | 'source';
  topics: string[];
  /**
   * Sink: every change at or below this LSN is in bronze and acknowledged by Kafka. Source: the newest
   * recorded batch position (`_lsn` of its changes).
   */
  position?: string;
  /** Source: the next offset to ingest per `topic:partition`, as recorded (the group's commits follow it). */
  offsets?: Record<string, string>;
  /** Source: messages put in the Kafka quarantine so far. */
  quarantined?: number;
  last_commit_at?: string;
}

export interface LakeStatus {
  at: string;
  lake: string;
  tables: TableStatus[];
  cdc: CdcTableStatus[];
  kafka: KafkaStatus[];
  schedules: ScheduleStatus[];
  locks: Array<{ key: string; partition: LockRecord['partition']; owner: LockRecord['owner']; heartbeat_at: string; stale?: string }>;
  recent_runs: Array<{ run_id: string; kind: string; status: RunStatus; started_at: string; duration_ms?: number; counts: Record<string, number>; trigger: string }>;
}

interface ManifestSummary {
  month: string;
  at: string;
  rows: number;
  quarantined?: number;
}

function summarize(layer: Layer, manifest: Record<string, unknown>): ManifestSummary | undefined {
  const month = manifest.month;
  if (typeof month !== 'string') return undefined;
  if (layer === 'bronze') return { month, at: String(manifest.ingested_at), rows: Number(manifest.rows ?? 0) };
  if (layer === 'silver') {
    const counts = (manifest.counts ?? {}) as { silver?: number; quarantined?: number };
    return { month, at: String(manifest.promoted_at), rows: Number(counts.silver ?? 0), quarantined: Number(counts.quarantined ?? 0) };
  }
  return { month, at: String(manifest.built_at), rows: Number(manifest.rows ?? 0) };
}

function batchSource(config: LakeConfig, name: string): BatchSourceConfig | undefined {
  const source = config.sources[name];
  return isBatchSource(source) ? source : undefined;
}

/** Source names a table comes from, per layer. */
function sourcesOf(config: LakeConfig, layer: Layer, table: string): string[] {
  const ofBronzeTable = (bronze: string) => Object.keys(config.sources).filter((s) => batchSource(config, s) && bronzeTableOf(s, config) === bronze);
  if (layer === 'bronze') return ofBronzeTable(table);
  if (layer === 'silver') {
    const from = config.silver.tables[table]?.from;
    return from ? ofBronzeTable(from) : [];
  }
  return [...new Set((config.gold[table]?.depends_on ?? []).flatMap((t) => sourcesOf(config, 'silver', t)))];
}

export function freshnessOf(config: LakeConfig, sources: string[], newest: Month | undefined, now: Date): Freshness | undefined {
  const batch = sources.map((s) => batchSource(config, s)).filter((s): s is BatchSourceConfig => s !== undefined);
  if (batch.length === 0) return undefined;
  // The month every input should have, and the strictest SLA among them.
  const expected = batch.map((s) => ({ month: expectedMonth(now, s.lag_months), lag: s.lag_months })).sort((a, b) => compareMonths(a.month, b.month))[0];
  const slas = batch.map((s) => s.freshness_sla_days).filter((d): d is number => d !== undefined);
  const sla = slas.length > 0 ? Math.min(...slas) : undefined;
  const due = dueAt(expected.month, expected.lag);
  const base = { expected_month: formatMonth(expected.month), due_at: due.toISOString(), ...(sla !== undefined ? { sla_days: sla } : {}) };
  if (newest && compareMonths(newest, expected.month) >= 0) return { status: 'fresh', ...base };
  if (sla === undefined) return { status: 'no-sla', ...base };
  const lateBy = (now.getTime() - due.getTime()) / DAY_MS - sla;
  if (lateBy <= 0) return { status: 'waiting', ...base };
  return { status: 'late', ...base, late_by_days: Math.round(lateBy * 10) / 10 };
}

export async function lakeStatus(runtime: { config: LakeConfig; storage: LakeStorage }, clock: Clock): Promise<LakeStatus> {
  const { config, storage } = runtime;
  const now = clock.now();
  const tables = new Map<string, TableStatus>();
  const table = (layer: Layer, name: string, configured: boolean): TableStatus => {
    const key = `${layer}:${name}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { layer, table: name, sources: sourcesOf(config, layer, name), configured, partitions: 0, rows: 0, failed: [] }));
    t.configured ||= configured;
    return t;
  };
  for (const name of Object.keys(config.sources)) if (batchSource(config, name)) table('bronze', bronzeTableOf(name, config), true);
  for (const name of Object.keys(config.silver.tables)) table('silver', name, true);
  for (const name of Object.keys(config.gold)) table('gold', name, true);

  for (const layer of ['bronze', 'silver', 'gold'] as const) {
    for (const key of await storage.list(`_lake/partitions/${layer}/`)) {
      const match = /^_lake\/partitions\/[a-z]+\/([^/]+)\/(\d{4}-\d{2})\.json$/.exec(key);
      if (!match) continue;
      const manifest = await readJson<Record<string, unknown>>(storage, key);
      if (!manifest) continue;
      const summary = summarize(layer, manifest);
      if (!summary) continue;
      const t = table(layer, match[1], false);
      t.partitions++;
      t.rows += summary.rows;
      if (summary.quarantined !== undefined) t.quarantined = (t.quarantined ?? 0) + summary.quarantined;
      if (!t.first_month || summary.month < t.first_month) t.first_month = summary.month;
      if (!t.newest_month || summary.month > t.newest_month) t.newest_month = summary.month;
      if (!t.last_success || summary.at > t.last_success) t.last_success = summary.at;
    }
  }
  for (const state of await failedPartitions(storage)) {
    const name = state.layer === 'bronze' ? bronzeTableOf(state.name, config) : state.name;
    table(state.layer, name, false).failed.push({ month: state.month, run_id: state.run_id, at: state.at, ...(state.error ? { error: state.error } : {}) });
  }
  for (const t of tables.values()) {
    t.failed.sort((a, b) => a.month.localeCompare(b.month));
    const freshness = freshnessOf(config, t.sources, t.newest_month ? parseMonth(t.newest_month) : undefined, now);
    if (freshness) t.freshness = freshness;
  }

  const schedules: ScheduleStatus[] = [];
  for (const s of scheduledSources(runtime)) {
    const state = await readSchedulerState(storage, s.name);
    schedules.push({
      source: s.name,
      cron: s.cron,
      catch_up: s.catchUp,
      lag_months: s.lagMonths,
      ...(state ? { last_tick: state.last_tick } : {}),
      next_runs: nextTicks(s.cron, now, NEXT_RUNS_SHOWN).map((at) => ({ at: at.toISOString(), month: formatMonth(expectedMonth(at, s.lagMonths)) })),
    });
  }

  const locks = (await new PartitionLocks(storage, { command: 'lake status' }, config.locks).list()).map(({ record, stale }) => ({
    key: record.key,
    partition: record.partition,
    owner: record.owner,
    heartbeat_at: record.heartbeat_at,
    ...(stale ? { stale } : {}),
  }));

  const runs = (await recentRuns(storage, RECENT_RUNS_SHOWN)).map((r) => ({
    run_id: r.run_id,
    kind: r.kind,
    status: r.status,
    started_at: r.started_at,
    ...(r.duration_ms !== undefined ? { duration_ms: r.duration_ms } : {}),
    counts: r.counts as Record<string, number>,
    trigger: r.trigger.command ?? `${r.trigger.source} tick ${r.trigger.tick} → ${r.trigger.month}`,
  }));

  const cdc: CdcTableStatus[] = [];
  const kafka: KafkaStatus[] = [];
  for (const [source, def] of Object.entries(config.sources)) {
    if (!isCdcSource(def)) continue;
    const state = await readCdcState({ storage }, source);
    const recorded = state as (typeof state & { kafka?: { offsets?: Record<string, string>; quarantined?: number } }) | undefined;
    if (def.type === 'kafka') {
      kafka.push({
        source,
        role: 'source',
        topics: def.tables.map((t) => t.topic),
        ...(state ? { position: state.flushed_lsn } : {}),
        ...(recorded?.kafka?.offsets ? { offsets: recorded.kafka.offsets } : {}),
        quarantined: recorded?.kafka?.quarantined ?? 0,
        ...(state?.last_commit_at ? { last_commit_at: state.last_commit_at } : {}),
      });
    } else if (def.kafka) {
      kafka.push({
        source,
        role: 'sink',
        topics: def.tables.map((t) => kafkaSinkTopic(def.kafka!, source, t.name)),
        ...(state ? { position: state.flushed_lsn } : {}),
        ...(state?.last_commit_at ? { last_commit_at: state.last_commit_at } : {}),
      });
    }
    for (const t of cdcTablesOf(def)) {
      const name = t.name;
      const info = state?.tables[name];
      const silver = await readCdcSilverManifest(storage, name);
      const sla = t.freshness_sla_seconds ?? def.freshness_sla_seconds;
      const lastChange = silver?.last_commit_at ? new Date(silver.last_commit_at) : undefined;
      const freshness = lastChange ? Math.max(0, Math.round((now.getTime() - lastChange.getTime()) / 1000)) : undefined;
      cdc.push({
        source,
        table: name,
        source_table: t.from,
        snapshot: info?.snapshot ?? 'not started',
        ...(silver ? { rows: silver.rows } : {}),
        ...(lastChange ? { last_change_at: lastChange.toISOString() } : {}),
        ...(state ? { flushed_lsn: state.flushed_lsn } : {}),
        ...(freshness !== undefined ? { freshness_seconds: freshness } : {}),
        ...(sla !== undefined ? { sla_seconds: sla } : {}),
        status: info?.failed ? 'failed' : !state ? 'not-started' : sla === undefined ? 'no-sla' : freshness !== undefined && freshness <= sla ? 'fresh' : 'late',
        ...(info?.failed ? { failed: info.failed } : {}),
      });
    }
  }

  const layerRank = { bronze: 0, silver: 1, gold: 2 };
  return {
    at: now.toISOString(),
    lake: storage.location,
    tables: [...tables.values()].sort((a, b) => layerRank[a.layer] - layerRank[b.layer] || a.table.localeCompare(b.table)),
    cdc,
    kafka,
    schedules,
    locks,
    recent_runs: runs,
  };
}
