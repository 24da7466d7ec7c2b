/**
 * S3 lake: AWS S3 or an S3-compatible store (MinIO, Ceph; s3rver in the tests), root `s3://bucket/prefix`.
 *
 * Atomic publish without rename. S3 needs none: a PutObject and a CompleteMultipartUpload each make the
 * whole new object visible in one step, so a reader gets the previous version or the new one, never a
 * mix or a partial file, and a writer that dies before that step leaves the previous version in place.
 * Every key is therefore published in place, and the lake stays a plain Hive layout that DuckDB, Spark
 * or BigQuery read directly (a pointer or manifest indirection would hide the current version from them).
 *
 * - Files up to one part go up in one PutObject; larger ones by multipart upload (bounded memory: one
 *   buffered part per upload slot). Parts are invisible to readers and to `list` until the completion.
 *   A writer records each upload in a hidden marker (`_lake/tmp/.tmp-<uuid>.json`: host, pid, key),
 *   written before the upload is created and rewritten with its upload id right after, so `recover` can
 *   abort the uploads of writers that died, whenever they died: at once for a dead process on this host,
 *   after `staleUploadMs` for anything else (a writer on another host may still be working).
 * - `createExclusive` is a PutObject with `If-None-Match: *` (AWS S3 since August 2024, recent MinIO
 *   releases). A store that ignores the header would let every creator win and silently break partition
 *   locks, so the first call probes the store once and refuses to run on one that ignores it.
 * - `localPath` downloads into a cache under the work directory, one directory per key holding the
 *   version named by its ETag: a replaced object has a new ETag and is downloaded again, and the cached
 *   path keeps the key's `year=…/month=…` directories, so DuckDB's hive partitioning reads it as it reads
 *   the local disk. DuckDB never touches the network (no httpfs extension).
 * - Keys and markers whose last segment starts with `.tmp-` are this module's bookkeeping: `list` hides
 *   them, as the local disk hides its temporaries.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { CompletedPart, S3ClientConfig } from '@aws-sdk/client-s3';
import { createRequire } from 'node:module';
import { LakeError } from '../errors/index.ts';
import { TMP_PREFIX } from './layout.ts';
import { isProcessAlive } from './local.ts';
import type { LakeStorage } from './types.ts';

/** A multipart upload has at most 10,000 parts (lake.s3.part_size_mb keeps parts at S3's minimum of 5 MiB or more). */
const S3_MAX_PARTS = 10_000;
/** Parts in flight per upload: enough to fill a link to S3, while memory stays at this many parts. */
const UPLOAD_CONCURRENCY = 4;
/** Conditional creates that collide with another in-flight create get 409 ConditionalRequestConflict: retried this often. */
const CONDITIONAL_CONFLICT_RETRIES = 5;
const HIDDEN_PREFIX = '.tmp-';
const CACHE_DIR_NAME = 's3-cache';

/**
 * The AWS SDK takes a fifth of a second to load, so it is loaded when the first S3 lake opens, not by every
 * `lake` command that imports storage (a local `lake query` never needs it). `require` keeps the
 * constructors synchronous; the names below stand for the SDK's classes at every use.
 */
let sdk: typeof S3Sdk | undefined;
const loadSdk = (): typeof S3Sdk => (sdk ??= createRequire(import.meta.url)('@aws-sdk/client-s3') as typeof S3Sdk);
type SdkClass = 'AbortMultipartUploadCommand' | 'CompleteMultipartUploadCommand' | 'CreateMultipartUploadCommand' | 'DeleteObjectCommand' | 'GetObjectCommand' | 'HeadObjectCommand' | 'ListMultipartUploadsCommand' | 'ListObjectsV2Command' | 'PutObjectCommand' | 'S3Client' | 'UploadPartCommand';
function lazyClass<K extends SdkClass>(name: K): (typeof S3Sdk)[K] {
  // `new` on this function returns the object it returns: an instance of the SDK's own class.
  return function (...args: unknown[]) {
    return new (loadSdk()[name] as unknown as new (...a: unknown[]) => object)(...args);
  } as unknown as (typeof S3Sdk)[K];
}
const AbortMultipartUploadCommand = lazyClass('AbortMultipartUploadCommand');
const CompleteMultipartUploadCommand = lazyClass('CompleteMultipartUploadCommand');
const CreateMultipartUploadCommand = lazyClass('CreateMultipartUploadCommand');
const DeleteObjectCommand = lazyClass('DeleteObjectCommand');
const GetObjectCommand = lazyClass('GetObjectCommand');
const HeadObjectCommand = lazyClass('HeadObjectCommand');
const ListMultipartUploadsCommand = lazyClass('ListMultipartUploadsCommand');
const ListObjectsV2Command = lazyClass('ListObjectsV2Command');
const PutObjectCommand = lazyClass('PutObjectCommand');
const S3Client = lazyClass('S3Client');
const UploadPartCommand = lazyClass('UploadPartCommand');
const ChecksumAlgorithm = { CRC32: 'CRC32' } as const satisfies Partial<typeof S3Sdk.ChecksumAlgorithm>;

/** This process, told apart from an earlier process with the same pid (a restarted container). */
const WRITER_ID = randomBytes(8).toString('hex');

// The SDK warns on every process under Node 20 that its releases after January 2027 need Node 22. That is
// news for whoever upgrades dependencies (package-lock pins a version that runs on Node 20), not for an
// operator reading `lake` output, so it is silenced unless the environment already decided.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface S3StorageOptions {
  /** `s3://bucket` or `s3://bucket/prefix`. */
  root: string;
  /** Unset: the SDK's chain (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, the profile), else AWS. */
  endpoint?: string;
  /** Unset: the SDK's chain (AWS_REGION, the profile). */
  region?: string;
  /** Unset: path-style when an endpoint is configured (S3-compatible stores expect it), virtual-hosted on AWS. */
  forcePathStyle?: boolean;
  /** Unset: the SDK's credential chain (environment, profile, SSO, web identity, container or instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  partSizeBytes: number;
  /** Incomplete uploads and markers older than this are aborted by `recover` whoever wrote them. */
  staleUploadMs: number;
  /** Where `localPath` keeps downloads (under the work directory). */
  cacheDir: string;
}

/** Test seams for crash tests (src/testing): called at the instants a crash matters most. */
export interface S3StorageHooks {
  /** After a multipart upload is created, before the writer's marker names it. */
  afterCreate?: (info: { key: string; uploadId: string }) => Promise<void>;
  /** After a part of a multipart upload is stored, before the upload is completed. */
  afterPart?: (info: { key: string; uploadId: string; partNumber: number; parts: number }) => Promise<void>;
}

interface WriterMarker {
  kind: 'upload' | 'probe';
  host: string;
  pid: number;
  writer: string;
  started_at: string;
  key?: string;
  upload_id?: string;
}

export function parseS3Root(root: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(root);
  if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(match[1])) {
    throw new LakeError(`invalid S3 lake root ${root}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'write lake.root as s3://bucket or s3://bucket/prefix (bucket names are lower-case letters, digits, dots and hyphens)',
    });
  }
  const prefix = match[2].replace(/\/+$/, '');
  // The prefix also names the local cache directory: `..` or an empty segment would move it (and what
  // lake deletes there) outside the work directory.
  if (prefix && prefix.split('/').some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\'))) {
    throw new LakeError(`invalid S3 lake root ${root}: the prefix has an empty, '.' or '..' segment or a backslash`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'write the prefix as plain names separated by single slashes, e.g. s3://bucket/lakes/prod',
    });
  }
  return { bucket: match[1], prefix: prefix ? `${prefix}/` : '' };
}

export class S3Storage implements LakeStorage {
  readonly location: string;
  readonly bucket: string;
  /** Key prefix of the lake inside the bucket: '' or ending in '/'. */
  readonly prefix: string;
  readonly client: S3Sdk.S3Client;
  private readonly cacheRoot: string;
  private conditionalWrites: Promise<void> | undefined;
  private readonly downloads = new Map<string, Promise<string>>();

  constructor(
    private readonly options: S3StorageOptions,
    private readonly hooks: S3StorageHooks = {},
  ) {
    const { bucket, prefix } = parseS3Root(options.root);
    this.bucket = bucket;
    this.prefix = prefix;
    this.location = `s3://${bucket}/${prefix}`.replace(/\/$/, '');
    const endpointFromEnv = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    const config: S3ClientConfig = {
      forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint ?? endpointFromEnv),
    };
    if (options.endpoint) config.endpoint = options.endpoint;
    if (options.region) config.region = options.region;
    if (options.credentials) config.credentials = options.credentials;
    this.client = new S3Client(config);
    this.cacheRoot = path.join(options.cacheDir, CACHE_DIR_NAME, bucket, ...prefix.split('/').filter(Boolean));
  }

  /** The object key of a lake key; refuses keys that leave the root, like the local disk. */
  private objectKey(key: string): string {
    const normalized = path.posix.normalize(key);
    if (normalized === '.' || normalized.startsWith('..') || path.posix.isAbsolute(normalized)) {
      throw new LakeError(`storage key escapes the lake root: ${key}`, { kind: 'internal', retry: 'never' });
    }
    return this.prefix + normalized;
  }

  async publishFile(key: string, localPath: string, options: { move?: boolean } = {}): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      const { size } = await fs.stat(localPath);
      if (size <= this.options.partSizeBytes) {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: objectKey, Body: await fs.readFile(localPath) }));
      } else {
        await this.multipartUpload(key, objectKey, localPath, size);
      }
    } catch (error) {
      throw s3Error(`cannot publish ${key} to ${this.location}`, error);
    }
    // S3 cannot take the file over: the staged copy is simply no longer needed.
    if (options.move) await fs.rm(localPath, { force: true });
  }

  /**
   * The object appears only when CompleteMultipartUpload succeeds. On any failure the upload is aborted;
   * if this process dies instead, the marker lets `recover` abort it.
   */
  private async multipartUpload(key: string, objectKey: string, localPath: string, size: number): Promise<void> {
    const partSize = Math.max(this.options.partSizeBytes, Math.ceil(size / S3_MAX_PARTS));
    const parts = Math.ceil(size / partSize);
    // As @aws-sdk/lib-storage does: when the client sends checksums, the upload declares the algorithm
    // and the completion lists each part's checksum.
    const checksums = (await this.client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
    // The marker comes first: a writer killed between creating the upload and naming it in the marker
    // leaves a marker of its key without an upload id, which `recover` resolves to the orphan.
    const marker = await this.writeMarker({ kind: 'upload', key: objectKey });
    const created = await this.client.send(
      new CreateMultipartUploadCommand({
        Bucket: this.bucket,
        Key: objectKey,
        ...(checksums ? { ChecksumAlgorithm: ChecksumAlgorithm.CRC32 } : {}),
      }),
    );
    const uploadId = created.UploadId;
    if (!uploadId) throw new Error('CreateMultipartUpload returned no UploadId');
    let handle: fs.FileHandle | undefined;
    try {
      await this.hooks.afterCreate?.({ key, uploadId });
      await this.writeMarker({ kind: 'upload', key: objectKey, upload_id: uploadId }, marker);
      handle = await fs.open(localPath, 'r');
      const file = handle;
      const completed: CompletedPart[] = new Array(parts);
      let next = 0;
      let failure: { error: unknown } | undefined;
      // Workers stop taking parts at the first failure, and all have settled before the upload is aborted.
      const worker = async (): Promise<void> => {
        while (!failure && next < parts) {
          const index = next++;
          try {
            completed[index] = await this.uploadPart(file, objectKey, uploadId, index, partSize, size, localPath);
            await this.hooks.afterPart?.({ key, uploadId, partNumber: index + 1, parts });
          } catch (error) {
            failure ??= { error };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, parts) }, worker));
      if (failure) throw failure.error;
      await this.client.send(
        new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: objectKey, UploadId: uploadId, MultipartUpload: { Parts: completed } }),
      );
    } catch (error) {
      const aborted = await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: objectKey, UploadId: uploadId })).then(
        () => true,
        (abortError) => httpStatus(abortError) === 404, // already gone; otherwise `recover` aborts it later, by the marker
      );
      if (aborted) await this.deleteObject(marker).catch(() => {});
      throw error;
    } finally {
      await handle?.close();
    }
    // A marker left by a failure here is harmless: `recover` removes it once it is stale.
    await this.deleteObject(marker).catch(() => {});
  }

  /** Part `index` (from 0), read from the file into memory so the SDK can resend it on a retry. */
  private async uploadPart(
    handle: fs.FileHandle,
    objectKey: string,
    uploadId: string,
    index: number,
    partSize: number,
    size: number,
    localPath: string,
  ): Promise<CompletedPart> {
    const start = index * partSize;
    const body = Buffer.allocUnsafe(Math.min(partSize, size - start));
    for (let filled = 0; filled < body.length; ) {
      const { bytesRead } = await handle.read(body, filled, body.length - filled, start + filled);
      if (bytesRead === 0) throw new Error(`${localPath} shrank while it was uploaded`);
      filled += bytesRead;
    }
    const result = await this.client.send(
      new UploadPartCommand({ Bucket: this.bucket, Key: objectKey, UploadId: uploadId, PartNumber: index + 1, Body: body }),
    );
    if (!result.ETag) throw new Error(`UploadPart ${index + 1} returned no ETag`);
    return {
      PartNumber: index + 1,
      ETag: result.ETag,
      ...(result.ChecksumCRC32 && { ChecksumCRC32: result.ChecksumCRC32 }),
      ...(result.ChecksumCRC32C && { ChecksumCRC32C: result.ChecksumCRC32C }),
      ...(result.ChecksumCRC64NVME && { ChecksumCRC64NVME: result.ChecksumCRC64NVME }),
      ...(result.ChecksumSHA1 && { ChecksumSHA1: result.ChecksumSHA1 }),
      ...(result.ChecksumSHA256 && { ChecksumSHA256: result.ChecksumSHA256 }),
    };
  }

  async writeText(key: string, text: string): Promise<void> {
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: text }));
    } catch (error) {
      throw s3Error(`cannot write ${key} to ${this.location}`, error);
    }
  }

  async createExclusive(key: string, text: string): Promise<boolean> {
    const objectKey = this.objectKey(key);
    try {
      await this.ensureConditionalWrites();
      for (let attempt = 0; ; attempt++) {
        try {
          await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: objectKey, Body: text, IfNoneMatch: '*' }));
          return true;
        } catch (error) {
          const status = httpStatus(error);
          if (status === 412) {
            // The SDK resends a request whose answer was lost; a 412 on a resend may be our own first try.
            const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
            return attempts > 1 && (await this.readText(key)) === text;
          }
          // Another create of the key is in flight; S3 asks the loser of that race to try again.
          if (status === 409 && attempt < CONDITIONAL_CONFLICT_RETRIES) {
            await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * (0.5 + Math.random())));
            continue;
          }
          throw error;
        }
      }
    } catch (error) {
      throw s3Error(`cannot create ${key} in ${this.location}`, error);
    }
  }

  /**
   * Once per process: a conditional create of a fresh probe object, then the same create again, which
   * must be refused with 412. A store that accepts the second one ignores `If-None-Match`.
   */
  private ensureConditionalWrites(): Promise<void> {
    this.conditionalWrites ??= (async () => {
      const probe = this.markerKey();
      const body = this.markerText({ kind: 'probe' });
      let ignored: boolean;
      try {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: probe, Body: body, IfNoneMatch: '*' }));
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: probe, Body: body, IfNoneMatch: '*' }));
        ignored = true;
      } catch (error) {
        const status = httpStatus(error);
        if (status !== 412 && status !== 501) throw error;
        ignored = status === 501;
      } finally {
        await this.deleteObject(probe).catch(() => {});
      }
      if (ignored) {
        throw new LakeError(`${this.location} ignores conditional writes (If-None-Match: *), so partition locks cannot be made safe on it`, {
          kind: 'storage',
          retry: 'needs-person',
          remedy: 'use AWS S3 or an S3-compatible store that honours If-None-Match on PutObject (recent MinIO releases do)',
        });
      }
    })().catch((error) => {
      // A network failure may pass; only a refusal is remembered.
      if (!(error instanceof LakeError)) this.conditionalWrites = undefined;
      throw error;
    });
    return this.conditionalWrites;
  }

  async readText(key: string): Promise<string | undefined> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return await response.Body!.transformToString('utf8');
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw s3Error(`cannot read ${key} from ${this.location}`, error);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw s3Error(`cannot look up ${key} in ${this.location}`, error);
    }
  }

  async list(prefix: string): Promise<string[]> {
    // As on the local disk, a prefix names a directory: `d` lists `d/…`, never `dx/…`.
    const dir = prefix === '' ? '' : prefix.endsWith('/') ? prefix : `${prefix}/`;
    if (dir !== '') this.objectKey(dir);
    try {
      const keys = (await this.listObjectKeys(this.prefix + dir))
        .filter((key) => !key.endsWith('/') && !isHidden(key))
        .map((key) => key.slice(this.prefix.length));
      return keys.sort();
    } catch (error) {
      throw s3Error(`cannot list ${prefix || '/'} in ${this.location}`, error);
    }
  }

  private async listObjectKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async delete(key: string): Promise<void> {
    try {
      await this.deleteObject(this.objectKey(key));
    } catch (error) {
      throw s3Error(`cannot delete ${key} from ${this.location}`, error);
    }
  }

  private async deleteObject(objectKey: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
  }

  /**
   * The cached download of the object's current version. Concurrent calls for one version share one
   * download; older versions of the key are removed from the cache once a newer one is in place (a reader
   * that already opened one keeps reading it).
   */
  async localPath(key: string): Promise<string> {
    const objectKey = this.objectKey(key);
    let etag: string | undefined;
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      etag = head.ETag;
    } catch (error) {
      if (httpStatus(error) === 404) {
        throw new LakeError(`no object ${key} in ${this.location}`, { kind: 'storage', retry: 'automatic', cause: error });
      }
      throw s3Error(`cannot open ${key} in ${this.location}`, error);
    }
    if (!etag) throw s3Error(`cannot open ${key} in ${this.location}`, new Error('HeadObject returned no ETag'));
    const dir = path.join(this.cacheRoot, ...path.posix.normalize(key).split('/'));
    const file = path.join(dir, `${etag.replace(/[^A-Za-z0-9-]/g, '')}${path.posix.extname(key)}`);
    let download = this.downloads.get(file);
    if (!download) {
      download = this.download(key, objectKey, etag, dir, file).finally(() => this.downloads.delete(file));
      this.downloads.set(file, download);
    }
    return download;
  }

  private async download(key: string, objectKey: string, etag: string, dir: string, file: string): Promise<string> {
    try {
      await fs.access(file);
      return file;
    } catch {
      // not cached yet
    }
    await fs.mkdir(dir, { recursive: true });
    const temp = path.join(dir, `${HIDDEN_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      // IfMatch: if the object was replaced since the HEAD, this fails instead of caching new bytes under the old ETag.
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey, IfMatch: etag }));
      await pipeline(response.Body as Readable, createWriteStream(temp));
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      if (httpStatus(error) === 412) return this.localPath(key);
      throw s3Error(`cannot download ${key} from ${this.location}`, error);
    }
    for (const name of await fs.readdir(dir)) {
      const stale = name.startsWith(HIDDEN_PREFIX) ? !isProcessAlive(Number(name.slice(HIDDEN_PREFIX.length).split('-')[0])) : name !== path.basename(file);
      if (stale) await fs.rm(path.join(dir, name), { force: true });
    }
    return file;
  }

  /**
   * Aborts the multipart uploads of writers that died, and removes their markers. An upload is stale
   * when its marker names a process on this host that is gone, or when it is older than `staleUploadMs`;
   * a live writer's upload (here or on another host) is left alone.
   */
  async recover(): Promise<{ removed: string[] }> {
    const removed: string[] = [];
    try {
      const now = Date.now();
      const markers = new Map<string, { key: string; marker?: WriterMarker; modified: number }>();
      for (const key of (await this.listObjectKeys(this.prefix + TMP_PREFIX)).filter(isHidden)) {
        const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key })).catch((error) => {
          if (httpStatus(error) === 404) return undefined; // removed by its writer meanwhile
          throw error;
        });
        if (!object?.Body) continue;
        const marker = parseMarker(await object.Body.transformToString('utf8'));
        markers.set(key, { key, marker, modified: object.LastModified?.getTime() ?? now });
      }
      const byUpload = new Map([...markers.values()].filter((m) => m.marker?.upload_id).map((m) => [m.marker!.upload_id!, m]));
      // Markers of writers still creating their upload (no id yet), per key: a dead one's key has an orphan
      // that no marker names; while a live one waits on the same key, which upload is whose is unknown.
      const creating = [...markers.values()].filter((m) => m.marker?.kind === 'upload' && m.marker.key && !m.marker.upload_id);
      const orphanedKey = (key: string) =>
        creating.some((m) => m.marker!.key === key && writerGone(m.marker!)) && !creating.some((m) => m.marker!.key === key && !writerGone(m.marker!));
      for (const upload of await this.listUploads()) {
        const marker = byUpload.get(upload.uploadId);
        const initiated = upload.initiated ?? now;
        const dead = marker ? marker.marker !== undefined && writerGone(marker.marker) : orphanedKey(upload.key);
        if (!dead && now - initiated < this.options.staleUploadMs) continue;
        await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: upload.key, UploadId: upload.uploadId })).catch((error) => {
          if (httpStatus(error) !== 404) throw error;
        });
        removed.push(`${upload.key.slice(this.prefix.length)} (incomplete upload ${upload.uploadId})`);
        if (marker) {
          await this.deleteObject(marker.key);
          markers.delete(marker.key);
        }
      }
      for (const { key, marker, modified } of markers.values()) {
        if ((marker && writerGone(marker)) || now - modified >= this.options.staleUploadMs) {
          await this.deleteObject(key);
          removed.push(key.slice(this.prefix.length));
        }
      }
    } catch (error) {
      throw s3Error(`cannot recover unfinished writes in ${this.location}`, error);
    }
    return { removed };
  }

  /** Incomplete multipart uploads under the lake root; none when the store cannot list them (501). */
  private async listUploads(): Promise<Array<{ key: string; uploadId: string; initiated?: number }>> {
    const uploads: Array<{ key: string; uploadId: string; initiated?: number }> = [];
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: this.prefix, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
        );
        for (const upload of page.Uploads ?? []) {
          if (upload.Key && upload.UploadId) uploads.push({ key: upload.Key, uploadId: upload.UploadId, initiated: upload.Initiated?.getTime() });
        }
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
      } while (keyMarker);
    } catch (error) {
      if (httpStatus(error) === 501) return [];
      throw error;
    }
    return uploads;
  }

  private markerKey(): string {
    return `${this.prefix}${TMP_PREFIX}${HIDDEN_PREFIX}${randomUUID()}.json`;
  }

  private markerText(fields: Pick<WriterMarker, 'kind' | 'key' | 'upload_id'>): string {
    const marker: WriterMarker = { ...fields, host: os.hostname(), pid: process.pid, writer: WRITER_ID, started_at: new Date().toISOString() };
    return JSON.stringify(marker);
  }

  /** Writes a hidden marker naming this process (or rewrites marker `key`); returns its object key. */
  private async writeMarker(fields: Pick<WriterMarker, 'kind' | 'key' | 'upload_id'>, key = this.markerKey()): Promise<string> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: this.markerText(fields) }));
    return key;
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }
}

function isHidden(objectKey: string): boolean {
  return objectKey.slice(objectKey.lastIndexOf('/') + 1).startsWith(HIDDEN_PREFIX);
}

function parseMarker(text: string): WriterMarker | undefined {
  try {
    const value = JSON.parse(text) as WriterMarker;
    return typeof value.host === 'string' && Number.isInteger(value.pid) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The marker's writer is a process on this host that no longer runs (or an earlier process with our pid). */
function writerGone(marker: WriterMarker): boolean {
  if (marker.host !== os.hostname()) return false;
  if (marker.pid === process.pid) return marker.writer !== WRITER_ID;
  return !isProcessAlive(marker.pid);
}

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

const CREDENTIAL_ERRORS = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidToken', 'AllAccessDisabled', 'CredentialsProviderError']);

/** S3 and SDK errors become LakeErrors where they enter, with a verdict the retry module can act on. */
export function s3Error(message: string, cause: unknown): LakeError {
  if (cause instanceof LakeError) return cause;
  const name = (cause as Error | null)?.name ?? 'Error';
  const text = `${message}: ${name === 'Error' ? '' : `${name}: `}${(cause as Error | null)?.message ?? cause}`;
  const status = httpStatus(cause);
  if (name === 'NoSuchBucket') {
    return new LakeError(text, { kind: 'storage', retry: 'needs-person', remedy: 'create the bucket, or fix lake.root', cause });
  }
  if (CREDENTIAL_ERRORS.has(name) || status === 401 || status === 403) {
    return new LakeError(text, {
      kind: 'storage',
      retry: 'needs-person',
      remedy: 'check the S3 credentials (lake.s3 or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the profile) and that they may read, write, list and delete under lake.root',
      cause,
    });
  }
  if (/region is missing/i.test(text) || status === 301 || name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed') {
    return new LakeError(text, { kind: 'config', retry: 'needs-person', remedy: "set lake.s3.region or AWS_REGION to the bucket's region", cause });
  }
  return new LakeError(text, { kind: 'storage', retry: 'automatic', cause });
}
