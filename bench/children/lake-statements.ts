/**
 * The lake side of the silver bench: openRuntime, then promoteSilverMonth and/or buildGoldMonth for one
 * month, the library calls `lake backfill` makes for each partition, with every engine statement and
 * every storage call recorded and timed, for the breakdown of where lake's time goes. A silver task also
 * reports the statements that produce its data (silver's exported `silverStatements`), which the DuckDB
 * side replays without lake's orchestration; gold's are its recorded CREATEs and COPY.
 *
 * The builds are handed an engine that records each statement it runs (the context's engine is theirs
 * to use, so nothing is patched), and the runtime's storage object is wrapped; both cost microseconds
 * per call.
 *
 * argv[2] is JSON: { config, month: 'YYYY-MM', tasks: [{ layer: 'bronze' | 'silver' | 'gold', name, replayTo? }] }.
 * Prints JSON (LakeStatementsReport) on stdout.
 */
import './report-rss.ts';
import { performance } from 'node:perf_hooks';
import { ingestBronzeMonth, readBronzeManifest } from '../../src/bronze/index.ts';
import type { Engine } from '../../src/engine/index.ts';
import { buildGoldMonth } from '../../src/gold/index.ts';
import { openRuntime } from '../../src/orchestrator/runtime.ts';
import { promoteSilverMonth, silverStatements } from '../../src/silver/index.ts';
import { parseMonth, type LakeStorage } from '../../src/storage/index.ts';

export interface Task {
  /** 'bronze' only prepares the bench's input (ingestBronzeMonth); it is not measured. */
  layer: 'bronze' | 'silver' | 'gold';
  /** Source, silver table or gold model. */
  name: string;
  /** silver: where the replayed statements write the silver and quarantine files. */
  replayTo?: { silver: string; quarantine: string };
}

interface Job {
  config: string;
  month: string;
  tasks: Task[];
}

export interface Statement {
  /** `run` (no result) or `all` (rows read back, which is also what Engine.one uses). */
  method: 'run' | 'all';
  sql: string;
  ms: number;
}

export interface StorageCall {
  method: string;
  key: string;
  ms: number;
}

export interface TaskReport extends Task {
  /** ingestBronzeMonth / promoteSilverMonth / buildGoldMonth, end to end. */
  workMs: number;
  statements: Statement[];
  storage: StorageCall[];
  /** What the function returned (status 'published' and the partition manifest). */
  result: { status: string; manifest?: Record<string, unknown> };
  /** silver with `replayTo`: the statements that produce its data, writing there. */
  replay?: string[];
}

export interface LakeStatementsReport {
  /** Process start to the end of imports (Node, tsx, DuckDB binding, lake modules). */
  startMs: number;
  /** openRuntime: config, storage recovery, work directory sweep, DuckDB instance. */
  openMs: number;
  tasks: TaskReport[];
  /** Engine.close. */
  closeMs: number;
  /** CPU time of the whole process (user + system, all threads), to tell contention from slowness. */
  cpuMs: number;
}

const startMs = performance.now();
const job = JSON.parse(process.argv[2]) as Job;
let statements: Statement[] = [];
let storageCalls: StorageCall[] = [];

/**
 * The engine as the builds see it, recording every `run` and `all`. Its other methods run with the
 * recorder as `this`, so what they run through `run` and `all` (`one`, `withSettings`) is recorded too.
 */
function recording(engine: Engine): Engine {
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property === 'run' || property === 'all') {
        return async (sql: string) => {
          const t = performance.now();
          try {
            return await target[property](sql);
          } finally {
            statements.push({ method: property, sql, ms: performance.now() - t });
          }
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(receiver) : value;
    },
  });
}

function timeStorage(storage: LakeStorage): void {
  const target = storage as unknown as Record<string, unknown>;
  for (const method of ['publishFile', 'writeText', 'readText', 'localPath']) {
    const original = target[method] as ((key: string, ...rest: unknown[]) => Promise<unknown>) | undefined;
    if (typeof original !== 'function') continue;
    target[method] = async (key: string, ...rest: unknown[]) => {
      const t = performance.now();
      try {
        return await original.call(storage, key, ...rest);
      } finally {
        storageCalls.push({ method, key, ms: performance.now() - t });
      }
    };
  }
}

const month = parseMonth(job.month);
let t = performance.now();
const opened = await openRuntime(job.config);
const openMs = performance.now() - t;
timeStorage(opened.storage);
const runtime = { ...opened, engine: recording(opened.engine) };
const tasks: TaskReport[] = [];
for (const task of job.tasks) {
  statements = [];
  storageCalls = [];
  t = performance.now();
  const result =
    task.layer === 'bronze'
      ? await ingestBronzeMonth(runtime, task.name, month)
      : task.layer === 'silver'
        ? await promoteSilverMonth(runtime, task.name, month)
        : await buildGoldMonth(runtime, task.name, month);
  const workMs = performance.now() - t;
  if (result.status !== 'published') throw new Error(`${task.layer} ${task.name} ${job.month}: ${JSON.stringify(result)}`);
  tasks.push({ ...task, workMs, statements, storage: storageCalls, result: result as unknown as TaskReport['result'], replay: task.replayTo && (await replayOf(task.name, task.replayTo)) });
}
t = performance.now();
await opened.close();
const closeMs = performance.now() - t;

/** The statements of the silver promotion just measured, from the bronze partition it read, writing to `to`. */
async function replayOf(table: string, to: { silver: string; quarantine: string }): Promise<string[]> {
  const bronze = (await readBronzeManifest(opened.storage, opened.config.silver.tables[table].from, month))!;
  const built = await silverStatements(opened, table, bronze, month);
  // The bench's bronze partition is one ingest's, so every row has the source and batch its manifest names.
  return [built.createStage, built.createDuplicates, built.copySilver(to.silver, true), built.copyQuarantine(to.quarantine)];
}

const cpu = process.cpuUsage();
const report: LakeStatementsReport = { startMs, openMs, tasks, closeMs, cpuMs: (cpu.user + cpu.system) / 1000 };
process.stdout.write(JSON.stringify(report) + '\n');
