/**
 * A bronze ingest in its own process, for crash tests: `node --import tsx ingest-child.ts <config>
 * <source> <month> [pause]`. With `pause`, it stops after the new partition file is complete but before
 * it replaces the old one, prints `PAUSED <temp file>`, and waits to be killed.
 */
import { ingestBronzeMonth } from '../bronze/index.ts';
import { loadConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { defaultWorkDir, LocalStorage } from '../storage/index.ts';

const [configFile, source, month, mode] = process.argv.slice(2);
const loaded = loadConfig(configFile);
const storage = new LocalStorage(loaded.lakeRoot, {
  beforeRename: async (temp) => {
    if (mode !== 'pause') return;
    process.stdout.write(`PAUSED ${temp}\n`);
    await new Promise(() => {}); // until SIGKILL
  },
});
const engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
const [year, m] = month.split('-').map(Number);
process.stdout.write('STARTED\n');
const result = await ingestBronzeMonth(
  { config: loaded.config, storage, engine, workDir: defaultWorkDir(loaded.lakeRoot) },
  source,
  { year, month: m },
);
process.stdout.write(`DONE ${result.status}\n`);
engine.close();
