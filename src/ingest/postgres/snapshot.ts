/**
 * Copying a table as it is in an exported snapshot, at COPY speed and in bounded memory: Postgres
 * streams `COPY (SELECT …) TO STDOUT (FORMAT csv)` into local files of about `fileBytes` each, cut at row
 * boundaries, and each finished file is handed to the caller while the next one fills. At most two files
 * exist at once (one being written, one being handed over); memory holds one COPY chunk.
 *
 * The CSV is Postgres' text output of each column, `\N` for NULL (a value that is literally `\N` comes
 * quoted), no header, `\n` between rows.
 */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import { closeQuietly, columnsOf, connect, qualified, quoteIdent, translatePgError, type ColumnInfo, type TableRef } from './catalog.ts';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Finds row ends in a CSV byte stream: a newline outside quotes. Quotes inside a quoted field are
 * doubled, so "outside quotes" is "an even number of quote characters so far", tracked across chunks.
 */
export class CsvRowBoundaries {
  private inQuotes = false;

  /** Accounts for the bytes [from, to) without looking for a row end. */
  scan(buf: Buffer, from: number, to: number): void {
    let at = buf.indexOf(QUOTE, from);
    while (at !== -1 && at < to) {
      this.inQuotes = !this.inQuotes;
      at = buf.indexOf(QUOTE, at + 1);
    }
  }

  /** The index just after the first row end at or after `from` (accounting for the bytes up to it), or -1 after accounting for the rest of `buf`. */
  rowEnd(buf: Buffer, from: number): number {
    let at = from;
    for (;;) {
      const newline = buf.indexOf(NEWLINE, at);
      if (newline === -1) {
        this.scan(buf, at, buf.length);
        return -1;
      }
      this.scan(buf, at, newline);
      if (!this.inQuotes) return newline + 1;
      at = newline + 1;
    }
  }
}

/** Writes a byte stream into files of about `fileBytes`, cut at CSV row ends; hands each finished file over in order. */
export class RotatingCsvFiles extends Writable {
  private readonly boundaries = new CsvRowBoundaries();
  private file: { handle: FileHandle; path: string; bytes: number } | undefined;
  private index = 0;
  /** The hand-over of the previous file: awaited before the next one starts, so they happen one at a time, in order. */
  private handing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly fileBytes: number,
    private readonly onFile: (file: string, index: number) => Promise<void>,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.writeChunk(chunk).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.finishFile()
      .then(() => this.handing)
      .then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const file = this.file;
    this.file = undefined;
    // Files not handed over are ours to remove; the caller owns the ones it was given.
    (file ? file.handle.close().finally(() => fs.rm(file.path, { force: true })) : Promise.resolve())
      .catch(() => {})
      .then(() => this.handing.catch(() => {}))
      .then(() => callback(error));
  }

  private async writeChunk(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const file = this.file ?? (await this.openFile());
      const room = this.fileBytes - file.bytes;
      if (chunk.length - offset < room) {
        this.boundaries.scan(chunk, offset, chunk.length);
        await this.append(file, chunk.subarray(offset));
        return;
      }
      const searchFrom = offset + Math.max(room, 0);
      this.boundaries.scan(chunk, offset, searchFrom);
      const end = this.boundaries.rowEnd(chunk, searchFrom);
      if (end === -1) {
        await this.append(file, chunk.subarray(offset));
        return;
      }
      await this.append(file, chunk.subarray(offset, end));
      await this.finishFile();
      offset = end;
    }
  }

  private async openFile(): Promise<NonNullable<RotatingCsvFiles['file']>> {
    const file = path.join(this.dir, `snapshot-${String(this.index).padStart(5, '0')}.csv`);
    this.file = { handle: await fs.open(file, 'w'), path: file, bytes: 0 };
    return this.file;
  }

  private async append(file: NonNullable<RotatingCsvFiles['file']>, bytes: Buffer): Promise<void> {
    await file.handle.write(bytes);
    file.bytes += bytes.length;
  }

  private async finishFile(): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.file = undefined;
    await file.handle.close();
    if (file.bytes === 0) {
      await fs.rm(file.path, { force: true });
      return;
    }
    try {
      await this.handing;
    } catch (error) {
      await fs.rm(file.path, { force: true });
      throw error;
    }
    const index = this.index++;
    this.handing = this.onFile(file.path, index).finally(() => fs.rm(file.path, { force: true }));
    // Surfaced by the next await of `handing`; not an unhandled rejection meanwhile.
    this.handing.catch(() => {});
  }
}

export interface SnapshotCopyOptions {
  connection: string;
  /** An exported snapshot (CREATE_REPLICATION_SLOT … EXPORT_SNAPSHOT), held open by its creator. */
  snapshotName: string;
  table: TableRef;
  /**
   * Told the table's columns as the snapshot sees them (read in the same transaction, so they match the
   * rows), before any file; they are copied in this order.
   */
  onColumns: (columns: ColumnInfo[]) => void;
  /** Local directory for the CSV files. */
  dir: string;
  /** Size at which a file is cut (at the next row end). */
  fileBytes: number;
  /** Called with each finished file, one at a time and in order, while the next one fills; the file is removed afterwards. */
  onFile: (file: string, index: number) => Promise<void>;
}

/** Copies the table as it is in the snapshot into CSV files handed to `onFile`; resolves when every file was handed over. */
export async function copyTableInSnapshot(options: SnapshotCopyOptions): Promise<void> {
  await fs.mkdir(options.dir, { recursive: true });
  const client = await connect(options.connection);
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    await client.query(`SET TRANSACTION SNAPSHOT '${options.snapshotName.replaceAll("'", "''")}'`);
    // Locked before the columns are read, so no ALTER TABLE can slip in between them and the COPY.
    await client.query(`LOCK TABLE ${qualified(options.table)} IN ACCESS SHARE MODE`);
    const columns = await columnsOf(client, options.table);
    options.onColumns(columns);
    const select = columns.map((c) => quoteIdent(c.name)).join(', ');
    const copy = client.query(copyTo(`COPY (SELECT ${select} FROM ${qualified(options.table)}) TO STDOUT WITH (FORMAT csv, NULL '\\N')`));
    await pipeline(copy, new RotatingCsvFiles(options.dir, options.fileBytes, options.onFile));
    await client.query(`COMMIT`);
  } catch (error) {
    throw translatePgError(error, `cannot copy ${options.table.schema}.${options.table.name} in the snapshot`);
  } finally {
    await closeQuietly(client);
  }
}
