/**
 * An S3 server for tests: s3rver (S3's HTTP API, on 127.0.0.1 with a free port, files in a temp
 * directory), spoken to over real HTTP by the real AWS SDK.
 *
 * s3rver 3.7.1 lacks five behaviours of real S3 that the lake relies on. This harness adds them, each
 * as AWS documents it, so the tests check our client against S3's semantics rather than s3rver's gaps:
 *
 * - Atomic PutObject/CompleteMultipartUpload. s3rver truncates the object file and streams into it, so
 *   a reader can see a half-written object; S3 shows the new version only once it is complete. The
 *   harness makes s3rver's store write a temporary and rename it into place.
 * - Conditional create (`If-None-Match: *` on PutObject). s3rver ignores the header and overwrites; S3
 *   answers 412 PreconditionFailed when the key exists. The harness answers 412, serialising creates of
 *   a key (`conditionalWrites: false` leaves s3rver as it is, to test a store that ignores the header).
 * - ListMultipartUploads and AbortMultipartUpload, which s3rver does not implement, over s3rver's own
 *   upload directories (Initiated is when the upload was created); and NoSuchUpload for a part or a
 *   completion of an aborted upload, where s3rver fails with an internal error or recreates the upload.
 *
 * What no test here can verify: that AWS S3, MinIO or another store really behaves as documented (that
 * a PutObject is atomic, that If-None-Match is honoured under real concurrency, how soon parts of an
 * aborted upload are freed), nor IAM, regions, TLS or virtual-hosted addressing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3rver, { type KoaContext, type S3rverObject } from 's3rver';
import S3Error from 's3rver/lib/models/error.js';
import { DEFAULT_S3, type S3Config } from '../config/index.ts';
import { S3Storage, s3Options, type S3StorageHooks } from '../storage/index.ts';
import { makeTempDir } from './lake.ts';

/** s3rver accepts any credentials that are signed consistently; these are its documented defaults. */
export const TEST_S3_ACCESS_KEY = 'S3RVER';
export const TEST_S3_SECRET_KEY = 'S3RVER';
export const TEST_S3_REGION = 'us-east-1';
/** S3's smallest part, so tests reach multipart uploads with small files. */
export const TEST_S3_PART_SIZE_MB = 5;

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** `lake.s3` for this server. */
  settings: S3Config;
  /** The same as YAML lines under `lake:` (two-space indent). */
  yaml: string;
  /** A storage over `s3://<bucket>/<prefix>` with its own download cache. */
  storage(prefix: string, options?: { hooks?: S3StorageHooks; staleUploadMs?: number; cacheDir?: string }): S3Storage;
  /** Multipart uploads begun and neither completed nor aborted. */
  incompleteUploads(): Promise<Array<{ key: string; uploadId: string }>>;
  /** Makes the incomplete uploads of keys under `prefix` look `ms` older. */
  ageUploads(ms: number, prefix: string): Promise<void>;
  close(): Promise<void>;
}

export async function startTestS3(options: { conditionalWrites?: boolean; bucket?: string } = {}): Promise<TestS3> {
  const base = makeTempDir('lake-s3rver-');
  const directory = path.join(base, 'data');
  const staging = path.join(base, 'staging');
  await fs.mkdir(directory);
  await fs.mkdir(staging);
  const bucket = options.bucket ?? 'lake';
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, vhostBuckets: false, configureBuckets: [{ name: bucket }] });
  const store = server.store;
  const uploadsDir = (b: string) => path.join(store.getResourcePath(b, undefined, 'uploads'));

  store.putObject = async (object: S3rverObject) => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    await fs.mkdir(path.dirname(objectPath), { recursive: true });
    const temp = path.join(staging, randomBytes(8).toString('hex'));
    const md5 = createHash('md5');
    let size = 0;
    await pipeline(
      Buffer.isBuffer(object.content) ? [object.content] : object.content,
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          md5.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      }),
      createWriteStream(temp),
    );
    const digest = md5.digest('hex');
    await store.putMetadata(object.bucket, object.key, object.metadata, digest);
    await fs.rename(temp, objectPath);
    return { size, md5: digest };
  };
  // s3rver's listing stats every file it walks; one renamed or deleted meanwhile is not an error in S3.
  const listObjects = store.listObjects.bind(store);
  store.listObjects = async (b: string, listOptions: unknown) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await listObjects(b, listOptions);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 20) throw error;
      }
    }
  };

  const keyLocks = new Map<string, Promise<void>>();
  const conditionalWrites = options.conditionalWrites ?? true;
  server.middleware.unshift(async (ctx: KoaContext, next: () => Promise<void>) => {
    const [b, ...rest] = ctx.path.slice(1).split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const query = Object.keys(ctx.query).filter((name) => name !== 'x-id'); // the SDK names the operation in `x-id`
    if (conditionalWrites && ctx.method === 'PUT' && key && query.length === 0 && ctx.get('if-none-match')) {
      if (ctx.get('if-none-match') !== '*') throw new S3Error('NotImplemented', 'the harness implements If-None-Match: * only');
      const lockKey = `${b}/${key}`;
      const previous = keyLocks.get(lockKey) ?? Promise.resolve();
      let release!: () => void;
      const current = new Promise<void>((resolve) => (release = resolve));
      const chained = previous.then(() => current);
      keyLocks.set(lockKey, chained);
      await previous;
      try {
        if (await store.existsObject(b, key)) {
          throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', { Condition: 'If-None-Match' });
        }
        await next();
      } finally {
        release();
        if (keyLocks.get(lockKey) === chained) keyLocks.delete(lockKey);
      }
      return;
    }
    if (ctx.method === 'GET' && !key && query.includes('uploads')) {
      const prefix = typeof ctx.query.prefix === 'string' ? ctx.query.prefix : '';
      const uploads = (await readUploads(uploadsDir(b))).filter((u) => u.key.startsWith(prefix));
      ctx.type = 'application/xml';
      ctx.body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${xml(b)}</Bucket><Prefix>${xml(prefix)}</Prefix><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>`,
        ...uploads.map((u) => `<Upload><Key>${xml(u.key)}</Key><UploadId>${u.uploadId}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated></Upload>`),
        '</ListMultipartUploadsResult>',
      ].join('');
      return;
    }
    if (key && typeof ctx.query.uploadId === 'string' && (ctx.method === 'PUT' || ctx.method === 'POST')) {
      try {
        await fs.access(path.join(uploadsDir(b), path.basename(ctx.query.uploadId), 'key'));
      } catch {
        throw new S3Error('NoSuchUpload', 'The specified upload does not exist.', { UploadId: ctx.query.uploadId });
      }
    }
    if (ctx.method === 'DELETE' && key && typeof ctx.query.uploadId === 'string') {
      const dir = path.join(uploadsDir(b), path.basename(ctx.query.uploadId));
      try {
        await fs.access(dir);
      } catch {
        throw new S3Error('NoSuchUpload', 'The specified upload does not exist.', { UploadId: ctx.query.uploadId });
      }
      await fs.rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    await next();
  });

  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const settings: S3Config = {
    ...DEFAULT_S3,
    endpoint,
    region: TEST_S3_REGION,
    force_path_style: true,
    access_key_id: TEST_S3_ACCESS_KEY,
    secret_access_key: TEST_S3_SECRET_KEY,
    part_size_mb: TEST_S3_PART_SIZE_MB,
  };
  const opened: S3Storage[] = [];
  return {
    endpoint,
    bucket,
    settings,
    yaml: [
      '  s3:',
      `    endpoint: ${endpoint}`,
      `    region: ${TEST_S3_REGION}`,
      `    access_key_id: ${TEST_S3_ACCESS_KEY}`,
      `    secret_access_key: ${TEST_S3_SECRET_KEY}`,
      `    part_size_mb: ${TEST_S3_PART_SIZE_MB}`,
      '',
    ].join('\n'),
    storage(prefix, storageOptions = {}) {
      const base = s3Options(`s3://${bucket}/${prefix}`, { s3: settings, workDir: storageOptions.cacheDir ?? makeTempDir('lake-s3-cache-') });
      const storage = new S3Storage({ ...base, staleUploadMs: storageOptions.staleUploadMs ?? base.staleUploadMs }, storageOptions.hooks);
      opened.push(storage);
      return storage;
    },
    async incompleteUploads() {
      return (await readUploads(uploadsDir(bucket))).map(({ key, uploadId }) => ({ key, uploadId }));
    },
    async ageUploads(ms, prefix) {
      for (const upload of (await readUploads(uploadsDir(bucket))).filter((u) => u.key.startsWith(prefix))) {
        const when = new Date(upload.initiated.getTime() - ms);
        await fs.utimes(path.join(uploadsDir(bucket), upload.uploadId, 'key'), when, when);
      }
    },
    async close() {
      for (const storage of opened) storage.close();
      await server.close();
      await fs.rm(base, { recursive: true, force: true });
    },
  };
}

/** s3rver keeps an upload as a directory named by its id, holding the key and the parts. */
async function readUploads(dir: string): Promise<Array<{ key: string; uploadId: string; initiated: Date }>> {
  let ids: string[];
  try {
    ids = await fs.readdir(dir);
  } catch {
    return [];
  }
  const uploads = [];
  for (const uploadId of ids.sort()) {
    try {
      const keyFile = path.join(dir, uploadId, 'key');
      const [key, stat] = await Promise.all([fs.readFile(keyFile, 'utf8'), fs.stat(keyFile)]);
      uploads.push({ key, uploadId, initiated: stat.mtime });
    } catch {
      // completed or aborted meanwhile
    }
  }
  return uploads;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
