/**
 * The `lake` command as real child processes, for integration tests. Always asynchronous: a test's HTTP
 * server lives in the test process and must keep answering while the CLI runs.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './lake.ts';

export const LAKE_BIN = path.join(REPO_ROOT, 'bin', 'lake.js');

export interface LakeResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `lake <args>` to completion. */
export function runLake(args: string[], env: NodeJS.ProcessEnv = {}): Promise<LakeResult> {
  const child = spawn(process.execPath, [LAKE_BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export interface LogLine {
  msg: string;
  event?: string;
  [key: string]: unknown;
}

/** A long-running `lake run`: its JSON log lines as they come, and a way to signal it and await its exit. */
export class DaemonProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: LogLine[] = [];
  stderr = '';
  private buffered = '';
  private readonly waiters: Array<{ test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [LAKE_BIN, 'run', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = this.buffered.indexOf('\n')) >= 0) {
        const text = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          line = { msg: text };
        }
        this.lines.push(line);
        for (const waiter of [...this.waiters]) {
          if (waiter.test(line)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(line);
          }
        }
      }
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** The first log line (already seen or still to come) that passes `test`; rejects on exit or after `timeoutMs`. */
  waitFor(test: (line: LogLine) => boolean, timeoutMs = 60_000): Promise<LogLine> {
    const seen = this.lines.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log line within ${timeoutMs} ms; log:\n${this.log()}`)), timeoutMs);
      const waiter = {
        test,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      this.waiters.push(waiter);
      void this.exited.then(() => {
        if (!this.waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`lake run exited before the awaited log line; stderr: ${this.stderr}\nlog:\n${this.log()}`));
      });
    });
  }

  /** Sends `signal` and resolves with the exit and how long it took. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const started = Date.now();
    this.child.kill(signal);
    const exit = await this.exited;
    return { ...exit, ms: Date.now() - started };
  }

  log(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }
}
