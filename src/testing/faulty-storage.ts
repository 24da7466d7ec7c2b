/**
 * A lake storage that fails on demand, for testing recovery: wraps a real storage and makes the next N
 * `publishFile` calls fail (before anything is published) with the error a flaky object store or disk
 * would give. Everything else passes through.
 */
import { LakeError } from '../errors/index.ts';
import type { LakeStorage } from '../storage/index.ts';

export class FaultyStorage implements LakeStorage {
  private failing = 0;
  private error: LakeError = transientError();
  /** publishFile calls failed so far. */
  injected = 0;

  constructor(private readonly inner: LakeStorage) {}

  get location(): string {
    return this.inner.location;
  }

  /** The next `count` publishFile calls fail with `error` (default: a transient, retryable storage error). */
  failPublishes(count: number, error: LakeError = transientError()): void {
    this.failing = count;
    this.error = error;
  }

  async publishFile(key: string, localPath: string, options?: { move?: boolean }): Promise<void> {
    if (this.failing > 0) {
      this.failing--;
      this.injected++;
      throw this.error;
    }
    await this.inner.publishFile(key, localPath, options);
  }

  writeText(key: string, text: string): Promise<void> {
    return this.inner.writeText(key, text);
  }
  createExclusive(key: string, text: string): Promise<boolean> {
    return this.inner.createExclusive(key, text);
  }
  readText(key: string): Promise<string | undefined> {
    return this.inner.readText(key);
  }
  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }
  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }
  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
  localPath(key: string): Promise<string> {
    return this.inner.localPath(key);
  }
  recover(): Promise<{ removed: string[] }> {
    return this.inner.recover();
  }
}

function transientError(): LakeError {
  return new LakeError('injected fault: the connection to storage was reset', { kind: 'storage', retry: 'automatic' });
}
