/**
 * What every command needs: the validated config, the lake storage, a DuckDB engine and a work
 * directory. Opening it recovers temporaries left by writers that died.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isBatchSource, loadConfig, type LakeConfig, type LoadedConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { EventBus } from '../events/index.ts';
import { defaultWorkDir, isProcessAlive, isS3Root, openStorage, S3Storage, type LakeStorage } from '../storage/index.ts';

export interface LakeRuntime {
  loaded: LoadedConfig;
  config: LakeConfig;
  storage: LakeStorage;
  engine: Engine;
  workDir: string;
  events: EventBus;
  close(): Promise<void>;
}

export async function openRuntime(configFile: string, env: NodeJS.ProcessEnv = process.env): Promise<LakeRuntime> {
  const loaded = loadConfig(configFile, env);
  const configuredWork = loaded.config.lake.work_dir;
  const workDir = configuredWork ? path.resolve(path.dirname(loaded.file), configuredWork) : defaultWorkDir(loaded.lakeRoot);
  const storage = openStorage(loaded.lakeRoot, { s3: loaded.config.lake.s3, workDir });
  await fs.mkdir(workDir, { recursive: true });
  await storage.recover();
  await removeDeadWork(workDir);
  const engine = await Engine.open({
    threads: loaded.config.engine.threads,
    memoryLimit: loaded.config.engine.memory_limit,
    tempDirectory: path.join(workDir, `${process.pid}-duckdb-spill`),
    allowedDirectories: engineDirectories(loaded, workDir),
  });
  return {
    loaded,
    config: loaded.config,
    storage,
    engine,
    workDir,
    events: new EventBus(),
    async close() {
      engine.close();
      if (storage instanceof S3Storage) storage.close();
    },
  };
}

/** Work directories of batches whose process is gone (a crash) are deleted; live ones are left alone. */
async function removeDeadWork(workDir: string): Promise<void> {
  const entries = await fs.readdir(workDir).catch(() => [] as string[]);
  for (const name of entries) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid)) {
      await fs.rm(path.join(workDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * What DuckDB may touch: the lake (a local root; an S3 lake is read through the cache in the work
 * directory), the work directory, the reference tables' and the local sources' directories.
 */
export function engineDirectories(loaded: LoadedConfig, workDir: string): string[] {
  const dirs = [workDir];
  if (!isS3Root(loaded.lakeRoot)) dirs.push(loaded.lakeRoot);
  for (const reference of Object.values(loaded.config.reference)) dirs.push(path.dirname(reference.path));
  for (const source of Object.values(loaded.config.sources)) {
    if (!isBatchSource(source) || /^https?:\/\//i.test(source.url)) continue;
    const local = source.url.startsWith('file://') ? new URL(source.url.replaceAll('{yyyy}', '0000').replaceAll('{mm}', '00')).pathname : source.url;
    dirs.push(path.dirname(local.slice(0, local.search(/\{yyyy\}|\{mm\}/) >= 0 ? local.search(/\{yyyy\}|\{mm\}/) : undefined) + 'x'));
  }
  return dirs.map((d) => path.resolve(d));
}
