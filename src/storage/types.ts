/**
 * The storage contract every lake backend (local disk, S3) satisfies, and that
 * test/storage.contract.test.ts checks for each of them.
 *
 * - Keys are `/`-separated paths relative to the lake root (`bronze/yellow/year=2021/month=03/data.parquet`).
 * - `publishFile` and `writeText` are atomic per key: a reader sees the previous object or the new one,
 *   never a partial one, and a crash at any instant leaves the previous object in place.
 * - `list` returns only published objects, never a writer's temporaries.
 * - Writers of different keys may run concurrently; two writers of one key race and the last wins, so
 *   the orchestrator serialises work per partition (with locks made by `createExclusive`).
 */
export interface LakeStorage {
  /** Where the lake lives, for messages (`/var/lake`, `s3://bucket/prefix`). */
  readonly location: string;
  /** Copies (or moves, when `move` is set and possible) a local file to `key`, atomically. */
  publishFile(key: string, localPath: string, options?: { move?: boolean }): Promise<void>;
  writeText(key: string, text: string): Promise<void>;
  /**
   * Creates `key` with `text` only if no object exists under it, atomically: of several concurrent
   * creators (in any process, on any host sharing the lake) exactly one gets `true`, and a reader never
   * sees a partial object. The primitive behind partition locks (local disk: link(2) of a complete
   * temporary; S3: PutObject with `If-None-Match: *`).
   */
  createExclusive(key: string, text: string): Promise<boolean>;
  /** The object's text, or undefined when it does not exist. */
  readText(key: string): Promise<string | undefined>;
  exists(key: string): Promise<boolean>;
  /** Published keys under a prefix, sorted. */
  list(prefix: string): Promise<string[]>;
  delete(key: string): Promise<void>;
  /**
   * A local file DuckDB can open for `key`: the file itself on disk; for S3 a cached download of the
   * current version (keyed by ETag, so a replaced object is downloaded again), under the partition's
   * `year=…/month=…` directories like the key.
   */
  localPath(key: string): Promise<string>;
  /** Removes temporaries left by writers that died (S3: aborts their multipart uploads); safe while other writers run. */
  recover(): Promise<{ removed: string[] }>;
}
