/**
 * The Postgres side of CDC as seen by the durable loop: a `ChangeSource` hands out batches of committed
 * transactions and takes confirmations. `PgChangeSource` implements it over logical replication
 * (replication.ts for the socket, pgoutput.ts for decoding, transactions.ts for assembly).
 *
 * Batching: a batch is handed out as soon as the stream is caught up (a commit arrived and the socket
 * stayed quiet for CAUGHT_UP_IDLE_MS), but not more often than MIN_BATCH_SPACING_MS, so light load sees
 * low latency and a steady trickle does not become one file per transaction; while the stream keeps
 * delivering, changes gather until `maxChanges` or until the oldest has waited `intervalMs`, so heavy
 * load makes large batches. While a full batch waits for the consumer, the socket is not read (see
 * replication.ts): memory holds at most `maxChanges` committed changes plus `spillChanges` of the open
 * transaction.
 */
import { LakeError } from '../../errors/index.ts';
import type { CdcRow, Lsn, RelationColumn } from '../../changes/index.ts';
import { decodePgoutput } from './pgoutput.ts';
import { ReplicationStream } from './replication.ts';
import { TransactionAssembler, type PublishedTable } from './transactions.ts';

export interface RelationSeen {
  table: string;
  columns: RelationColumn[];
  /** Commit LSN of the transaction the relation message came in. */
  lsn: Lsn | undefined;
}

export interface ChangeBatch {
  /** In commit order, then `seq`. A committed transaction is never split across batches, except by spills. */
  changes: CdcRow[];
  /**
   * Where the stream may be confirmed once these changes and every batch before them are durable: the
   * end LSN of the batch's last commit, or a later position with nothing of ours in between (a
   * heartbeat). Undefined for a spill, the part of a transaction still open, which must not be confirmed.
   */
  endLsn?: Lsn;
  /** Commit time (ms since the epoch) of the batch's last transaction; undefined for a spill or a bare position. */
  commitMs?: number;
  /** Table shapes announced in this batch, in stream order, for schema tracking. */
  relations: RelationSeen[];
}

/**
 * The contract between a CDC source and the durable loop:
 * - `next()` resolves with the next batch, in stream order, once one is ready. Batches are committed
 *   transactions (or a spilled part of a large open transaction, with no `endLsn`). It rejects with a
 *   LakeError when the stream fails; its `retry` says whether reconnecting can help. After `end()` it
 *   hands out what was already received and committed, then resolves undefined. One call at a time.
 * - `confirm(lsn)` says everything at or below `lsn` is durable; the source may then forget it and tells
 *   the server, so the server may discard it. The loop calls it only after a durable write of every
 *   batch up to that position. A lower position than one already confirmed is ignored: the confirmed
 *   position never moves backward.
 * - Delivery is at least once: after `close()` (or a crash) a new source starting at the confirmed
 *   position gets everything after it again, with the same (`lsn`, `seq`) for each change.
 */
export interface ChangeSource {
  next(): Promise<ChangeBatch | undefined>;
  confirm(lsn: Lsn): void;
  end(): void;
  close(): Promise<void>;
  /** Most changes held in memory at once (open transaction plus committed, not yet handed out). */
  readonly peakBufferedChanges: number;
}

export interface PgChangeSourceOptions {
  connection: string;
  slot: string;
  publication: string;
  /** The confirmed position to stream from. */
  from: Lsn;
  /** `schema.name` → lake table and primary key; other tables are dropped. */
  tables: Map<string, PublishedTable>;
  /** Committed changes gathered before a batch is handed out regardless of the stream. */
  maxChanges: number;
  /** Longest a received commit waits for the stream to catch up before its batch is handed out. */
  intervalMs: number;
  spillChanges: number;
  /** Aborting gives up connecting. */
  signal?: AbortSignal;
}

/** Quiet time on the socket after a commit that counts as caught up: long enough for the rest of a burst already on the wire. */
export const CAUGHT_UP_IDLE_MS = 5;
/** At most five caught-up batches a second (unless `intervalMs` is shorter): a trickle of one-row transactions becomes files of a few hundred ms each. */
export const MIN_BATCH_SPACING_MS = 200;
/** Status updates this often even when nothing moves, as pg_recvlogical does, so `wal_sender_timeout` never cuts a slow consumer off. */
export const STATUS_INTERVAL_MS = 10_000;

interface Ready {
  changes: CdcRow[];
  endLsn?: Lsn;
  commitMs?: number;
  relations: RelationSeen[];
  /** When the oldest commit in it arrived. */
  since?: number;
}

export class PgChangeSource implements ChangeSource {
  peakBufferedChanges = 0;
  private readonly assembler: TransactionAssembler;
  private ready: Ready = { changes: [], relations: [] };
  private spills: ChangeBatch[] = [];
  /** Relations of the open transaction: they travel with its changes. */
  private txnRelations: RelationSeen[] = [];
  private confirmed: Lsn;
  /** Highest `endLsn` handed out: a later position must not fall below it. */
  private handedOut: Lsn;
  private waiter: { resolve: (batch: ChangeBatch | undefined) => void; reject: (error: unknown) => void } | undefined;
  private failure: unknown;
  private ended = false;
  private caughtUp = false;
  private pumping = false;
  private lastRelease = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private releaseTimer: NodeJS.Timeout | undefined;
  private readonly statusTimer: NodeJS.Timeout;

  private constructor(
    private readonly stream: ReplicationStream,
    private readonly options: PgChangeSourceOptions,
  ) {
    this.confirmed = this.handedOut = options.from;
    this.assembler = new TransactionAssembler({ tables: options.tables, spillChanges: options.spillChanges });
    stream.failed.catch((error) => this.fail(error));
    stream.onReadable(() => this.pump());
    this.statusTimer = setInterval(() => this.stream.sendStatus(this.confirmed), STATUS_INTERVAL_MS);
    this.statusTimer.unref();
  }

  /** Connects and starts streaming after `options.from`; resolves once the server streams. */
  static async open(options: PgChangeSourceOptions): Promise<PgChangeSource> {
    const stream = await ReplicationStream.open({ connection: options.connection, slot: options.slot, publications: [options.publication], from: options.from, signal: options.signal });
    const source = new PgChangeSource(stream, options);
    source.pump();
    return source;
  }

  next(): Promise<ChangeBatch | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new LakeError('ChangeSource.next() called while a call is pending', { kind: 'internal', retry: 'never' }));
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.release();
    });
  }

  confirm(lsn: Lsn): void {
    if (lsn <= this.confirmed) return;
    this.confirmed = lsn;
    this.stream.sendStatus(lsn);
  }

  end(): void {
    this.ended = true;
    this.release();
  }

  async close(): Promise<void> {
    this.ended = true;
    this.clearTimers();
    clearInterval(this.statusTimer);
    await this.stream.close();
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = error;
    this.clearTimers();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }

  /** Reads and assembles buffered messages until the buffer is empty or a batch waits for the consumer. */
  private pump(): void {
    if (this.pumping || this.failure) return;
    this.pumping = true;
    try {
      while (!this.blocked()) {
        const message = this.stream.read();
        if (message === null) {
          this.armIdle();
          break;
        }
        this.caughtUp = false;
        if (this.idleTimer) clearTimeout(this.idleTimer);
        this.idleTimer = undefined;
        if (message.kind === 'keepalive') {
          if (message.replyRequested) this.stream.sendStatus(this.confirmed);
        } else if (message.kind === 'xlog') {
          this.handle(message.payload);
        }
      }
    } catch (error) {
      // A message lake cannot decode would fail the same way after every reconnect.
      this.fail(
        new LakeError(`cannot decode the replication stream: ${(error as Error).message}`, {
          kind: 'replication',
          retry: 'needs-person',
          remedy: 'report this as a lake bug, with the Postgres version and the table definition',
          cause: error,
        }),
      );
    } finally {
      this.pumping = false;
    }
    this.release();
  }

  private blocked(): boolean {
    return this.ended || this.spills.length > 0 || this.ready.changes.length >= this.options.maxChanges;
  }

  private handle(payload: Buffer): void {
    const out = this.assembler.push(decodePgoutput(payload));
    if (!out) return;
    switch (out.kind) {
      case 'relation':
        (this.assembler.inTransaction ? this.txnRelations : this.ready.relations).push({ table: out.table, columns: out.columns, lsn: out.lsn });
        break;
      case 'spill':
        this.spills.push({ changes: out.changes, relations: this.txnRelations });
        this.txnRelations = [];
        break;
      case 'commit': {
        const ready = this.ready;
        for (const row of out.changes) ready.changes.push(row);
        ready.relations.push(...this.txnRelations);
        this.txnRelations = [];
        ready.endLsn = out.endLsn;
        ready.commitMs = out.commitMs;
        ready.since ??= Date.now();
        break;
      }
      case 'position': {
        const ready = this.ready;
        const known = ready.endLsn ?? (this.handedOut > this.confirmed ? this.handedOut : this.confirmed);
        if (out.lsn <= known) break;
        ready.endLsn = out.lsn;
        ready.since ??= Date.now();
        break;
      }
    }
    const held = this.assembler.openChanges + this.ready.changes.length + this.spills.reduce((n, s) => n + s.changes.length, 0);
    if (held > this.peakBufferedChanges) this.peakBufferedChanges = held;
  }

  /** Nothing more arrived right after a commit: the stream is caught up once the socket stays quiet a moment. */
  private armIdle(): void {
    if (this.idleTimer || this.caughtUp || this.assembler.inTransaction || this.ready.endLsn === undefined) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.caughtUp = true;
      this.release();
    }, CAUGHT_UP_IDLE_MS);
  }

  /** Hands a batch to a waiting consumer when one is due; otherwise arranges to look again when it will be. */
  private release(): void {
    if (!this.waiter || this.failure) return;
    if (this.releaseTimer) clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    const ready = this.ready;
    const hasReady = ready.changes.length > 0 || ready.endLsn !== undefined;
    let batch: ChangeBatch | undefined;
    if (hasReady && (this.spills.length > 0 || this.ended || ready.changes.length >= this.options.maxChanges)) {
      batch = this.takeReady();
    } else if (this.spills.length > 0 && !this.ended) {
      batch = this.spills.shift();
    } else if (hasReady) {
      const now = Date.now();
      const spacing = Math.min(MIN_BATCH_SPACING_MS, this.options.intervalMs);
      const dueAt = this.caughtUp ? this.lastRelease + spacing : ready.since! + this.options.intervalMs;
      if (now >= dueAt) batch = this.takeReady();
      else {
        this.releaseTimer = setTimeout(() => this.release(), dueAt - now);
        return;
      }
    } else if (this.ended) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter.resolve(undefined);
      return;
    } else {
      return;
    }
    const waiter = this.waiter;
    this.waiter = undefined;
    this.lastRelease = Date.now();
    waiter.resolve(batch);
    // Room again: read what the socket buffered meanwhile.
    queueMicrotask(() => this.pump());
  }

  private takeReady(): ChangeBatch {
    const { changes, endLsn, commitMs, relations } = this.ready;
    this.ready = { changes: [], relations: [] };
    if (endLsn !== undefined && endLsn > this.handedOut) this.handedOut = endLsn;
    this.caughtUp = false;
    return { changes, endLsn, commitMs, relations };
  }

  private clearTimers(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.releaseTimer) clearTimeout(this.releaseTimer);
    this.idleTimer = this.releaseTimer = undefined;
  }
}
