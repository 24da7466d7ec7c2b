/**
 * A CDC pipeline in its own process, for crash tests: `node --import tsx cdc-child.ts <config> <source>`.
 * It streams and rebuilds silver after every flush, printing `FLUSHED <lsn>` lines, until killed.
 */
import { CdcPipeline, openRuntime, promote } from '../orchestrator/index.ts';
import { formatLsn } from '../ingest/postgres/index.ts';

const [configFile, source] = process.argv.slice(2);
const runtime = await openRuntime(configFile);
let building = Promise.resolve();
const pipeline = new CdcPipeline(
  runtime,
  source,
  (event) => {
    if (event.type === 'streaming') process.stdout.write(`STREAMING ${formatLsn(event.from)}\n`);
    if (event.type !== 'flushed') return;
    building = building.then(async () => {
      await promote(runtime, source, null);
      process.stdout.write(`FLUSHED ${formatLsn(event.lsn)}\n`);
    });
  },
  {
    afterSnapshot: (tables) =>
      (building = building.then(async () => {
        await promote(runtime, source, tables);
      })),
  },
);
process.on('SIGTERM', () => void pipeline.stop());
await pipeline.start();
await building;
await runtime.close();
process.stdout.write('STOPPED\n');
