/**
 * lake's CDC pipeline (`CdcPipeline`, as `lake run` uses it) in its own process, for `bench cdc`.
 *
 * argv[2] is JSON (see Job). Two modes:
 * - drain: start the pipeline on a slot that already holds `changes` committed changes and stop as soon
 *   as flushed events have covered all of them. Prints one JSON line (DrainResult).
 * - lag: stream until SIGTERM, printing `STREAMING` once and `FLUSHED <lsn hex> <rows> <epoch ms>` after
 *   every durable flush, then one JSON line (LagResult) on exit.
 *
 * With `instrument`, the hot paths are wrapped with timers (decode, the pipeline's message handler,
 * flushes, the CSV write, DuckDB's COPY, publishing, state saves). It costs a few percent, so the timed
 * runs leave it off and the breakdown comes from a separate instrumented run.
 *
 * `experiments` patches CdcPipeline's prototype to try changes suggested in BENCHMARKS.md without
 * touching src/ (see applyExperiments). They reach into private members, so they may need updating
 * when src/orchestrator/cdc.ts changes; nothing else depends on them.
 */
import './report-rss.ts';
import { promises as fsp } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { CdcPipeline, type CdcEvent } from '../../src/orchestrator/cdc.ts';
import { PgoutputDecoder, formatLsn, type PgoutputMessage } from '../../src/ingest/postgres/index.ts';
import { openRuntime, type LakeRuntime } from '../../src/orchestrator/runtime.ts';

export interface Job {
  mode: 'drain' | 'lag';
  config: string;
  source: string;
  /** drain: stop once this many changes are flushed. */
  changes?: number;
  timeoutMs?: number;
  instrument?: boolean;
  /** drain with instrument: write a V8 CPU profile of the drain (start() to the last flush) here. */
  profile?: string;
  experiments?: Experiment[];
}

/**
 * - overlap: a size-triggered flush no longer pauses the stream; the handler waits only for the
 *   previous flush, so one batch is written while the next fills (memory: 2 × max_changes).
 * - caught-up: while the pipeline is behind (a size-triggered flush happened), a keepalive from the
 *   walsender means it has sent everything there is for now: once the messages received before it are
 *   handled, flush what is buffered instead of waiting for the interval timer, and leave catch-up
 *   mode. Without the "behind" guard this would flush after nearly every transaction of a steady
 *   trickle (the walsender sends a keepalive whenever it goes idle with unconfirmed data);
 *   `bench cdc --experiments` checks that in its lag table.
 */
export type Experiment = 'overlap' | 'caught-up';

export interface Breakdown {
  /** PgoutputDecoder.parse, summed over messages (synchronous). */
  decodeMs: number;
  messages: number;
  /** CdcPipeline.handle for every message, excluding the time spent waiting in a size-triggered flush. */
  handleMs: number;
  /** Time the message handler spent inside flushes it triggered (max_changes): the stream is paused then. */
  handleBlockedInFlushMs: number;
  /** Flush bodies (writeChanges + state save + acknowledge), wall time, summed; and their count. */
  flushMs: number;
  flushes: number;
  csvWriteMs: number;
  copyMs: number;
  publishMs: number;
  stateMs: number;
  /** From the last change handled to the flush that published it. */
  tailMs: number;
  /** Event-loop utilisation (0..1) over the drain: how busy the one JS thread was. */
  eventLoopUtilization: number;
}

export interface DrainResult {
  /** From pipeline.start() to the flushed event covering the last change. */
  ms: number;
  /** Of which: start() to the 'streaming' event (connect, publication, slot checks). */
  startupMs: number;
  /** start() to the last change handed to the pipeline by pg-logical-replication (received and decoded). */
  receivedMs: number;
  rows: number;
  flushes: number;
  flushedLsn: string;
  peakBufferedChanges: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Event-loop utilisation (0..1) over the drain: how busy the one JS thread was. */
  eventLoopUtilization: number;
  breakdown?: Breakdown;
}

export interface LagResult {
  flushes: number;
  rows: number;
  peakBufferedChanges: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const runtime = await openRuntime(job.config);
const timers = job.instrument ? instrument(runtime) : undefined;
if (job.experiments?.length) applyExperiments(job.experiments);

let rows = 0;
let flushes = 0;
let streamingAt = 0;
let receivedAt = 0;
let received = 0;
let resolveDone: () => void = () => {};
const done = new Promise<void>((resolve) => (resolveDone = resolve));

const pipeline = new CdcPipeline(runtime, job.source, (event: CdcEvent) => {
  if (event.type === 'streaming') {
    streamingAt = performance.now();
    // The service exists by now; a second, synchronous 'data' listener notes when the last change arrived.
    const service = (pipeline as unknown as { service: NodeJS.EventEmitter }).service;
    service.on('data', (_lsn: string, message: PgoutputMessage) => {
      if ((message.tag === 'insert' || message.tag === 'update' || message.tag === 'delete') && ++received === job.changes) receivedAt = performance.now();
    });
    if (job.experiments?.includes('caught-up')) {
      const p = pipeline as unknown as Internals;
      // Keepalives bypass pg-logical-replication's message queue, so wait for what is queued before it.
      service.on('heartbeat', () => {
        if (!p.benchBehind) return;
        p.benchCaughtUp = true;
        if ((service as unknown as { _messageQueue: unknown[] })._messageQueue.length === 0) flushCaughtUp(p);
      });
    }
    if (job.mode === 'lag') process.stdout.write(`STREAMING ${formatLsn(event.from)}\n`);
  }
  if (event.type !== 'flushed') return;
  flushes++;
  rows += event.rows;
  if (job.mode === 'lag') process.stdout.write(`FLUSHED ${event.lsn.toString(16)} ${event.rows} ${Date.now()}\n`);
  else if (rows >= job.changes!) resolveDone();
});

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
    breakdown: timers?.result(elu.utilization),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  process.on('SIGTERM', () => void pipeline.stop());
  await pipeline.start();
  const result: LagResult = { flushes, rows, peakBufferedChanges: pipeline.peakBufferedChanges };
  process.stdout.write(JSON.stringify(result) + '\n');
}
await runtime.close();

/** The private members of CdcPipeline the experiments use. */
interface Internals {
  txn: { rows: unknown[]; commitMs: number } | undefined;
  pending: unknown[];
  lastCommitEnd: bigint | undefined;
  lastCommitMs: number | undefined;
  flushing: Promise<void>;
  config: { flush: { max_changes: number } };
  service: NodeJS.EventEmitter | undefined;
  /** caught-up experiment: a size-triggered flush showed the pipeline is behind. */
  benchBehind?: boolean;
  /** caught-up experiment: a keepalive arrived while behind; flush once the queue before it is handled. */
  benchCaughtUp?: boolean;
  flush(): Promise<void>;
  handle(message: PgoutputMessage): Promise<void>;
}

function applyExperiments(experiments: Experiment[]): void {
  const proto = CdcPipeline.prototype as unknown as Internals;
  if (experiments.includes('overlap')) {
    const handle = proto.handle;
    proto.handle = async function (this: Internals, message: PgoutputMessage) {
      if (message.tag !== 'commit') return handle.call(this, message);
      // As CdcPipeline.handle's commit case, except that it does not wait for the flush it starts.
      const txn = this.txn;
      this.txn = undefined;
      if (txn) for (const row of txn.rows) this.pending.push(row);
      this.lastCommitEnd = message.endLsn;
      if (txn) this.lastCommitMs = txn.commitMs;
      if (this.pending.length >= this.config.flush.max_changes) {
        await this.flushing;
        void this.flush().catch((error) => this.service?.emit('error', error));
      }
    };
  }
  if (experiments.includes('caught-up')) {
    // A commit about to trigger a size flush marks the pipeline as behind (see the keepalive listener).
    const handle = proto.handle;
    proto.handle = async function (this: Internals, message: PgoutputMessage) {
      if (message.tag === 'commit' && this.pending.length + (this.txn?.rows.length ?? 0) >= this.config.flush.max_changes) this.benchBehind = true;
      await handle.call(this, message);
      const queue = (this.service as unknown as { _messageQueue?: unknown[] } | undefined)?._messageQueue;
      if (this.benchCaughtUp && queue?.length === 0) flushCaughtUp(this);
    };
  }
}

function flushCaughtUp(p: Internals): void {
  p.benchCaughtUp = false;
  p.benchBehind = false;
  if (p.pending.length > 0) void p.flush().catch((error) => p.service?.emit('error', error));
}

/**
 * Wraps the pipeline's hot paths with timers. Everything wrapped is reached through an object property
 * at call time (a prototype method, the runtime's engine and storage, `fs.promises`), so no source
 * file changes.
 */
function instrument(rt: LakeRuntime): { result(elu: number): Breakdown } {
  const t: Breakdown = {
    decodeMs: 0, messages: 0, handleMs: 0, handleBlockedInFlushMs: 0, flushMs: 0, flushes: 0,
    csvWriteMs: 0, copyMs: 0, publishMs: 0, stateMs: 0, tailMs: 0, eventLoopUtilization: 0,
  };
  let lastChangeAt = 0;
  let lastFlushEnd = 0;
  let flushStartedAt = 0;

  const parse = PgoutputDecoder.prototype.parse;
  PgoutputDecoder.prototype.parse = function (this: PgoutputDecoder, buffer: Buffer) {
    const start = performance.now();
    const message = parse.call(this, buffer);
    t.decodeMs += performance.now() - start;
    t.messages++;
    return message;
  };

  // Private methods are ordinary prototype properties at run time.
  const proto = CdcPipeline.prototype as unknown as {
    handle(message: PgoutputMessage): Promise<void>;
    flush(): Promise<void>;
  };
  const handle = proto.handle;
  proto.handle = async function (this: unknown, message: PgoutputMessage) {
    const start = performance.now();
    const flushedBefore = t.flushMs;
    await handle.call(this, message);
    const total = performance.now() - start;
    const blocked = t.flushMs - flushedBefore;
    t.handleMs += total - blocked;
    t.handleBlockedInFlushMs += blocked;
    if (message.tag === 'insert' || message.tag === 'update' || message.tag === 'delete') lastChangeAt = performance.now();
  };
  const flush = proto.flush;
  proto.flush = function (this: { flushing: Promise<void> }) {
    const previous = this.flushing;
    const promise = flush.call(this);
    // The body runs when the previous flush settles; this callback is queued right behind it.
    void previous.then(() => (flushStartedAt = performance.now()), () => {});
    void promise.then(() => {
      const end = performance.now();
      t.flushMs += end - flushStartedAt;
      t.flushes++;
      lastFlushEnd = end;
    }, () => {});
    return promise;
  };

  const writeFile = fsp.writeFile;
  fsp.writeFile = async function (...args: Parameters<typeof fsp.writeFile>) {
    const start = performance.now();
    try {
      return await writeFile(...args);
    } finally {
      const ms = performance.now() - start;
      if (String(args[0]).endsWith('.csv')) t.csvWriteMs += ms;
    }
  } as typeof fsp.writeFile;

  const engine = rt.engine;
  const run = engine.run.bind(engine);
  engine.run = async (sql: string) => {
    const start = performance.now();
    try {
      return await run(sql);
    } finally {
      if (sql.trimStart().startsWith('COPY')) t.copyMs += performance.now() - start;
    }
  };
  const storage = rt.storage;
  const publishFile = storage.publishFile.bind(storage);
  storage.publishFile = async (...args: Parameters<typeof storage.publishFile>) => {
    const start = performance.now();
    try {
      return await publishFile(...args);
    } finally {
      t.publishMs += performance.now() - start;
    }
  };
  const writeText = storage.writeText.bind(storage);
  storage.writeText = async (...args: Parameters<typeof storage.writeText>) => {
    const start = performance.now();
    try {
      return await writeText(...args);
    } finally {
      t.stateMs += performance.now() - start;
    }
  };

  return {
    result(elu: number) {
      return { ...t, tailMs: Math.max(0, lastFlushEnd - lastChangeAt), eventLoopUtilization: elu };
    },
  };
}
