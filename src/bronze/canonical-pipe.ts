/**
 * A FIFO under the ingest's work directory through which the normaliser's canonical CSV streams into
 * DuckDB's `COPY` while it is being written: DuckDB parses and encodes Parquet on its threads while the
 * normaliser runs on the JS thread, instead of one after the other with the whole canonical CSV written
 * to disk and read back in between (BENCHMARKS.md, csv).
 *
 * DuckDB opens the FIFO once, read-only, and reads it to EOF. The writing end is opened (non-blocking)
 * only after DuckDB has opened its end; until then the open fails with ENXIO and is retried. So closing
 * the writing end always means EOF to a reader that is there, never a pipe whose data the kernel drops
 * because nobody had it open; and if DuckDB stops early, the next write fails (EPIPE) or the statement's
 * own error ends the wait, instead of a write blocking forever. Writing never takes a libuv pool thread.
 *
 * Reading does: the DuckDB binding runs each statement on a libuv pool thread, and a streamed COPY holds
 * its thread while it waits for the normaliser, whose file reads (and gunzip) need pool threads too. So
 * at most MAX_STREAMS pipes exist at once in a process; `create` says undefined beyond that and the
 * caller writes a file as before. (Measured: 4 streamed ingests at once with the default pool of 4
 * threads waited on each other forever; 3 did not.)
 */
import { execFile } from 'node:child_process';
import { constants, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { CanonicalOutput } from '../ingest/index.ts';

/** How often to retry opening the writing end while DuckDB has not opened its end yet. */
const OPEN_RETRY_MS = 2;
/** libuv's pool (4 threads unless UV_THREADPOOL_SIZE says otherwise), less two for reading and gunzip. */
const MAX_STREAMS = Math.max(0, (Number(process.env.UV_THREADPOOL_SIZE) || 4) - 2);
let streams = 0;

export class CanonicalPipe implements CanonicalOutput {
  private reading?: Promise<void>;
  private ended = false;
  private opening?: Promise<Socket | undefined>;
  private disposed = false;

  private constructor(readonly path: string) {}

  /**
   * A new FIFO at `path`, or undefined where the platform has none or MAX_STREAMS are in use (the caller
   * then writes a file). The caller disposes of it once its statement has ended.
   */
  static async create(path: string): Promise<CanonicalPipe | undefined> {
    if (process.platform === 'win32' || streams >= MAX_STREAMS) return undefined;
    streams++;
    try {
      await promisify(execFile)('mkfifo', ['-m', '600', path]);
    } catch {
      streams--;
      return undefined;
    }
    return new CanonicalPipe(path);
  }

  /** Frees this pipe's place among the MAX_STREAMS (the FIFO itself goes with the work directory). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    streams--;
  }

  /** The statement that reads the FIFO; set once, before anything is written. */
  set reader(statement: Promise<void>) {
    this.reading = statement;
    const done = () => {
      this.ended = true;
    };
    statement.then(done, done);
  }

  get reader(): Promise<void> | undefined {
    return this.reading;
  }

  async writev(parts: Buffer[]): Promise<void> {
    const socket = await this.open();
    if (!socket) throw await this.readerEnded();
    let last: Promise<void> = Promise.resolve();
    for (const part of parts) {
      // The callback fires once the bytes are in the pipe: only then may the caller reuse its buffer. Its
      // error (EPIPE: DuckDB closed its end) is wrapped without a code, so no caller mistakes it for a
      // fault of the input stream.
      last = new Promise((resolve, reject) =>
        socket.write(part, (error) => (error ? reject(new Error(`DuckDB closed the canonical CSV pipe: ${error.message}`, { cause: error })) : resolve())),
      );
    }
    await Promise.race([last, this.reading!.then(() => Promise.reject(new Error('DuckDB stopped reading the canonical CSV before its end')))]);
  }

  /** EOF for DuckDB. Without a reader (no header was found) there is nothing to end. */
  async close(): Promise<void> {
    if (!this.reading) return;
    const socket = await this.open().catch(() => undefined);
    if (!socket) return;
    await Promise.race([new Promise<void>((resolve) => socket.end(resolve)), this.reading.catch(() => {})]);
    socket.destroy();
  }

  private open(): Promise<Socket | undefined> {
    this.opening ??= (async () => {
      if (!this.reading) throw new Error('CanonicalPipe: the reader must be started before the first write');
      for (;;) {
        try {
          const fd = openSync(this.path, constants.O_WRONLY | constants.O_NONBLOCK);
          const socket = new Socket({ fd, readable: false, writable: true });
          // Errors reach the pending write's callback; this keeps a late one from being unhandled.
          socket.on('error', () => {});
          return socket;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
        }
        if (this.ended) return undefined;
        await sleep(OPEN_RETRY_MS);
      }
    })();
    return this.opening;
  }

  private async readerEnded(): Promise<Error> {
    try {
      await this.reading;
      return new Error('DuckDB finished before reading the canonical CSV');
    } catch (error) {
      return error as Error;
    }
  }
}
