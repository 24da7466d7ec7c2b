/**
 * Sources: bring a month's file to local disk and turn it into rows DuckDB can read, with every
 * source column as text. Knows nothing of partitions or publishing (that is bronze's job).
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LakeError } from '../errors/index.ts';

export { fetchSource, redactUrl, isRemote, type FetchedFile } from './fetch.ts';
export {
  normalizeCsv,
  checkLooksLikeCsv,
  cleanHeader,
  NULL_TOKEN,
  OutputLineTooLongError,
  type CanonicalOutput,
  type NormalizeOptions,
  type NormalizeStats,
} from './csv-normalize.ts';

const GZIP_MAGIC = [0x1f, 0x8b];

/** First bytes of a file, to recognise gzip and Parquet by content rather than by name. */
export async function readMagic(file: string, length = 4): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isGzip(magic: Buffer): boolean {
  return magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
}

export function isParquet(magic: Buffer): boolean {
  return magic.subarray(0, 4).toString('latin1') === 'PAR1';
}

/** A byte stream of the file's content, decompressed when it is gzip (by magic bytes, not by name). */
export async function openContent(file: string): Promise<{ stream: Readable; gzip: boolean }> {
  const magic = await readMagic(file, 2);
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  if (!isGzip(magic)) return { stream: raw, gzip: false };
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  raw.on('error', (error) => gunzip.destroy(error));
  return { stream: raw.pipe(gunzip), gzip: true };
}

export async function assertParquet(file: string, sourceName: string): Promise<void> {
  const stat = await fs.stat(file);
  if (stat.size === 0) {
    throw new LakeError(`${sourceName} is empty (0 bytes)`, { kind: 'bad-file', retry: 'needs-person' });
  }
  const head = await readMagic(file, 512);
  if (isParquet(head)) return;
  const text = head.toString('latin1').trimStart().toLowerCase();
  const what = text.startsWith('<') ? 'an HTML or XML page' : isGzip(head) ? 'a gzip file' : 'not a Parquet file';
  throw new LakeError(`${sourceName} is ${what}, but the source is declared as parquet`, {
    kind: 'bad-file',
    retry: 'needs-person',
    remedy: 'check the source URL template and type',
  });
}
