/**
 * A `kafka` source in its own process, for crash tests: `node --import tsx kafka-source-child.ts <config> <source>`.
 * It consumes, rebuilds silver after every recorded batch, and prints `STREAMING`, `CONSUMED <n>` and
 * `FLUSHED <position>` lines until killed (SIGTERM stops it gracefully, printing `STOPPED`).
 */
import { KafkaSourcePipeline, openRuntime, promote } from '../orchestrator/index.ts';
import { formatLsn } from '../ingest/postgres/index.ts';

const [configFile, source] = process.argv.slice(2);
const runtime = await openRuntime(configFile);
let building = Promise.resolve();
const pipeline = new KafkaSourcePipeline(runtime, source, (event) => {
  if (event.type === 'streaming') process.stdout.write(`STREAMING ${formatLsn(event.from)}\n`);
  if (event.type === 'reconnecting') process.stdout.write(`RECONNECTING ${event.error.message}\n`);
  if (event.type === 'kafka.consumed') process.stdout.write(`CONSUMED ${event.messages}\n`);
  if (event.type !== 'flushed') return;
  building = building.then(async () => {
    await promote(runtime, source, null);
    process.stdout.write(`FLUSHED ${formatLsn(event.lsn)}\n`);
  });
});
process.on('SIGTERM', () => void pipeline.stop());
await pipeline.start();
await building;
await runtime.close();
process.stdout.write('STOPPED\n');
