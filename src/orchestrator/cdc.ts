/**
 * The durable loop of one `postgres` CDC source: the Postgres side (src/ingest/postgres: snapshots and a
 * ChangeSource of committed transactions) in, bronze out, the position recorded and confirmed.
 *
 *   waiting for the lease ─▶ preparing (publication, slot, pending snapshots) ─▶ streaming ─▶ stopped
 *                                 ▲                                                 │ stream or write failed (transient)
 *                                 └──────────── reconnect after backoff ◀───────────┘
 *   A permanent failure (retry 'needs-person' or 'never') stops the source, with its remedy.
 *
 * The durability contract: for every batch, write (published bronze files, then, for a source with a
 * `kafka` target, Kafka's acknowledgement of every change: src/sinks/kafka) → record
 * (`_lake/cdc/<source>/state.json`) → confirm (to Postgres), in that order. The recorded and confirmed
 * position only moves forward and only after everything below it is in bronze; whatever was received
 * after it is dropped on failure and sent again by Postgres. Bronze may then hold a change twice, and
 * silver keeps it once by (`_lsn`, `_seq`). Silver applies only changes at or below the recorded
 * position, so a transaction is visible whole or not at all.
 *
 * Recovery (reconnect.ts, shared with the Kafka source): a failed write or stream tears the stream down and the next connection starts clean. The
 * backoff grows across reconnects (bounded exponential) and resets only after the stream made progress
 * (a batch recorded and confirmed), so a persistent transient failure does not reconnect in a tight loop.
 *
 * Ownership: the pipeline holds the source's lease (cdc-requests.ts) for as long as it runs, and only the
 * lease holder writes the state. `lake snapshot` asks a running pipeline through a request file, which
 * the pipeline performs between two batches.
 */
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { writeChanges, writeSnapshotCsv } from '../bronze/cdc.ts';
import { cdcTableName, type PostgresSourceConfig } from '../config/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import {
  closeQuietly,
  connect,
  copyTableInSnapshot,
  createSlotWithSnapshot,
  dropSlot,
  emitHeartbeat,
  ensurePublication,
  formatLsn,
  nextShapeVersion,
  parseLsn,
  parseTableRef,
  PgChangeSource,
  primaryKeyOf,
  slotInfo,
  tableExists,
  type ChangeBatch,
  type ChangeSource,
  type ColumnInfo,
  type Lsn,
  type PublishedTable,
  type RelationSeen,
  type TableRef,
  type TableShape,
} from '../ingest/postgres/index.ts';
import type { CdcPipelineEvent } from '../events/index.ts';
import { diffColumns, type ColumnDef } from './cdc-schema.ts';
import {
  deleteRequest,
  readRequest,
  saveRequest,
  tryTakeLease,
  unfinishedRequests,
  writeRequest,
  type SnapshotRequest,
  type SnapshotTableResult,
} from './cdc-requests.ts';
import { parseLock, staleReason } from './locks.ts';
import { SupervisedPipeline } from './reconnect.ts';
import type { LakeRuntime } from './runtime.ts';
import { cdcSourceLeaseKey, cdcStateKey, creatingSlotKey, readJson } from '../storage/index.ts';
import { KafkaSink, type ProducedReport } from '../sinks/kafka/index.ts';

export type { SnapshotTableResult } from './cdc-requests.ts';

export interface CdcTableState {
  /** schema.table in Postgres */
  source_table: string;
  primary_key: string[];
  snapshot: 'pending' | 'done';
  /** LSN the table's latest snapshot is consistent with. */
  snapshot_lsn?: string;
  /** The columns as of the newest relation message, to recognise schema changes across restarts. */
  columns?: ColumnDef[];
  /** Renamed columns, followed by silver: values before `at_lsn` come from `from`. */
  renames?: Array<{ from: string; to: string; at_lsn: string }>;
  /** Set when a schema change silver cannot follow arrived; cleared by a re-snapshot of the table. */
  failed?: string;
}

export interface CdcState {
  source: string;
  slot: string;
  /** Everything at or below this position is published in bronze and acknowledged to Postgres. */
  flushed_lsn: string;
  /** Commit time of the newest flushed change (for freshness), ISO. */
  last_commit_at?: string;
  tables: Record<string, CdcTableState>;
  updated_at: string;
}

/**
 * How far silver may apply a table: the flushed position, or the table's snapshot LSN when that is
 * newer. Changes between the two are contained in the snapshot, so skipping them loses nothing.
 */
export function tableWatermark(state: CdcState, table: string): Lsn {
  const flushed = parseLsn(state.flushed_lsn);
  const snapshot = state.tables[table]?.snapshot === 'done' && state.tables[table].snapshot_lsn ? parseLsn(state.tables[table].snapshot_lsn!) : -1n;
  return snapshot > flushed ? snapshot : flushed;
}

export async function readCdcState(runtime: Pick<LakeRuntime, 'storage'>, source: string): Promise<CdcState | undefined> {
  return readJson<CdcState>(runtime.storage, cdcStateKey(source));
}


export interface CdcPipelineOptions {
  /**
   * Called after this pipeline re-snapshotted tables for a `lake snapshot` request, before the request is
   * marked done: the daemon rebuilds silver, SCD2 history and gold over them here, so the CLI returns
   * once the remedy is visible.
   */
  afterSnapshot?: (tables: string[]) => Promise<void>;
  /** Opens the source the pipeline streams from (PgChangeSource.open); the bench wraps it to time the ChangeSource contract. */
  openSource?: (options: Parameters<typeof PgChangeSource.open>[0]) => Promise<ChangeSource>;
}

/** What `snapshot()` did: copied here, or asked the running pipeline that holds the source. */
export interface SnapshotOutcome {
  performedBy: 'self' | 'running-pipeline';
  tables: SnapshotTableResult[];
}

/**
 * Snapshot CSV files are cut at 64 MiB: each is turned into Parquet while the next one is copied, so a
 * large table's snapshot costs about the longer of the two rather than their sum (2M rows on a busy
 * 2-core machine: 3.1–5.1 s with 32–64 MiB files, 4.3–8.4 s as one 256 MiB file); below that DuckDB's
 * per-file cost shows. Two such files on local disk at a time.
 */
const SNAPSHOT_FILE_BYTES = 64 * 1024 * 1024;

export class CdcPipeline extends SupervisedPipeline {
  private readonly config: PostgresSourceConfig;
  private state!: CdcState;
  private readonly publishedTables = new Map<string, PublishedTable>();
  private source: ChangeSource | undefined;
  /** The Kafka sink, when the source has a `kafka` target: opened with the first batch or snapshot file of a connection, closed with it. */
  private sink: KafkaSink | undefined;
  private admin: pg.Client | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  /** Tables with spilled changes not yet covered by a recorded commit: named in the next `flushed`. */
  private spilledTables = new Set<string>();
  private copied: SnapshotTableResult[] = [];
  private peak = 0;

  constructor(
    runtime: LakeRuntime,
    sourceName: string,
    onEvent: (event: CdcPipelineEvent) => void = () => {},
    private readonly options: CdcPipelineOptions = {},
  ) {
    super(runtime, sourceName, onEvent, 'cdc');
    const source = runtime.config.sources[sourceName];
    if (!source || source.type !== 'postgres') {
      throw new LakeError(`'${sourceName}' is not a postgres source`, { kind: 'config', retry: 'needs-person' });
    }
    this.config = source;
  }

  /** The acknowledged position; -1 before the pipeline has prepared its state. */
  get flushedLsn(): Lsn {
    return this.state ? parseLsn(this.state.flushed_lsn) : -1n;
  }

  /** Most changes held in memory at once (open transaction plus committed, not yet written): the memory bound, observable. */
  get peakBufferedChanges(): number {
    return Math.max(this.peak, this.source?.peakBufferedChanges ?? 0);
  }

  /** One connection: prepare, perform `lake snapshot` requests and snapshots still pending, then stream. */
  protected async cycle(progressed: () => void): Promise<void> {
    await this.prepare();
    await this.performRequests();
    await this.stream(progressed);
  }

  protected async teardown(): Promise<void> {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    if (this.source) this.peak = Math.max(this.peak, this.source.peakBufferedChanges);
    // Whatever the source still holds was never confirmed: Postgres sends it again.
    await this.source?.close();
    this.source = undefined;
    await this.sink?.close();
    this.sink = undefined;
    await closeQuietly(this.admin);
    this.admin = undefined;
    this.spilledTables.clear();
  }

  /** Publication, keys, slot and snapshot: everything before streaming can start. Re-reads the state. */
  private async prepare(): Promise<void> {
    const admin = (this.admin = await connect(this.config.connection));
    const refs: TableRef[] = [];
    const tables: Record<string, CdcTableState> = {};
    this.publishedTables.clear();
    for (const table of this.config.tables) {
      const ref = parseTableRef(table.name);
      if (!(await tableExists(admin, ref))) {
        throw new LakeError(`table ${table.name} does not exist in the source database`, { kind: 'config', retry: 'needs-person', remedy: `check sources.${this.sourceName}.tables` });
      }
      const key = table.primary_key ?? (await primaryKeyOf(admin, ref));
      if (key.length === 0) {
        throw new LakeError(`table ${table.name} has no primary key`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: `declare one with primary_key under sources.${this.sourceName}.tables (and give the table a replica identity: ALTER TABLE ${table.name} REPLICA IDENTITY FULL), or add a primary key to the table`,
        });
      }
      refs.push(ref);
      tables[cdcTableName(table)] = { source_table: `${ref.schema}.${ref.name}`, primary_key: key, snapshot: 'pending' };
      this.publishedTables.set(`${ref.schema}.${ref.name}`, { table: cdcTableName(table), primaryKey: key });
    }
    await ensurePublication(admin, this.config.publication, refs);
    const existing = await readCdcState(this.runtime, this.sourceName);
    const slot = await slotInfo(admin, this.config.slot);
    if (slot?.wal_status === 'lost') {
      throw new LakeError(`replication slot ${this.config.slot} was invalidated: Postgres removed WAL it still needed`, {
        kind: 'replication',
        retry: 'needs-person',
        remedy: `run \`lake slots drop ${this.config.slot}\`, then \`lake snapshot --source ${this.sourceName}\` to rebuild every table from a fresh snapshot`,
      });
    }
    if (existing && !slot) {
      throw new LakeError(`replication slot ${this.config.slot} is gone, but lake has streamed from it up to ${existing.flushed_lsn}`, {
        kind: 'replication',
        retry: 'needs-person',
        remedy: `changes made since then may be missing: run \`lake snapshot --source ${this.sourceName}\` to start again from a fresh snapshot`,
      });
    }
    if (!existing && slot) {
      // A slot but no state: a start that died between creating the slot and recording it (lake marks
      // its intent first), or somebody else's slot of that name, which lake must not take over or drop.
      if (!(await this.runtime.storage.exists(creatingSlotKey(this.sourceName)))) {
        throw new LakeError(`replication slot ${this.config.slot} already exists, but lake never recorded streaming from it`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: `if nothing else uses it, drop it (lake slots drop ${this.config.slot}); otherwise set sources.${this.sourceName}.slot to a name of lake's own`,
        });
      }
      if (slot.active) {
        throw new LakeError(`replication slot ${this.config.slot} is in use by another connection`, { kind: 'replication', retry: 'automatic' });
      }
      await dropSlot(admin, this.config.slot);
    }
    if (!existing) {
      await this.initialSnapshot(refs, tables);
      return;
    }
    // Tables added to config since, or a snapshot interrupted by a crash: those tables only.
    this.state = existing;
    for (const [name, table] of Object.entries(tables)) {
      const known = this.state.tables[name];
      this.state.tables[name] = known ? { ...known, primary_key: table.primary_key } : table;
    }
    for (const [name, table] of Object.entries(this.state.tables)) {
      if (table.snapshot === 'pending') await this.resnapshot(name);
    }
  }

  private async initialSnapshot(refs: TableRef[], tables: Record<string, CdcTableState>): Promise<void> {
    // Marks the slot as lake's before it exists, so a crash before the state below is saved is recoverable.
    await this.runtime.storage.writeText(creatingSlotKey(this.sourceName), JSON.stringify({ slot: this.config.slot, at: new Date().toISOString() }));
    const exported = await createSlotWithSnapshot(this.config.connection, this.config.slot, false);
    try {
      this.state = {
        source: this.sourceName,
        slot: this.config.slot,
        flushed_lsn: formatLsn(exported.consistentPoint),
        tables,
        updated_at: new Date().toISOString(),
      };
      // Recorded first, so a crash mid-snapshot resumes per table instead of recreating the slot.
      await this.saveState();
      await this.runtime.storage.delete(creatingSlotKey(this.sourceName));
      for (const ref of refs) {
        const name = this.publishedTables.get(`${ref.schema}.${ref.name}`)!.table;
        await this.copyTable(name, ref, exported.snapshotName, exported.consistentPoint);
      }
    } finally {
      await closeQuietly(exported.holder);
    }
  }

  /**
   * `lake snapshot`: copies the named tables (default: all) again, each in a fresh snapshot. When a live
   * pipeline (the daemon) holds the source, it is asked to do it and this waits for the outcome;
   * otherwise this takes the source's lease and copies here. When the slot is gone (dropped, or
   * invalidated and dropped), it is recreated and every table is copied in its exported snapshot, so
   * streaming restarts consistently from there.
   */
  async snapshot(tables?: string[]): Promise<SnapshotOutcome> {
    const command = `lake snapshot --source ${this.sourceName}`;
    let request: SnapshotRequest | undefined;
    for (;;) {
      const lease = await tryTakeLease(this.runtime, this.sourceName, command);
      if ('release' in lease) {
        this.lease = lease;
        try {
          // A request of ours that its performer left unfinished (it died) is done here instead.
          if (request) await deleteRequest(this.runtime, request);
          return { performedBy: 'self', tables: await this.snapshotHere(tables ?? null) };
        } finally {
          await this.teardown();
          this.lease = undefined;
          await lease.release();
        }
      }
      request ??= await writeRequest(this.runtime, this.sourceName, tables ?? null, { pid: process.pid, host: os.hostname(), command });
      const outcome = await this.awaitRequest(request);
      if (outcome) return outcome;
    }
  }

  /** Waits for a running pipeline to perform `request`; undefined when its holder is gone before finishing it. */
  private async awaitRequest(request: SnapshotRequest): Promise<SnapshotOutcome | undefined> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.runtime.config.locks.poll_ms, 500)));
      const now = await readRequest(this.runtime, this.sourceName, request.id);
      if (now?.status === 'done') {
        await deleteRequest(this.runtime, now);
        return { performedBy: 'running-pipeline', tables: now.result ?? [] };
      }
      if (now?.status === 'failed') {
        await deleteRequest(this.runtime, now);
        throw new LakeError(now.error?.message ?? 'the snapshot failed', { kind: 'replication', retry: now.error?.retry ?? 'needs-person', remedy: now.error?.remedy });
      }
      // Still pending or running: go on waiting while a live owner holds the source.
      if (!(await this.leaseHeldByLiveOwner())) return undefined;
    }
  }

  /** Whether a live process holds the source's lease now; never takes it. */
  private async leaseHeldByLiveOwner(): Promise<boolean> {
    const record = parseLock(await this.runtime.storage.readText(cdcSourceLeaseKey(this.sourceName)));
    return record !== undefined && staleReason(record, Date.now(), this.runtime.config.locks.stale_after_ms) === undefined;
  }

  /** The snapshot itself, by the lease holder. */
  private async snapshotHere(tables: string[] | null): Promise<SnapshotTableResult[]> {
    this.copied = [];
    const admin = (this.admin ??= await connect(this.config.connection));
    const slot = await slotInfo(admin, this.config.slot);
    const existing = await readCdcState(this.runtime, this.sourceName);
    if (!slot || !existing) {
      if (tables) {
        throw new LakeError(`replication slot ${this.config.slot} does not exist: a single table cannot be re-snapshotted`, {
          kind: 'replication',
          retry: 'needs-person',
          remedy: `run \`lake snapshot --source ${this.sourceName}\` without --table to rebuild every table`,
        });
      }
      await this.runtime.storage.delete(cdcStateKey(this.sourceName));
      await closeQuietly(this.admin);
      this.admin = undefined;
      await this.prepare();
      return this.copied;
    }
    this.state = existing;
    await this.resnapshotNamed(tables);
    return this.copied;
  }

  /** Re-snapshots the named tables (lake names or schema.table; null: all) of the current state. */
  private async resnapshotNamed(tables: string[] | null): Promise<void> {
    const names = tables ?? Object.keys(this.state.tables);
    const resolved = names.map((name) => {
      const match = Object.entries(this.state.tables).find(([lake, t]) => lake === name || t.source_table === name || t.source_table === `public.${name}`);
      if (!match) {
        throw new LakeError(`'${name}' is not a table of source ${this.sourceName}`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: `tables: ${Object.values(this.state.tables).map((t) => t.source_table).join(', ')}`,
        });
      }
      return match[0];
    });
    for (const name of resolved) await this.resnapshot(name);
  }

  /** Performs the `lake snapshot` requests waiting for this source, oldest first. Only the lease holder calls it. */
  private async performRequests(): Promise<void> {
    for (const request of await unfinishedRequests(this.runtime, this.sourceName)) {
      if (this.stopping) return;
      await saveRequest(this.runtime, { ...request, status: 'running', started_at: new Date().toISOString() });
      this.copied = [];
      try {
        await this.resnapshotNamed(request.tables);
        const tables = this.copied.map((t) => t.table);
        await this.options.afterSnapshot?.(tables);
        await saveRequest(this.runtime, { ...request, status: 'done', result: this.copied, finished_at: new Date().toISOString() });
        this.onEvent({ type: 'snapshot.request', id: request.id, status: 'done', tables });
      } catch (thrown) {
        const error = toLakeError(thrown);
        await saveRequest(this.runtime, {
          ...request,
          status: 'failed',
          result: this.copied,
          error: { message: error.message, remedy: error.remedy, retry: error.retry },
          finished_at: new Date().toISOString(),
        });
        this.onEvent({ type: 'snapshot.request', id: request.id, status: 'failed', tables: this.copied.map((t) => t.table) });
        // The request is answered; a broken connection still means reconnecting.
        if (error.retry === 'automatic') throw error;
      }
    }
  }

  /** Copies one table again in a fresh snapshot (a temporary slot pins its LSN); silver restarts the table from it. */
  private async resnapshot(name: string): Promise<void> {
    const table = this.state.tables[name];
    if (!table) throw new LakeError(`unknown CDC table '${name}'`, { kind: 'config', retry: 'needs-person' });
    table.snapshot = 'pending';
    await this.saveState();
    const slot = `lake_snap_${Math.random().toString(16).slice(2, 12)}`;
    const exported = await createSlotWithSnapshot(this.config.connection, slot, true);
    try {
      await this.copyTable(name, parseTableRef(table.source_table), exported.snapshotName, exported.consistentPoint);
    } finally {
      await closeQuietly(exported.holder);
    }
  }

  /** COPY of the table in the exported snapshot, file by file into bronze as `r` rows with `_seq` counting across the table. */
  private async copyTable(name: string, ref: TableRef, snapshotName: string, lsn: Lsn): Promise<void> {
    const primaryKey = this.state.tables[name].primary_key;
    let columns: ColumnInfo[] = [];
    let shape: TableShape | undefined;
    const commitMs = Date.now();
    let rows = 0;
    await copyTableInSnapshot({
      connection: this.config.connection,
      snapshotName,
      table: ref,
      onColumns: (seen) => {
        columns = seen;
        shape = { table: name, version: nextShapeVersion(), columns: seen.map((c) => ({ ...c, isKey: primaryKey.includes(c.name) })) };
      },
      dir: path.join(this.workDir(), `snapshot-${name}`),
      fileBytes: SNAPSHOT_FILE_BYTES,
      onFile: async (csvPath) => {
        const written = await writeSnapshotCsv(this.runtime.engine, this.runtime.storage, this.workDir(), {
          shape: shape!,
          lsn,
          commitMs,
          firstSeq: rows,
          csvPath,
          targetBytes: this.config.bronze.target_file_mb * 1024 * 1024,
        });
        rows += written.rows;
        // Produced before the table's snapshot is recorded as done: a crash copies and produces it again.
        if (this.config.kafka?.snapshot) this.produced(await (await this.kafkaSink()).sendSnapshot(written.files, shape!, commitMs));
      },
    });
    this.state.tables[name] = {
      ...this.state.tables[name],
      snapshot: 'done',
      snapshot_lsn: formatLsn(lsn),
      columns: columns.map(({ name: column, typeOid, typeMod }) => ({ name: column, typeOid, typeMod })),
      failed: undefined,
    };
    await this.saveState();
    this.copied.push({ table: name, rows, lsn: formatLsn(lsn) });
    this.onEvent({ type: 'snapshot.table', table: name, rows, lsn });
  }

  private workDir(): string {
    return path.join(this.runtime.workDir, `${process.pid}-cdc-${this.sourceName}`);
  }

  private async saveState(): Promise<void> {
    this.state.updated_at = new Date().toISOString();
    await this.runtime.storage.writeText(cdcStateKey(this.sourceName), JSON.stringify(this.state, null, 2));
  }

  /**
   * Streams until stop() (then what was received and committed is written first) or a failure. Between
   * batches it looks for `lake snapshot` requests. `onProgress` is told each recorded position.
   */
  private async stream(onProgress: () => void): Promise<void> {
    const from = this.flushedLsn;
    const source = (this.source = await (this.options.openSource ?? PgChangeSource.open)({
      connection: this.config.connection,
      slot: this.config.slot,
      publication: this.config.publication,
      from,
      tables: this.publishedTables,
      maxChanges: this.config.flush.max_changes,
      intervalMs: this.config.flush.interval_ms,
      spillChanges: this.config.spill_changes,
      signal: this.stopSignal.signal,
    }));
    this.onEvent({ type: 'streaming', from });
    this.heartbeatTimer = setInterval(() => {
      if (this.admin) void emitHeartbeat(this.admin).catch(() => {});
    }, this.config.heartbeat_ms);
    const leaseLost = this.leaseLost();
    const pollMs = this.runtime.config.locks.poll_ms;
    let nextBatch = source.next();
    let ending = false;
    let nextPoll = Date.now() + pollMs;
    for (;;) {
      if (this.stopping && !ending) {
        ending = true;
        source.end();
      }
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<'tick'>((resolve) => (timer = setTimeout(() => resolve('tick'), Math.max(0, nextPoll - Date.now()))));
      // Graceful stop: what was received and committed is written and confirmed, then the stream ends.
      const stop = ending ? new Promise<never>(() => {}) : this.stopRequested.then(() => 'stop' as const);
      const got = await Promise.race([nextBatch.then((batch) => ({ batch })), tick, stop, leaseLost]).finally(() => clearTimeout(timer));
      if (got === 'stop') continue;
      if (got === 'tick') {
        nextPoll = Date.now() + pollMs;
        if (!ending) await this.performRequests();
        continue;
      }
      if (got.batch === undefined) return;
      await this.apply(source, got.batch, onProgress);
      nextBatch = source.next();
    }
  }

  /** write → record → confirm, for one batch. */
  private async apply(source: ChangeSource, batch: ChangeBatch, onProgress: () => void): Promise<void> {
    for (const relation of batch.relations) this.observeSchema(relation);
    const files = batch.changes.length > 0 ? await writeChanges(this.runtime.engine, this.runtime.storage, this.workDir(), batch.changes) : [];
    // Durable first: bronze, then Kafka's acknowledgement of every change (`acks: -1`), then the position.
    if (this.config.kafka && batch.changes.length > 0) this.produced(await (await this.kafkaSink()).send(batch.changes, this.kafkaCopies()));
    if (batch.endLsn === undefined) {
      // A spill: durable, but not committed; its tables are named with the commit that covers them.
      for (const file of files) this.spilledTables.add(file.table);
      return;
    }
    if (batch.endLsn <= this.flushedLsn && batch.changes.length === 0) return;
    const lsn = batch.endLsn > this.flushedLsn ? batch.endLsn : this.flushedLsn;
    await this.record(lsn, batch.commitMs);
    source.confirm(lsn);
    onProgress();
    if (batch.commitMs === undefined && files.length === 0) {
      this.onEvent({ type: 'heartbeat.acknowledged', lsn });
      return;
    }
    const tables = new Set([...this.spilledTables, ...files.map((f) => f.table)]);
    this.spilledTables.clear();
    this.onEvent({ type: 'flushed', lsn, rows: batch.changes.length, files: files.length, tables: [...tables] });
  }

  /** Per table, the LSN of its copy when copies are produced to Kafka (`kafka.snapshot`): the sink leaves out older changes the copy holds. */
  private kafkaCopies(): Map<string, Lsn> {
    const copies = new Map<string, Lsn>();
    if (!this.config.kafka?.snapshot) return copies;
    for (const [table, info] of Object.entries(this.state.tables)) {
      if (info.snapshot === 'done' && info.snapshot_lsn) copies.set(table, parseLsn(info.snapshot_lsn));
    }
    return copies;
  }

  /** The Kafka sink of this connection, opened on first use (src/sinks/kafka). */
  private async kafkaSink(): Promise<KafkaSink> {
    if (this.sink) return this.sink;
    const admin = (this.admin ??= await connect(this.config.connection));
    const database = String((await admin.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db);
    this.sink = await KafkaSink.open({
      source: this.sourceName,
      config: this.config.kafka!,
      database,
      tables: new Map(Object.entries(this.state.tables).map(([name, t]) => [name, { sourceTable: t.source_table, primaryKey: t.primary_key }])),
      engine: this.runtime.engine,
      storage: this.runtime.storage,
    });
    return this.sink;
  }

  private produced(report: ProducedReport): void {
    if (report.messages > 0) this.onEvent({ type: 'kafka.produced', messages: report.messages, topics: report.byTopic, unavailable: report.unavailable });
  }

  /** Records renames and changes silver cannot follow; persisted with the next recorded position. */
  private observeSchema(relation: RelationSeen): void {
    const table = this.state.tables[relation.table];
    if (!table) return;
    // Transactions the table's latest snapshot already contains say nothing about its current shape.
    if (relation.lsn !== undefined && table.snapshot_lsn && relation.lsn <= parseLsn(table.snapshot_lsn)) return;
    const now: ColumnDef[] = relation.columns.map(({ name, typeOid, typeMod }) => ({ name, typeOid, typeMod }));
    if (table.columns) {
      const at = formatLsn(relation.lsn ?? this.flushedLsn);
      for (const change of diffColumns(table.columns, now)) {
        if (change.kind === 'rename' && !table.renames?.some((r) => r.from === change.from && r.to === change.to)) {
          (table.renames ??= []).push({ from: change.from, to: change.to, at_lsn: at });
        }
        if (change.kind === 'incompatible') table.failed = `column ${change.column}: ${change.reason}`;
      }
    }
    table.columns = now;
  }

  /**
   * Moves the durable position: first the state file, then (only then) the in-memory position that
   * readers of `flushedLsn` see; the caller confirms to Postgres after.
   */
  private async record(lsn: Lsn, commitMs?: number): Promise<void> {
    const next: CdcState = {
      ...this.state,
      flushed_lsn: formatLsn(lsn),
      last_commit_at: commitMs !== undefined ? new Date(commitMs).toISOString() : this.state.last_commit_at,
      updated_at: new Date().toISOString(),
    };
    await this.runtime.storage.writeText(cdcStateKey(this.sourceName), JSON.stringify(next, null, 2));
    this.state = next;
  }
}
