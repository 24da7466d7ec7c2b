/**
 * What the console's pages show, read from the same state `lake status` and `lake report` read: run
 * records (`readRun`, `listRunIds`), partition manifests, partition states, locks, CDC state and its
 * silver manifests, the collector's slot and lag figures. Nothing here writes to the lake, and there is
 * no second bookkeeping: a cell of the partitions grid is `published` because its manifest exists and
 * staleness (`decide`, the function backfills plan with) says it is up to date, and `failed` exactly
 * when `lake status` lists it as failed.
 */
import { bronzeTableOf, catalog, cdcTableName, historyTableOf, type LakeConfig, type PostgresSourceConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { sqlString } from '../engine/index.ts';
import type { CdcSourceStats } from '../observability/collector.ts';
import { readCdcState, type CdcState } from '../orchestrator/cdc.ts';
import type { SnapshotRequest } from '../orchestrator/cdc-requests.ts';
import { listRunIds, readRun, type PartitionState, type RunRecord } from '../orchestrator/history.ts';
import type { Layer } from '../orchestrator/pipeline.ts';
import type { Clock } from '../orchestrator/schedule.ts';
import { decide } from '../orchestrator/staleness.ts';
import { lakeStatus, type LakeStatus, type TableStatus } from '../orchestrator/status.ts';
import { readCdcHistoryManifest, readCdcSilverManifest, type CdcSilverManifest } from '../silver/cdc.ts';
import { readSilverManifest } from '../silver/index.ts';
import {
  cdcRequestsPrefix,
  listManifests,
  parseMonth,
  partitionStateKey,
  partitionStatesPrefix,
  readJson,
  readManifest,
  rejectedPrefix,
  summarizeManifest,
  type LakeStorage,
  type ManifestSummary,
} from '../storage/index.ts';
import type { CdcLive, Logbook, LogLine } from './logbook.ts';

const NAME = /^[a-z_][a-z0-9_]*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export type CellState = 'published' | 'stale' | 'failed' | 'missing' | 'running' | 'no-input';

export interface GridCell {
  month: string;
  state: CellState;
  /** Why: the staleness decision, the failure's message, who holds the lock. */
  reason?: string;
  /** A manifest is published for it (a failed or stale cell may still have its previous version). */
  has_manifest: boolean;
  rows?: number;
  quarantined?: number;
  batch_id?: string;
  at?: string;
  error?: { kind: string; retry: string; message: string; remedy?: string };
}

export interface GridTable {
  layer: Layer;
  table: string;
  /** Monthly partitions, or one whole-table state (CDC silver, SCD2 history, gold over CDC). */
  kind: 'monthly' | 'whole';
  configured: boolean;
  sources: string[];
  partitions: number;
  rows: number;
  quarantined?: number;
  freshness?: TableStatus['freshness'];
  cdc_freshness?: { status: string; freshness_seconds?: number; sla_seconds?: number; last_change_at?: string };
  cells: GridCell[];
  whole?: GridCell;
}

export interface PartitionsGrid {
  at: string;
  months: string[];
  tables: GridTable[];
}

export interface RunSummary {
  run_id: string;
  kind: string;
  status: string;
  trigger: string;
  started_at: string;
  finished_at?: string;
  duration_ms?: number;
  partitions: number;
  counts: Record<string, number>;
}

export interface ReadModelContext {
  config: LakeConfig;
  storage: LakeStorage;
  clock: Clock;
  logbook: Logbook;
  /** The collector's figures (slot, lag) when the metrics run in this process. */
  cdcStats?: () => CdcSourceStats[];
}

export function triggerText(run: Pick<RunRecord, 'trigger'>): string {
  return run.trigger.command ?? `${run.trigger.source} tick ${run.trigger.tick} → ${run.trigger.month}`;
}

export async function runsList(ctx: ReadModelContext, limit: number): Promise<RunSummary[]> {
  const ids = (await listRunIds(ctx.storage)).slice(-limit).reverse();
  const runs = await Promise.all(ids.map((id) => readRun(ctx.storage, id)));
  return runs
    .filter((r): r is RunRecord => r !== undefined)
    .map((r) => ({
      run_id: r.run_id,
      kind: r.kind,
      status: r.status,
      trigger: triggerText(r),
      started_at: r.started_at,
      ...(r.finished_at ? { finished_at: r.finished_at } : {}),
      ...(r.duration_ms !== undefined ? { duration_ms: r.duration_ms } : {}),
      partitions: r.partitions.length,
      counts: r.counts as Record<string, number>,
    }));
}

export async function runDetail(ctx: ReadModelContext, runId: string): Promise<(RunRecord & { logs: Record<string, LogLine[]>; now: string }) | undefined> {
  if (!/^[0-9TZ.:-]+-[0-9a-f]+$/i.test(runId)) return undefined;
  const run = await readRun(ctx.storage, runId);
  if (!run) return undefined;
  return { ...run, logs: ctx.logbook.linesOf(runId), now: ctx.clock.now().toISOString() };
}

/** The name a partition is recorded under in locks and partition states: bronze by source, the rest by table. */
function recordName(config: LakeConfig, layer: Layer, table: string, sources: string[]): string {
  if (layer !== 'bronze') return table;
  return sources.find((s) => bronzeTableOf(s, config) === table) ?? table;
}

function cellFromDecision(reason: string, action: 'build' | 'skip', status?: 'up-to-date' | 'no-input'): CellState {
  if (action === 'skip') return status === 'no-input' ? 'no-input' : 'published';
  if (reason === 'missing') return 'missing';
  if (reason.startsWith('its last attempt failed')) return 'failed';
  return 'stale';
}

export async function partitionsGrid(ctx: ReadModelContext, status?: LakeStatus): Promise<PartitionsGrid> {
  const { config, storage } = ctx;
  status ??= await lakeStatus({ config, storage }, ctx.clock);
  const lake = catalog(config);
  const manifests = new Map<string, Omit<ManifestSummary, 'month'>>();
  const months = new Set<string>();
  for (const ref of await listManifests(storage)) {
    if (ref.month === 'current') continue;
    const manifest = await readManifest(storage, ref.layer, ref.table, ref.month);
    if (!manifest) continue;
    const { month, ...info } = summarizeManifest(ref.layer, manifest);
    manifests.set(`${ref.layer} ${ref.table} ${month}`, info);
    months.add(month);
  }
  const locks = new Map<string, string>();
  for (const lock of status.locks) {
    if (!MONTH.test(lock.partition.month)) continue;
    const table = lock.partition.layer === 'bronze' ? bronzeTableOf(lock.partition.name, config) : lock.partition.name;
    locks.set(`${lock.partition.layer} ${table} ${lock.partition.month}`, `${lock.owner.command} (pid ${lock.owner.pid} on ${lock.owner.host})${lock.stale ? `, stale: ${lock.stale}` : ''}`);
    months.add(lock.partition.month);
  }
  for (const t of status.tables) for (const f of t.failed) months.add(f.month);
  const monthList = [...months].sort();

  const cdcTables = new Set(status.cdc.map((c) => c.table));
  const tables: GridTable[] = [];
  for (const t of status.tables) {
    const whole = lake.get(t.layer, t.table)?.kind === 'whole';
    const base: GridTable = {
      layer: t.layer,
      table: t.table,
      kind: whole ? 'whole' : 'monthly',
      configured: t.configured,
      sources: t.sources,
      partitions: t.partitions,
      rows: t.rows,
      ...(t.quarantined !== undefined ? { quarantined: t.quarantined } : {}),
      ...(t.freshness ? { freshness: t.freshness } : {}),
      cells: [],
    };
    if (whole) {
      base.whole = await wholeGoldCell(ctx, t.table);
      base.rows = base.whole.rows ?? 0;
      base.partitions = base.whole.has_manifest ? 1 : 0;
      tables.push(base);
      continue;
    }
    const name = recordName(config, t.layer, t.table, t.sources);
    const failed = new Map(t.failed.map((f) => [f.month, f]));
    for (const month of monthList) {
      const key = `${t.layer} ${t.table} ${month}`;
      const manifest = manifests.get(key);
      const cell: GridCell = { month, state: 'missing', has_manifest: manifest !== undefined, ...(manifest ?? {}) };
      if (manifest) cell.state = 'published';
      const lock = locks.get(key);
      const failure = failed.get(month);
      if (lock) {
        cell.state = 'running';
        cell.reason = `being built by ${lock}`;
      } else if (failure) {
        cell.state = 'failed';
        cell.reason = `its last attempt failed (run ${failure.run_id})${manifest ? '; the previous version stays published' : ''}`;
        if (failure.error) cell.error = failure.error;
      } else if (lake.get(t.layer, t.table)?.kind === 'monthly') {
        const decision = await decide({ config, storage }, t.layer, name, parseMonth(month));
        cell.state = cellFromDecision(decision.reason, decision.action, decision.action === 'skip' ? decision.status : undefined);
        cell.reason = decision.reason;
        // `decide` reports a failure newer than the manifest; `lake status` is the authority on failures.
        if (cell.state === 'failed') cell.state = manifest ? 'stale' : 'missing';
      } else {
        cell.reason = manifest ? 'published (not in the config)' : 'no partition';
      }
      base.cells.push(cell);
    }
    tables.push(base);
  }

  // CDC tables: one whole-table state each, with their SCD2 history.
  for (const c of status.cdc) {
    const manifest = await readCdcSilverManifest(storage, c.table);
    const state = await readCdcState({ storage }, c.source);
    const snapshotting = state?.tables[c.table]?.snapshot === 'pending';
    const cell: GridCell = {
      month: 'current',
      state: c.status === 'failed' ? 'failed' : snapshotting ? 'running' : manifest ? 'published' : 'missing',
      has_manifest: manifest !== undefined,
      reason:
        c.status === 'failed'
          ? `a change silver cannot follow: ${c.failed}`
          : snapshotting
            ? 'snapshot in progress'
            : manifest
              ? `applied up to ${manifest.watermark_lsn}; ${c.status === 'late' ? 'LATE against its SLA' : c.status === 'fresh' ? 'within its SLA' : 'no SLA'}`
              : c.status === 'not-started'
                ? 'not started (lake run starts it)'
                : 'no silver state yet',
      ...(manifest ? cdcCellInfo(manifest) : {}),
      ...(c.status === 'failed'
        ? { error: { kind: 'replication', retry: 'needs-person', message: c.failed ?? 'failed', remedy: `re-snapshot the table: lake snapshot --source ${c.source} --table ${c.source_table}` } }
        : {}),
    };
    tables.push({
      layer: 'silver',
      table: c.table,
      kind: 'whole',
      configured: true,
      sources: [c.source],
      partitions: manifest ? 1 : 0,
      rows: manifest?.rows ?? 0,
      cdc_freshness: {
        status: c.status,
        ...(c.freshness_seconds !== undefined ? { freshness_seconds: c.freshness_seconds } : {}),
        ...(c.sla_seconds !== undefined ? { sla_seconds: c.sla_seconds } : {}),
        ...(c.last_change_at ? { last_change_at: c.last_change_at } : {}),
      },
      cells: [],
      whole: cell,
    });
    const history = await readCdcHistoryManifest(storage, c.table);
    if (history && !cdcTables.has(historyTableOf(c.table))) {
      tables.push({
        layer: 'silver',
        table: historyTableOf(c.table),
        kind: 'whole',
        configured: true,
        sources: [c.source],
        partitions: 1,
        rows: history.rows,
        cells: [],
        whole: { month: 'current', state: 'published', has_manifest: true, reason: `SCD2 history of ${c.table}, applied up to ${history.watermark_lsn}`, ...cdcCellInfo(history) },
      });
    }
  }
  const rank = { bronze: 0, silver: 1, gold: 2 };
  tables.sort((a, b) => rank[a.layer] - rank[b.layer] || a.table.localeCompare(b.table));
  return { at: status.at, months: monthList, tables };
}

function cdcCellInfo(manifest: CdcSilverManifest): Partial<GridCell> {
  return { rows: manifest.rows, batch_id: manifest.batch_id, at: manifest.built_at };
}

async function wholeGoldCell(ctx: ReadModelContext, model: string): Promise<GridCell> {
  const manifest = await readManifest(ctx.storage, 'gold', model, 'current');
  if (!manifest) return { month: 'current', state: 'missing', has_manifest: false, reason: 'not built yet (it is built after its CDC tables)' };
  for (const input of ctx.config.gold[model]?.depends_on ?? []) {
    const silver = await readCdcSilverManifest(ctx.storage, input);
    const read = manifest.lineage?.find((l) => l.table === input);
    if (silver && read?.batch_id !== silver.batch_id) {
      return {
        month: 'current',
        state: 'stale',
        has_manifest: true,
        reason: `stale: silver.${input} changed (batch ${read?.batch_id ?? 'missing'} → ${silver.batch_id}); rebuilt after the next promotion`,
        rows: manifest.rows,
        batch_id: manifest.batch_id,
        at: manifest.built_at,
      };
    }
  }
  return { month: 'current', state: 'published', has_manifest: true, reason: 'built from the current silver state', rows: manifest.rows, batch_id: manifest.batch_id, at: manifest.built_at };
}

/** One partition's manifest, its last recorded attempt and the staleness decision: what a grid cell opens. */
export async function manifestDetail(ctx: ReadModelContext, layer: string, table: string, month: string): Promise<Record<string, unknown> | undefined> {
  if (!['bronze', 'silver', 'gold'].includes(layer) || !NAME.test(table) || !(MONTH.test(month) || month === 'current')) return undefined;
  const l = layer as Layer;
  if (month === 'current') {
    const manifest = await readManifest<Record<string, unknown>>(ctx.storage, l, table, 'current');
    return manifest ? { layer, table, month, manifest } : undefined;
  }
  const manifest = await readManifest<Record<string, unknown>>(ctx.storage, l, table, parseMonth(month));
  const entry = catalog(ctx.config).get(l, table);
  const name = recordName(ctx.config, l, table, l === 'bronze' ? (entry?.sources ?? []) : []);
  const state = await readJson<PartitionState>(ctx.storage, partitionStateKey({ layer: l, name, month }));
  // Monthly tables only: a whole gold model has no monthly partitions to decide about.
  const configured = entry?.kind === 'monthly';
  const decision = configured ? await decide({ config: ctx.config, storage: ctx.storage }, l, name, parseMonth(month)) : undefined;
  if (!manifest && !state && !decision) return undefined;
  return { layer, table, month, ...(manifest ? { manifest } : {}), ...(state ? { last_attempt: state } : {}), ...(decision ? { decision } : {}) };
}

export interface QualityPartition {
  table: string;
  month: string;
  /** published: the manifest's checks; failed: refused by a `fail` check, rows kept under _lake/rejected. */
  status: 'published' | 'failed';
  counts?: { bronze: number; silver: number; quarantined: number; duplicates: number };
  checks_failed: number;
  checks: number;
  error?: { kind: string; message: string; remedy?: string };
}

export async function qualityList(ctx: ReadModelContext): Promise<QualityPartition[]> {
  const out: QualityPartition[] = [];
  for (const ref of await listManifests(ctx.storage, 'silver')) {
    if (ref.month === 'current') continue;
    const m = await readSilverManifest(ctx.storage, ref.table, ref.month);
    if (!m) continue;
    out.push({ table: ref.table, month: m.month, status: 'published', counts: m.counts, checks: m.checks?.length ?? 0, checks_failed: (m.checks ?? []).filter((c) => !c.success).length });
  }
  for (const key of await ctx.storage.list(partitionStatesPrefix('silver'))) {
    const state = await readJson<PartitionState>(ctx.storage, key);
    if (!state || state.status !== 'failed' || state.error?.kind !== 'quality') continue;
    const published = out.find((q) => q.table === state.name && q.month === state.month);
    const error = { kind: state.error.kind, message: state.error.message, ...(state.error.remedy ? { remedy: state.error.remedy } : {}) };
    if (published) published.error = error;
    else out.push({ table: state.name, month: state.month, status: 'failed', checks: 0, checks_failed: 1, error });
  }
  return out.sort((a, b) => a.table.localeCompare(b.table) || b.month.localeCompare(a.month));
}

export interface QuarantineRows {
  key: string;
  columns: string[];
  rows: Array<Record<string, unknown>>;
  total: number;
}

/**
 * Reads the first quarantined rows of a partition with DuckDB: `engine` is the console's own small
 * engine (never a job's). Published partitions name their quarantine file in the manifest; a partition a
 * `fail` check refused kept its rows under `_lake/rejected/silver/<table>/<month>/`.
 */
export async function qualityDetail(
  ctx: ReadModelContext,
  engine: () => Promise<Engine>,
  table: string,
  month: string,
  limit: number,
): Promise<Record<string, unknown> | undefined> {
  if (!NAME.test(table) || !MONTH.test(month)) return undefined;
  const manifest = await readSilverManifest(ctx.storage, table, parseMonth(month));
  const state = await readJson<PartitionState>(ctx.storage, partitionStateKey({ layer: 'silver', name: table, month }));
  const rejected = (await ctx.storage.list(rejectedPrefix('silver', table, month))).filter((k) => k.endsWith('.parquet'));
  const failedQuality = state?.status === 'failed' && state.error?.kind === 'quality';
  if (!manifest && !failedQuality) return undefined;
  const key = failedQuality && rejected.length > 0 ? rejected.at(-1)! : manifest?.quarantine_key;
  let quarantine: QuarantineRows | undefined;
  if (key && limit > 0 && (await ctx.storage.exists(key))) {
    const local = await ctx.storage.localPath(key);
    const db = await engine();
    const rows = await db.all(`SELECT * FROM read_parquet(${sqlString(local)}) ORDER BY _row LIMIT ${Math.floor(limit)}`);
    const [{ n }] = await db.all(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(local)})`);
    const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
    // The reasons first: they are why the row is here.
    const first = ['_row', '_reason', '_failed_checks'].filter((c) => columns.includes(c));
    quarantine = { key, columns: [...first, ...columns.filter((c) => !first.includes(c))], rows, total: Number(n) };
  }
  return {
    table,
    month,
    status: failedQuality ? 'failed' : 'published',
    ...(manifest ? { checks: manifest.checks, counts: manifest.counts, batch_id: manifest.batch_id } : {}),
    ...(failedQuality ? { error: state!.error } : {}),
    ...(quarantine ? { quarantine } : {}),
  };
}

export interface CdcSourceView {
  source: string;
  slot: string;
  publication: string;
  /** From the collector: whether it reached the database, the slot, lag. Absent when no metrics run here. */
  stats?: CdcSourceStats;
  streaming?: boolean;
  detail?: string;
  state?: Pick<CdcState, 'flushed_lsn' | 'last_commit_at' | 'updated_at'>;
  tables: Array<LakeStatus['cdc'][number] & { snapshot_lsn?: string; remedy?: string }>;
  failures: CdcLive['failures'];
  lines: LogLine[];
  requests: SnapshotRequest[];
}

export async function cdcView(ctx: ReadModelContext, status?: LakeStatus): Promise<CdcSourceView[]> {
  status ??= await lakeStatus({ config: ctx.config, storage: ctx.storage }, ctx.clock);
  const stats = ctx.cdcStats?.() ?? [];
  const out: CdcSourceView[] = [];
  for (const [name, def] of Object.entries(ctx.config.sources)) {
    if (def.type !== 'postgres') continue;
    const source = def as PostgresSourceConfig;
    const state = await readCdcState({ storage: ctx.storage }, name);
    const live = ctx.logbook.cdcOf(name);
    const requests: SnapshotRequest[] = [];
    for (const key of await ctx.storage.list(cdcRequestsPrefix(name))) {
      const request = key.endsWith('.json') ? await readJson<SnapshotRequest>(ctx.storage, key) : undefined;
      if (request) requests.push(request);
    }
    const stat = stats.find((s) => s.source === name);
    out.push({
      source: name,
      slot: source.slot,
      publication: source.publication,
      ...(stat ? { stats: stat } : {}),
      ...(live.streaming !== undefined ? { streaming: live.streaming } : {}),
      ...(live.detail ? { detail: live.detail } : {}),
      ...(state ? { state: { flushed_lsn: state.flushed_lsn, ...(state.last_commit_at ? { last_commit_at: state.last_commit_at } : {}), updated_at: state.updated_at } } : {}),
      tables: status.cdc
        .filter((c) => c.source === name)
        .map((c) => {
          const t = source.tables.find((x) => cdcTableName(x) === c.table);
          const info = state?.tables[c.table];
          return {
            ...c,
            ...(info?.snapshot_lsn ? { snapshot_lsn: info.snapshot_lsn } : {}),
            ...(c.status === 'failed' ? { remedy: `re-snapshot it: lake snapshot --source ${name} --table ${t?.name ?? c.source_table}` } : {}),
          };
        }),
      failures: live.failures,
      lines: live.lines.slice(-30),
      requests: requests.slice(-10),
    });
  }
  return out;
}
