/**
 * What every suite shares: where the repository and the bench's work files are, reading a suite's
 * options (`--help` prints its text; a bad value names its option), and running child processes (a lake
 * child under tsx, or any command) to completion with their output. A child started here is stopped if
 * the bench is interrupted (cleanup.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runProcess } from './cleanup.ts';
import { measureChild, type ChildResult } from './measure.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Inputs, caches and results of every suite (ignored by git). */
export const BENCH_DIR = path.join(REPO, '.bench');
export const NODE = process.execPath;

type Options = NonNullable<ParseArgsConfig['options']>;

/** A suite's options, strictly parsed; undefined after printing `help` for `--help`. */
export function suiteOptions<T extends Options>(args: string[], help: string, options: T) {
  const { values } = parseArgs({ args, strict: true, options: { ...options, help: { type: 'boolean' as const, default: false } } });
  if ((values as { help?: boolean }).help) {
    process.stdout.write(help + '\n');
    return undefined;
  }
  return values;
}

/** A positive integer option; `_` may group digits (`--rows 1_000_000`). */
export function positive(name: string, text: string): number {
  const n = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got '${text}'`);
  return n;
}

export function nonNegative(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0, got '${text}'`);
  return n;
}

/** `--month YYYY-MM`. */
export function monthOption(text: string): { year: number; month: number } {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!month) throw new Error(`--month must be YYYY-MM, got '${text}'`);
  return { year: Number(month[1]), month: Number(month[2]) };
}

/** The argv of a child script under bench/children, run by tsx, with its job as JSON. */
export function childArgs(script: string, job: object): string[] {
  return ['--import', 'tsx', path.join('bench/children', script), JSON.stringify(job)];
}

/** A child script measured (wall time, peak RSS; measure.ts) from the repository root. */
export function runChild(script: string, job: object): Promise<ChildResult> {
  return measureChild(NODE, childArgs(script, job), { cwd: REPO });
}

/** Runs a client tool to completion: its output, or an error with it. */
export async function runTool(command: string, args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runProcess(command, args);
  if (code !== 0) throw new Error(`${path.basename(command)} exited with ${code}:\n${(stderr || stdout).trim()}`);
  return stdout + stderr;
}

export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
