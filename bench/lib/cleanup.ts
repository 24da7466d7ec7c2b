/**
 * Stops what a bench started, whatever ends it: a normal return, a thrown error, or Ctrl-C / SIGTERM.
 *
 * Each resource registers its stop function when it starts and unregisters it when stopped normally.
 * `withCleanup` runs a bench body with SIGINT/SIGTERM handlers installed: on a signal, every registered
 * stop runs (newest first, as a `finally` would) and the process exits with 128 + the signal number; on
 * return or error, whatever is still registered is stopped before the result or error is passed on.
 * A second signal during the stops is ignored, so an impatient Ctrl-C cannot orphan a server; the stops
 * themselves escalate to SIGKILL after a bounded wait. `runProcess` is a child process registered so.
 */
import { spawn } from 'node:child_process';

type Stop = () => Promise<void>;

const stops: Stop[] = [];
let signalled = false;

/** True once a signal has started the stops: a bench loop must start nothing new then. */
export function stopRequested(): boolean {
  return signalled;
}

/** Registers a stop; the returned function unregisters it (call it once the resource is stopped). */
export function onCleanup(stop: Stop): () => void {
  stops.push(stop);
  return () => {
    const index = stops.lastIndexOf(stop);
    if (index >= 0) stops.splice(index, 1);
  };
}

async function stopAll(log: (line: string) => void): Promise<void> {
  while (stops.length > 0) {
    const stop = stops.pop()!;
    try {
      await stop();
    } catch (error) {
      log(`cleanup: ${(error as Error).message}`);
    }
  }
}

export async function withCleanup<T>(body: () => Promise<T>, log: (line: string) => void): Promise<T> {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    signalled = true;
    log(`\n${signal}: stopping the daemon, the load and Postgres ...`);
    void stopAll(log).finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await body();
  } finally {
    // After a signal the body fails on the stopped processes; the signal's exit is the outcome, so
    // the body's error is never passed on.
    if (stopping) await new Promise<never>(() => {});
    await stopAll(log);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Runs a command to completion and collects its output, whatever its exit code. */
export function runProcess(command: string, args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    const unregister = onCleanup(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await closed;
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.on('error', (error) => {
      unregister();
      reject(error);
    });
    child.on('close', (code) => {
      unregister();
      resolve({ code, stdout: out, stderr: err });
    });
  });
}
