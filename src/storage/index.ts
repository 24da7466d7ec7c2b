/** Lake storage: one interface, one backend per kind of root. */
import { DEFAULT_S3, type S3Config } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { defaultWorkDir, isS3Root } from './layout.ts';
import { LocalStorage } from './local.ts';
import { S3Storage, type S3StorageOptions } from './s3.ts';
import type { LakeStorage } from './types.ts';

export type { LakeStorage } from './types.ts';
export { LocalStorage, isProcessAlive, type LocalStorageHooks } from './local.ts';
export { S3Storage, parseS3Root, type S3StorageHooks, type S3StorageOptions } from './s3.ts';

export interface StorageSettings {
  /** `lake.s3` (for an s3:// root). */
  s3?: S3Config;
  /** The work directory; an S3 lake keeps the downloads DuckDB reads under it. */
  workDir?: string;
}

export function openStorage(lakeRoot: string, settings: StorageSettings = {}): LakeStorage {
  if (isS3Root(lakeRoot)) return new S3Storage(s3Options(lakeRoot, settings));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(lakeRoot)) {
    throw new LakeError(`unsupported lake root ${lakeRoot}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'lake.root is a local directory or s3://bucket/prefix',
    });
  }
  return new LocalStorage(lakeRoot);
}

/** `lake.s3` as the S3 backend's options. */
export function s3Options(lakeRoot: string, settings: StorageSettings = {}): S3StorageOptions {
  const s3: S3Config = settings.s3 ?? DEFAULT_S3;
  return {
    root: lakeRoot,
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: s3.force_path_style,
    credentials:
      s3.access_key_id && s3.secret_access_key
        ? { accessKeyId: s3.access_key_id, secretAccessKey: s3.secret_access_key, sessionToken: s3.session_token }
        : undefined,
    partSizeBytes: s3.part_size_mb * 1024 * 1024,
    staleUploadMs: s3.stale_upload_hours * 3_600_000,
    cacheDir: settings.workDir ?? defaultWorkDir(lakeRoot),
  };
}

export * from './partitions.ts';
export * from './layout.ts';
export * from './freshness.ts';

/**
 * Deletes the data files under `dir` (direct children only) that `keep` does not name: the versions a
 * newer manifest replaced and those of writers that died before their manifest. Call it only after the
 * manifest naming `keep` is written, while holding the partition's lock.
 */
export async function removeUnreferenced(storage: LakeStorage, dir: string, keep: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const key of await storage.list(dir)) {
    if (key.includes('/', dir.length) || !key.endsWith('.parquet') || keep.includes(key)) continue;
    await storage.delete(key);
    removed.push(key);
  }
  return removed;
}
