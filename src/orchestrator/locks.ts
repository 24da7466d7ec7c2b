/**
 * Partition locks in the lake, so that no two processes (the daemon, a CLI backfill, an ingest started
 * by hand, on this host or another sharing the lake) ever build the same table partition at once.
 *
 * A lock is an object `_lake/locks/<layer>/<table>/<YYYY-MM>.lock` created with the storage's
 * `createExclusive` (exactly one creator wins). Its owner rewrites `heartbeat_at` every
 * `locks.heartbeat_ms` and deletes it when done. A lock is stale when its owner is a process on this host
 * that no longer runs, or when its heartbeat is older than `locks.stale_after_ms` (an owner on another
 * host that crashed); a waiter then breaks it and takes its place.
 *
 * Breaking is itself guarded, so two waiters that both find a lock stale cannot both end up owning it:
 * the breaker first creates `<lock>.break-<stale token>` exclusively, re-reads the lock, deletes it only
 * if it still carries the stale token, then competes for the lock like anyone else. A breaker that dies
 * in between leaves a marker that is itself stale after the same rules.
 *
 * An owner whose heartbeat finds its lock gone or replaced (it was paused longer than the stale limit
 * and someone took over) is told through `lost`, and the job aborts rather than publish beside another
 * writer. Limitation: between an owner's pause ending and its next heartbeat (one heartbeat interval)
 * two writers may overlap; publishes are atomic, so the partition is still one whole version.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocksConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import type { LockHolder, PartitionRef, PipelineEvents } from '../events/index.ts';
import { isLockKey, isProcessAlive, LOCKS_PREFIX, type LakeStorage } from '../storage/index.ts';

export interface LockRecord {
  token: string;
  key: string;
  partition: PartitionRef;
  owner: LockHolder;
  acquired_at: string;
  heartbeat_at: string;
}

export interface HeldLock {
  readonly key: string;
  readonly token: string;
  /** Aborted when a heartbeat finds the lock taken over: stop the work, do not publish. */
  readonly lost: AbortSignal;
  release(): Promise<void>;
}

export type LockOptions = LocksConfig;

/** Why a lock no longer protects anything, or undefined while its owner is alive and beating. */
export function staleReason(record: LockRecord, now: number, staleAfterMs: number, host = os.hostname()): string | undefined {
  if (record.owner.host === host && record.owner.pid !== process.pid && !isProcessAlive(record.owner.pid)) {
    return `its owner (${record.owner.command}, pid ${record.owner.pid} on ${host}) is no longer running`;
  }
  const beat = Date.parse(record.heartbeat_at);
  if (!Number.isFinite(beat)) return 'it has no readable heartbeat';
  const age = now - beat;
  if (age > staleAfterMs) return `its last heartbeat was ${Math.round(age / 1000)} s ago (limit ${Math.round(staleAfterMs / 1000)} s)`;
  return undefined;
}

export function parseLock(text: string | undefined): LockRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const record = JSON.parse(text) as LockRecord;
    return typeof record.token === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

export class PartitionLocks {
  readonly owner: LockHolder;

  constructor(
    private readonly storage: LakeStorage,
    owner: Omit<LockHolder, 'pid' | 'host'> & Partial<LockHolder>,
    private readonly options: LockOptions,
    private readonly events?: PipelineEvents,
  ) {
    this.owner = { pid: process.pid, host: os.hostname(), ...owner };
  }

  /**
   * Waits until this process holds the lock (breaking it when stale), or throws a `cancelled` error when
   * `signal` aborts first.
   */
  async acquire(key: string, partition: PartitionRef, signal?: AbortSignal): Promise<HeldLock> {
    let reportedHolder: string | undefined;
    for (;;) {
      throwIfCancelled(signal, key);
      const held = await this.tryAcquire(key, partition);
      if ('release' in held) return held;
      if (held.record && reportedHolder !== held.record.token) {
        reportedHolder = held.record.token;
        this.events?.emit({ type: 'lock.waiting', partition, holder: held.record.owner });
      }
      try {
        await sleep(this.options.poll_ms, undefined, { signal });
      } catch {
        throwIfCancelled(signal, key);
      }
    }
  }

  /** One try: the lock, or what holds it now (undefined when it vanished between two reads). */
  async tryAcquire(key: string, partition: PartitionRef): Promise<HeldLock | { record?: LockRecord }> {
    const now = new Date().toISOString();
    const record: LockRecord = {
      token: randomUUID(),
      key,
      partition,
      owner: this.owner,
      acquired_at: now,
      heartbeat_at: now,
    };
    if (await this.storage.createExclusive(key, JSON.stringify(record, null, 2))) return this.hold(record);
    const text = await this.storage.readText(key);
    if (text === undefined) return {};
    const existing = parseLock(text);
    const reason = existing
      ? staleReason(existing, Date.now(), this.options.stale_after_ms)
      : 'it is unreadable';
    if (!reason) return { record: existing };
    if (await this.breakStale(key, existing?.token ?? 'unreadable', text)) {
      this.events?.emit({
        type: 'lock.recovered',
        partition,
        holder: existing?.owner ?? { pid: 0, host: 'unknown', command: 'unknown' },
        reason,
      });
    }
    return { record: existing };
  }

  /** Deletes a stale lock, guarded by an exclusive marker so that only one breaker acts on it. */
  private async breakStale(key: string, staleToken: string, staleText: string): Promise<boolean> {
    const marker = `${key}.break-${staleToken}`;
    const now = new Date().toISOString();
    const mine = JSON.stringify({ token: randomUUID(), key: marker, owner: this.owner, acquired_at: now, heartbeat_at: now });
    if (!(await this.storage.createExclusive(marker, mine))) {
      const other = parseLock(await this.storage.readText(marker));
      if (!other || staleReason(other, Date.now(), this.options.stale_after_ms)) await this.storage.delete(marker);
      return false;
    }
    try {
      const current = await this.storage.readText(key);
      const currentToken = parseLock(current)?.token ?? (current === undefined ? undefined : 'unreadable');
      if (currentToken !== staleToken || (currentToken === 'unreadable' && current !== staleText)) return false;
      await this.storage.delete(key);
      return true;
    } finally {
      await this.storage.delete(marker);
    }
  }

  private hold(record: LockRecord): HeldLock {
    const lost = new AbortController();
    let beating: Promise<void> = Promise.resolve();
    let released = false;
    const beat = async () => {
      const current = parseLock(await this.storage.readText(record.key));
      if (released) return;
      if (current?.token !== record.token) {
        clearInterval(timer);
        this.events?.emit({ type: 'lock.lost', partition: record.partition, holder: current?.owner });
        lost.abort(
          new LakeError(`lost the lock of ${record.key}: another process took it over`, {
            kind: 'lock',
            retry: 'automatic',
          }),
        );
        return;
      }
      await this.storage.writeText(record.key, JSON.stringify({ ...record, heartbeat_at: new Date().toISOString() }, null, 2));
    };
    const timer = setInterval(() => {
      // One heartbeat at a time; a failed write is tried again at the next beat.
      beating = beating.then(beat).catch(() => {});
    }, this.options.heartbeat_ms);
    timer.unref();
    return {
      key: record.key,
      token: record.token,
      lost: lost.signal,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(timer);
        await beating;
        const current = parseLock(await this.storage.readText(record.key));
        if (current?.token === record.token) await this.storage.delete(record.key);
      },
    };
  }

  /** Every lock in the lake with its state, for `lake status`. */
  async list(): Promise<Array<{ record: LockRecord; stale?: string }>> {
    const out: Array<{ record: LockRecord; stale?: string }> = [];
    for (const key of await this.storage.list(LOCKS_PREFIX)) {
      if (!isLockKey(key)) continue;
      const record = parseLock(await this.storage.readText(key));
      if (record) out.push({ record, stale: staleReason(record, Date.now(), this.options.stale_after_ms) });
    }
    return out;
  }
}

function throwIfCancelled(signal: AbortSignal | undefined, key: string): void {
  if (signal?.aborted) {
    throw new LakeError(`stopped waiting for the lock ${key}`, { kind: 'cancelled', retry: 'never', cause: signal.reason });
  }
}
