/**
 * Exposes the lake to SQL: one view per published table, `<layer>.<table>`, over exactly the files the
 * tables' manifests name right now (the commit points), never a directory listing: a directory may
 * briefly hold a replaced version, or the file of a writer that died before its manifest. Schemas that
 * drift between partitions are unioned by column name, so a 2009 and a 2021 bronze partition sit in one
 * view.
 *
 * Manifests live under `_lake/partitions/<layer>/<table>/`: a monthly partition's names its file (`key`)
 * and, for silver, its quarantine (`quarantine_key`); a CDC silver table's `current.json` names its
 * key-range files (`files`). CDC bronze has no manifests: its change files are immutable, at-least-once
 * and read by listing (silver deduplicates them).
 */
import { changeFileTable, listManifests, readManifest, type LakeStorage } from '../storage/index.ts';
import { Engine, sqlIdent, sqlString } from './duckdb.ts';

export const LAYERS = ['bronze', 'silver', 'gold', 'quarantine'] as const;

export interface LakeTables {
  [layer: string]: { [table: string]: string[] };
}

interface AnyManifest {
  key?: string;
  quarantine_key?: string;
  files?: Array<string | { key: string }>;
}

/** The data files one manifest makes visible. */
export function filesNamedBy(manifest: AnyManifest): string[] {
  if (Array.isArray(manifest.files)) return manifest.files.map((f) => (typeof f === 'string' ? f : f.key));
  return [manifest.key, manifest.quarantine_key].filter((k): k is string => typeof k === 'string');
}

export async function listLakeTables(storage: LakeStorage): Promise<LakeTables> {
  const tables: LakeTables = {};
  const add = (key: string) => {
    const [layer, table] = key.split('/');
    if (!(LAYERS as readonly string[]).includes(layer) || !table || !key.endsWith('.parquet')) return;
    ((tables[layer] ??= {})[table] ??= []).push(key);
  };
  for (const { layer, table, month } of await listManifests(storage)) {
    const manifest = await readManifest<AnyManifest>(storage, layer, table, month);
    if (manifest) filesNamedBy(manifest).forEach(add);
  }
  // CDC change tables: every published change file (a table with manifests is never listed).
  for (const key of await storage.list('bronze/')) {
    const table = changeFileTable(key);
    if (table !== undefined && (!tables.bronze?.[table] || tables.bronze[table].every((k) => changeFileTable(k) !== undefined))) add(key);
  }
  for (const layer of Object.values(tables)) for (const keys of Object.values(layer)) keys.sort();
  return tables;
}

export async function attachLakeViews(engine: Engine, storage: LakeStorage): Promise<LakeTables> {
  const tables = await listLakeTables(storage);
  for (const layer of LAYERS) {
    await engine.run(`CREATE SCHEMA IF NOT EXISTS ${sqlIdent(layer)}`);
    for (const [table, keys] of Object.entries(tables[layer] ?? {})) {
      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
  return tables;
}

/** Partition columns are integers (`year=2021/month=03` → 2021, 3), whatever the first file suggests. */
function hiveTypes(key: string): string {
  const names = [...key.matchAll(/\/([a-z_]+)=[^/]+/g)].map((m) => m[1]);
  return `{${names.map((name) => `${sqlString(name)}: INTEGER`).join(', ')}}`;
}
