/**
 * The baseline for the silver bench: a plain `@duckdb/node-api` process running a list of SQL
 * statements one after the other on one connection, with the DuckDB settings lake's Engine uses. No
 * lake module is loaded, so process start is Node + tsx + the DuckDB binding only.
 *
 * argv[2] is JSON: { statements, threads, memoryLimit, tempDirectory }.
 * Prints JSON { ms, rows, totalMs, cpuMs } on stdout: per statement its time and, for a COPY, the rows it
 * wrote; the statements' total; the process's CPU time (user + system, all threads).
 */
import './report-rss.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';

interface Job {
  statements: string[];
  threads: number;
  memoryLimit: string;
  tempDirectory: string;
}

const job = JSON.parse(process.argv[2]) as Job;

const instance = await DuckDBInstance.create(':memory:', {
  threads: String(job.threads),
  memory_limit: job.memoryLimit,
  temp_directory: job.tempDirectory,
  // The same settings as src/engine/duckdb.ts, so only the orchestration differs.
  preserve_insertion_order: 'true',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
});
const connection = await instance.connect();
const ms: number[] = [];
const rows: Array<number | null> = [];
const started = performance.now();
for (const sql of job.statements) {
  const t = performance.now();
  const reader = await connection.runAndReadAll(sql);
  ms.push(performance.now() - t);
  rows.push(/^\s*COPY\b/i.test(sql) ? Number(reader.getRows()[0]?.[0] ?? NaN) : null);
}
const totalMs = performance.now() - started;
connection.closeSync();
instance.closeSync();
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ ms, rows, totalMs, cpuMs: (cpu.user + cpu.system) / 1000 }) + '\n');
