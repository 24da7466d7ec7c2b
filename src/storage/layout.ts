/**
 * The lake's layout: every key under the lake root is named here, and nowhere else. Data files live
 * under `<layer>/<table>/…` (monthly partitions in Hive-style `year=/month=` directories, whole tables at
 * the table's root); lake's own records live under `_lake/`:
 *
 *     _lake/partitions/<layer>/<table>/<YYYY-MM>.json   a monthly partition's manifest (its commit point)
 *     _lake/partitions/<layer>/<table>/current.json     a whole table's manifest (CDC silver, SCD2 history, gold over CDC)
 *     _lake/state/<layer>/<name>/<YYYY-MM>.json         a partition's last attempt (bronze by source name)
 *     _lake/runs/<run_id>.json, _lake/runs/<run_id>/<index>.json    run records and their partitions' live state
 *     _lake/locks/<layer>/<table>/<YYYY-MM>.lock        partition locks; _lake/locks/cdc/<source>/source.lock a CDC source's lease
 *     _lake/cdc/<source>/state.json, creating-slot.json, requests/<id>.json    a CDC source's recorded position and requests
 *     _lake/scheduler/<source>.json                     the last handled schedule tick
 *     _lake/health/<host>-<pid>.probe                   the readiness write probe
 *     _lake/console/actions/<id>.json                   the console's audit records
 *     _lake/rejected/<layer>/<table>/<YYYY-MM>/<batch>.parquet   rows a failing quality gate kept
 *     _lake/tmp/                                        S3 upload markers
 *     _lake/work/                                       a local lake's default work directory
 *
 * CDC tables' bronze is a log of change files by commit day, named by the LSN range they hold, so a
 * listing alone says which files a position covers:
 *
 *     bronze/<table>/year=YYYY/month=MM/day=DD/part-<minlsn>-<maxlsn>-[l<level>-|full-]<id>.parquet
 *     bronze/<source>_kafka_quarantine/year=YYYY/month=MM/day=DD/part-<pos>-<pos>-<id>.parquet
 *
 * Readers list a prefix and parse the keys back with the functions here, so a key's shape is written
 * once. Manifests are read and written through `readManifest`/`writeManifest`: the layer that writes a
 * manifest owns its full type and passes it as the type parameter; readers elsewhere rely only on the
 * common fields declared here.
 */
import os from 'node:os';
import path from 'node:path';
import type { Layer } from '../config/index.ts';
import { lsnKey, type Lsn } from '../changes/index.ts';
import { LakeError } from '../errors/index.ts';
import { formatMonth, monthPartitionPath, parseMonth, type Month } from './partitions.ts';
import type { LakeStorage } from './types.ts';

const LAKE = '_lake/';
export const MANIFESTS_PREFIX = `${LAKE}partitions/`;
export const PARTITION_STATES_PREFIX = `${LAKE}state/`;
export const RUNS_PREFIX = `${LAKE}runs/`;
export const LOCKS_PREFIX = `${LAKE}locks/`;
export const HEALTH_PREFIX = `${LAKE}health/`;
export const CONSOLE_ACTIONS_PREFIX = `${LAKE}console/actions/`;
/** Where the S3 backend keeps its upload markers. */
export const TMP_PREFIX = `${LAKE}tmp/`;

const LAYERS: readonly string[] = ['bronze', 'silver', 'gold'];

// Data files.

/** The directory of a monthly partition, `<layer>/<table>/year=YYYY/month=MM/` (`layer` may be `quarantine`). */
export function partitionDir(layer: string, table: string, m: Month): string {
  return `${layer}/${table}/${monthPartitionPath(m)}/`;
}

/**
 * The data file of one version of a monthly partition, named by the batch that wrote it. Files are never
 * replaced in place: the partition's manifest names the current one (the commit point), so a data file
 * and the files published with it (silver and its quarantine) become visible together.
 */
export function partitionDataKey(layer: string, table: string, m: Month, batchId: string): string {
  return `${partitionDir(layer, table, m)}part-${batchId}.parquet`;
}

/** The data file of one version of a whole-table (not monthly) partition, named by its batch. */
export function tableDataKey(layer: string, table: string, batchId: string): string {
  return `${layer}/${table}/part-${batchId}.parquet`;
}

/** The `n`-th file of a whole table's version written in several (CDC silver's key-range files), in key order. */
export function tableDataFileKey(layer: string, table: string, batchId: string, n: number): string {
  return `${layer}/${table}/part-${batchId}-${String(n).padStart(4, '0')}.parquet`;
}

/** Where a partition's rows go when a `fail` check refuses it: kept for inspection, never published. */
export function rejectedPrefix(layer: Layer, table: string, month: Month | string): string {
  return `${LAKE}rejected/${layer}/${table}/${typeof month === 'string' ? month : formatMonth(month)}/`;
}

export function rejectedDataKey(layer: Layer, table: string, month: Month, batchId: string): string {
  return `${rejectedPrefix(layer, table, month)}${batchId}.parquet`;
}

// Manifests.

/** A monthly partition's month, or `current` for a whole table. */
export type ManifestMonth = Month | 'current';

export interface ManifestRef {
  layer: Layer;
  table: string;
  month: ManifestMonth;
}

export function manifestsPrefix(layer: Layer): string {
  return `${MANIFESTS_PREFIX}${layer}/`;
}

export function manifestKey(layer: Layer, table: string, month: ManifestMonth): string {
  return `${manifestsPrefix(layer)}${table}/${month === 'current' ? 'current' : formatMonth(month)}.json`;
}

/** The manifest a listed key is, or undefined for any other key. */
export function parseManifestKey(key: string): ManifestRef | undefined {
  const match = /^_lake\/partitions\/([a-z]+)\/([^/]+)\/(current|\d{4}-\d{2})\.json$/.exec(key);
  if (!match || !LAYERS.includes(match[1])) return undefined;
  return { layer: match[1] as Layer, table: match[2], month: match[3] === 'current' ? 'current' : parseMonth(match[3]) };
}

/** The fields of a monthly manifest that readers other than its writer rely on. */
export interface MonthManifest {
  month: string;
  batch_id: string;
  /** The data file it publishes. */
  key: string;
  /** Silver: the quarantine file published with it. */
  quarantine_key?: string;
  /** Bronze and gold. */
  rows?: number;
  /** Silver. */
  counts?: { bronze: number; silver: number; quarantined: number; duplicates: number };
  ingested_at?: string;
  promoted_at?: string;
  built_at?: string;
}

/** The fields of a whole table's manifest (`current.json`) that readers other than its writer rely on. */
export interface CurrentManifest {
  batch_id: string;
  built_at: string;
  rows: number;
  /** CDC silver: the commit time of the newest change applied. */
  last_commit_at?: string | null;
  watermark_lsn?: string;
  /** Gold: the silver batches it was built from. */
  lineage?: Array<{ table: string; batch_id?: string }>;
}

export async function readManifest<T = MonthManifest>(storage: LakeStorage, layer: Layer, table: string, month: Month): Promise<T | undefined>;
export async function readManifest<T = CurrentManifest>(storage: LakeStorage, layer: Layer, table: string, month: 'current'): Promise<T | undefined>;
export async function readManifest<T>(storage: LakeStorage, layer: Layer, table: string, month: ManifestMonth): Promise<T | undefined>;
export async function readManifest<T>(storage: LakeStorage, layer: Layer, table: string, month: ManifestMonth): Promise<T | undefined> {
  return readJson<T>(storage, manifestKey(layer, table, month));
}

/** Writes a manifest: the commit point of the files it names. */
/** Writes a manifest at its key (`manifestKey`): the one write that makes a build visible. */
export async function writeManifest(storage: LakeStorage, key: string, manifest: unknown): Promise<void> {
  await storage.writeText(key, JSON.stringify(manifest, null, 2));
}

/** The manifests of one layer (or all), in key order. */
export async function listManifests(storage: LakeStorage, layer?: Layer): Promise<Array<ManifestRef & { key: string }>> {
  const out: Array<ManifestRef & { key: string }> = [];
  for (const key of await storage.list(layer ? manifestsPrefix(layer) : MANIFESTS_PREFIX)) {
    const ref = parseManifestKey(key);
    if (ref) out.push({ ...ref, key });
  }
  return out;
}

/** What a monthly manifest says about its partition, whatever its layer. */
export interface ManifestSummary {
  month: string;
  batch_id: string;
  /** When it was published. */
  at: string;
  rows: number;
  /** Silver only. */
  quarantined?: number;
}

export function summarizeManifest(layer: Layer, manifest: MonthManifest): ManifestSummary {
  const base = { month: manifest.month, batch_id: manifest.batch_id, at: String(manifest.ingested_at ?? manifest.promoted_at ?? manifest.built_at) };
  if (layer !== 'silver') return { ...base, rows: Number(manifest.rows ?? 0) };
  return { ...base, rows: Number(manifest.counts?.silver ?? 0), quarantined: Number(manifest.counts?.quarantined ?? 0) };
}

// Partition states and runs.

/** A partition's last attempt: bronze by source name, the other layers by table. */
export function partitionStateKey(ref: { layer: Layer; name: string; month: string }): string {
  return `${PARTITION_STATES_PREFIX}${ref.layer}/${ref.name}/${ref.month}.json`;
}

export function partitionStatesPrefix(layer: Layer): string {
  return `${PARTITION_STATES_PREFIX}${layer}/`;
}

export function runKey(runId: string): string {
  return `${RUNS_PREFIX}${runId}.json`;
}

/** The live state of one partition of an unfinished run. */
export function runPartitionKey(runId: string, index: number): string {
  return `${runPartitionsPrefix(runId)}${index}.json`;
}

export function runPartitionsPrefix(runId: string): string {
  return `${RUNS_PREFIX}${runId}/`;
}

/** The run id a listed key is the record of, or undefined for a partition object or any other key. */
export function parseRunKey(key: string): string | undefined {
  if (!key.startsWith(RUNS_PREFIX) || !key.endsWith('.json') || key.slice(RUNS_PREFIX.length).includes('/')) return undefined;
  return key.slice(RUNS_PREFIX.length, -'.json'.length);
}

// Locks.

export function lockKey(layer: string, table: string, month: string): string {
  return `${LOCKS_PREFIX}${layer}/${table}/${month}.lock`;
}

export function isLockKey(key: string): boolean {
  return key.startsWith(LOCKS_PREFIX) && key.endsWith('.lock');
}

/** The lease a running CDC pipeline holds on its source. */
export function cdcSourceLeaseKey(source: string): string {
  return `${LOCKS_PREFIX}cdc/${source}/source.lock`;
}

// CDC change files.

/** Every change file of a CDC table (or a Kafka source's quarantine) is under this prefix. */
export function changeFilesPrefix(table: string): string {
  return `bronze/${table}/`;
}

/** The table a change file belongs to, or undefined for a key that is not a change file (a monthly bronze file). */
export function changeFileTable(key: string): string | undefined {
  return /^bronze\/([^/]+)\/(?:[^/]+\/)*day=[^/]+\/part-[^/]+\.parquet$/.exec(key)?.[1];
}

/** The day directory of changes committed at `commitMs` (UTC). */
export function changeDayPrefix(table: string, commitMs: number): string {
  const day = new Date(commitMs).toISOString();
  return `${changeFilesPrefix(table)}year=${day.slice(0, 4)}/month=${day.slice(5, 7)}/day=${day.slice(8, 10)}/`;
}

/** A change file in `dayPrefix` holding positions `minLsn`..`maxLsn`; `id` may carry a `l<level>-` or `full-` mark. */
export function changeFileKey(dayPrefix: string, minLsn: Lsn, maxLsn: Lsn, id: string): string {
  return `${dayPrefix}part-${lsnKey(minLsn)}-${lsnKey(maxLsn)}-${id}.parquet`;
}

/** Parses `part-<minlsn>-<maxlsn>-…` back into its LSN range. */
export function lsnRangeOfKey(key: string): { min: Lsn; max: Lsn } | undefined {
  const match = /part-([0-9a-f]{16})-([0-9a-f]{16})-/.exec(key);
  return match ? { min: BigInt(`0x${match[1]}`), max: BigInt(`0x${match[2]}`) } : undefined;
}

/** The change files of `table` that may hold changes in (`above`, `upTo`]: their LSN range meets it. */
export async function changeFilesBetween(storage: LakeStorage, table: string, above: Lsn, upTo: Lsn): Promise<string[]> {
  return (await storage.list(changeFilesPrefix(table))).filter((key) => {
    const range = lsnRangeOfKey(key);
    return range !== undefined && range.max > above && range.min <= upTo;
  });
}

/** A change file's compaction level: 0 for a writer's file, k for `l<k>-`, undefined for a full one (never merged again). */
export function levelOfKey(key: string): number | undefined {
  const match = /part-[0-9a-f]{16}-[0-9a-f]{16}-(?:l(\d+)-|(full)-)?[0-9a-f]+\.parquet$/.exec(key);
  if (!match) return undefined;
  if (match[2]) return undefined;
  return match[1] ? Number(match[1]) : 0;
}

/** Days since the epoch of a `changeDayPrefix`. */
export function dayNumberOf(dayPrefix: string): number | undefined {
  const match = /year=(\d{4})\/month=(\d{2})\/day=(\d{2})\/$/.exec(dayPrefix);
  return match ? Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000) : undefined;
}

/** The quarantine of a `kafka` source: messages that are not changes, as change files of the batch's position. */
export function kafkaQuarantineTable(source: string): string {
  return `${source}_kafka_quarantine`;
}

// CDC sources, schedules, health, console.

export function cdcStateKey(source: string): string {
  return `${LAKE}cdc/${source}/state.json`;
}

/** Written just before lake creates a source's slot and removed once its state is recorded. */
export function creatingSlotKey(source: string): string {
  return `${LAKE}cdc/${source}/creating-slot.json`;
}

export function cdcRequestsPrefix(source: string): string {
  return `${LAKE}cdc/${source}/requests/`;
}

export function cdcRequestKey(source: string, id: string): string {
  return `${cdcRequestsPrefix(source)}${id}.json`;
}

export function schedulerStateKey(source: string): string {
  return `${LAKE}scheduler/${source}.json`;
}

export function healthProbeKey(host: string, pid: number): string {
  return `${HEALTH_PREFIX}${host}-${pid}.probe`;
}

export function consoleActionKey(id: string): string {
  return `${CONSOLE_ACTIONS_PREFIX}${id}.json`;
}

// The work directory (local scratch space, not a key).

export function isS3Root(lakeRoot: string): boolean {
  return /^s3:\/\//i.test(lakeRoot);
}

/** The default work directory: inside a local lake, in the system temp directory for an S3 one. */
export function defaultWorkDir(lakeRoot: string): string {
  return isS3Root(lakeRoot) ? path.join(os.tmpdir(), 'lake-work') : path.join(lakeRoot, '_lake', 'work');
}

/**
 * A JSON object the lake keeps (manifest, state, run record), or undefined when absent. A damaged one is
 * an error naming its key, so every command that trips on it says which file to look at.
 */
export async function readJson<T>(storage: LakeStorage, key: string): Promise<T | undefined> {
  const text = await storage.readText(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new LakeError(`${storage.location}/${key} is not valid JSON (${(error as Error).message})`, {
      kind: 'internal',
      retry: 'needs-person',
      remedy: 'the file was damaged outside lake (lake writes it atomically); restore it from a backup, or delete it and rebuild that partition with lake backfill --force',
      cause: error,
    });
  }
}
