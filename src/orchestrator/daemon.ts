/**
 * `lake run`: keeps the lake current without a person watching.
 *
 *   starting ──▶ catching up + scheduled ──▶ stopping (SIGTERM/SIGINT) ──▶ stopped
 *
 * - Each source with `schedule` gets a node-cron task (UTC). A tick pulls the newest month that should
 *   exist at the tick's time (month − `lag_months`), unless bronze already has it; the run then
 *   promotes what depends on it (silver, then gold) when stale. One run per tick, in the run history.
 * - Ticks of one source are handled one after another, coalesced by month; sources run side by side
 *   within the job limits.
 * - Catch-up: the last handled tick of each source is kept in `_lake/scheduler/<source>.json`. It moves
 *   only when a tick's run has finished (not when it was interrupted), so on start the ticks after it
 *   that were missed while the daemon was down (or cut short by a shutdown) are planned again:
 *   all of them, the last one, or none (`catch_up`). A first start has nothing to catch up.
 * - Services (the CDC streams of postgres sources) start with the daemon and are stopped with it.
 * - Shutdown: stop the schedules, stop taking work (queued jobs are abandoned), stop the services, let
 *   running jobs finish for most of `daemon.shutdown_grace_ms`, then cancel them (their partitions keep
 *   the previous version; publishing is atomic) and return. A second signal cancels at once.
 */
import cron, { type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import { setTimeout as sleep } from 'node:timers/promises';
import { isBatchSource, type BatchSourceConfig } from '../config/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import { formatMonth, readJson, schedulerStateKey, type LakeStorage, type Month } from '../storage/index.ts';
import { pruneRuns, type RunRecord } from './history.ts';
import { Runner } from './runner.ts';
import type { LakeRuntime } from './runtime.ts';
import { expectedMonth, missedTicks, nextTicks, SCHEDULE_TIMEZONE, systemClock, type Clock } from './schedule.ts';

/** Running jobs may finish during the first 80% of the grace period; then they are cancelled. */
const FINISH_SHARE_OF_GRACE = 0.8;
/** Cancelled jobs unwind (abort, interrupt DuckDB, release locks, save the run) until 95%; the rest is for exiting. */
const CANCEL_SHARE_OF_GRACE = 0.15;
/** Old run records are deleted at start and then once a day. */
const PRUNE_EVERY_MS = 86_400_000;

export interface ScheduledSource {
  name: string;
  cron: string;
  catchUp: 'all' | 'last' | 'none';
  lagMonths: number;
}

export interface SchedulerState {
  source: string;
  cron: string;
  /** The newest tick whose run finished (ISO, possibly a shifted clock's time). */
  last_tick: string;
  updated_at: string;
}

export async function readSchedulerState(storage: LakeStorage, source: string): Promise<SchedulerState | undefined> {
  return readJson<SchedulerState>(storage, schedulerStateKey(source));
}

export function scheduledSources(runtime: Pick<LakeRuntime, 'config'>): ScheduledSource[] {
  const out: ScheduledSource[] = [];
  for (const [name, source] of Object.entries(runtime.config.sources)) {
    if (!isBatchSource(source)) continue;
    const batch = source as BatchSourceConfig;
    if (batch.schedule) out.push({ name, cron: batch.schedule, catchUp: batch.catch_up, lagMonths: batch.lag_months });
  }
  return out;
}

interface Tick {
  at: Date;
  month: Month;
  catchUp: boolean;
  /** How many schedule ticks this one stands for (missed ticks of one month are one run). */
  ticks: number;
}

/** Long-running work started with the daemon and stopped at its shutdown, within the grace period (CDC streams). */
export interface DaemonService {
  name: string;
  start(): Promise<{ stop(): Promise<void> }>;
}

export interface DaemonOptions {
  clock?: Clock;
  services?: DaemonService[];
  /** Where node-cron's own warnings go (missed executions under load). */
  cronLogger?: CronLogger;
}

export class Daemon {
  readonly runner: Runner;
  private readonly clock: Clock;
  private readonly sources: ScheduledSource[];
  private readonly stopController = new AbortController();
  private readonly abandonController = new AbortController();
  private readonly tasks: ScheduledTask[] = [];
  private readonly queues = new Map<string, Tick[]>();
  private readonly draining = new Map<string, Promise<void>>();
  private readonly runs: RunRecord[] = [];
  private readonly started: Array<{ stop(): Promise<void> }> = [];
  private prunedAt = 0;
  private starting?: Promise<void>;
  private stopping?: Promise<void>;
  private stoppedResolve!: () => void;
  /** Resolves when the daemon has stopped after a shutdown. */
  readonly stopped: Promise<void>;

  constructor(
    private readonly runtime: LakeRuntime,
    private readonly options: DaemonOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.runner = new Runner(runtime, { command: 'lake run' });
    this.sources = scheduledSources(runtime);
    this.stopped = new Promise((resolve) => (this.stoppedResolve = resolve));
  }

  /** Plans catch-up, starts the schedules, and returns; the work goes on until `shutdown` (which may come first). */
  start(): Promise<void> {
    this.starting = this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const services = this.options.services ?? [];
    if (this.sources.length === 0 && services.length === 0) {
      throw new LakeError('no source has a schedule (and none is a postgres source), so `lake run` has nothing to do', {
        kind: 'config',
        retry: 'needs-person',
        remedy: "add sources.<name>.schedule (a cron expression in UTC, e.g. '0 9 * * *'), or use lake backfill",
      });
    }
    await this.pruneHistoryDaily();
    // Files of writers that died before their commit: invisible to readers, but they take space.
    await this.runner.collectOrphans().catch(() => {});
    const now = this.clock.now();
    for (const source of this.sources) {
      const state = await readSchedulerState(this.runtime.storage, source.name);
      if (!state) {
        await this.saveState(source, now);
        continue;
      }
      const groups = missedTicks(source.cron, new Date(state.last_tick), now);
      const chosen = source.catchUp === 'all' ? groups : source.catchUp === 'last' ? groups.slice(-1) : [];
      for (const group of chosen) {
        this.enqueue(source, { at: group.last, month: expectedMonth(group.last, source.lagMonths), catchUp: true, ticks: group.count });
      }
      if (chosen.length === 0 && groups.length > 0) await this.saveState(source, groups.at(-1)!.last);
    }
    if (this.stopController.signal.aborted) return;
    for (const source of this.sources) {
      const task = cron.schedule(
        source.cron,
        (context) => {
          // Live ticks come from the real clock; a shifted clock (lake run --now) moves them with it.
          const at = new Date(context.date.getTime() + (this.clock.now().getTime() - Date.now()));
          this.enqueue(source, { at, month: expectedMonth(at, source.lagMonths), catchUp: false, ticks: 1 });
        },
        { timezone: SCHEDULE_TIMEZONE, name: `lake:${source.name}`, ...(this.options.cronLogger ? { logger: this.options.cronLogger } : {}) },
      );
      this.tasks.push(task);
    }
    for (const service of services) {
      if (this.stopController.signal.aborted) return;
      this.started.push(await service.start());
    }
    if (this.stopController.signal.aborted) return;
    this.runtime.events.emit({
      type: 'daemon.started',
      pid: process.pid,
      schedules: this.sources.map((s) => ({ source: s.name, cron: s.cron, next: nextTicks(s.cron, this.clock.now(), 1)[0]?.toISOString() ?? null })),
    });
  }

  /** Stops gracefully; a second call cancels running jobs at once. */
  shutdown(signal: string): Promise<void> {
    if (this.stopping) {
      this.abandonController.abort(new Error(`second ${signal}`));
      return this.stopping;
    }
    const started = Date.now();
    const graceMs = this.runtime.config.daemon.shutdown_grace_ms;
    const running = [...this.draining.values()];
    this.runtime.events.emit({ type: 'daemon.stopping', signal, running: running.length, graceMs });
    this.stopController.abort(new Error(signal));
    this.stopping = (async () => {
      // A signal during start: let start see it and return before taking stock of what runs.
      await this.starting?.catch(() => {});
      for (const task of this.tasks) await task.destroy();
      const allDone = Promise.allSettled([...this.draining.values(), ...this.started.map((s) => s.stop())]);
      const finished = await Promise.race([allDone.then(() => true), sleep(graceMs * FINISH_SHARE_OF_GRACE).then(() => false)]);
      if (!finished) {
        this.abandonController.abort(new Error('shutdown grace period'));
        await Promise.race([allDone, sleep(graceMs * CANCEL_SHARE_OF_GRACE)]);
      }
      const abandoned = this.runs.reduce((n, r) => n + (r.counts.abandoned ?? 0), 0);
      this.runtime.events.emit({ type: 'daemon.stopped', abandoned, durationMs: Date.now() - started });
      this.stoppedResolve();
    })();
    return this.stopping;
  }

  private enqueue(source: ScheduledSource, tick: Tick): void {
    if (this.stopController.signal.aborted) return;
    this.runtime.events.emit({ type: 'schedule.tick', source: source.name, tick: tick.at.toISOString(), month: formatMonth(tick.month), catchUp: tick.catchUp });
    const queue = this.queues.get(source.name) ?? [];
    this.queues.set(source.name, queue);
    // A pending tick for the same month already covers this one; keep the newer tick time.
    const pending = queue.find((t) => formatMonth(t.month) === formatMonth(tick.month));
    if (pending) {
      pending.at = tick.at > pending.at ? tick.at : pending.at;
      pending.ticks += tick.ticks;
    } else {
      queue.push(tick);
    }
    if (!this.draining.has(source.name)) {
      const drain = this.drain(source).finally(() => this.draining.delete(source.name));
      this.draining.set(source.name, drain);
    }
  }

  private async drain(source: ScheduledSource): Promise<void> {
    const queue = this.queues.get(source.name)!;
    while (queue.length > 0 && !this.stopController.signal.aborted) {
      const tick = queue.shift()!;
      try {
        const record = await this.runner.execute({
          kind: tick.catchUp ? 'catch-up' : 'schedule',
          trigger: { source: source.name, tick: tick.at.toISOString(), month: formatMonth(tick.month), cron: source.cron },
          options: { ticks: tick.ticks },
          roots: [{ layer: 'bronze', name: source.name, month: tick.month }],
          downstream: true,
          stop: this.stopController.signal,
          abandon: this.abandonController.signal,
        });
        this.runs.push(record);
        if (this.runs.length > 100) this.runs.shift();
        if (record.status !== 'interrupted') await this.saveState(source, tick.at);
        await this.pruneHistoryDaily();
      } catch (error) {
        // The lake itself failed (the run history or the scheduler state could not be written). The tick
        // stays unhandled, so the next start catches it up; the daemon goes on with the next one.
        this.runtime.events.emit({ type: 'daemon.error', context: `${source.name} tick ${tick.at.toISOString()}`, error: toLakeError(error) });
      }
    }
  }

  private async pruneHistoryDaily(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    await pruneRuns(this.runtime.storage, this.runtime.config.history.retention_days);
  }

  private async saveState(source: ScheduledSource, tick: Date): Promise<void> {
    const previous = await readSchedulerState(this.runtime.storage, source.name);
    if (previous && Date.parse(previous.last_tick) >= tick.getTime() && previous.cron === source.cron) return;
    const state: SchedulerState = { source: source.name, cron: source.cron, last_tick: tick.toISOString(), updated_at: new Date().toISOString() };
    await this.runtime.storage.writeText(schedulerStateKey(source.name), JSON.stringify(state, null, 2));
  }
}
