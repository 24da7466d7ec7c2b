/**
 * The lake side of the silver bench: openRuntime, then promoteSilverMonth and/or buildGoldMonth for one
 * month, the library calls `lake backfill` makes for each partition, with every engine statement and
 * every storage call recorded and timed. The records serve twice:
 *
 *   - the exact SQL lake generates, which the DuckDB side replays without lake's orchestration (nothing
 *     in src/ exports that SQL, so it is taken from the engine calls);
 *   - the breakdown of where lake's time goes.
 *
 * The wrappers sit on Engine.prototype and on the storage object and cost microseconds per call.
 *
 * argv[2] is JSON: { config, month: 'YYYY-MM', tasks: [{ layer: 'bronze' | 'silver' | 'gold', name }] }.
 * Prints JSON (LakeStatementsReport) on stdout.
 */
import './report-rss.ts';
import { performance } from 'node:perf_hooks';
import { ingestBronzeMonth } from '../../src/bronze/index.ts';
import { Engine, type Row } from '../../src/engine/index.ts';
import { buildGoldMonth } from '../../src/gold/index.ts';
import { openRuntime } from '../../src/orchestrator/runtime.ts';
import { promoteSilverMonth } from '../../src/silver/index.ts';
import { parseMonth, type LakeStorage } from '../../src/storage/index.ts';

export interface Task {
  /** 'bronze' only prepares the bench's input (ingestBronzeMonth); it is not measured. */
  layer: 'bronze' | 'silver' | 'gold';
  /** Source, silver table or gold model. */
  name: string;
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

const proto = Engine.prototype as unknown as {
  run(this: Engine, sql: string): Promise<void>;
  all(this: Engine, sql: string): Promise<Row[]>;
};
for (const method of ['run', 'all'] as const) {
  const original = proto[method] as (this: Engine, sql: string) => Promise<unknown>;
  (proto as Record<string, unknown>)[method] = async function (this: Engine, sql: string) {
    const t = performance.now();
    try {
      return await original.call(this, sql);
    } finally {
      statements.push({ method, sql, ms: performance.now() - t });
    }
  };
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
const runtime = await openRuntime(job.config);
const openMs = performance.now() - t;
timeStorage(runtime.storage);
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
  tasks.push({ ...task, workMs, statements, storage: storageCalls, result: result as unknown as TaskReport['result'] });
}
t = performance.now();
await runtime.close();
const closeMs = performance.now() - t;

const cpu = process.cpuUsage();
const report: LakeStatementsReport = { startMs, openMs, tasks, closeMs, cpuMs: (cpu.user + cpu.system) / 1000 };
process.stdout.write(JSON.stringify(report) + '\n');
