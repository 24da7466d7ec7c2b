/**
 * What every command needs: the validated config, the lake storage, a DuckDB engine and a work
 * directory. Opening it recovers temporaries left by writers that died.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig, type LakeConfig, type LoadedConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { EventBus } from '../observability/events.ts';
import { defaultWorkDir, isProcessAlive, openStorage, S3Storage, type LakeStorage } from '../storage/index.ts';

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
