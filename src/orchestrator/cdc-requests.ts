/**
 * Who may change a CDC source's state, and how others ask it to.
 *
 * The lease: a running pipeline holds the lock `_lake/locks/cdc/<source>/source.lock` (the partition lock
 * machinery of locks.ts: exclusive create, heartbeats, stale-owner recovery), and only the holder writes
 * `_lake/cdc/<source>/state.json`. So a daemon's flush can never undo what `lake snapshot` recorded.
 *
 * Requests: `lake snapshot` finding the lease held by a live pipeline does not touch the state; it writes
 * `_lake/cdc/<source>/requests/<id>.json` and waits. The holder performs it between two flushes (it owns
 * the state) and records the outcome in the same object:
 *
 *   pending ─▶ running ─▶ done | failed
 *
 * A request whose holder died before finishing is taken over by the waiting CLI once the lease is free.
 */
import { randomUUID } from 'node:crypto';
import type { LockRecord } from './locks.ts';
import { PartitionLocks, type HeldLock } from './locks.ts';
import { LakeError, type RetryVerdict } from '../errors/index.ts';
import type { LakeRuntime } from './runtime.ts';
import { cdcRequestKey, cdcRequestsPrefix, cdcSourceLeaseKey, readJson } from '../storage/index.ts';
import type { LockHolder } from '../events/index.ts';

export interface SnapshotTableResult {
  table: string;
  rows: number;
  /** The LSN the copy is consistent with. */
  lsn: string;
}

export interface SnapshotRequest {
  id: string;
  source: string;
  /** As given to `lake snapshot --table` (lake names or schema.table); null for every table. */
  tables: string[] | null;
  status: 'pending' | 'running' | 'done' | 'failed';
  requested_at: string;
  requested_by: LockHolder;
  started_at?: string;
  finished_at?: string;
  result?: SnapshotTableResult[];
  error?: { message: string; remedy?: string; retry: RetryVerdict };
}

function leases(runtime: Pick<LakeRuntime, 'storage' | 'config'>, command: string): PartitionLocks {
  return new PartitionLocks(runtime.storage, { command }, runtime.config.locks);
}

const partition = (source: string) => ({ layer: 'bronze' as const, name: source, month: 'cdc-source' });

/** The lease, or (when a live owner holds it) what holds it. A stale holder is broken and replaced. */
export async function tryTakeLease(
  runtime: Pick<LakeRuntime, 'storage' | 'config'>,
  source: string,
  command: string,
): Promise<HeldLock | { holder?: LockRecord }> {
  const result = await leases(runtime, command).tryAcquire(cdcSourceLeaseKey(source), partition(source));
  return 'release' in result ? result : { holder: result.record };
}

/** Waits for the lease; `onWaiting` is told each new holder it waits behind. Throws `cancelled` when `signal` aborts. */
export async function takeLease(
  runtime: Pick<LakeRuntime, 'storage' | 'config'>,
  source: string,
  command: string,
  signal: AbortSignal,
  onWaiting: (holder: LockRecord['owner']) => void,
): Promise<HeldLock> {
  let reported: string | undefined;
  for (;;) {
    const result = await tryTakeLease(runtime, source, command);
    if ('release' in result) return result;
    if (result.holder && result.holder.token !== reported) {
      reported = result.holder.token;
      onWaiting(result.holder.owner);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, runtime.config.locks.poll_ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (signal.aborted) {
      throw new LakeError(`stopped waiting for the lease of CDC source ${source}`, { kind: 'cancelled', retry: 'never' });
    }
  }
}

export async function writeRequest(runtime: Pick<LakeRuntime, 'storage'>, source: string, tables: string[] | null, by: LockHolder): Promise<SnapshotRequest> {
  const request: SnapshotRequest = {
    id: `${new Date().toISOString().replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`,
    source,
    tables,
    status: 'pending',
    requested_at: new Date().toISOString(),
    requested_by: by,
  };
  await saveRequest(runtime, request);
  return request;
}

export async function saveRequest(runtime: Pick<LakeRuntime, 'storage'>, request: SnapshotRequest): Promise<void> {
  await runtime.storage.writeText(cdcRequestKey(request.source, request.id), JSON.stringify(request, null, 2));
}

export async function readRequest(runtime: Pick<LakeRuntime, 'storage'>, source: string, id: string): Promise<SnapshotRequest | undefined> {
  return readJson<SnapshotRequest>(runtime.storage, cdcRequestKey(source, id));
}

/** A finished request its CLI never came back for (it was killed) is kept this long for inspection. */
const FINISHED_KEPT_MS = 24 * 3600_000;

/** Requests not yet finished, oldest first (ids sort by time); finished ones nobody collected are removed after a day. */
export async function unfinishedRequests(runtime: Pick<LakeRuntime, 'storage'>, source: string): Promise<SnapshotRequest[]> {
  const out: SnapshotRequest[] = [];
  const now = Date.now();
  for (const key of await runtime.storage.list(cdcRequestsPrefix(source))) {
    if (!key.endsWith('.json')) continue;
    const request = await readJson<SnapshotRequest>(runtime.storage, key);
    if (!request) continue;
    if (request.status === 'pending' || request.status === 'running') out.push(request);
    else if (now - Date.parse(request.finished_at ?? request.requested_at) > FINISHED_KEPT_MS) await runtime.storage.delete(key);
  }
  return out;
}

export async function deleteRequest(runtime: Pick<LakeRuntime, 'storage'>, request: SnapshotRequest): Promise<void> {
  await runtime.storage.delete(cdcRequestKey(request.source, request.id));
}
