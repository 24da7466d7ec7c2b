/**
 * Run history and partition state, kept in the lake (no separate server), through the storage
 * interface so it works wherever the lake lives.
 *
 * - A run is one backfill, scheduled tick, catch-up, `lake ingest` or `lake snapshot`:
 *   `_lake/runs/<run_id>.json`, written when the run is planned and again when it finishes. In between,
 *   each partition's latest state is its own small object `_lake/runs/<run_id>/<index>.json`, rewritten
 *   only when that partition changes, so the bytes written grow with the number of partitions, not with
 *   its square (a run of 1,000 partitions once rewrote its whole record on every one of ~4,000
 *   transitions). Readers overlay the partition objects on an unfinished run; the finished record is
 *   whole and the objects are removed.
 *
 *       planned ──▶ running ──▶ published | up-to-date | not-published | no-input | failed | abandoned
 *          └──────────────────▶ skipped (its upstream failed) | up-to-date | no-input | abandoned
 *
 *   A run whose owner died while it was `running` is shown as `crashed`.
 * - A partition's state is the result of its last attempt in any run:
 *   `_lake/state/<layer>/<name>/<YYYY-MM>.json`. It is how a backfill finds the partitions that failed
 *   since their last success (`--retry-failed`, and "failed" in staleness).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { LakeError } from '../errors/index.ts';
import type { PartitionRef } from '../events/index.ts';
import {
  isProcessAlive,
  parseRunKey,
  PARTITION_STATES_PREFIX,
  partitionStateKey,
  readJson,
  RUNS_PREFIX,
  runKey,
  runPartitionKey,
  runPartitionsPrefix,
  type LakeStorage,
} from '../storage/index.ts';
import type { CheckResult } from '../silver/index.ts';

/** `ingest` and `snapshot`: the commands of those names, recorded like a backfill so `lake report` covers them. */
export type RunKind = 'backfill' | 'schedule' | 'catch-up' | 'ingest' | 'snapshot';
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted' | 'crashed';
export type PartitionStatus =
  | 'planned'
  | 'running'
  | 'published'
  | 'up-to-date'
  | 'not-published'
  | 'no-input'
  | 'failed'
  | 'skipped'
  | 'abandoned';

export const FINAL_STATUSES: PartitionStatus[] = ['published', 'up-to-date', 'not-published', 'no-input', 'failed', 'skipped', 'abandoned'];

export interface ErrorRecord {
  kind: string;
  retry: string;
  message: string;
  remedy?: string;
}

export interface AttemptRecord {
  attempt: number;
  started_at: string;
  duration_ms: number;
  status: PartitionStatus;
  error?: ErrorRecord;
}

export interface RunPartition extends PartitionRef {
  /** Why the run planned it: missing, stale (and what changed), failed last time, forced, scheduled. */
  reason: string;
  /** Asked for by the command itself, not planned because a requested partition reads or feeds it. */
  requested?: boolean;
  status: PartitionStatus;
  detail?: string;
  attempts: AttemptRecord[];
  started_at?: string;
  finished_at?: string;
  duration_ms?: number;
  rows_in?: number;
  rows_out?: number;
  quarantined?: number;
  duplicates?: number;
  checks?: Array<Pick<CheckResult, 'check' | 'severity' | 'success' | 'evaluated' | 'unexpected'>>;
  error?: ErrorRecord;
}

export interface RunRecord {
  run_id: string;
  kind: RunKind;
  /** What started it: the command line, or the schedule tick and the month it pulls. */
  trigger: { command?: string; source?: string; tick?: string; month?: string; cron?: string };
  owner: { pid: number; host: string; command: string };
  started_at: string;
  finished_at?: string;
  duration_ms?: number;
  status: RunStatus;
  options: Record<string, unknown>;
  partitions: RunPartition[];
  counts: Partial<Record<PartitionStatus, number>>;
}

export interface PartitionState extends PartitionRef {
  status: 'published' | 'failed' | 'not-published' | 'no-input';
  run_id: string;
  at: string;
  attempts: number;
  error?: ErrorRecord;
}

/** Sortable by start time: `20240501T090000.123Z-1a2b3c`. */
export function newRunId(at = new Date()): string {
  return `${at.toISOString().replace(/[-:]/g, '')}-${randomBytes(3).toString('hex')}`;
}

export function errorRecord(error: LakeError | ErrorRecord): ErrorRecord {
  return { kind: error.kind, retry: error.retry, message: error.message, ...(error.remedy ? { remedy: error.remedy } : {}) };
}

export function countStatuses(partitions: RunPartition[]): Partial<Record<PartitionStatus, number>> {
  const counts: Partial<Record<PartitionStatus, number>> = {};
  for (const p of partitions) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return counts;
}

export function runStatusOf(partitions: RunPartition[]): RunStatus {
  if (partitions.some((p) => p.status === 'failed')) return 'failed';
  if (partitions.some((p) => p.status === 'abandoned' || !FINAL_STATUSES.includes(p.status))) return 'interrupted';
  return 'succeeded';
}

/**
 * One run's record. `save()` writes the whole record (at planning); `saveEntry()` writes one partition's
 * object, serialised per partition so the object always holds that partition's latest complete state; a
 * crash leaves the last saved one. `finish()` writes the whole record and removes the partition objects.
 */
export class RunRecorder {
  readonly record: RunRecord;
  private saving: Promise<void> = Promise.resolve();
  private readonly entrySaves = new Map<RunPartition, Promise<void>>();

  constructor(
    private readonly storage: LakeStorage,
    init: Pick<RunRecord, 'kind' | 'trigger' | 'options'> & { command: string; runId?: string },
  ) {
    const now = new Date();
    this.record = {
      run_id: init.runId ?? newRunId(now),
      kind: init.kind,
      trigger: init.trigger,
      owner: { pid: process.pid, host: os.hostname(), command: init.command },
      started_at: now.toISOString(),
      status: 'running',
      options: init.options,
      partitions: [],
      counts: {},
    };
  }

  get runId(): string {
    return this.record.run_id;
  }

  add(partition: RunPartition): RunPartition {
    this.record.partitions.push(partition);
    return partition;
  }

  save(): Promise<void> {
    this.record.counts = countStatuses(this.record.partitions);
    const text = JSON.stringify(this.record, null, 2);
    this.saving = this.saving.then(() => this.storage.writeText(runKey(this.record.run_id), text)).catch(() => {});
    return this.saving;
  }

  /** Records one partition's new state; history is best effort while running, so failures are not fatal. */
  saveEntry(partition: RunPartition): Promise<void> {
    const index = this.record.partitions.indexOf(partition);
    if (index < 0) return Promise.resolve();
    const text = JSON.stringify(partition);
    const previous = this.entrySaves.get(partition) ?? this.saving;
    const next = previous.then(() => this.storage.writeText(runPartitionKey(this.record.run_id, index), text)).catch(() => {});
    this.entrySaves.set(partition, next);
    return next;
  }

  async finish(): Promise<RunRecord> {
    const finished = new Date();
    this.record.finished_at = finished.toISOString();
    this.record.duration_ms = finished.getTime() - Date.parse(this.record.started_at);
    this.record.status = runStatusOf(this.record.partitions);
    this.record.counts = countStatuses(this.record.partitions);
    const text = JSON.stringify(this.record, null, 2);
    // The final save must land (or fail loudly): it is what `lake report` reads.
    await this.saving;
    await Promise.all(this.entrySaves.values());
    await this.storage.writeText(runKey(this.record.run_id), text);
    await deletePartitionObjects(this.storage, this.record.run_id).catch(() => {});
    return this.record;
  }
}

async function deletePartitionObjects(storage: LakeStorage, runId: string): Promise<void> {
  for (const key of await storage.list(runPartitionsPrefix(runId))) await storage.delete(key);
}

export async function readRun(storage: LakeStorage, runId: string): Promise<RunRecord | undefined> {
  const record = await readJson<RunRecord>(storage, runKey(runId));
  if (!record) return undefined;
  if (record.finished_at === undefined) {
    // Unfinished: each partition's latest state is in its own object.
    for (const key of await storage.list(runPartitionsPrefix(runId))) {
      const index = Number(key.slice(key.lastIndexOf('/') + 1, -'.json'.length));
      const part = await readJson<RunPartition>(storage, key);
      if (part && Number.isInteger(index) && index < record.partitions.length) record.partitions[index] = part;
    }
    record.counts = countStatuses(record.partitions);
  }
  if (record.status === 'running' && record.owner.host === os.hostname() && !isProcessAlive(record.owner.pid)) {
    record.status = 'crashed';
  }
  return record;
}

/** Run ids, oldest first. */
export async function listRunIds(storage: LakeStorage): Promise<string[]> {
  return (await storage.list(RUNS_PREFIX))
    .map(parseRunKey)
    .filter((id): id is string => id !== undefined)
    .sort();
}

export async function recentRuns(storage: LakeStorage, count: number): Promise<RunRecord[]> {
  const ids = (await listRunIds(storage)).slice(-count).reverse();
  const runs = await Promise.all(ids.map((id) => readRun(storage, id)));
  return runs.filter((r): r is RunRecord => r !== undefined);
}

/** Deletes run records that started more than `retentionDays` ago; returns how many. */
export async function pruneRuns(storage: LakeStorage, retentionDays: number, now = Date.now()): Promise<number> {
  const cutoff = now - retentionDays * 86_400_000;
  let removed = 0;
  for (const id of await listRunIds(storage)) {
    const started = parseRunIdTime(id);
    if (started !== undefined && started < cutoff) {
      await storage.delete(runKey(id));
      await deletePartitionObjects(storage, id);
      removed++;
    }
  }
  return removed;
}

function parseRunIdTime(runId: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z/.exec(runId);
  if (!m) return undefined;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
}

export async function readPartitionState(storage: LakeStorage, ref: PartitionRef): Promise<PartitionState | undefined> {
  return readJson<PartitionState>(storage, partitionStateKey(ref));
}

export async function writePartitionState(storage: LakeStorage, state: PartitionState): Promise<void> {
  await storage.writeText(partitionStateKey(state), JSON.stringify(state, null, 2));
}

/** Every partition whose last attempt failed. */
export async function failedPartitions(storage: LakeStorage): Promise<PartitionState[]> {
  const out: PartitionState[] = [];
  for (const key of await storage.list(PARTITION_STATES_PREFIX)) {
    if (!key.endsWith('.json')) continue;
    const state = await readJson<PartitionState>(storage, key);
    if (!state) continue;
    if (state.status === 'failed') out.push(state);
  }
  return out;
}
