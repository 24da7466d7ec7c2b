/**
 * A server binary a test runs (Prometheus, Alertmanager): its output kept for error messages, a stop
 * that always ends it (SIGTERM, then SIGKILL) and removes its directory, and a wait for its `/-/ready`
 * that fails with that output when it exits or does not come up in time.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { rm } from 'node:fs/promises';

/** SIGTERM, then SIGKILL after `timeoutMs`; resolves once the child has exited (at once if it had). */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export interface ServerProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(options: {
  name: string;
  command: string;
  args: string[];
  spawn?: SpawnOptions;
  /** Said when the command is missing (ENOENT). */
  install: string;
  port: number;
  /** Removed on stop. */
  dir: string;
  readyTimeoutMs: number;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(options.command, options.args, { ...options.spawn, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'ENOENT' ? `${options.name} is not installed: ${options.install}` : error.message))),
  );
  spawnError.catch(() => {});
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.pid !== undefined) await stopChild(child, exited, 10_000);
    await rm(options.dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + options.readyTimeoutMs;
  try {
    for (;;) {
      const ready = await Promise.race([
        spawnError,
        exited.then(() => {
          throw new Error(`${options.name} exited:\n${output}`);
        }),
        fetch(`${url}/-/ready`).then((r) => r.ok, () => false),
      ]);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${options.name} did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}
