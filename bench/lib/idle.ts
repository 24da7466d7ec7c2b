/**
 * The machine's CPU counters, for benches on a shared machine: wait until other processes leave the
 * CPUs alone before a measured run, and tell afterwards how much of the machine others used during it.
 * Linux only (/proc/stat); elsewhere waiting returns at once and the share is NaN.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Below this share of all CPUs busy, the machine counts as idle before a measured run. */
export const IDLE_BUSY_PERCENT = 15;

/**
 * Waits until other processes leave the CPUs alone (a bench runs its sides in series, so anything busy
 * here is someone else): two 1 s samples in a row under IDLE_BUSY_PERCENT, for at most `maxMs`. Returns
 * the busy share of the last sample, in percent; NaN where /proc/stat does not exist.
 */
export async function waitForIdle(maxMs: number): Promise<number> {
  if (maxMs <= 0 || !existsSync('/proc/stat')) return NaN;
  const started = Date.now();
  let idleSamples = 0;
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTimes();
    const busy = 100 * (1 - (after.idle - before.idle) / Math.max(1, after.total - before.total));
    idleSamples = busy < IDLE_BUSY_PERCENT ? idleSamples + 1 : 0;
    if (idleSamples >= 2 || Date.now() - started >= maxMs) return busy;
  }
}

export interface CpuTimes {
  idle: number;
  total: number;
}

/** Machine-wide CPU counters (all CPUs, in clock ticks); zeros where /proc/stat does not exist. */
export function cpuTimes(): CpuTimes {
  if (!existsSync('/proc/stat')) return { idle: 0, total: 0 };
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: fields[3] + fields[4], total: fields.reduce((a, b) => a + b, 0) };
}

/** Cores kept busy on average between two samples, by every process. NaN without /proc/stat. */
export function busyCores(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  if (total <= 0) return NaN;
  return (1 - (after.idle - before.idle) / total) * os.availableParallelism();
}

/**
 * Cores other processes kept busy on average while a child ran: the machine's busy cores minus the
 * child's own CPU time over its wall time. NaN without /proc/stat.
 */
export function otherCores(before: CpuTimes, after: CpuTimes, wallMs: number, childCpuMs: number): number {
  return Math.max(0, busyCores(before, after) - childCpuMs / wallMs);
}
