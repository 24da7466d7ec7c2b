/**
 * What the gauges report, read from the lake and the source databases rather than from the pipeline:
 * per-table freshness measured on the data, CDC lag, and replication slot health. It runs every
 * `observability.metrics.collect_interval_ms` (one listing of `_lake/partitions/`, a few small
 * JSON reads, two short queries per Postgres source) and, cheaper, whenever a pipeline event says a
 * table moved. Scrapes only read what it holds; "now minus …" is computed at scrape time.
 *
 * Freshness is `freshnessOf` (src/storage/freshness.ts, where it is defined once for `lake status` and
 * this gauge alike) over the catalogue's tables (SCD2 history tables follow their current state and
 * are not measured apart), given what this collector reads: the newest published month of a monthly
 * table, the `last_commit_at` of a CDC table's current state, and for a gold model over CDC tables the
 * oldest `last_commit_at` of the silver states it was built from (known when the model's lineage names
 * the current silver batches; otherwise the last value seen).
 *
 * CDC lag, per source, in bytes: the server's current WAL position minus the position the lake has
 * flushed (and acknowledged). In seconds: now minus the newest instant T such that every change
 * committed in Postgres before T is durable in the lake. T advances two ways: each collection samples
 * (pg_current_wal_lsn(), the time just before asking); once the flushed position passes a sample's LSN,
 * everything committed before the sample's time is in the lake. And the commit time of the newest
 * flushed change is a lower bound on its own. On an idle database the heartbeats move the flushed
 * position past each sample, so lag stays near the heartbeat interval; if the stream stalls or
 * disconnects, T stops and lag grows with the clock, as it should.
 */
import { closeQuietly } from '../ingest/postgres/catalog.ts';
import type pg from 'pg';
import type { Logger } from 'pino';
import { catalog, isCdcSource, type CatalogTable, type LakeConfig, type Layer, type PostgresSourceConfig } from '../config/index.ts';
import { connect, listSlots, parseLsn, type Lsn } from '../ingest/postgres/index.ts';
import { cdcStateKey, compareMonths, freshnessOf, listManifests, parseMonth, readJson, readManifest, type Clock, type LakeStorage, type Month } from '../storage/index.ts';

/** Unconfirmed WAL samples kept per source; beyond this the older half is thinned (lag resolution coarsens, memory stays bounded). */
const MAX_WAL_SAMPLES = 2_000;

export type { Clock, Layer };

/** A catalogue table and what the lake last said about it. */
interface TableInfo {
  entry: CatalogTable;
  /** Monthly: the newest published month. */
  newest?: Month;
  /** CDC and whole: the commit time up to which it has applied every change. */
  completeUntilMs?: number;
}

export interface TableFreshness {
  layer: Layer;
  table: string;
  freshnessSeconds: number;
  slaSeconds?: number;
}

export interface SlotStats {
  slot: string;
  active: boolean;
  retainedWalBytes: number | null;
  /** pg_replication_slots.wal_status: reserved, extended, unreserved or lost. */
  walStatus?: string | null;
}

export interface CdcSourceStats {
  source: string;
  slot: string;
  /** Whether the last collection reached the database. */
  up: boolean;
  lagBytes?: number;
  lagSeconds?: number;
  lagThresholdSeconds: number;
  retainedWalThresholdBytes: number;
  slotStats?: SlotStats;
}

interface WalSample {
  lsn: Lsn;
  atMs: number;
}

interface CdcSourceState {
  name: string;
  config: PostgresSourceConfig;
  client?: pg.Client;
  up: boolean;
  flushed: Lsn;
  currentWal?: Lsn;
  samples: WalSample[];
  completeUntilMs?: number;
  slot?: SlotStats;
}

interface CdcSilverInfo {
  batchId: string;
  lastCommitMs?: number;
}

export interface CollectorOptions {
  config: LakeConfig;
  storage: LakeStorage;
  clock?: Clock;
  log?: Logger;
  /** Called with the part that failed ('lake', 'cdc:<source>'), for the error counter. */
  onError?: (part: string, error: unknown) => void;
}

function tableKey(layer: Layer, table: string): string {
  return `${layer}:${table}`;
}

export class LakeStateCollector {
  private readonly config: LakeConfig;
  private readonly storage: LakeStorage;
  private readonly clock: Clock;
  private readonly tables = new Map<string, TableInfo>();
  private readonly sources = new Map<string, CdcSourceState>();
  private readonly cdcSilver = new Map<string, CdcSilverInfo>();
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly failing = new Set<string>();

  constructor(private readonly options: CollectorOptions) {
    this.config = options.config;
    this.storage = options.storage;
    this.clock = options.clock ?? { now: () => new Date() };
    this.planTables();
  }

  private planTables(): void {
    for (const entry of catalog(this.config).tables) if (!entry.historyOf) this.tables.set(tableKey(entry.layer, entry.table), { entry });
    for (const [name, source] of Object.entries(this.config.sources)) {
      // Replication lag and slot statistics come from a Postgres source; a Kafka source's tables still get freshness.
      if (isCdcSource(source) && source.type === 'postgres') this.sources.set(name, { name, config: source, up: false, flushed: -1n, samples: [] });
    }
  }

  /** Starts collecting every `intervalMs`; the first collection starts at once. */
  start(intervalMs: number): void {
    void this.collect();
    this.timer = setInterval(() => void this.collect(), intervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => {});
    for (const source of this.sources.values()) {
      await closeQuietly(source.client);
      source.client = undefined;
    }
  }

  /** One full collection; concurrent calls share the one in flight. */
  collect(): Promise<void> {
    this.running ??= this.collectOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async collectOnce(): Promise<void> {
    await this.guard('lake', () => this.readLake());
    await Promise.all([...this.sources.values()].map((source) => this.guard(`cdc:${source.name}`, () => this.readSource(source))));
  }

  private async guard(part: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      if (this.failing.delete(part)) this.options.log?.info({ part }, 'metrics collection recovered');
    } catch (error) {
      this.options.onError?.(part, error);
      // One line per failure streak, not one per interval.
      if (!this.failing.has(part)) this.options.log?.warn({ part, error: (error as Error).message }, 'metrics collection failed');
      this.failing.add(part);
    }
  }

  private async readLake(): Promise<void> {
    const newest = new Map<string, Month>();
    for (const ref of await listManifests(this.storage)) {
      if (ref.month === 'current') continue;
      const key = tableKey(ref.layer, ref.table);
      const seen = newest.get(key);
      if (!seen || compareMonths(ref.month, seen) > 0) newest.set(key, ref.month);
    }
    for (const [key, info] of this.tables) {
      if (info.entry.kind !== 'monthly') continue;
      const month = newest.get(key);
      if (month) info.newest = month;
      else delete info.newest;
    }
    for (const info of this.tables.values()) if (info.entry.kind === 'cdc') await this.readCdcSilver(info.entry.table);
    for (const info of this.tables.values()) if (info.entry.kind === 'whole') await this.readCdcGold(info);
  }

  private async readCdcSilver(table: string): Promise<void> {
    const manifest = await readManifest(this.storage, 'silver', table, 'current');
    if (!manifest) return;
    const lastCommitMs = manifest.last_commit_at ? Date.parse(manifest.last_commit_at) : undefined;
    this.cdcSilver.set(table, { batchId: manifest.batch_id, ...(lastCommitMs !== undefined ? { lastCommitMs } : {}) });
    const info = this.tables.get(tableKey('silver', table));
    if (info?.entry.kind === 'cdc' && lastCommitMs !== undefined) info.completeUntilMs = lastCommitMs;
  }

  private async readCdcGold(info: TableInfo): Promise<void> {
    const manifest = await readManifest(this.storage, 'gold', info.entry.table, 'current');
    if (!manifest) return;
    const times: number[] = [];
    for (const input of info.entry.inputs) {
      const silver = this.cdcSilver.get(input.table);
      const read = manifest.lineage?.find((l) => l.table === input.table);
      // Built from another silver batch than the current one: what it holds is unknown, keep the last value.
      if (!silver || silver.lastCommitMs === undefined || read?.batch_id !== silver.batchId) return;
      times.push(silver.lastCommitMs);
    }
    if (times.length > 0) info.completeUntilMs = Math.min(...times);
  }

  private async readSource(source: CdcSourceState): Promise<void> {
    const state = await readJson<{ flushed_lsn: string; last_commit_at?: string }>(this.storage, cdcStateKey(source.name));
    if (state) {
      this.noteFlushed(source.name, parseLsn(state.flushed_lsn));
      if (state.last_commit_at) this.noteComplete(source, Date.parse(state.last_commit_at));
      // With no commit time to go by, lag counts from when collection started, so a stream stuck from
      // the start still shows a lag that grows.
      source.completeUntilMs ??= this.clock.now().getTime();
    }
    try {
      source.client ??= await connect(source.config.connection);
      const atMs = this.clock.now().getTime();
      const result = await source.client.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
      const lsn = parseLsn(result.rows[0].lsn);
      source.currentWal = lsn;
      if (state) this.addSample(source, { lsn, atMs });
      const slot = (await listSlots(source.client)).find((s) => s.slot_name === source.config.slot);
      if (slot) source.slot = { slot: slot.slot_name, active: slot.active, retainedWalBytes: slot.retained_wal_bytes, walStatus: slot.wal_status };
      else delete source.slot;
      source.up = true;
    } catch (error) {
      source.up = false;
      await closeQuietly(source.client);
      source.client = undefined;
      throw error;
    }
  }

  private addSample(source: CdcSourceState, sample: WalSample): void {
    if (sample.lsn <= source.flushed) {
      this.noteComplete(source, sample.atMs);
      return;
    }
    source.samples.push(sample);
    if (source.samples.length > MAX_WAL_SAMPLES) {
      const half = Math.floor(source.samples.length / 2);
      source.samples = [...source.samples.slice(0, half).filter((_, i) => i % 2 === 1), ...source.samples.slice(half)];
    }
  }

  private noteComplete(source: CdcSourceState, atMs: number): void {
    if (source.completeUntilMs === undefined || atMs > source.completeUntilMs) source.completeUntilMs = atMs;
  }

  /** The pipeline says everything up to `lsn` is durable (a flush, an acknowledged heartbeat). */
  noteFlushed(sourceName: string, lsn: Lsn): void {
    const source = this.sources.get(sourceName);
    if (!source || lsn <= source.flushed) return;
    source.flushed = lsn;
    let confirmed = 0;
    while (confirmed < source.samples.length && source.samples[confirmed].lsn <= lsn) confirmed++;
    if (confirmed > 0) {
      this.noteComplete(source, source.samples[confirmed - 1].atMs);
      source.samples.splice(0, confirmed);
    }
  }

  /** A monthly partition was published: the newest month can only move forward. */
  notePublished(layer: Layer, table: string, month: string): void {
    const info = this.tables.get(tableKey(layer, table));
    if (info?.entry.kind !== 'monthly' || !/^\d{4}-\d{2}$/.test(month)) return;
    const m = parseMonth(month);
    if (!info.newest || compareMonths(m, info.newest) > 0) info.newest = m;
  }

  /** A CDC silver table or gold model was rebuilt: re-read its manifest (and the gold models over it). */
  async noteCdcBuilt(layer: 'silver' | 'gold', table: string): Promise<void> {
    await this.guard('lake', async () => {
      if (layer === 'silver') {
        await this.readCdcSilver(table);
        for (const info of this.tables.values()) if (info.entry.kind === 'whole' && info.entry.inputs.some((i) => i.table === table)) await this.readCdcGold(info);
      } else {
        const info = this.tables.get(tableKey('gold', table));
        if (info?.entry.kind === 'whole') await this.readCdcGold(info);
      }
    });
  }

  /** Freshness of every configured table whose completeness is known, at the clock's now. */
  freshness(): TableFreshness[] {
    const now = this.clock.now();
    const out: TableFreshness[] = [];
    for (const { entry, newest, completeUntilMs } of this.tables.values()) {
      const facts = entry.kind === 'monthly' ? (newest ? { newest } : {}) : completeUntilMs !== undefined ? { lastCommitAt: new Date(completeUntilMs) } : {};
      const f = freshnessOf(entry, facts, now);
      if (f?.seconds === undefined) continue;
      out.push({ layer: entry.layer, table: entry.table, freshnessSeconds: f.seconds, ...(f.slaSeconds !== undefined ? { slaSeconds: f.slaSeconds } : {}) });
    }
    return out;
  }

  /** Every configured table with an SLA, whether or not its freshness is known yet. */
  slas(): Array<{ layer: Layer; table: string; slaSeconds: number }> {
    return [...this.tables.values()].flatMap(({ entry: t }) => (t.slaSeconds !== undefined ? [{ layer: t.layer, table: t.table, slaSeconds: t.slaSeconds }] : []));
  }

  cdcSources(): CdcSourceStats[] {
    const nowMs = this.clock.now().getTime();
    return [...this.sources.values()].map((s) => ({
      source: s.name,
      slot: s.config.slot,
      up: s.up,
      ...(s.currentWal !== undefined && s.flushed >= 0n ? { lagBytes: Number(s.currentWal > s.flushed ? s.currentWal - s.flushed : 0n) } : {}),
      ...(s.completeUntilMs !== undefined ? { lagSeconds: Math.max(0, (nowMs - s.completeUntilMs) / 1000) } : {}),
      lagThresholdSeconds: s.config.lag_threshold_seconds,
      retainedWalThresholdBytes: s.config.retained_wal_threshold_bytes,
      ...(s.slot ? { slotStats: s.slot } : {}),
    }));
  }
}
