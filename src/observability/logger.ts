/**
 * The daemon's logs: pino, one JSON object per line on stdout, built from pipeline events only (the
 * pipeline never logs). `LAKE_LOG_LEVEL` sets the level (default info; debug adds every layer event).
 * Writes are synchronous, so the last lines before an exit are never lost.
 */
import type { Logger } from 'pino';
import type { EventBus, PipelineEvent } from '../events/index.ts';

export type { Logger } from 'pino';
/** The logger itself (level, JSON or readable format, secret redaction) lives in log.ts. */
export { createLogger } from './log.ts';

/**
 * Subscribes `logger` to the bus, through one child logger per component (`component`: daemon, scheduler,
 * runner, locks, bronze, silver, gold); returns the unsubscribe function.
 */
export function logEvents(events: EventBus, logger: Logger): () => void {
  const children = new Map<string, Logger>();
  const forComponent = (component: string): Logger => {
    let child = children.get(component);
    if (!child) children.set(component, (child = logger.child({ component })));
    return child;
  };
  return events.on((event) => (event.type === 'cdc' ? logCdcEvent(logger, event) : logEvent(forComponent(componentOf(event)), event)));
}

const COMPONENT_OF_PREFIX: Record<string, string> = { run: 'runner', job: 'runner', lock: 'locks', schedule: 'scheduler', daemon: 'daemon', download: 'bronze' };

function componentOf(event: PipelineEvent): string {
  const prefix = event.type.split('.')[0];
  return COMPONENT_OF_PREFIX[prefix] ?? prefix;
}

/** CDC loggers per root logger and source, so each line carries `component: cdc` and its `source`. */
const cdcChildren = new WeakMap<Logger, Map<string, Logger>>();

function cdcLogger(root: Logger, source: string): Logger {
  let bySource = cdcChildren.get(root);
  if (!bySource) cdcChildren.set(root, (bySource = new Map()));
  let child = bySource.get(source);
  if (!child) bySource.set(source, (child = root.child({ component: 'cdc', source })));
  return child;
}

function partition(p: { layer: string; name: string; month: string }): string {
  return `${p.layer} ${p.name} ${p.month}`;
}

function errorFields(error: { kind: string; retry: string; message: string; remedy?: string }) {
  return { kind: error.kind, retry: error.retry, error: error.message, ...(error.remedy ? { remedy: error.remedy } : {}) };
}

export function logEvent(logger: Logger, event: PipelineEvent): void {
  switch (event.type) {
    case 'daemon.started':
      logger.info({ event: event.type, schedules: event.schedules }, 'daemon ready');
      return;
    case 'daemon.stopping':
      logger.info({ event: event.type, signal: event.signal, running: event.running, grace_ms: event.graceMs }, 'daemon stopping');
      return;
    case 'daemon.error':
      logger.error({ event: event.type, context: event.context, ...errorFields(event.error) }, 'daemon error; going on');
      return;
    case 'daemon.stopped':
      logger.info({ event: event.type, abandoned: event.abandoned, duration_ms: event.durationMs }, 'daemon stopped');
      return;
    case 'schedule.tick':
      logger.info({ event: event.type, source: event.source, tick: event.tick, month: event.month, catch_up: event.catchUp }, event.catchUp ? 'catching up a missed tick' : 'schedule tick');
      return;
    case 'run.started':
      logger.info({ event: event.type, run_id: event.runId, kind: event.kind, trigger: event.trigger, partitions: event.partitions }, 'run started');
      return;
    case 'run.finished':
      logger[event.status === 'succeeded' ? 'info' : 'warn'](
        { event: event.type, run_id: event.runId, kind: event.kind, status: event.status, duration_ms: event.durationMs, counts: event.counts },
        `run ${event.status}`,
      );
      return;
    case 'job.started':
      logger.info({ event: event.type, run_id: event.runId, partition: partition(event.partition), attempt: event.attempt }, 'job started');
      return;
    case 'job.retry':
      logger.warn({ event: event.type, run_id: event.runId, partition: partition(event.partition), attempt: event.attempt, delay_ms: event.delayMs, ...errorFields(event.error) }, 'job failed; retrying');
      return;
    case 'job.succeeded':
      logger.info({ event: event.type, run_id: event.runId, partition: partition(event.partition), status: event.status, attempts: event.attempts, duration_ms: event.durationMs, rows: event.rows }, 'job finished');
      return;
    case 'job.failed':
      logger.error({ event: event.type, run_id: event.runId, partition: partition(event.partition), attempts: event.attempts, duration_ms: event.durationMs, ...errorFields(event.error) }, 'job failed');
      return;
    case 'job.skipped':
      logger.debug({ event: event.type, run_id: event.runId, partition: partition(event.partition), status: event.status, reason: event.reason }, 'job skipped');
      return;
    case 'lock.waiting':
      logger.info({ event: event.type, partition: partition(event.partition), holder: event.holder }, 'waiting for a partition lock');
      return;
    case 'lock.recovered':
      logger.warn({ event: event.type, partition: partition(event.partition), holder: event.holder, reason: event.reason }, 'recovered a stale partition lock');
      return;
    case 'lock.lost':
      logger.error({ event: event.type, partition: partition(event.partition), holder: event.holder }, 'lost a partition lock to another process');
      return;
    case 'download.retry':
      logger.warn({ event: event.type, source: event.source, url: event.url, attempt: event.attempt, delay_ms: event.delayMs, ...errorFields(event.error) }, 'download failed; retrying');
      return;
    default:
      logger.debug({ event: event.type }, event.type);
  }
}

/** A CDC pipeline's or promotion's event, as one log line of `component: cdc` with its `source`. */
function logCdcEvent(root: Logger, e: Extract<PipelineEvent, { type: 'cdc' }>): void {
  const logger = cdcLogger(root, e.source);
  const { type, error, ...rest } = e.event as { type: string; error?: { kind: string; retry: string; message: string; remedy?: string } };
  // Positions are bigints, which JSON cannot carry.
  const fields = Object.fromEntries(Object.entries(rest as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : v]));
  const line = { event: `cdc.${type}`, ...fields, ...(error ? errorFields(error) : {}) };
  if (type === 'failed') logger.error(line, 'cdc failed');
  else if (type === 'reconnecting') logger.warn(line, 'cdc reconnecting');
  else if (type === 'heartbeat.acknowledged' || type === 'kafka.produced' || type === 'kafka.consumed') logger.debug(line, `cdc ${type}`);
  else logger.info(line, `cdc ${type}`);
}
