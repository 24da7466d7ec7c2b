/**
 * What `lake status` shows, gathered from the lake alone: every table by layer with its partitions, last
 * success, row counts and freshness against its SLA; partitions whose last attempt failed; locks held;
 * the schedules and their next ticks; the latest runs.
 *
 * Tables, their sources and SLAs come from the catalogue (`catalog`); freshness is `freshnessOf`
 * (src/storage/freshness.ts), the definition the `lake_table_freshness_seconds` gauge uses too.
 */
import { readCdcState } from './cdc.ts';
import { readCdcSilverManifest } from '../silver/cdc.ts';
import { bronzeTableOf, catalog, isCdcSource, kafkaSinkTopic, type CatalogTable, type LakeConfig } from '../config/index.ts';
import { expectedMonth, formatMonth, freshnessOf, listManifests, parseMonth, readManifest, summarizeManifest, type LakeStorage, type Month } from '../storage/index.ts';
import { readSchedulerState, scheduledSources } from './daemon.ts';
import { failedPartitions, recentRuns, type ErrorRecord, type RunStatus } from './history.ts';
import type { LockRecord } from './locks.ts';
import { PartitionLocks } from './locks.ts';
import type { Layer } from './pipeline.ts';
import { nextTicks, type Clock } from './schedule.ts';

const DAY_SECONDS = 86_400;
const NEXT_RUNS_SHOWN = 3;
const RECENT_RUNS_SHOWN = 5;

export interface Freshness {
  status: 'fresh' | 'waiting' | 'late' | 'no-sla';
  /** The newest month that should exist now, and when it became due. */
  expected_month: string;
  due_at: string;
  /** Until when the table is complete (when its first missing month became due); lateness counts from here. */
  complete_until: string;
  /** now − complete_until, at least 0: the value of lake_table_freshness_seconds. */
  freshness_seconds: number;
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

/** A monthly table's freshness as `lake status` shows it. */
function monthlyFreshness(table: CatalogTable, newest: Month | undefined, now: Date): Freshness | undefined {
  const f = freshnessOf(table, newest ? { newest } : {}, now);
  if (!f?.expected || !f.completeUntil) return undefined;
  return {
    status: f.status,
    expected_month: formatMonth(f.expected.month),
    due_at: f.expected.dueAt.toISOString(),
    complete_until: f.completeUntil.toISOString(),
    freshness_seconds: f.seconds!,
    ...(f.slaSeconds !== undefined ? { sla_days: f.slaSeconds / DAY_SECONDS } : {}),
    ...(f.lateBySeconds !== undefined ? { late_by_days: Math.round((f.lateBySeconds / DAY_SECONDS) * 10) / 10 } : {}),
  };
}

export async function lakeStatus(runtime: { config: LakeConfig; storage: LakeStorage }, clock: Clock): Promise<LakeStatus> {
  const { config, storage } = runtime;
  const now = clock.now();
  const tables = new Map<string, TableStatus>();
  const lake = catalog(config);
  const table = (layer: Layer, name: string, configured: boolean): TableStatus => {
    const key = `${layer}:${name}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { layer, table: name, sources: lake.get(layer, name)?.sources ?? [], configured, partitions: 0, rows: 0, failed: [] }));
    t.configured ||= configured;
    return t;
  };
  // CDC tables have their own section below.
  for (const entry of lake.tables) if (entry.kind !== 'cdc') table(entry.layer, entry.table, true);

  for (const ref of await listManifests(storage)) {
    if (ref.month === 'current') continue;
    const manifest = await readManifest(storage, ref.layer, ref.table, ref.month);
    if (!manifest) continue;
    const summary = summarizeManifest(ref.layer, manifest);
    const t = table(ref.layer, ref.table, false);
    t.partitions++;
    t.rows += summary.rows;
    if (summary.quarantined !== undefined) t.quarantined = (t.quarantined ?? 0) + summary.quarantined;
    if (!t.first_month || summary.month < t.first_month) t.first_month = summary.month;
    if (!t.newest_month || summary.month > t.newest_month) t.newest_month = summary.month;
    if (!t.last_success || summary.at > t.last_success) t.last_success = summary.at;
  }
  for (const state of await failedPartitions(storage)) {
    const name = state.layer === 'bronze' ? bronzeTableOf(state.name, config) : state.name;
    table(state.layer, name, false).failed.push({ month: state.month, run_id: state.run_id, at: state.at, ...(state.error ? { error: state.error } : {}) });
  }
  for (const t of tables.values()) {
    t.failed.sort((a, b) => a.month.localeCompare(b.month));
    const entry = lake.get(t.layer, t.table);
    const freshness = entry?.kind === 'monthly' ? monthlyFreshness(entry, t.newest_month ? parseMonth(t.newest_month) : undefined, now) : undefined;
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
    for (const t of lake.tables) {
      if (t.kind !== 'cdc' || t.historyOf || t.sources[0] !== source) continue;
      const info = state?.tables[t.table];
      const silver = await readCdcSilverManifest(storage, t.table);
      const lastChange = silver?.last_commit_at ? new Date(silver.last_commit_at) : undefined;
      const freshness = freshnessOf(t, lastChange ? { lastCommitAt: lastChange } : {}, now)!;
      cdc.push({
        source,
        table: t.table,
        source_table: t.sourceTable!,
        snapshot: info?.snapshot ?? 'not started',
        ...(silver ? { rows: silver.rows } : {}),
        ...(lastChange ? { last_change_at: lastChange.toISOString() } : {}),
        ...(state ? { flushed_lsn: state.flushed_lsn } : {}),
        ...(freshness.seconds !== undefined ? { freshness_seconds: Math.round(freshness.seconds) } : {}),
        ...(t.slaSeconds !== undefined ? { sla_seconds: t.slaSeconds } : {}),
        // `waiting` is for monthly tables only: a CDC table is fresh, late or without an SLA.
        status: info?.failed ? 'failed' : !state ? 'not-started' : (freshness.status as CdcTableStatus['status']),
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
