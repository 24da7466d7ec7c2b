/**
 * Concurrency limits for jobs in one process: a global limit (`jobs.concurrency`, or a backfill's
 * `--concurrency`) and optional per-source limits (`sources.<name>.concurrency`). A job takes its
 * source's slot first and then a global one, always in that order, so two jobs never wait on each other
 * in a cycle. Waiters are served by priority (earlier months first, then bronze before silver before
 * gold), first come first served among equals, so a month's promotions are not starved by a long queue
 * of later downloads.
 */
import { LakeError } from '../errors/index.ts';

export type Priority = readonly number[];

interface Waiter {
  priority: Priority;
  seq: number;
  grant: () => void;
}

export class Slots {
  private active = 0;
  private seq = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly limit: number) {}

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves with a release function once a slot is free; rejects (cancelled) if `signal` aborts first. */
  acquire(priority: Priority = [], signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(cancelled(signal));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        seq: this.seq++,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          this.active++;
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            this.active--;
            this.pump();
          });
        },
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(cancelled(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.waiters.sort(compareWaiters);
      this.pump();
    });
  }

  private pump(): void {
    while (this.active < this.limit && this.waiters.length > 0) this.waiters.shift()!.grant();
  }
}

/** The global limit and the per-source ones of one process. */
export class JobLimits {
  private readonly perSource = new Map<string, Slots>();

  constructor(
    readonly global: Slots,
    private readonly sourceLimits: Record<string, number | undefined>,
  ) {}

  /** Both slots a job needs; the release function gives both back. */
  async acquire(source: string | undefined, priority: Priority, signal?: AbortSignal): Promise<() => void> {
    const limit = source === undefined ? undefined : this.sourceLimits[source];
    let releaseSource: (() => void) | undefined;
    if (source !== undefined && limit !== undefined) {
      let slots = this.perSource.get(source);
      if (!slots) this.perSource.set(source, (slots = new Slots(limit)));
      releaseSource = await slots.acquire(priority, signal);
    }
    try {
      const releaseGlobal = await this.global.acquire(priority, signal);
      return () => {
        releaseGlobal();
        releaseSource?.();
      };
    } catch (error) {
      releaseSource?.();
      throw error;
    }
  }
}

function compareWaiters(a: Waiter, b: Waiter): number {
  const length = Math.max(a.priority.length, b.priority.length);
  for (let i = 0; i < length; i++) {
    const d = (a.priority[i] ?? 0) - (b.priority[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.seq - b.seq;
}

function cancelled(signal: AbortSignal): LakeError {
  return new LakeError('stopped waiting for a free job slot', { kind: 'cancelled', retry: 'never', cause: signal.reason });
}
