/**
 * Fault points for crash tests: a storage that kills its own process with SIGKILL just before its Nth
 * change to the lake (publishFile, writeText, createExclusive, delete), so a test can stop a writer at
 * every step between the first and the last write of a commit and look at what it left.
 */
import type { LakeStorage } from '../storage/index.ts';

const MUTATIONS = ['publishFile', 'writeText', 'createExclusive', 'delete'] as const;

export function crashingStorage(inner: LakeStorage, killBefore: number, onStep: (step: number, what: string) => void = () => {}): LakeStorage {
  let step = 0;
  const wrapped: LakeStorage = Object.create(inner);
  for (const method of MUTATIONS) {
    const original = inner[method].bind(inner) as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      step++;
      onStep(step, `${method} ${String(args[0])}`);
      if (step === killBefore) process.kill(process.pid, 'SIGKILL');
      return original(...args);
    };
  }
  return wrapped;
}
