/**
 * The storage contract every lake backend (local disk now, S3 next) satisfies, and that
 * test/storage.contract.ts checks for each of them.
 *
 * - Keys are `/`-separated paths relative to the lake root (`bronze/yellow/year=2021/month=03/data.parquet`).
 * - `publishFile` and `writeText` are atomic per key: a reader sees the previous object or the new one,
 *   never a partial one, and a crash at any instant leaves the previous object in place.
 * - `list` returns only published objects, never a writer's temporaries.
 * - Writers of different keys may run concurrently; two writers of one key race and the last wins, so
 *   the orchestrator serialises work per partition.
 */
export interface LakeStorage {
  /** Where the lake lives, for messages (`/var/lake`, `s3://bucket/prefix`). */
  readonly location: string;
  /** Copies (or moves, when `move` is set and possible) a local file to `key`, atomically. */
  publishFile(key: string, localPath: string, options?: { move?: boolean }): Promise<void>;
  writeText(key: string, text: string): Promise<void>;
  /** The object's text, or undefined when it does not exist. */
  readText(key: string): Promise<string | undefined>;
  exists(key: string): Promise<boolean>;
  /** Published keys under a prefix, sorted. */
  list(prefix: string): Promise<string[]>;
  delete(key: string): Promise<void>;
  /** A local file DuckDB can open for `key`: the file itself on disk, a cached download for S3. */
  localPath(key: string): Promise<string>;
  /** Removes temporaries left by writers that died; safe while other writers run. */
  recover(): Promise<{ removed: string[] }>;
}
