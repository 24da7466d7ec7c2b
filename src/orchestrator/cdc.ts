/**
 * The CDC pipeline of one `postgres` source: snapshot, then stream, into bronze.
 *
 *   starting ─▶ snapshotting (tables pending in state) ─▶ streaming ─▶ stopped
 *                    ▲                                        │ connection lost / Postgres restart
 *                    └──────── reconnect with backoff ◀───────┘
 *
 * The durability contract: the position acknowledged to Postgres (and recorded in
 * `_lake/cdc/<source>/state.json`) advances only after every change up to it is in a published bronze
 * file, and never moves backward. Everything after it is re-sent by Postgres after a crash; bronze may
 * then hold a change twice, and silver keeps it once by (`_lsn`, `_seq`). Silver applies only changes at
 * or below the recorded position, so a transaction is visible whole or not at all.
 *
 * Memory is bounded: the stream is paused while a flush runs (flow control), committed changes are
 * flushed at `flush.max_changes`, and an open transaction larger than `spill_changes` is written out
 * early (still invisible to silver until its commit is flushed).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { LogicalReplicationService } from 'pg-logical-replication';
import type pg from 'pg';
import { writeChanges, type CdcRow, type TableShape } from '../bronze/cdc.ts';
import { cdcTableName, type PostgresSourceConfig } from '../config/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import { backoffDelay } from '../errors/retry.ts';
import {
  columnsOf,
  connect,
  createSlotWithSnapshot,
  emitHeartbeat,
  ensurePublication,
  formatLsn,
  parseLsn,
  parseTableRef,
  PgoutputDecoder,
  primaryKeyOf,
  readTableInSnapshot,
  slotInfo,
  tableExists,
  translatePgError,
  type Lsn,
  type PgoutputMessage,
  type Relation,
  type TableRef,
  UNCHANGED_TOAST,
  closeQuietly,
} from '../ingest/postgres/index.ts';
import { diffColumns, type ColumnDef } from './cdc-schema.ts';
import type { LakeRuntime } from './runtime.ts';

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

export function cdcStateKey(source: string): string {
  return `_lake/cdc/${source}/state.json`;
}

export async function readCdcState(runtime: Pick<LakeRuntime, 'storage'>, source: string): Promise<CdcState | undefined> {
  const text = await runtime.storage.readText(cdcStateKey(source));
  return text ? (JSON.parse(text) as CdcState) : undefined;
}

export type CdcEvent =
  | { type: 'snapshot.table'; table: string; rows: number; lsn: Lsn }
  | { type: 'flushed'; lsn: Lsn; rows: number; files: number; tables: string[] }
  | { type: 'heartbeat.acknowledged'; lsn: Lsn }
  | { type: 'reconnecting'; attempt: number; delayMs: number; error: LakeError }
  | { type: 'streaming'; from: Lsn };

interface OpenTransaction {
  lsn: Lsn;
  xid: number;
  commitMs: number;
  seq: number;
  rows: CdcRow[];
}

const SNAPSHOT_BATCH = 50_000;
/** Reconnect backoff: quick at first, at most every 30 s, forever (the daemon must outlive outages). */
const RECONNECT = { attempts: Number.POSITIVE_INFINITY, baseDelayMs: 250, maxDelayMs: 30_000 };

export class CdcPipeline {
  private readonly config: PostgresSourceConfig;
  private state!: CdcState;
  private shapes = new Map<number, TableShape>();
  private lakeNameByRelation = new Map<string, string>();
  private txn: OpenTransaction | undefined;
  private pending: CdcRow[] = [];
  private lastCommitEnd: Lsn | undefined;
  private lastCommitMs: number | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private service: LogicalReplicationService | undefined;
  private admin: pg.Client | undefined;
  private timers: NodeJS.Timeout[] = [];
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private shapeVersion = 0;
  private requestStop!: () => void;
  /** Resolves when stop() is called: what the stream waits on besides its own end or failure. */
  private readonly stopRequested = new Promise<void>((resolve) => (this.requestStop = resolve));
  /** Most changes held in memory at once (open transaction plus unflushed commits): the memory bound, observable. */
  peakBufferedChanges = 0;

  constructor(
    private readonly runtime: LakeRuntime,
    readonly sourceName: string,
    private readonly onEvent: (event: CdcEvent) => void = () => {},
  ) {
    const source = runtime.config.sources[sourceName];
    if (!source || source.type !== 'postgres') {
      throw new LakeError(`'${sourceName}' is not a postgres source`, { kind: 'config', retry: 'needs-person' });
    }
    this.config = source;
    for (const table of source.tables) {
      const ref = parseTableRef(table.name);
      this.lakeNameByRelation.set(`${ref.schema}.${ref.name}`, cdcTableName(table));
    }
  }

  /** The acknowledged position; -1 before the pipeline has prepared its state. */
  get flushedLsn(): Lsn {
    return this.state ? parseLsn(this.state.flushed_lsn) : -1n;
  }

  /** Runs until `stop()`: prepares, snapshots what is pending, then streams, reconnecting on failure. */
  start(): Promise<void> {
    this.stopped ??= this.run();
    return this.stopped;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.requestStop();
    this.wake?.();
    await closeQuietly(this.service);
    await this.stopped?.catch(() => {});
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.stopping) {
      try {
        await this.prepare();
        attempt = 0;
        await this.stream();
      } catch (thrown) {
        const error = toLakeError(thrown);
        if (this.stopping) break;
        if (error.retry !== 'automatic') throw error;
        attempt++;
        const delayMs = backoffDelay(RECONNECT, attempt);
        this.onEvent({ type: 'reconnecting', attempt, delayMs, error });
        await this.sleep(delayMs);
      } finally {
        await this.teardown();
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async teardown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await closeQuietly(this.service);
    this.service = undefined;
    await closeQuietly(this.admin);
    this.admin = undefined;
    // Unflushed changes are dropped: they were never acknowledged, so Postgres sends them again.
    this.txn = undefined;
    this.pending = [];
    this.lastCommitEnd = undefined;
  }

  /** Publication, keys, slot and snapshot: everything before streaming can start. */
  private async prepare(): Promise<void> {
    const admin = (this.admin = await connect(this.config.connection));
    const refs: TableRef[] = [];
    const tables: Record<string, CdcTableState> = {};
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
          remedy: `declare one with primary_key under sources.${this.sourceName}.tables, or add a primary key to the table`,
        });
      }
      refs.push(ref);
      tables[cdcTableName(table)] = { source_table: `${ref.schema}.${ref.name}`, primary_key: key, snapshot: 'pending' };
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
      for (const ref of refs) {
        const name = this.lakeNameByRelation.get(`${ref.schema}.${ref.name}`)!;
        await this.copyTable(name, ref, exported.snapshotName, exported.consistentPoint);
      }
    } finally {
      await closeQuietly(exported.holder);
    }
  }

  /**
   * `lake snapshot`: copies the named tables (default: all) again, each in a fresh snapshot. When the
   * slot is gone (dropped, or invalidated and dropped), it is recreated and every table is copied in its
   * exported snapshot, so streaming restarts consistently from there.
   */
  async snapshot(tables?: string[]): Promise<void> {
    try {
      const admin = (this.admin = await connect(this.config.connection));
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
        await this.prepare();
        return;
      }
      this.state = existing;
      const names = tables ?? Object.keys(existing.tables);
      for (const name of names) {
        const match = Object.entries(existing.tables).find(([lake, t]) => lake === name || t.source_table === name || t.source_table === `public.${name}`);
        if (!match) {
          throw new LakeError(`'${name}' is not a table of source ${this.sourceName}`, {
            kind: 'config',
            retry: 'needs-person',
            remedy: `tables: ${Object.values(existing.tables).map((t) => t.source_table).join(', ')}`,
          });
        }
        await this.resnapshot(match[0]);
      }
    } finally {
      await this.teardown();
    }
  }

  /** Copies one table again in a fresh snapshot (a temporary slot pins its LSN); silver restarts the table from it. */
  async resnapshot(name: string): Promise<void> {
    const table = this.state.tables[name];
    if (!table) throw new LakeError(`unknown CDC table '${name}'`, { kind: 'config', retry: 'needs-person' });
    table.snapshot = 'pending';
    await this.saveState();
    const exported = await createSlotWithSnapshot(this.config.connection, `lake_snap_${randomBytes(5).toString('hex')}`, true);
    try {
      await this.copyTable(name, parseTableRef(table.source_table), exported.snapshotName, exported.consistentPoint);
    } finally {
      await closeQuietly(exported.holder);
    }
  }

  private async copyTable(name: string, ref: TableRef, snapshotName: string, lsn: Lsn): Promise<void> {
    const admin = this.admin!;
    const columns = await columnsOf(admin, ref);
    const shape: TableShape = {
      table: name,
      version: ++this.shapeVersion,
      columns: columns.map((c) => ({ ...c, isKey: this.state.tables[name].primary_key.includes(c.name) })),
    };
    const commitMs = Date.now();
    let seq = 0;
    for await (const batch of readTableInSnapshot(this.config.connection, snapshotName, ref, SNAPSHOT_BATCH)) {
      const order = shape.columns.map((c) => batch.columns.indexOf(c.name));
      const rows: CdcRow[] = batch.rows.map((values) => ({
        shape,
        op: 'r',
        lsn,
        xid: 0,
        commitMs,
        seq: seq++,
        values: order.map((i) => values[i]),
      }));
      await writeChanges(this.runtime.engine, this.runtime.storage, this.workDir(), rows);
    }
    this.state.tables[name] = {
      ...this.state.tables[name],
      snapshot: 'done',
      snapshot_lsn: formatLsn(lsn),
      columns: columns.map(({ name: column, typeOid, typeMod }) => ({ name: column, typeOid, typeMod })),
      failed: undefined,
    };
    await this.saveState();
    this.onEvent({ type: 'snapshot.table', table: name, rows: seq, lsn });
  }

  private workDir(): string {
    return path.join(this.runtime.workDir, `${process.pid}-cdc-${this.sourceName}`);
  }

  private async saveState(): Promise<void> {
    this.state.updated_at = new Date().toISOString();
    await this.runtime.storage.writeText(cdcStateKey(this.sourceName), JSON.stringify(this.state, null, 2));
  }

  private async stream(): Promise<void> {
    const from = this.flushedLsn;
    const service = (this.service = new LogicalReplicationService(
      { connectionString: this.config.connection },
      // Acknowledgements are ours alone: never the library's timer, which would confirm unflushed data.
      { acknowledge: { auto: false, timeoutSeconds: 0 }, flowControl: { enabled: true } },
    ));
    const failed = new Promise<never>((_, reject) => {
      service.on('error', (error: Error) => reject(translatePgError(error, 'replication stream failed')));
    });
    service.on('data', async (_lsn: string, message: PgoutputMessage) => {
      await this.handle(message);
    });
    service.on('heartbeat', async (_lsn: string, _timestamp: number, shouldRespond: boolean) => {
      if (shouldRespond) await this.acknowledge(this.flushedLsn);
    });
    this.timers.push(
      setInterval(() => {
        const moved = this.lastCommitEnd !== undefined && this.lastCommitEnd > this.flushedLsn;
        if (this.pending.length > 0 || moved) void this.flush().catch((error) => service.emit('error', error));
      }, this.config.flush.interval_ms),
      setInterval(() => {
        if (this.admin) void emitHeartbeat(this.admin).catch(() => {});
      }, this.config.heartbeat_ms),
    );
    // Announced once the server has started replication, so a stop() after it finds the connection up.
    service.on('start', () => this.onEvent({ type: 'streaming', from }));
    const decoder = new PgoutputDecoder({ publicationNames: [this.config.publication], messages: true });
    const ended = service.subscribe(decoder as never, this.config.slot, formatLsn(from)).then(() => {
      if (!this.stopping) throw new LakeError('replication stream ended', { kind: 'replication', retry: 'automatic' });
    });
    try {
      await Promise.race([ended, failed, this.stopRequested]);
    } catch (error) {
      throw translatePgError(error, 'replication stream failed');
    }
    // Graceful stop: publish what has been received and committed, then acknowledge it.
    await this.flush();
  }

  private async handle(message: PgoutputMessage): Promise<void> {
    switch (message.tag) {
      case 'relation':
        this.onRelation(message.relation);
        return;
      case 'begin':
        this.txn = { lsn: message.finalLsn, xid: message.xid, commitMs: pgMicrosToMs(message.commitTime), seq: 0, rows: [] };
        return;
      case 'insert':
      case 'update':
      case 'delete': {
        const shape = this.shapes.get(message.relationOid);
        if (!shape || !this.txn) return;
        const txn = this.txn;
        const push = (op: CdcRow['op'], values: CdcRow['values']) =>
          txn.rows.push({ shape, op, lsn: txn.lsn, xid: txn.xid, commitMs: txn.commitMs, seq: txn.seq++, values });
        if (message.tag === 'insert') push('c', message.values);
        else if (message.tag === 'delete') push('d', message.oldKey ?? message.oldFull ?? null);
        else {
          // A changed key arrives as the old key plus the new row: a delete of the old key, then the row.
          if (message.oldKey) push('d', message.oldKey);
          // Under REPLICA IDENTITY FULL the old row carries every value: fill unchanged TOAST from it.
          const values = message.oldFull
            ? message.values.map((v, i) => (v === UNCHANGED_TOAST ? message.oldFull![i] : v))
            : message.values;
          push('u', values);
        }
        const held = txn.rows.length + this.pending.length;
        if (held > this.peakBufferedChanges) this.peakBufferedChanges = held;
        if (txn.rows.length >= this.config.spill_changes) await this.spill();
        return;
      }
      case 'truncate': {
        if (!this.txn) return;
        for (const oid of message.relationOids) {
          const shape = this.shapes.get(oid);
          if (shape) this.txn.rows.push({ shape, op: 't', lsn: this.txn.lsn, xid: this.txn.xid, commitMs: this.txn.commitMs, seq: this.txn.seq++, values: null });
        }
        return;
      }
      case 'commit': {
        const txn = this.txn;
        this.txn = undefined;
        if (txn) for (const row of txn.rows) this.pending.push(row);
        this.lastCommitEnd = message.endLsn;
        if (txn) this.lastCommitMs = txn.commitMs;
        if (this.pending.length >= this.config.flush.max_changes) await this.flush();
        return;
      }
      case 'message':
        // Our heartbeat (or any non-transactional message): with nothing buffered, everything before it
        // is flushed, so the slot may advance to it.
        if (!message.transactional && !this.txn && this.pending.length === 0) {
          await this.flushing;
          if (this.pending.length === 0 && message.lsn > this.flushedLsn) {
            await this.advance(message.lsn);
            this.onEvent({ type: 'heartbeat.acknowledged', lsn: message.lsn });
          }
        }
        return;
      default:
        return;
    }
  }

  private onRelation(relation: Relation): void {
    const name = this.lakeNameByRelation.get(`${relation.schema}.${relation.name}`);
    if (!name) return;
    const previous = this.shapes.get(relation.oid);
    const same =
      previous &&
      previous.columns.length === relation.columns.length &&
      previous.columns.every((c, i) => c.name === relation.columns[i].name && c.typeOid === relation.columns[i].typeOid && c.typeMod === relation.columns[i].typeMod);
    if (!same) this.shapes.set(relation.oid, { table: name, version: ++this.shapeVersion, columns: relation.columns });
    this.observeSchema(name, relation);
  }

  /** Records renames and changes silver cannot follow; persisted with the next flush's state. */
  private observeSchema(name: string, relation: Relation): void {
    const table = this.state.tables[name];
    if (!table) return;
    const now: ColumnDef[] = relation.columns.map(({ name: column, typeOid, typeMod }) => ({ name: column, typeOid, typeMod }));
    if (table.columns) {
      const at = formatLsn(this.txn?.lsn ?? this.flushedLsn);
      for (const change of diffColumns(table.columns, now)) {
        if (change.kind === 'rename' && !table.renames?.some((r) => r.from === change.from && r.to === change.to)) {
          (table.renames ??= []).push({ from: change.from, to: change.to, at_lsn: at });
        }
        if (change.kind === 'incompatible') table.failed = `column ${change.column}: ${change.reason}`;
      }
    }
    table.columns = now;
  }

  /** An open transaction too large for memory goes to bronze now; silver will not see it before its commit is flushed. */
  private async spill(): Promise<void> {
    const txn = this.txn!;
    const rows = txn.rows;
    txn.rows = [];
    await writeChanges(this.runtime.engine, this.runtime.storage, this.workDir(), rows);
  }

  /** Publishes buffered committed changes, then records and acknowledges their position. Serialised. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const end = this.lastCommitEnd;
      if (end === undefined || end <= this.flushedLsn) {
        if (this.pending.length === 0) return;
      }
      const rows = this.pending;
      this.pending = [];
      const files = rows.length > 0 ? await writeChanges(this.runtime.engine, this.runtime.storage, this.workDir(), rows) : [];
      if (end !== undefined && end > this.flushedLsn) await this.advance(end, this.lastCommitMs);
      this.onEvent({ type: 'flushed', lsn: this.flushedLsn, rows: rows.length, files: files.length, tables: [...new Set(files.map((f) => f.table))] });
    });
    return this.flushing;
  }

  /**
   * Moves the durable position: first the state file, then (only then) the in-memory position that
   * readers of `flushedLsn` see, then the acknowledgement to Postgres.
   */
  private async advance(lsn: Lsn, commitMs?: number): Promise<void> {
    const next: CdcState = {
      ...this.state,
      flushed_lsn: formatLsn(lsn),
      last_commit_at: commitMs !== undefined ? new Date(commitMs).toISOString() : this.state.last_commit_at,
      updated_at: new Date().toISOString(),
    };
    await this.runtime.storage.writeText(cdcStateKey(this.sourceName), JSON.stringify(next, null, 2));
    this.state = next;
    await this.acknowledge(lsn);
  }

  private async acknowledge(lsn: Lsn): Promise<void> {
    // pg-logical-replication reports lsn + 1 as flushed; Postgres skips transactions whose commit starts
    // before the confirmed position, so hand it lsn - 1 to confirm exactly `lsn`.
    await this.service?.acknowledge(formatLsn(lsn - 1n));
  }
}

function pgMicrosToMs(micros: bigint): number {
  return Number(micros / 1000n) + 946_684_800_000;
}
