/**
 * lake's CDC pipeline (`CdcPipeline`, as `lake run` uses it) in its own process, for `bench cdc`.
 *
 * argv[2] is JSON (see Job). Two modes:
 * - drain: start the pipeline on a slot that already holds `changes` committed changes and stop as soon
 *   as flushed events have covered all of them. Prints one JSON line (DrainResult).
 * - lag: stream until SIGTERM, printing `STREAMING` once and `FLUSHED <lsn hex> <rows> <epoch ms>` after
 *   every durable flush, then one JSON line (LagResult) on exit.
 *
 * Where a drain's time goes is read from public surfaces only, never from CdcPipeline's private members:
 * - the ChangeSource contract (`next()`), by wrapping the source the pipeline opens (its `openSource` option): how long
 *   the pipeline waited for a batch, and how long it spent on each one before asking for the next
 *   (write → record → confirm);
 * - the runtime this process builds and hands to the pipeline: `engine.session()` (the sessions bronze
 *   writes through: the appender, the COPY to Parquet, the other statements), `storage.publishFile` and
 *   `storage.writeText` (the state record).
 * Each wrapper runs a few times per batch (tens of batches per drain), so every drain carries them,
 * except a profiled one (`profile`), whose figures are then zero.
 */
import './report-rss.ts';
import { promises as fsp } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import type { DuckDBAppender } from '@duckdb/node-api';
import type { CdcPipelineEvent } from '../../src/events/index.ts';
import { CdcPipeline } from '../../src/orchestrator/cdc.ts';
import { PgChangeSource, formatLsn, type ChangeBatch, type ChangeSource } from '../../src/ingest/postgres/index.ts';
import { openRuntime, type LakeRuntime } from '../../src/orchestrator/runtime.ts';

export interface Job {
  mode: 'drain' | 'lag';
  config: string;
  source: string;
  /** drain: stop once this many changes are flushed. */
  changes?: number;
  timeoutMs?: number;
  /** drain: write a V8 CPU profile of the drain (start() to the last flush) here. */
  profile?: string;
}

/** Wall time of a drain by public piece (ms, summed); the pieces overlap as noted. */
export interface Breakdown {
  /** Batches the source handed out, and the changes in them. */
  batches: number;
  batchRows: number;
  /**
   * The pipeline waiting in `ChangeSource.next()`: the source had no batch due (socket, decoding and
   * assembly not already done while the previous batch was written, and the batching timers).
   */
  waitMs: number;
  /** A batch handed out → the pipeline asks for the next one: write → record → confirm, and the event. */
  applyMs: number;
  /** Inside applyMs: opening the bronze session(s) and `SET`, creating and dropping the temp tables. */
  sessionMs: number;
  /** Inside applyMs: `createAppender` → `closeSync()` returned: the per-row append calls and the flush into DuckDB. */
  appendMs: number;
  /** Inside applyMs: the COPY of the temp table to a typed Parquet file. */
  copyMs: number;
  /** Inside applyMs: `storage.publishFile` (rename + fsync). */
  publishMs: number;
  /** Inside applyMs: `storage.writeText` (state.json: the recorded position). */
  stateMs: number;
  groups: number;
}

export interface DrainResult {
  /** From pipeline.start() to the flushed event covering the last change. */
  ms: number;
  /** Of which: start() to the 'streaming' event (lease, publication, slot checks, replication connection). */
  startupMs: number;
  /** start() to the source handing out the batch that holds the last change (received, decoded, assembled). */
  receivedMs: number;
  rows: number;
  flushes: number;
  flushedLsn: string;
  peakBufferedChanges: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Event-loop utilisation (0..1) over the drain: how busy the one JS thread was. */
  eventLoopUtilization: number;
  breakdown: Breakdown;
}

export interface LagResult {
  flushes: number;
  rows: number;
  peakBufferedChanges: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const runtime = await openRuntime(job.config);
const t: Breakdown = { batches: 0, batchRows: 0, waitMs: 0, applyMs: 0, sessionMs: 0, appendMs: 0, copyMs: 0, publishMs: 0, stateMs: 0, groups: 0 };
let receivedAt = 0;
// A profiled run is left unwrapped, so its samples are not attributed to the wrappers in this file.
if (!job.profile) observeRuntime(runtime);

let rows = 0;
let flushes = 0;
let streamingAt = 0;
let resolveDone: () => void = () => {};
const done = new Promise<void>((resolve) => (resolveDone = resolve));

const pipeline = new CdcPipeline(
  runtime,
  job.source,
  (event: CdcPipelineEvent) => {
    if (event.type === 'streaming') {
      streamingAt = performance.now();
      if (job.mode === 'lag') process.stdout.write(`STREAMING ${formatLsn(event.from)}\n`);
    }
    if (event.type === 'reconnecting') process.stderr.write(`lake: reconnecting (attempt ${event.attempt}): ${event.error.message}\n`);
    if (event.type !== 'flushed') return;
    flushes++;
    rows += event.rows;
    if (job.mode === 'lag') process.stdout.write(`FLUSHED ${event.lsn.toString(16)} ${event.rows} ${Date.now()}\n`);
    else if (rows >= job.changes!) resolveDone();
  },
  job.profile ? {} : { openSource: observedSource },
);

if (job.mode === 'drain') {
  const cpuBefore = process.cpuUsage();
  const eluBefore = performance.eventLoopUtilization();
  const session = job.profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const started = performance.now();
  const running = pipeline.start();
  const timeout = setTimeout(() => resolveDone(), job.timeoutMs ?? 600_000);
  await Promise.race([done, running]);
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  const elu = performance.eventLoopUtilization(eluBefore);
  clearTimeout(timeout);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    await fsp.writeFile(job.profile!, JSON.stringify(profile));
    session.disconnect();
  }
  await pipeline.stop();
  await running;
  if (rows < job.changes!) throw new Error(`lake flushed ${rows} of ${job.changes} changes before the timeout`);
  const result: DrainResult = {
    ms: finished - started,
    startupMs: streamingAt - started,
    receivedMs: receivedAt - started,
    rows,
    flushes,
    flushedLsn: formatLsn(pipeline.flushedLsn),
    peakBufferedChanges: pipeline.peakBufferedChanges,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    eventLoopUtilization: elu.utilization,
    breakdown: t,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  process.on('SIGTERM', () => void pipeline.stop());
  await pipeline.start();
  const result: LagResult = { flushes, rows, peakBufferedChanges: pipeline.peakBufferedChanges };
  process.stdout.write(JSON.stringify(result) + '\n');
}
await runtime.close();

/** Opens the pipeline's source as it would, and times its ChangeSource contract. */
async function observedSource(options: Parameters<typeof PgChangeSource.open>[0]): Promise<ChangeSource> {
  const source = await PgChangeSource.open(options);
  let handedAt: number | undefined;
  return {
    next(): Promise<ChangeBatch | undefined> {
      const calledAt = performance.now();
      if (handedAt !== undefined) t.applyMs += calledAt - handedAt;
      handedAt = undefined;
      return source.next().then((batch) => {
        const now = performance.now();
        t.waitMs += now - calledAt;
        if (batch) {
          handedAt = now;
          t.batches++;
          t.batchRows += batch.changes.length;
          if (job.changes !== undefined && receivedAt === 0 && t.batchRows >= job.changes) receivedAt = now;
        }
        return batch;
      });
    },
    confirm: (lsn) => source.confirm(lsn),
    end: () => source.end(),
    close: () => source.close(),
    get peakBufferedChanges() {
      return source.peakBufferedChanges;
    },
  };
}

/** Times what bronze writing does through the runtime's engine and storage. */
function observeRuntime(rt: LakeRuntime): void {
  const timed = async <T>(add: (ms: number) => void, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      add(performance.now() - start);
    }
  };
  const engine = rt.engine;
  const openSession = engine.session.bind(engine);
  engine.session = async () => {
    const session = await timed((ms) => (t.sessionMs += ms), openSession);
    const run = session.run.bind(session);
    session.run = (sql: string) => {
      const copy = sql.trimStart().startsWith('COPY');
      return timed((ms) => (copy ? (t.copyMs += ms) : (t.sessionMs += ms)), () => run(sql));
    };
    const appender = session.appender.bind(session);
    session.appender = async (table: string): Promise<DuckDBAppender> => {
      const start = performance.now();
      const created = await appender(table);
      const closeSync = created.closeSync.bind(created);
      created.closeSync = () => {
        try {
          closeSync();
        } finally {
          t.appendMs += performance.now() - start;
          t.groups++;
        }
      };
      return created;
    };
    return session;
  };
  const storage = rt.storage;
  const publishFile = storage.publishFile.bind(storage);
  storage.publishFile = (...args: Parameters<typeof storage.publishFile>) => timed((ms) => (t.publishMs += ms), () => publishFile(...args));
  const writeText = storage.writeText.bind(storage);
  // Only the state record: the lease's heartbeats go through writeText too.
  storage.writeText = (...args: Parameters<typeof storage.writeText>) =>
    args[0].endsWith('/state.json') ? timed((ms) => (t.stateMs += ms), () => writeText(...args)) : writeText(...args);
}
