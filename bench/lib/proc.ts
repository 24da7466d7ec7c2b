/**
 * What a process tree has cost so far, read from Linux's /proc: CPU time, bytes written, peak memory,
 * and the busy time of the whole machine (to tell a run disturbed by other work apart).
 *
 * A tree is a process and its live descendants. A descendant that has exited and been reaped has its
 * CPU time and I/O added to its parent's counters by the kernel (`cutime`/`cstime` in stat, the
 * `whole` I/O accounting in io), so a tree's total only grows, whichever way its children come and go.
 * Every reader returns undefined (or 0 for the machine) where /proc does not exist or the process is gone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The fields of /proc/<pid>/stat after the command name; field n of proc(5) is at index n - 3. */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The pids of a process and all its live descendants (the root first); empty when the root is gone. */
export function processTree(root: number): number[] {
  if (!statFields(root)) return [];
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (!fields) continue;
    const parent = Number(fields[1]);
    const list = children.get(parent);
    if (list) list.push(Number(entry));
    else children.set(parent, [Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * CPU time (ms, user + system, all threads) the tree has used so far: each live process's own time
 * plus the time of its children already reaped.
 */
export function treeCpuMs(root: number): number | undefined {
  const tree = processTree(root);
  if (tree.length === 0) return undefined;
  let ticks = 0;
  for (const pid of tree) {
    const f = statFields(pid);
    if (f) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

export interface IoCounters {
  /** Bytes the tree caused to be sent to the storage layer (page-cache pages dirtied, O_DIRECT writes). */
  writeBytes: number;
  /** Of those, bytes whose writeback was cancelled because the file was truncated or deleted first. */
  cancelledWriteBytes: number;
  /** Bytes passed to write(2) and similar, disks, pipes and sockets alike. */
  wchar: number;
  readBytes: number;
}

/** I/O counters of the tree so far (/proc/<pid>/io needs the same user or root). */
export function treeIo(root: number): IoCounters | undefined {
  const tree = processTree(root);
  if (tree.length === 0) return undefined;
  const total: IoCounters = { writeBytes: 0, cancelledWriteBytes: 0, wchar: 0, readBytes: 0 };
  let read = false;
  for (const pid of tree) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/io`, 'utf8');
    } catch {
      continue;
    }
    read = true;
    const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    total.writeBytes += field('write_bytes');
    total.cancelledWriteBytes += field('cancelled_write_bytes');
    total.wchar += field('wchar');
    total.readBytes += field('read_bytes');
  }
  return read ? total : undefined;
}

/** Peak resident set size (KiB) of one process so far (VmHWM). */
export function peakRssKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (ms) of this process plus its reaped children (pgbench, psql once they have exited). */
export function selfAndReapedCpuMs(): number {
  const f = statFields('self');
  if (!f) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  return ((Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000) / CLOCK_TICKS;
}

/** Busy time of all CPUs together (ms) so far, from /proc/stat: everything but idle and iowait. */
export function machineBusyMs(): number {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return ((f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
