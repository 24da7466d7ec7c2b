/**
 * Runs a plan of partition jobs: a backfill, a schedule tick, a catch-up, a `lake ingest`. The plan is a
 * DAG of monthly partitions (bronze → silver → gold, per month); a job starts when the partitions it
 * reads are done, so a published bronze partition promotes its silver partition, which rebuilds the gold
 * models over it.
 *
 * Per job, in order: wait for its upstream jobs (skip it if one failed; its inputs would be half new),
 * decide whether it needs building (staleness.ts), take a job slot (limits.ts), take the partition's lock
 * in the lake (locks.ts; it may be held by another process), decide again under the lock (that process
 * may just have built it), then build it with its own DuckDB engine, a timeout, and cancellation.
 * Failures whose verdict is `automatic` are retried with backoff and jitter (`jobs.retry`); anything else
 * is tried once and reported with its remedy. One failed job never stops the others.
 *
 * Concurrency: every job opens its own Engine (one DuckDB instance and connection) and closes it after,
 * because silver stages into `stage_<table>` and gold into a schema `gold_input_<model>` on the
 * connection it is given; separate engines make concurrent jobs safe without touching that code, and
 * peak engine memory is `jobs.concurrency × engine.memory_limit`.
 *
 * Cancellation: `stop` means stop taking work (a job not started yet is abandoned); `abandon` also
 * cancels running attempts: their download is aborted, their DuckDB query interrupted, and bronze checks
 * the signal before publishing. Publishing is atomic, so a cancelled job leaves the previous version.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { bronzeTableOf, catalog, type Catalog, type LakeConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { LakeError, nextRetry, retryPolicyOf, toLakeError, type RetryPolicy } from '../errors/index.ts';
import type { PartitionRef, PipelineEvents } from '../events/index.ts';
import { compareMonths, formatMonth, listManifests, lockKey, partitionDir, readManifest, removeUnreferenced, type Month } from '../storage/index.ts';
import {
  errorRecord,
  RunRecorder,
  writePartitionState,
  type AttemptRecord,
  type PartitionStatus,
  type RunKind,
  type RunPartition,
  type RunRecord,
} from './history.ts';
import { JobLimits, Slots } from './limits.ts';
import { PartitionLocks } from './locks.ts';
import { runPartition, type Layer, type PartitionOutcome } from './pipeline.ts';
import type { LakeRuntime } from './runtime.ts';
import { decide, type Decision } from './staleness.ts';

const LAYER_RANK: Record<Layer, number> = { bronze: 0, silver: 1, gold: 2 };
/** While a job is being cancelled, DuckDB is interrupted this often (an interrupt only stops the query running at that instant). */
const INTERRUPT_EVERY_MS = 100;

export interface PlanRoot {
  layer: Layer;
  name: string;
  month: Month;
  /** Build even when up to date. */
  force?: boolean;
}

export interface RunRequest {
  kind: RunKind;
  trigger: RunRecord['trigger'];
  options?: Record<string, unknown>;
  roots: PlanRoot[];
  /** Also plan what depends on each root (silver, then gold), built when stale. */
  downstream: boolean;
  /**
   * Also plan what each root reads (its bronze, for gold its silver and their bronze), built first when
   * missing or stale, like `make`. Default false: a schedule tick plans from bronze anyway.
   */
  upstream?: boolean;
  /** Stop taking work: jobs not started yet are abandoned. */
  stop?: AbortSignal;
  /** Cancel running attempts as well. */
  abandon?: AbortSignal;
  /** Called whenever a partition changes state (progress display). */
  onChange?: (partition: RunPartition, run: RunRecord) => void;
}

export interface PlannedPartition extends PartitionRef {
  action: 'build' | 'up-to-date' | 'no-input' | 'after-upstream';
  reason: string;
}

export interface RunnerOptions {
  /** Who runs the jobs, as shown in locks and run history: `lake run`, `lake backfill`. */
  command: string;
  /** Overrides `jobs.concurrency` (a backfill's `--concurrency`). */
  concurrency?: number;
}

interface Node {
  key: string;
  layer: Layer;
  name: string;
  month: Month;
  monthText: string;
  root: boolean;
  force: boolean;
  upstream: Node[];
  /** For a partition planned only because a root reads it: that root (or the input that reads it). */
  feeds?: Node;
  entry?: RunPartition;
  promise?: Promise<RunPartition>;
}

interface AttemptResult {
  status: PartitionStatus;
  outcome: PartitionOutcome;
  error?: LakeError;
}

export class Runner {
  readonly locks: PartitionLocks;
  readonly limits: JobLimits;
  private readonly config: LakeConfig;
  private readonly lake: Catalog;
  private readonly retry: RetryPolicy;

  constructor(
    private readonly runtime: LakeRuntime,
    private readonly options: RunnerOptions,
  ) {
    this.config = runtime.config;
    this.lake = catalog(runtime.config);
    this.locks = new PartitionLocks(runtime.storage, { command: options.command }, runtime.config.locks, runtime.events);
    const sourceLimits: Record<string, number | undefined> = {};
    for (const [name, source] of Object.entries(runtime.config.sources)) {
      if ('concurrency' in source) sourceLimits[name] = source.concurrency;
    }
    this.limits = new JobLimits(new Slots(options.concurrency ?? runtime.config.jobs.concurrency), sourceLimits);
    this.retry = retryPolicyOf(runtime.config.jobs.retry);
  }

  /** What a run would do, without doing it (`--dry-run`). */
  async plan(request: Pick<RunRequest, 'roots' | 'downstream' | 'upstream'>): Promise<PlannedPartition[]> {
    const nodes = this.graph(request.roots, request.downstream, request.upstream);
    const planned = new Map<string, PlannedPartition>();
    for (const node of nodes) {
      const ref = { layer: node.layer, name: node.name, month: node.monthText };
      const rebuiltUpstream = node.upstream.find((u) => ['build', 'after-upstream'].includes(planned.get(u.key)!.action));
      let item: PlannedPartition;
      if (rebuiltUpstream) {
        item = { ...ref, action: 'after-upstream', reason: `rebuilt when ${describe(rebuiltUpstream)} publishes a new version` };
      } else {
        const decision = await decide(this.runtime, node.layer, node.name, node.month, { force: node.force });
        item = decision.action === 'build' ? { ...ref, action: 'build', reason: decision.reason } : { ...ref, action: decision.status, reason: decision.reason };
      }
      planned.set(node.key, item);
    }
    return nodes.map((n) => planned.get(n.key)!);
  }

  async execute(request: RunRequest): Promise<RunRecord> {
    const recorder = new RunRecorder(this.runtime.storage, {
      kind: request.kind,
      trigger: request.trigger,
      options: request.options ?? {},
      command: this.options.command,
    });
    const nodes = this.graph(request.roots, request.downstream, request.upstream);
    for (const node of nodes) {
      node.entry = recorder.add({
        layer: node.layer,
        name: node.name,
        month: node.monthText,
        ...(node.root ? { requested: true } : {}),
        reason: node.root ? 'requested' : node.feeds ? `upstream of ${describe(node.feeds)}` : `downstream of ${node.upstream.map(describe).join(', ') || 'the request'}`,
        status: 'planned',
        attempts: [],
      });
    }
    await recorder.save();
    const events = this.runtime.events;
    events.emit({
      type: 'run.started',
      runId: recorder.runId,
      kind: request.kind,
      trigger: request.trigger.command ?? `${request.trigger.source} tick ${request.trigger.tick}`,
      partitions: nodes.length,
    });
    const changed = (entry: RunPartition) => {
      void recorder.saveEntry(entry);
      request.onChange?.(entry, recorder.record);
    };
    // Nodes are in topological order, so every node's upstream promises exist when it is started.
    for (const node of nodes) node.promise = this.runNode(node, recorder.runId, request, changed);
    await Promise.all(nodes.map((n) => n.promise));
    return finishRun(recorder, events);
  }

  /**
   * Removes data files no manifest names (a writer that died between publishing its files and its
   * manifest; a cleanup cut short) from monthly partitions nobody is building: each partition is cleaned
   * only while this process holds its lock, so a live writer's not-yet-committed files are never touched.
   */
  async collectOrphans(): Promise<string[]> {
    const removed: string[] = [];
    for (const { layer, table, month } of await listManifests(this.runtime.storage)) {
      if (month === 'current') continue;
      const monthText = formatMonth(month);
      const manifest = await readManifest(this.runtime.storage, layer, table, month);
      if (!manifest?.key) continue;
      const dirs: Array<[string, string]> = [[partitionDir(layer, table, month), manifest.key]];
      if (manifest.quarantine_key) dirs.push([partitionDir('quarantine', table, month), manifest.quarantine_key]);
      const stray = async () => {
        for (const [dir, keep] of dirs) if ((await this.runtime.storage.list(dir)).some((k) => k !== keep && k.endsWith('.parquet') && !k.includes('/', dir.length))) return true;
        return false;
      };
      if (!(await stray())) continue;
      const ref = { layer, name: table, month: monthText };
      const held = await this.locks.tryAcquire(lockKey(layer, table, monthText), ref);
      if (!('release' in held)) continue;
      try {
        // Re-read under the lock: a writer may have committed between the look and the lock.
        const current = await readManifest(this.runtime.storage, layer, table, month);
        if (!current?.key) continue;
        removed.push(...(await removeUnreferenced(this.runtime.storage, partitionDir(layer, table, month), [current.key])));
        if (current.quarantine_key) removed.push(...(await removeUnreferenced(this.runtime.storage, partitionDir('quarantine', table, month), [current.quarantine_key])));
      } finally {
        await held.release();
      }
    }
    return removed;
  }

  private lockKeyOf(layer: Layer, name: string, month: string): string {
    return lockKey(layer, layer === 'bronze' ? bronzeTableOf(name, this.config) : name, month);
  }

  /** The source a job counts against for `sources.<name>.concurrency`: its own (bronze) or its bronze table's (silver). */
  private sourceOf(layer: Layer, name: string): string | undefined {
    if (layer === 'bronze') return name;
    if (layer === 'silver') return this.lake.get('silver', name)?.sources[0];
    return undefined;
  }

  /** The jobs whose partitions a job reads: a silver table's bronze (by source), a gold model's silver tables. */
  private jobInputs(layer: Layer, name: string): Array<{ layer: Layer; name: string }> {
    if (layer === 'silver') return (this.lake.get('silver', name)?.sources ?? []).map((source) => ({ layer: 'bronze', name: source }));
    if (layer === 'gold') return (this.lake.get('gold', name)?.inputs ?? []).filter((t) => this.lake.get(t.layer, t.table)?.kind === 'monthly').map((t) => ({ layer: t.layer, name: t.table }));
    return [];
  }

  /** The jobs that read a job's partitions: a source's silver tables, a silver table's gold models. */
  private jobReaders(layer: Layer, name: string): Array<{ layer: Layer; name: string }> {
    const table = layer === 'bronze' ? bronzeTableOf(name, this.config) : name;
    return layer === 'gold' ? [] : (this.lake.get(layer, table)?.downstream ?? []).map((t) => ({ layer: t.layer, name: t.table }));
  }

  /** The plan's partitions in topological order (month, then layer), with their upstream edges. */
  private graph(roots: PlanRoot[], downstream: boolean, upstream = false): Node[] {
    const nodes = new Map<string, Node>();
    const get = (layer: Layer, name: string, month: Month): Node => {
      const monthText = formatMonth(month);
      const key = `${layer}:${name}:${monthText}`;
      let node = nodes.get(key);
      if (!node) nodes.set(key, (node = { key, layer, name, month, monthText, root: false, force: false, upstream: [] }));
      return node;
    };
    const queue: Node[] = [];
    for (const root of roots) {
      const node = get(root.layer, root.name, root.month);
      node.root = true;
      node.force ||= !!root.force;
      queue.push(node);
    }
    if (upstream) {
      // What the roots read, transitively: bronze under silver, silver (and its bronze) under gold.
      const needs = [...queue];
      for (let i = 0; i < needs.length; i++) {
        const node = needs[i];
        for (const input of this.jobInputs(node.layer, node.name).map((i) => get(i.layer, i.name, node.month))) {
          if (needs.includes(input)) continue;
          input.feeds ??= node;
          needs.push(input);
        }
      }
    }
    if (downstream) {
      for (let i = 0; i < queue.length; i++) {
        const node = queue[i];
        for (const child of this.jobReaders(node.layer, node.name).map((r) => get(r.layer, r.name, node.month))) if (!queue.includes(child)) queue.push(child);
      }
    }
    for (const node of nodes.values()) {
      for (const input of this.jobInputs(node.layer, node.name)) {
        const up = nodes.get(`${input.layer}:${input.name}:${node.monthText}`);
        if (up) node.upstream.push(up);
      }
    }
    return [...nodes.values()].sort(
      (a, b) => compareMonths(a.month, b.month) || LAYER_RANK[a.layer] - LAYER_RANK[b.layer] || a.name.localeCompare(b.name),
    );
  }

  private async runNode(
    node: Node,
    runId: string,
    request: RunRequest,
    changed: (entry: RunPartition) => void,
  ): Promise<RunPartition> {
    const entry = node.entry!;
    const ref: PartitionRef = { layer: node.layer, name: node.name, month: node.monthText };
    const events = this.runtime.events;
    const stop = request.stop;
    const finish = (status: PartitionStatus, detail: string, error?: LakeError): RunPartition => {
      entry.status = status;
      entry.detail = detail;
      if (error) entry.error = errorRecord(error);
      entry.finished_at = new Date().toISOString();
      if (entry.started_at) entry.duration_ms = Date.parse(entry.finished_at) - Date.parse(entry.started_at);
      if (status === 'failed') {
        events.emit({
          type: 'job.failed',
          runId,
          partition: ref,
          attempts: entry.attempts.length,
          durationMs: entry.duration_ms ?? 0,
          error: error ?? new LakeError(detail, { kind: 'internal', retry: 'never' }),
        });
      } else if (status === 'published' || status === 'not-published' || (entry.attempts.length > 0 && status !== 'abandoned')) {
        events.emit({ type: 'job.succeeded', runId, partition: ref, status, attempts: entry.attempts.length, durationMs: entry.duration_ms ?? 0, rows: entry.rows_out });
      } else {
        events.emit({ type: 'job.skipped', runId, partition: ref, status, reason: detail });
      }
      changed(entry);
      return entry;
    };

    try {
      const upstream = await Promise.all(node.upstream.map((u) => u.promise!));
      const blocked = upstream.find((u) => u.status === 'failed' || u.status === 'skipped');
      if (blocked) {
        return finish('skipped', `not built: ${describe(blocked)} ${blocked.status === 'failed' ? 'failed' : 'was skipped'} in this run, so its inputs would be half new`);
      }
      const abandonedUp = upstream.find((u) => u.status === 'abandoned');
      if (abandonedUp) return finish('abandoned', `not built: ${describe(abandonedUp)} was abandoned`);
      if (stop?.aborted) return finish('abandoned', 'not started: the process is shutting down');

      const first = await decide(this.runtime, node.layer, node.name, node.month, { force: node.force });
      if (node.root || first.action === 'build') entry.reason = node.force ? 'forced' : first.reason;
      if (first.action === 'skip') return finish(first.status, first.reason);
      changed(entry);

      for (let attempt = 1; ; attempt++) {
        const result = await this.attempt(node, ref, attempt, runId, request, entry, changed);
        if ('skip' in result) {
          // It needed building a moment ago; under the lock it does not: another run built it meanwhile.
          const meanwhile = result.skip.status === 'up-to-date' ? '; built meanwhile by another run' : '';
          return finish(result.skip.status, `${result.skip.reason}${meanwhile}`);
        }
        if (result.status !== 'failed' || !result.error) {
          return finish(result.status, result.outcome.detail, result.status === 'abandoned' ? result.error : undefined);
        }
        const error = result.error;
        const next = nextRetry(this.retry, error, attempt, stop?.aborted);
        if (!next.retry) return finish('failed', `${error.describe()} [${next.why}]`, error);
        const { delayMs } = next;
        events.emit({ type: 'job.retry', runId, partition: ref, attempt, delayMs, error });
        entry.status = 'planned';
        entry.detail = `attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delayMs / 100) / 10} s`;
        changed(entry);
        try {
          await sleep(delayMs, undefined, { signal: stop });
        } catch {
          return finish('failed', `${error.describe()} [not retried: shutting down]`, error);
        }
      }
    } catch (thrown) {
      const error = toLakeError(thrown);
      if (error.kind === 'cancelled') return finish('abandoned', `not finished: ${error.message}`, error);
      return finish('failed', error.describe(), error);
    }
  }

  /** One attempt: slots, lock, a fresh decision under the lock, then the build. */
  private async attempt(
    node: Node,
    ref: PartitionRef,
    attempt: number,
    runId: string,
    request: RunRequest,
    entry: RunPartition,
    changed: (entry: RunPartition) => void,
  ): Promise<AttemptResult | { skip: Extract<Decision, { action: 'skip' }> }> {
    const release = await this.limits.acquire(this.sourceOf(node.layer, node.name), [node.month.year * 12 + node.month.month, LAYER_RANK[node.layer]], request.stop);
    try {
      const lock = await this.locks.acquire(this.lockKeyOf(node.layer, node.name, node.monthText), ref, request.stop);
      try {
        const decision = await decide(this.runtime, node.layer, node.name, node.month, { force: node.force });
        if (decision.action === 'skip') return { skip: decision };
        const started = new Date();
        entry.status = 'running';
        entry.started_at ??= started.toISOString();
        changed(entry);
        this.runtime.events.emit({ type: 'job.started', runId, partition: ref, attempt });
        const result = await this.build(node, lock.lost, request.abandon);
        const record: AttemptRecord = {
          attempt,
          started_at: started.toISOString(),
          duration_ms: Date.now() - started.getTime(),
          status: result.status,
          ...(result.error ? { error: errorRecord(result.error) } : {}),
        };
        entry.attempts.push(record);
        applyOutcome(entry, result.outcome);
        if (result.status !== 'abandoned') {
          await writePartitionState(this.runtime.storage, {
            ...ref,
            status: result.status === 'failed' ? 'failed' : (result.outcome.status as 'published' | 'not-published' | 'no-input'),
            run_id: runId,
            at: new Date().toISOString(),
            attempts: attempt,
            ...(result.error ? { error: errorRecord(result.error) } : {}),
          });
        }
        return result;
      } finally {
        await lock.release();
      }
    } finally {
      release();
    }
  }

  /** Builds the partition with its own engine, under a timeout, cancellable by `abandon` and by losing the lock. */
  private async build(node: Node, lost: AbortSignal, abandon?: AbortSignal): Promise<AttemptResult> {
    const { config, workDir } = this.runtime;
    const spill = path.join(workDir, `${process.pid}-duckdb-${randomBytes(4).toString('hex')}`);
    const engine = await Engine.open({ threads: config.engine.threads, memoryLimit: config.engine.memory_limit, tempDirectory: spill });
    const controller = new AbortController();
    let why: 'timeout' | 'abandon' | 'lost' | undefined;
    let interrupter: NodeJS.Timeout | undefined;
    const cancel = (reason: 'timeout' | 'abandon' | 'lost') => {
      if (why) return;
      why = reason;
      controller.abort(new LakeError(`job cancelled (${reason})`, { kind: 'cancelled', retry: 'never' }));
      engine.interrupt();
      interrupter = setInterval(() => engine.interrupt(), INTERRUPT_EVERY_MS);
    };
    const timer = setTimeout(() => cancel('timeout'), config.jobs.timeout_ms);
    const onAbandon = () => cancel('abandon');
    const onLost = () => cancel('lost');
    if (abandon?.aborted) onAbandon();
    abandon?.addEventListener('abort', onAbandon);
    lost.addEventListener('abort', onLost);
    let outcome: PartitionOutcome;
    try {
      outcome = await runPartition(this.runtime, node.layer, node.name, node.month, { engine, signal: controller.signal });
    } finally {
      clearTimeout(timer);
      clearInterval(interrupter);
      abandon?.removeEventListener('abort', onAbandon);
      lost.removeEventListener('abort', onLost);
      engine.close();
      await fs.rm(spill, { recursive: true, force: true });
    }
    // What was published is published (atomically), whatever the reason the job was being cancelled.
    if (outcome.status === 'published' || outcome.status === 'not-published' || outcome.status === 'no-input') {
      return { status: outcome.status, outcome };
    }
    if (why === 'timeout') {
      const error = new LakeError(`${describe(node)} did not finish within jobs.timeout_ms (${config.jobs.timeout_ms} ms)`, {
        kind: 'timeout',
        retry: 'automatic',
        remedy: 'raise jobs.timeout_ms if the source is this slow',
      });
      return { status: 'failed', outcome: { ...outcome, detail: error.describe() }, error };
    }
    if (why === 'abandon') {
      const error = new LakeError('abandoned at shutdown; the previous version of the partition was kept', { kind: 'cancelled', retry: 'never' });
      return { status: 'abandoned', outcome: { ...outcome, detail: error.message }, error };
    }
    if (why === 'lost') {
      const error = new LakeError(`lost the lock of ${describe(node)} to another process; nothing was published`, { kind: 'lock', retry: 'automatic' });
      return { status: 'failed', outcome: { ...outcome, detail: error.message }, error };
    }
    return { status: 'failed', outcome, error: outcome.error ?? new LakeError(outcome.detail, { kind: 'internal', retry: 'never' }) };
  }
}

/** Writes the finished record (what `lake report` reads) and tells the bus; shared with `lake snapshot`'s run. */
export async function finishRun(recorder: RunRecorder, events: PipelineEvents): Promise<RunRecord> {
  const record = await recorder.finish();
  events.emit({
    type: 'run.finished',
    runId: record.run_id,
    kind: record.kind,
    status: record.status,
    durationMs: record.duration_ms ?? 0,
    counts: record.counts as Record<string, number>,
  });
  return record;
}

function applyOutcome(entry: RunPartition, outcome: PartitionOutcome): void {
  if (outcome.counts) {
    entry.rows_in = outcome.counts.bronze;
    entry.rows_out = outcome.counts.silver;
    entry.quarantined = outcome.counts.quarantined;
    entry.duplicates = outcome.counts.duplicates;
  } else if (outcome.rows !== undefined) {
    if (entry.layer === 'bronze') entry.rows_in = outcome.rows;
    entry.rows_out = outcome.rows;
  }
  if (outcome.checks) {
    entry.checks = outcome.checks.map((c) => ({ check: c.check, severity: c.severity, success: c.success, evaluated: c.evaluated, unexpected: c.unexpected }));
  }
}

function describe(p: { layer: string; name: string; month: string | Month; monthText?: string }): string {
  return `${p.layer} ${p.name} ${p.monthText ?? (typeof p.month === 'string' ? p.month : formatMonth(p.month))}`;
}
