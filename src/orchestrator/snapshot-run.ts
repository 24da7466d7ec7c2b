/**
 * `lake snapshot` as a run with history, so a re-snapshot shows in `lake report` and `lake status` like a
 * backfill: one bronze partition per CDC table copied (month `current`: a CDC table is one whole state,
 * not monthly partitions), and, when this process performed the snapshot, the silver tables and gold
 * models rebuilt over them. When a running daemon holds the source it performs the snapshot (and the
 * rebuild) itself; the record then holds the copies the daemon reported.
 *
 * The snapshot is retried whole under `jobs.retry` when its failure is transient (a dropped connection):
 * each attempt copies the named tables again from a fresh snapshot, so a retry never mixes two of them.
 */
import { cdcTableName, type PostgresSourceConfig } from '../config/index.ts';
import { retryPolicyOf, toLakeError, withRetry, type LakeError } from '../errors/index.ts';
import type { PartitionRef } from '../events/index.ts';
import type { GoldPartitionManifest } from '../gold/index.ts';
import { readManifest } from '../storage/index.ts';
import { CdcPipeline, type SnapshotOutcome } from './cdc.ts';
import { promote } from './cdc-service.ts';
import { errorRecord, FINAL_STATUSES, RunRecorder, type AttemptRecord, type RunPartition, type RunRecord } from './history.ts';
import { finishRun } from './runner.ts';
import type { LakeRuntime } from './runtime.ts';

/** The month of a whole-table partition in run records, as the lake layout names its manifest. */
const WHOLE_TABLE = 'current';

export interface SnapshotRunRequest {
  source: string;
  /** As given to `lake snapshot --table` (lake names or schema.table); undefined for every table. */
  tables?: string[];
  /** Who runs it, as shown in run history: `lake snapshot`. */
  command: string;
  trigger: RunRecord['trigger'];
  /** Called whenever a partition of the record changes state. */
  onChange?: (partition: RunPartition, run: RunRecord) => void;
}

export interface SnapshotRun {
  record: RunRecord;
  outcome: SnapshotOutcome;
}

/**
 * Performs the snapshot, and the silver and gold rebuild when this process performed it. Resolves with
 * the finished record (failed when a rebuild failed); rejects with the snapshot's error after recording it.
 */
export async function snapshotRun(runtime: LakeRuntime, request: SnapshotRunRequest): Promise<SnapshotRun> {
  // Before any record: a source that is not postgres is a usage error, not a failed run.
  const pipeline = new CdcPipeline(runtime, request.source);
  const config = runtime.config.sources[request.source] as PostgresSourceConfig;
  const recorder = new RunRecorder(runtime.storage, {
    kind: 'snapshot',
    trigger: request.trigger,
    options: { source: request.source, tables: request.tables ?? 'all' },
    command: request.command,
  });
  const changed = (entry: RunPartition) => {
    void recorder.saveEntry(entry);
    request.onChange?.(entry, recorder.record);
  };
  const entryOf = (layer: PartitionRef['layer'], name: string, reason: string): RunPartition =>
    recorder.record.partitions.find((p) => p.layer === layer && p.name === name) ??
    recorder.add({ layer, name, month: WHOLE_TABLE, reason, status: 'planned', attempts: [] });
  const copies = (request.tables ?? config.tables.map((t) => t.name)).map((name) => {
    const table = config.tables.find((t) => cdcTableName(t) === name || t.name === name || t.name === `public.${name}`);
    return entryOf('bronze', table ? cdcTableName(table) : name, 'requested');
  });
  for (const entry of copies) entry.requested = true;
  await recorder.save();
  runtime.events.emit({ type: 'run.started', runId: recorder.runId, kind: 'snapshot', trigger: request.command, partitions: copies.length });

  let outcome: SnapshotOutcome;
  // The successful attempt, for the tables it copied (known only once it is done).
  let last: AttemptRecord | undefined;
  try {
    outcome = await withRetry(
      retryPolicyOf(runtime.config.jobs.retry),
      async (attempt) => {
        const started = new Date();
        for (const entry of copies) {
          entry.status = 'running';
          entry.started_at ??= started.toISOString();
          changed(entry);
        }
        const tried = (status: AttemptRecord['status']): AttemptRecord => ({ attempt, started_at: started.toISOString(), duration_ms: Date.now() - started.getTime(), status });
        try {
          const done = await pipeline.snapshot(request.tables);
          last = tried('published');
          return done;
        } catch (thrown) {
          const failed = { ...tried('failed'), error: errorRecord(toLakeError(thrown)) };
          for (const entry of copies) entry.attempts.push(failed);
          throw thrown;
        }
      },
      (error, attempt, delayMs) => {
        for (const entry of copies) {
          runtime.events.emit({ type: 'job.retry', runId: recorder.runId, partition: entry, attempt, delayMs, error });
          entry.status = 'planned';
          entry.detail = `attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delayMs / 100) / 10} s`;
          changed(entry);
        }
      },
    );
  } catch (thrown) {
    const error = toLakeError(thrown);
    for (const entry of copies) finish(entry, 'failed', error.describe(), error);
    await finishRun(recorder, runtime.events);
    throw error;
  }

  const byDaemon = outcome.performedBy === 'self' ? '' : ' (by the running daemon)';
  for (const copy of outcome.tables) {
    // A recreated slot copies every table, also those not named.
    const entry = entryOf('bronze', copy.table, 'copied with the recreated replication slot');
    entry.rows_out = copy.rows;
    entry.started_at ??= last!.started_at;
    entry.attempts.push(last!);
    finish(entry, 'published', `${copy.rows} rows at ${copy.lsn}${byDaemon}`);
  }
  for (const entry of copies) if (!FINAL_STATUSES.includes(entry.status)) finish(entry, 'no-input', 'not copied: the source has no such table in its state');
  if (outcome.performedBy === 'self') await rebuild(runtime, request.source, outcome, entryOf, finish);
  return { record: await finishRun(recorder, runtime.events), outcome };

  function finish(entry: RunPartition, status: RunPartition['status'], detail: string, error?: LakeError): void {
    entry.status = status;
    entry.detail = detail;
    if (error) entry.error = errorRecord(error);
    entry.finished_at = new Date().toISOString();
    if (entry.started_at) entry.duration_ms = Date.parse(entry.finished_at) - Date.parse(entry.started_at);
    changed(entry);
  }
}

/** Silver (and its history) of the copied tables, then the gold models over them, as `promote` does after a flush. */
async function rebuild(
  runtime: LakeRuntime,
  source: string,
  outcome: SnapshotOutcome,
  entryOf: (layer: PartitionRef['layer'], name: string, reason: string) => RunPartition,
  finish: (entry: RunPartition, status: RunPartition['status'], detail: string, error?: LakeError) => void,
): Promise<void> {
  const copied = outcome.tables.map((t) => t.table);
  const silver = copied.map((table) => entryOf('silver', table, `downstream of bronze ${table}`));
  const startedAt = new Date().toISOString();
  for (const entry of silver) entry.started_at = startedAt;
  const failedModels = new Map<string, LakeError>();
  // promote reports what it built and what failed, per table and model, on the bus.
  const off = runtime.events.on((e) => {
    if (e.type !== 'cdc' || e.source !== source) return;
    const event = e.event;
    if (event.type === 'silver.built') {
      const entry = entryOf('silver', event.table, `downstream of bronze ${event.table}`);
      entry.rows_in = outcome.tables.find((t) => t.table === event.table)?.rows;
      entry.rows_out = event.rows;
      finish(entry, 'published', `${event.rows} rows`);
    } else if (event.type === 'failed' && event.model) {
      failedModels.set(event.model, event.error);
    } else if (event.type === 'failed') {
      // Without a table, promote could not start at all: every table it was to rebuild failed with it.
      for (const entry of event.table ? [entryOf('silver', event.table, `downstream of bronze ${event.table}`)] : silver) {
        // After its build, a table's failure is its compaction's: more small bronze files, silver stands.
        if (entry.status === 'published') finish(entry, 'published', `${entry.detail}; compacting bronze failed: ${event.error.describe()}`);
        else finish(entry, 'failed', event.error.describe(), event.error);
      }
    }
  });
  try {
    await promote(runtime, source, copied);
  } finally {
    off();
  }
  for (const entry of silver) if (!FINAL_STATUSES.includes(entry.status)) finish(entry, 'no-input', 'nothing to apply');
  const built = silver.filter((p) => p.status === 'published').map((p) => p.name);
  for (const [model, def] of Object.entries(runtime.config.gold)) {
    if (!def.depends_on.some((t) => built.includes(t))) continue;
    const entry = entryOf('gold', model, `downstream of silver ${def.depends_on.filter((t) => built.includes(t)).join(', ')}`);
    entry.started_at = startedAt;
    const error = failedModels.get(model);
    if (error) {
      finish(entry, 'failed', error.describe(), error);
      continue;
    }
    const manifest = await readManifest<GoldPartitionManifest>(runtime.storage, 'gold', model, WHOLE_TABLE);
    entry.rows_out = manifest?.rows;
    finish(entry, 'published', manifest ? `${manifest.rows} rows → ${manifest.key}` : 'built');
  }
}
