/**
 * The Docker CLI for tests: whether an engine answers, commands with deadlines, and containers that are
 * always removed. Here the engine is the one `../shared/docker/engine.sh` starts: no image registry, no
 * bridge network, so builds and containers use the host's network (pick free host ports).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './lake.ts';

export interface DockerResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Where this environment keeps the script that installs and starts an engine (see its header). */
export const ENGINE_SCRIPT = path.resolve(REPO_ROOT, '..', 'shared', 'docker', 'engine.sh');

/** Runs `docker <args>`; kills it after `timeoutMs` and says so in stderr. Never rejects. */
export function docker(args: string[], options: { timeoutMs?: number; input?: string } = {}): Promise<DockerResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('docker', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      stderr += `\n(docker ${args[0]} killed after ${options.timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, ms: Date.now() - started });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Undefined when an engine answers `docker info`, else one plain sentence saying why not and how to get
 * one (the caller reports it; a test that needs an engine must not pass without one).
 */
export async function dockerUnavailable(): Promise<string | undefined> {
  const info = await docker(['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 15_000 });
  if (info.code === 0) return undefined;
  const why = info.code === null && /ENOENT/.test(info.stderr) ? 'the docker command is not installed' : (info.stderr.trim().split('\n').at(-1) ?? 'docker info failed');
  const remedy = existsSync(ENGINE_SCRIPT) ? `start one with ${ENGINE_SCRIPT}` : 'start a Docker engine';
  return `no Docker engine answers (${why}): ${remedy}`;
}

/** Containers started through `run`, removed (with their anonymous volumes) by `removeAll`. */
export class Containers {
  private readonly names = new Set<string>();
  private counter = 0;

  constructor(private readonly prefix: string) {}

  /** `docker run -d --network host --name <unique> <args>`; returns the name. Throws when docker refuses. */
  async start(args: string[]): Promise<string> {
    const name = `${this.prefix}-${process.pid}-${++this.counter}`;
    this.names.add(name);
    const result = await docker(['run', '-d', '--network', 'host', '--name', name, ...args], { timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(`docker run ${args.join(' ')} failed: ${result.stderr}`);
    return name;
  }

  /** `docker run --rm --network host --name <unique> <args>` to completion (a one-shot command). */
  async run(args: string[], timeoutMs = 120_000): Promise<DockerResult> {
    const name = `${this.prefix}-${process.pid}-${++this.counter}`;
    this.names.add(name);
    const result = await docker(['run', '--rm', '--network', 'host', '--name', name, ...args], { timeoutMs });
    if (result.code !== null) this.names.delete(name);
    return result;
  }

  async logs(name: string): Promise<string> {
    const result = await docker(['logs', name], { timeoutMs: 30_000 });
    return result.stdout + result.stderr;
  }

  /** A field of `docker inspect` (a Go template such as `{{.State.ExitCode}}`). */
  async inspect(name: string, template: string): Promise<string> {
    return (await docker(['inspect', '--format', template, name], { timeoutMs: 30_000 })).stdout.trim();
  }

  async removeAll(): Promise<void> {
    for (const name of this.names) await docker(['rm', '--force', '--volumes', name], { timeoutMs: 60_000 });
    this.names.clear();
  }
}
