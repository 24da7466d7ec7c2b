/**
 * `lake run` as a benchmark sees it from outside: a process started from bin/lake.js with a config,
 * its JSON log lines, and its exit.
 *
 * The log goes to a file as it comes (kept for a post-mortem) and is scanned line by line for the few
 * events a bench counts: the time of each line whose `event` matches, and warnings and errors. The process
 * is registered with bench/lib/cleanup.ts; `stop()` sends SIGTERM (the daemon's graceful shutdown),
 * waits out its grace period and then SIGKILLs, and resolves only once the process has exited. A bench
 * killed with SIGKILL cannot do that; reapAbandonedDaemons, run before the next one reuses its work
 * directory, kills the daemons it left.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Longer than the daemon's default shutdown_grace_ms (25 s): a graceful stop is never cut short. */
const STOP_WAIT_MS = 40_000;
/** Written beside the log: which daemon a run started, for reapAbandonedDaemons. */
const PID_FILE = 'lake-daemon.pid';
const PINO_LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

export interface LakeDaemon {
  pid: number;
  logFile: string;
  /** Wall times (ms since the epoch, taken when the line arrived) of log lines by their `event` field. */
  eventTimes(event: string): number[];
  /** Log lines at level warn or above, as text (the first 1,000). */
  problems: string[];
  /** Set once the process has exited, with its code or signal. */
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** The last lines of the log, for an error message. */
  tail(lines?: number): string;
  stop(): Promise<void>;
}

/** `checkout` is the lake source tree whose bin/lake.js runs: this repository unless another is named. */
export function startLakeDaemon(config: string, logFile: string, checkout = REPO): LakeDaemon {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [path.join(checkout, 'bin', 'lake.js'), 'run', '--config', config], {
    cwd: checkout,
    env: { ...process.env, NO_COLOR: '1' },
  });
  writeFileSync(path.join(path.dirname(logFile), PID_FILE), JSON.stringify({ pid: child.pid, config }));
  const log: WriteStream = createWriteStream(logFile);
  const recent: string[] = [];
  const events = new Map<string, number[]>();
  let buffered = '';
  const onLine = (text: string) => {
    recent.push(text);
    if (recent.length > 200) recent.shift();
    let line: { event?: unknown; level?: unknown; msg?: unknown };
    try {
      line = JSON.parse(text) as typeof line;
    } catch {
      return;
    }
    if (typeof line.event === 'string') {
      const list = events.get(line.event);
      if (list) list.push(Date.now());
      else events.set(line.event, [Date.now()]);
    }
    // pino writes the level as a label or as its number (warn = 40), depending on its formatters.
    const level = typeof line.level === 'number' ? line.level : PINO_LEVELS[String(line.level)] ?? 0;
    if (level >= 40 && daemon.problems.length < 1000) daemon.problems.push(text);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    log.write(chunk);
    buffered += chunk.toString('utf8');
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) recent.push(text);
  });
  const exited = new Promise<void>((resolve) =>
    child.on('close', (code, signal) => {
      daemon.exit = { code, signal };
      resolve();
    }),
  );
  const waitExit = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (!daemon.exit) {
        child.kill('SIGTERM');
        if (!(await waitExit(STOP_WAIT_MS))) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      await new Promise<void>((resolve) => log.end(resolve));
      unregister();
    })());
  const unregister = onCleanup(stop);
  const daemon: LakeDaemon = {
    pid: child.pid!,
    logFile,
    eventTimes: (event) => events.get(event) ?? [],
    problems: [],
    tail: (lines = 30) => recent.slice(-lines).join('\n'),
    stop,
  };
  return daemon;
}

/** Kills daemons started under `workDir` by an earlier run that could not stop them (see PID_FILE). */
export function reapAbandonedDaemons(workDir: string): void {
  let files: string[];
  try {
    files = (readdirSync(workDir, { recursive: true }) as string[]).filter((name) => path.basename(name) === PID_FILE);
  } catch {
    return;
  }
  for (const file of files) {
    try {
      const { pid, config } = JSON.parse(readFileSync(path.join(workDir, file), 'utf8')) as { pid: number; config: string };
      // Only while the pid is still that daemon: its command line names the config it was started with.
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(config)) process.kill(pid, 'SIGKILL');
    } catch {
      // gone already, or not readable: nothing to stop
    }
  }
}
