/**
 * The replication socket: one `replication=database` connection in COPY BOTH mode after
 * START_REPLICATION, the framing of what the walsender sends (XLogData, primary keepalives) and the
 * standby status updates lake sends back. Knows nothing of transactions or bronze.
 *
 * Flow control is the socket's own: messages are buffered up to a fixed count, and while nobody reads
 * them the connection stops reading, so TCP pushes back on the walsender (no unbounded queue in
 * between). Status updates are written whether or not anybody reads, so a paused consumer still
 * answers the walsender's keepalives and is not cut off by `wal_sender_timeout`.
 *
 * Reference: https://www.postgresql.org/docs/current/protocol-replication.html
 */
import pg from 'pg';
import { both as copyBoth } from 'pg-copy-streams';
import type { Duplex } from 'node:stream';
import { LakeError } from '../../errors/index.ts';
import { closeQuietly, connect, quoteIdent, translatePgError } from './catalog.ts';
import { formatLsn, type Lsn } from '../../changes/index.ts';
import { readLsn } from './lsn.ts';

export type ReplicationMessage =
  | { kind: 'xlog'; walStart: Lsn; walEnd: Lsn; payload: Buffer }
  | { kind: 'keepalive'; walEnd: Lsn; replyRequested: boolean }
  | { kind: 'unknown'; tag: number };

/** Microseconds between 1970-01-01 and 2000-01-01: the clock in replication messages counts from 2000. */
const PG_EPOCH_MICROS = 946_684_800_000_000n;

/** Frames one CopyData payload from the walsender. */
export function parseReplicationMessage(buf: Buffer): ReplicationMessage {
  switch (buf[0]) {
    case 0x77: // 'w' XLogData: walStart, walEnd, send time, then the output plugin's message
      return { kind: 'xlog', walStart: readLsn(buf, 1), walEnd: readLsn(buf, 9), payload: buf.subarray(25) };
    case 0x6b: // 'k' primary keepalive: walEnd, send time, reply requested
      return { kind: 'keepalive', walEnd: readLsn(buf, 1), replyRequested: buf[17] === 1 };
    default:
      return { kind: 'unknown', tag: buf[0] };
  }
}

/**
 * A standby status update saying everything up to `flushed` is durable: written, flushed and applied
 * are the same position for lake, and it is what becomes the slot's `confirmed_flush_lsn`.
 */
export function standbyStatusUpdate(flushed: Lsn, nowMs = Date.now(), replyRequested = false): Buffer {
  const buf = Buffer.alloc(34);
  buf[0] = 0x72; // 'r'
  buf.writeBigUInt64BE(flushed, 1);
  buf.writeBigUInt64BE(flushed, 9);
  buf.writeBigUInt64BE(flushed, 17);
  buf.writeBigInt64BE(BigInt(nowMs) * 1000n - PG_EPOCH_MICROS, 25);
  buf[33] = replyRequested ? 1 : 0;
  return buf;
}

export interface ReplicationOptions {
  connection: string;
  slot: string;
  publications: string[];
  /** The confirmed position: the walsender sends every transaction committing after it. */
  from: Lsn;
  /** Messages buffered before the socket stops being read. */
  bufferedMessages?: number;
  /** Aborting gives up connecting (open() rejects with a `cancelled` error). */
  signal?: AbortSignal;
}

/** Enough to keep the socket busy while the consumer decodes; small enough that 180 kB TOAST values cannot add up to much. */
const DEFAULT_BUFFERED_MESSAGES = 256;

export class ReplicationStream {
  /** Rejects (never resolves) when the stream fails or the server ends it; always handled, so it never goes unobserved. */
  readonly failed: Promise<never>;
  private fail!: (error: LakeError) => void;
  private closing = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly copy: Duplex,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      let done = false;
      this.fail = (error) => {
        if (done) return;
        done = true;
        reject(error);
      };
    });
    this.failed.catch(() => {});
    const lost = (error: unknown) => this.fail(this.closing ? closedError() : translatePgError(error, 'replication stream failed'));
    copy.on('error', lost);
    client.on('error', lost);
    client.on('end', () => lost(new LakeError('replication connection ended', { kind: 'replication', retry: 'automatic' })));
    copy.on('end', () => lost(new LakeError('the server ended the replication stream', { kind: 'replication', retry: 'automatic' })));
  }

  /** Connects and starts replication; resolves once the server has entered streaming (COPY BOTH). */
  static async open(options: ReplicationOptions): Promise<ReplicationStream> {
    const client = await connect(options.connection, true);
    const publications = options.publications.map((p) => p.replaceAll("'", "''")).join(',');
    const copy = copyBoth(
      `START_REPLICATION SLOT ${quoteIdent(options.slot)} LOGICAL ${formatLsn(options.from)} (proto_version '1', publication_names '${publications}', messages 'true')`,
      { alignOnCopyDataFrame: true, readableObjectMode: true, readableHighWaterMark: options.bufferedMessages ?? DEFAULT_BUFFERED_MESSAGES },
    );
    // pg-copy-streams calls this after the ReadyForQuery that follows an error; it exists only once
    // the stream was ended by us, so without it a refused START_REPLICATION would throw inside pg.
    Object.assign(copy, { cb_flush: () => {} });
    const stream = new ReplicationStream(client, copy);
    const abort = () => void stream.close();
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      if (options.signal?.aborted) throw closedError();
      client.query(copy);
      // Writes are held until the server's CopyBothResponse: the callback of the first one is the start.
      const started = new Promise<void>((resolve) => copy.write(standbyStatusUpdate(options.from), () => resolve()));
      // The stream parses what the server sends (the CopyBothResponse too) only while it is being read:
      // start reading into its buffer now; the consumer takes the messages from there.
      copy.read(0);
      await Promise.race([started, stream.failed]);
    } catch (error) {
      await stream.close();
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
    return stream;
  }

  /** The next buffered message, or null when none is buffered (then `onReadable` says when to try again). */
  read(): ReplicationMessage | null {
    const chunk = this.copy.read() as Buffer | null;
    return chunk === null ? null : parseReplicationMessage(chunk);
  }

  /** Calls `listener` whenever messages may be read again. */
  onReadable(listener: () => void): void {
    this.copy.on('readable', listener);
  }

  /** Tells the walsender everything up to `flushed` is durable (and that lake is alive). */
  sendStatus(flushed: Lsn): void {
    if (this.closing || this.copy.destroyed || this.copy.writableEnded) return;
    this.copy.write(standbyStatusUpdate(flushed));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(closedError());
    // Ending the connection ends streaming; the walsender releases the slot when the socket closes.
    await closeQuietly(this.client);
    this.copy.destroy();
  }
}

function closedError(): LakeError {
  return new LakeError('replication stream closed', { kind: 'cancelled', retry: 'never' });
}
