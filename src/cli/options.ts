/**
 * What the commands share: exit codes, the options and argument parsers several of them take, and the
 * shutdown signals of a command that runs partitions. Loaded at start-up by every command, so it imports
 * nothing heavy.
 */
import { InvalidArgumentError, Option } from 'commander';
import { LakeError } from '../errors/index.ts';
import type { EventBus } from '../events/index.ts';
import type { RunRecord } from '../orchestrator/index.ts';
import { monthRange, parseMonth, type Month } from '../storage/partitions.ts';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const configOption = () =>
  new Option('-c, --config <file>', 'config file (default: $LAKE_CONFIG or config/lake.yaml)');

export function monthArg(value: string): Month {
  try {
    return parseMonth(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of 1 or more, got '${value}'`);
  return n;
}

export function instantArg(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError(`expected an ISO timestamp such as 2021-03-15T09:00:00Z, got '${value}'`);
  return at;
}

export interface MonthOptions {
  month?: Month;
  from?: Month;
  to?: Month;
}

export function monthsFrom(options: MonthOptions): Month[] {
  if (options.month && (options.from || options.to)) {
    throw new LakeError('use either --month or --from/--to, not both', { kind: 'config', retry: 'needs-person' });
  }
  if (options.month) return [options.month];
  if (options.from && options.to) return monthRange(options.from, options.to);
  if (options.from || options.to) {
    throw new LakeError('--from and --to go together (both months are included)', { kind: 'config', retry: 'needs-person' });
  }
  throw new LakeError('name the months: --month YYYY-MM, or --from YYYY-MM --to YYYY-MM', {
    kind: 'config',
    retry: 'needs-person',
  });
}

/** The command as typed, the trigger a run records. */
export function commandLine(): string {
  return `lake ${process.argv.slice(2).join(' ')}`;
}

/** The last line of a command that recorded a run: where its report is. */
export function runLine(runId: string, summary?: string): string {
  return `run ${runId}${summary ? `: ${summary}` : ''} (lake report ${runId})\n`;
}

/**
 * Runs `work` with SIGINT/SIGTERM meaning "stop taking work" (a second signal, or most of the grace
 * period passing, cancels running jobs too); the previous handlers come back afterwards.
 */
export async function withShutdownSignals<T>(graceMs: number, work: (stop: AbortSignal, abandon: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const abandon = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      abandon.abort(new Error(`second ${signal}`));
      return;
    }
    process.stderr.write(`${signal}: finishing the running partitions (Ctrl-C again to abandon them)\n`);
    stop.abort(new Error(signal));
    timer = setTimeout(() => abandon.abort(new Error('grace period')), graceMs * 0.8);
    timer.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(stop.signal, abandon.signal);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Tells the person at the terminal (stderr) why a run's partition waits or is tried again. */
export function printRunEvents(events: EventBus): void {
  events.on((event) => {
    const at = (p: { layer: string; name: string; month: string }) => `${p.layer} ${p.name} ${p.month}`;
    if (event.type === 'lock.waiting') {
      process.stderr.write(`waiting: ${at(event.partition)} is being built by ${event.holder.command} (pid ${event.holder.pid} on ${event.holder.host})\n`);
    } else if (event.type === 'lock.recovered') {
      process.stderr.write(`recovered the lock of ${at(event.partition)}: ${event.reason}\n`);
    } else if (event.type === 'job.retry') {
      process.stderr.write(`retry: ${at(event.partition)} attempt ${event.attempt} failed (${event.error.message}); next in ${event.delayMs} ms\n`);
    }
  });
}

/**
 * Exit 1, saying why on stderr, when partitions of the run failed or were abandoned (`what` names them:
 * partition, file); true when it did.
 */
export function failedRun(record: RunRecord, what: string): boolean {
  const failed = record.counts.failed ?? 0;
  if (failed > 0) {
    process.stderr.write(`${failed} of ${record.partitions.length} ${what}(s) failed; their previous versions were kept (lake report ${record.run_id})\n`);
  } else if (record.status === 'interrupted') {
    process.stderr.write(`interrupted: ${record.counts.abandoned ?? 0} ${what}(s) abandoned, previous versions kept; run the same command again to finish\n`);
  } else {
    return false;
  }
  process.exitCode = EXIT_FAILURE;
  return true;
}
