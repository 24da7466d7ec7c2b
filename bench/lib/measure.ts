/**
 * Runs one child process and reports its wall time and peak RSS. Each measured workload gets its own
 * process so one side's heap or DuckDB buffer pool never inflates the other's figure.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of the child) when it is
 * installed; otherwise the child must print `bench:maxrss_kb=<n>` on stderr itself (see
 * children/report-rss.ts), which reads the same counter from inside the process.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runProcess } from './cleanup.ts';

const GNU_TIME = '/usr/bin/time';
const RSS_MARKER = /bench:maxrss_kb=(\d+)/;

/** BENCH_NO_GNU_TIME=1 forces the in-process fallback, to check it on machines that have GNU time. */
export const hasGnuTime = !process.env.BENCH_NO_GNU_TIME && existsSync(GNU_TIME);

export interface ChildResult {
  wallMs: number;
  /** User + system CPU of the process and its threads; NaN without GNU time. */
  cpuMs: number;
  maxRssKb: number;
  stdout: string;
  stderr: string;
}

export async function measureChild(command: string, args: string[], options: { cwd?: string } = {}): Promise<ChildResult> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const { code, stdout, stderr } = await runProcess(file, argv, options);
  const wallMs = performance.now() - started;
  let maxRssKb = Number(RSS_MARKER.exec(stderr)?.[1] ?? NaN);
  let cpuMs = Number.NaN;
  if (hasGnuTime) {
    const text = await fs.readFile(timeFile, 'utf8').catch(() => '');
    await fs.rm(timeFile, { force: true });
    // GNU time writes "Command exited with non-zero status N" before the figures when the child fails.
    const [user, system, rss] = text.trim().split('\n').pop()!.split(' ').map(Number);
    cpuMs = (user + system) * 1000;
    maxRssKb = rss;
  }
  if (code !== 0) {
    throw new Error(`${[command, ...args].join(' ')} exited with ${code}\n${stderr.trim()}\n${stdout.trim()}`);
  }
  return { wallMs, cpuMs, maxRssKb, stdout, stderr };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const MiB = 1024 * 1024;

/** Right-aligns every column but the first; enough for a terminal and for pasting into Markdown. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
