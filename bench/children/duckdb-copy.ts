/**
 * The baseline: DuckDB alone turning the CSV into Parquet, with the engine settings lake uses, so the
 * only difference from `lake ingest` is what lake adds (normalising, metadata columns, publishing).
 *
 * argv[2] is JSON: { input, output, threads, memoryLimit, tempDirectory, allVarchar? }.
 * Prints JSON { rows, copyMs } on stdout.
 */
import './report-rss.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';

interface Job {
  input: string;
  output: string;
  threads: number;
  memoryLimit: string;
  tempDirectory: string;
  /** Skip type detection and keep every column as text, the way bronze stores it. */
  allVarchar?: boolean;
}

const job = JSON.parse(process.argv[2]) as Job;
const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:', {
  threads: String(job.threads),
  memory_limit: job.memoryLimit,
  temp_directory: job.tempDirectory,
  // Same as lake's Engine: row order follows the file.
  preserve_insertion_order: 'true',
});
const connection = await instance.connect();
const started = performance.now();
const options = job.allVarchar ? ', all_varchar = true' : '';
const reader = await connection.runAndReadAll(
  `COPY (SELECT * FROM read_csv(${quote(job.input)}${options})) TO ${quote(job.output)} (FORMAT parquet)`,
);
const copyMs = performance.now() - started;
const rows = Number(reader.getRows()[0]?.[0] ?? NaN);
connection.closeSync();
instance.closeSync();
process.stdout.write(JSON.stringify({ rows, copyMs }) + '\n');
