/**
 * The log lines the console shows beside a run's partitions and a CDC source's failures: the pipeline
 * and CDC events this process saw, as short sentences, kept in memory and bounded.
 *
 * Lake state (run records, manifests) is the source of truth and survives restarts; these lines are what
 * a log viewer would add, so they exist only for work this daemon did since it started (a `lake backfill`
 * run in another process has its record, not its lines here). Nothing is written to the lake.
 */
import type { CdcEvent, PipelineEvent, PartitionRef } from '../events/index.ts';

/** Lines kept per run partition: a partition has a handful (start, retries, result). */
const LINES_PER_PARTITION = 50;
/** Runs whose lines are kept; older runs' lines are dropped first. */
const RUNS_KEPT = 50;
/** CDC events kept per source: enough to see the last failures and reconnects. */
const CDC_EVENTS_PER_SOURCE = 100;

export interface LogLine {
  at: string;
  level: 'info' | 'warn' | 'error';
  msg: string;
  kind?: string;
  retry?: string;
  remedy?: string;
}

export interface CdcFailure {
  at: string;
  table?: string;
  model?: string;
  kind: string;
  retry: string;
  message: string;
  remedy?: string;
}

export interface CdcLive {
  streaming?: boolean;
  /** Last state change of the stream: streaming from …, reconnecting (attempt n). */
  detail?: string;
  last_flush_at?: string;
  failures: CdcFailure[];
  lines: LogLine[];
}

function partitionKey(p: PartitionRef): string {
  return `${p.layer} ${p.name} ${p.month}`;
}

export class Logbook {
  /** run id → partition key → lines */
  private readonly runs = new Map<string, Map<string, LogLine[]>>();
  /** `layer name month` → run id of the job running it now (layer events carry no run id). */
  private readonly running = new Map<string, string>();
  private readonly cdc = new Map<string, CdcLive>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  linesOf(runId: string): Record<string, LogLine[]> {
    return Object.fromEntries(this.runs.get(runId) ?? []);
  }

  cdcOf(source: string): CdcLive {
    let live = this.cdc.get(source);
    if (!live) this.cdc.set(source, (live = { failures: [], lines: [] }));
    return live;
  }

  private add(runId: string, partition: PartitionRef, line: Omit<LogLine, 'at'>): void {
    let run = this.runs.get(runId);
    if (!run) {
      this.runs.set(runId, (run = new Map()));
      if (this.runs.size > RUNS_KEPT) this.runs.delete(this.runs.keys().next().value!);
    }
    const key = partitionKey(partition);
    const lines = run.get(key) ?? [];
    lines.push({ at: this.now().toISOString(), ...line });
    if (lines.length > LINES_PER_PARTITION) lines.splice(0, lines.length - LINES_PER_PARTITION);
    run.set(key, lines);
  }

  private addToRunning(partition: PartitionRef, line: Omit<LogLine, 'at'>): void {
    const runId = this.running.get(partitionKey(partition));
    if (runId) this.add(runId, partition, line);
  }

  onPipelineEvent(event: PipelineEvent): void {
    switch (event.type) {
      case 'cdc':
        this.onCdcEvent(event.source, event.event);
        break;
      case 'job.started':
        this.running.set(partitionKey(event.partition), event.runId);
        this.add(event.runId, event.partition, { level: 'info', msg: `attempt ${event.attempt} started` });
        break;
      case 'job.retry':
        this.add(event.runId, event.partition, {
          level: 'warn',
          msg: `attempt ${event.attempt} failed: ${event.error.message}; retrying in ${event.delayMs} ms`,
          kind: event.error.kind,
          retry: event.error.retry,
          ...(event.error.remedy ? { remedy: event.error.remedy } : {}),
        });
        break;
      case 'job.succeeded':
        this.running.delete(partitionKey(event.partition));
        this.add(event.runId, event.partition, {
          level: 'info',
          msg: `${event.status} after ${event.attempts} attempt(s) in ${(event.durationMs / 1000).toFixed(1)} s${event.rows !== undefined ? `, ${event.rows} rows` : ''}`,
        });
        break;
      case 'job.failed':
        this.running.delete(partitionKey(event.partition));
        this.add(event.runId, event.partition, {
          level: 'error',
          msg: `failed after ${event.attempts} attempt(s): ${event.error.message}`,
          kind: event.error.kind,
          retry: event.error.retry,
          ...(event.error.remedy ? { remedy: event.error.remedy } : {}),
        });
        break;
      case 'job.skipped':
        this.add(event.runId, event.partition, { level: 'info', msg: `${event.status}: ${event.reason}` });
        break;
      case 'lock.waiting':
        this.addToRunning(event.partition, { level: 'info', msg: `waiting for the lock held by ${event.holder.command} (pid ${event.holder.pid} on ${event.holder.host})` });
        break;
      case 'lock.recovered':
        this.addToRunning(event.partition, { level: 'warn', msg: `took over the lock: ${event.reason}` });
        break;
      case 'bronze.started':
        this.addToRunning({ layer: 'bronze', name: event.source, month: event.month }, { level: 'info', msg: `downloading ${event.url}` });
        break;
      case 'download.retry':
        for (const [key, runId] of this.running) {
          const [layer, name, month] = key.split(' ');
          if (layer === 'bronze' && name === event.source) {
            this.add(runId, { layer: 'bronze', name, month }, { level: 'warn', msg: `download attempt ${event.attempt} failed (${event.error.message}); again in ${event.delayMs} ms` });
          }
        }
        break;
      case 'bronze.published':
        this.addToRunning(
          { layer: 'bronze', name: event.manifest.source, month: event.manifest.month },
          { level: 'info', msg: `published ${event.manifest.rows} rows (${event.manifest.malformed_rows} malformed) to ${event.manifest.key}` },
        );
        break;
      case 'silver.published': {
        const c = event.manifest.counts;
        const failing = event.manifest.checks.filter((k) => !k.success).map((k) => `${k.check} (${k.unexpected} unexpected, ${k.severity})`);
        this.addToRunning(
          { layer: 'silver', name: event.manifest.table, month: event.manifest.month },
          { level: failing.length ? 'warn' : 'info', msg: `bronze ${c.bronze} = silver ${c.silver} + quarantined ${c.quarantined} + duplicates ${c.duplicates}${failing.length ? `; checks not met: ${failing.join(', ')}` : ''}` },
        );
        break;
      }
      case 'gold.published':
        this.addToRunning({ layer: 'gold', name: event.model, month: event.month }, { level: 'info', msg: `built ${event.rows} rows` });
        break;
      default:
        break;
    }
  }

  private onCdcEvent(source: string, event: CdcEvent): void {
    const live = this.cdcOf(source);
    const at = this.now().toISOString();
    const line = (l: Omit<LogLine, 'at'>) => {
      live.lines.push({ at, ...l });
      if (live.lines.length > CDC_EVENTS_PER_SOURCE) live.lines.splice(0, live.lines.length - CDC_EVENTS_PER_SOURCE);
    };
    switch (event.type) {
      case 'streaming':
        live.streaming = true;
        live.detail = 'streaming';
        line({ level: 'info', msg: 'streaming' });
        break;
      case 'reconnecting':
        live.streaming = false;
        live.detail = `reconnecting (attempt ${event.attempt}): ${event.error.message}`;
        line({ level: 'warn', msg: `reconnecting in ${event.delayMs} ms (attempt ${event.attempt}): ${event.error.message}`, kind: event.error.kind, retry: event.error.retry, ...(event.error.remedy ? { remedy: event.error.remedy } : {}) });
        this.addFailure(live, { at, kind: event.error.kind, retry: event.error.retry, message: event.error.message, ...(event.error.remedy ? { remedy: event.error.remedy } : {}) });
        break;
      case 'flushed':
        live.last_flush_at = at;
        break;
      case 'snapshot.table':
        line({ level: 'info', msg: `snapshot of ${event.table}: ${event.rows} rows` });
        break;
      case 'snapshot.request':
        line({ level: event.status === 'failed' ? 'error' : 'info', msg: `snapshot request ${event.id} (${event.tables.join(', ') || 'every table'}) ${event.status}` });
        break;
      case 'lease.waiting':
        line({ level: 'info', msg: `waiting for the source held by ${event.holder.command} (pid ${event.holder.pid})` });
        break;
      case 'failed':
        if (!event.table && !event.model) live.streaming = false;
        line({ level: 'error', msg: event.error.message, kind: event.error.kind, retry: event.error.retry, ...(event.error.remedy ? { remedy: event.error.remedy } : {}) });
        this.addFailure(live, {
          at,
          ...(event.table ? { table: event.table } : {}),
          ...(event.model ? { model: event.model } : {}),
          kind: event.error.kind,
          retry: event.error.retry,
          message: event.error.message,
          ...(event.error.remedy ? { remedy: event.error.remedy } : {}),
        });
        break;
      default:
        break;
    }
  }

  private addFailure(live: CdcLive, failure: CdcFailure): void {
    live.failures.push(failure);
    if (live.failures.length > 20) live.failures.splice(0, live.failures.length - 20);
  }
}
