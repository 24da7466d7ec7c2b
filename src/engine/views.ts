/**
 * Exposes the lake to SQL: one view per published table, `<layer>.<table>`, over the files that are
 * published right now (never a writer's temporaries). Schemas that drift between partitions are unioned
 * by column name, so a 2009 and a 2021 bronze partition sit in one view.
 */
import type { LakeStorage } from '../storage/index.ts';
import { Engine, sqlIdent, sqlString } from './index.ts';

export const LAYERS = ['bronze', 'silver', 'gold', 'quarantine'] as const;

export interface LakeTables {
  [layer: string]: { [table: string]: string[] };
}

export async function listLakeTables(storage: LakeStorage): Promise<LakeTables> {
  const tables: LakeTables = {};
  for (const layer of LAYERS) {
    for (const key of await storage.list(`${layer}/`)) {
      if (!key.endsWith('.parquet')) continue;
      const [, table] = key.split('/');
      ((tables[layer] ??= {})[table] ??= []).push(key);
    }
  }
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
