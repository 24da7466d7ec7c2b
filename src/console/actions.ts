/**
 * What an authenticated operator may do from the console, done the way the CLI does it: a backfill of a
 * range and a retry of failed partitions run through the same Runner (`lake backfill`, `lake backfill
 * --retry-failed`), so they take the same partition locks and leave the same run records; a re-snapshot
 * of a CDC table goes through the `lake snapshot` request mechanism (cdc-requests.ts), which the
 * daemon's own pipeline performs between two flushes.
 *
 * Every accepted action is an audit record `_lake/console/actions/<id>.json` (who asked, from where,
 * what, and how it ended) and a log line; refused attempts are log lines only, so an anonymous client
 * cannot fill the lake. One action runs at a time.
 *
 *   accepted ──▶ running ──▶ done | failed
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { LakeError, toLakeError } from '../errors/index.ts';
import { failedPartitions, namesForLayer, Runner, snapshotRun, type Layer, type LakeRuntime, type PlanRoot, type RunRecord } from '../orchestrator/index.ts';
import { compareMonths, consoleActionKey, CONSOLE_ACTIONS_PREFIX, formatMonth, monthRange, parseMonth, readJson } from '../storage/index.ts';
import { cdcTableName } from '../config/index.ts';

/** A backfill from the console covers at most ten years: a typo in a year should not plan a century. */
const MAX_MONTHS = 120;

export type ActionKind = 'backfill' | 'retry-failed' | 'snapshot';

export interface ActionRecord {
  id: string;
  kind: ActionKind;
  params: Record<string, unknown>;
  status: 'accepted' | 'running' | 'done' | 'failed';
  requested_at: string;
  requested_by: { address: string; user_agent?: string };
  finished_at?: string;
  run_id?: string;
  /** One line: what the run or snapshot did. */
  result?: string;
  error?: { kind: string; retry: string; message: string; remedy?: string };
}

/** A request the console refuses: the status code and the reason shown to the operator. */
export class ActionRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Prepared {
  params: Record<string, unknown>;
  perform: (record: ActionRecord, signals: { stop: AbortSignal; abandon: AbortSignal }) => Promise<void>;
}

function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new ActionRefused(400, `${key}: expected a string`);
  return v;
}

function month(body: Record<string, unknown>, key: string) {
  const v = str(body, key);
  if (!v) throw new ActionRefused(400, `${key}: expected a month as YYYY-MM`);
  try {
    return parseMonth(v);
  } catch (error) {
    throw new ActionRefused(400, `${key}: ${(error as Error).message}`);
  }
}

export class ConsoleActions {
  private current: Promise<void> | undefined;
  private readonly stop = new AbortController();
  private readonly abandon = new AbortController();

  constructor(
    private readonly runtime: LakeRuntime,
    private readonly log: Logger | undefined,
  ) {}

  get busy(): boolean {
    return this.current !== undefined;
  }

  async list(limit = 50): Promise<ActionRecord[]> {
    const keys = (await this.runtime.storage.list(CONSOLE_ACTIONS_PREFIX)).filter((k) => k.endsWith('.json')).slice(-limit).reverse();
    const records = await Promise.all(keys.map((k) => readJson<ActionRecord>(this.runtime.storage, k)));
    return records.filter((r): r is ActionRecord => r !== undefined);
  }

  /** Validates and starts an action; resolves once it is recorded (and, for runs, once the run id is known or 3 s passed). */
  async start(kind: string, body: Record<string, unknown>, by: ActionRecord['requested_by']): Promise<ActionRecord> {
    if (this.stop.signal.aborted) throw new ActionRefused(503, 'the daemon is shutting down');
    if (this.current) throw new ActionRefused(409, 'another console action is still running; wait for it to finish (see Actions)');
    const prepared = this.prepare(kind, body);
    const at = new Date();
    const record: ActionRecord = {
      id: `${at.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`,
      kind: kind as ActionKind,
      params: prepared.params,
      status: 'accepted',
      requested_at: at.toISOString(),
      requested_by: by,
    };
    await this.save(record);
    this.log?.info({ action: record.kind, action_id: record.id, params: record.params, from: by.address }, 'console action accepted');
    let runKnown: () => void = () => {};
    const runStarted = new Promise<void>((resolve) => (runKnown = resolve));
    const detach = this.runtime.events.on((event) => {
      if (event.type === 'run.started' && event.trigger.includes(`(console action ${record.id})`)) {
        record.run_id = event.runId;
        runKnown();
      }
    });
    record.status = 'running';
    this.current = (async () => {
      try {
        await this.save(record);
        await prepared.perform(record, { stop: this.stop.signal, abandon: this.abandon.signal });
        record.status = record.error ? 'failed' : 'done';
      } catch (error) {
        const e = toLakeError(error);
        record.status = 'failed';
        record.error = { kind: e.kind, retry: e.retry, message: e.message, ...(e.remedy ? { remedy: e.remedy } : {}) };
      } finally {
        detach();
        runKnown();
        record.finished_at = new Date().toISOString();
        await this.save(record).catch(() => {});
        this.log?.[record.status === 'failed' ? 'warn' : 'info'](
          { action: record.kind, action_id: record.id, status: record.status, run_id: record.run_id, result: record.result, error: record.error?.message },
          'console action finished',
        );
        this.current = undefined;
      }
    })();
    if (kind !== 'snapshot') await Promise.race([runStarted, new Promise((r) => setTimeout(r, 3_000).unref())]);
    return { ...record };
  }

  private prepare(kind: string, body: Record<string, unknown>): Prepared {
    const config = this.runtime.config;
    if (kind === 'backfill') {
      const layer = str(body, 'layer') as Layer | undefined;
      if (!layer || !['bronze', 'silver', 'gold'].includes(layer)) throw new ActionRefused(400, 'layer: expected bronze, silver or gold');
      const from = month(body, 'from');
      const to = body.to ? month(body, 'to') : from;
      if (compareMonths(from, to) > 0) throw new ActionRefused(400, 'from: expected a month at or before to');
      const months = monthRange(from, to);
      if (months.length > MAX_MONTHS) throw new ActionRefused(400, `at most ${MAX_MONTHS} months per console backfill`);
      const known = namesForLayer(config, layer);
      const tables = body.tables === undefined || body.tables === null || (Array.isArray(body.tables) && body.tables.length === 0) ? undefined : body.tables;
      if (tables !== undefined && (!Array.isArray(tables) || tables.some((t) => typeof t !== 'string' || !known.includes(t)))) {
        throw new ActionRefused(400, `tables: expected names of the layer (${known.join(', ') || 'none configured'})`);
      }
      const force = body.force === true;
      const downstream = body.downstream !== false;
      const names = (tables as string[] | undefined) ?? known;
      const range = `${formatMonth(from)}..${formatMonth(to)}`;
      const params = { layer, from: formatMonth(from), to: formatMonth(to), ...(tables ? { tables } : {}), force, downstream };
      return {
        params,
        perform: async (record, signals) => {
          const roots: PlanRoot[] = months.flatMap((m) => names.map((name) => ({ layer, name, month: m, force })));
          const run = await this.run(record, roots, { downstream, upstream: true }, `backfill --layer ${layer} --from ${range.replace('..', ' --to ')}${tables ? ` --table ${names.join(' ')}` : ''}${force ? ' --force' : ''}${downstream ? ' --downstream' : ''}`, { layer, months: range, names: tables, downstream, upstream: true, force, retry_failed: false }, signals);
          this.finishRun(record, run);
        },
      };
    }
    if (kind === 'retry-failed') {
      return {
        params: {},
        perform: async (record, signals) => {
          const roots = (await failedPartitions(this.runtime.storage))
            .filter((f) => namesForLayer(config, f.layer).includes(f.name))
            .map((f) => ({ layer: f.layer, name: f.name, month: parseMonth(f.month) }));
          if (roots.length === 0) {
            record.result = 'no failed partitions to retry';
            return;
          }
          const run = await this.run(record, roots, { downstream: true, upstream: false }, 'backfill --retry-failed', { retry_failed: true, downstream: true, upstream: false, force: false }, signals);
          this.finishRun(record, run);
        },
      };
    }
    if (kind === 'snapshot') {
      const source = str(body, 'source');
      const def = source ? config.sources[source] : undefined;
      if (!source || !def || def.type !== 'postgres') throw new ActionRefused(400, 'source: expected a postgres source of the config');
      const table = str(body, 'table');
      if (!table || !def.tables.some((t) => t.name === table || cdcTableName(t) === table)) {
        throw new ActionRefused(400, `table: expected a table of ${source} (${def.tables.map((t) => t.name).join(', ')})`);
      }
      return {
        params: { source, table },
        perform: async (record) => {
          // A recorded run, as `lake snapshot` makes: the running pipeline performs it, or this process does
          // and rebuilds silver, history and gold.
          const command = `lake snapshot (console action ${record.id})`;
          const { record: run, outcome } = await snapshotRun(this.runtime, { source, tables: [table], command, trigger: { command } });
          const failures = run.partitions.filter((p) => p.status === 'failed').map((p) => p.detail ?? `${p.layer} ${p.name} failed`);
          if (failures.length > 0) throw new LakeError(failures.join('; '), { kind: 'replication', retry: 'needs-person' });
          record.result = outcome.tables.map((t) => `snapshot ${t.table}: ${t.rows} rows at ${t.lsn}`).join('; ') + (outcome.performedBy === 'self' ? '' : ' (by the running pipeline)');
        },
      };
    }
    throw new ActionRefused(404, `no action '${kind}': backfill, retry-failed or snapshot`);
  }

  private async run(
    record: ActionRecord,
    roots: PlanRoot[],
    plan: { downstream: boolean; upstream: boolean },
    command: string,
    options: Record<string, unknown>,
    signals: { stop: AbortSignal; abandon: AbortSignal },
  ): Promise<RunRecord> {
    const runner = new Runner(this.runtime, { command: 'lake console' });
    return runner.execute({
      kind: 'backfill',
      trigger: { command: `lake ${command} (console action ${record.id})` },
      options,
      roots,
      ...plan,
      stop: signals.stop,
      abandon: signals.abandon,
    });
  }

  private finishRun(record: ActionRecord, run: RunRecord): void {
    record.run_id = run.run_id;
    const counts = Object.entries(run.counts).map(([s, n]) => `${n} ${s}`).join(', ');
    record.result = `run ${run.run_id} ${run.status}: ${counts || 'nothing to do'}`;
    if (run.status === 'failed') {
      record.error = { kind: 'run', retry: 'needs-person', message: `${run.counts.failed ?? 0} partition(s) failed`, remedy: 'open the run for each failure and its remedy' };
    }
  }

  private async save(record: ActionRecord): Promise<void> {
    await this.runtime.storage.writeText(consoleActionKey(record.id), JSON.stringify(record, null, 2));
  }

  /** Stops taking work; running jobs are cancelled after `graceMs` (they publish atomically, so nothing is half written). */
  async close(graceMs: number): Promise<void> {
    this.stop.abort(new Error('shutdown'));
    const running = this.current;
    if (!running) return;
    const timer = setTimeout(() => this.abandon.abort(new Error('grace period')), graceMs);
    timer.unref();
    await running;
    clearTimeout(timer);
  }
}
