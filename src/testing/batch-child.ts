/**
 * One bronze ingest or silver promotion in its own process, for crash tests:
 * `node --import tsx batch-child.ts <config> bronze|silver <source or table> <YYYY-MM> [kill-before-step]`.
 * With a step number it kills itself (SIGKILL) just before its Nth change to the lake; each change is
 * printed as `STEP <n> <what>` first. Prints `DONE <status>` when it finishes.
 */
import { ingestBronzeMonth } from '../bronze/index.ts';
import { loadConfig } from '../config/index.ts';
import { Engine } from '../engine/index.ts';
import { promoteSilverMonth } from '../silver/index.ts';
import { defaultWorkDir, LocalStorage, parseMonth } from '../storage/index.ts';
import { crashingStorage } from './crashing-storage.ts';

const [configFile, layer, name, monthText, killBefore] = process.argv.slice(2);
const loaded = loadConfig(configFile);
const storage = crashingStorage(new LocalStorage(loaded.lakeRoot), killBefore ? Number(killBefore) : 0, (step, what) => {
  process.stdout.write(`STEP ${step} ${what}\n`);
});
const engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
const ctx = { config: loaded.config, storage, engine, workDir: defaultWorkDir(loaded.lakeRoot) };
const month = parseMonth(monthText);
const result = layer === 'bronze' ? await ingestBronzeMonth(ctx, name, month) : await promoteSilverMonth(ctx, name, month);
process.stdout.write(`DONE ${result.status}\n`);
engine.close();
