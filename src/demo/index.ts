/**
 * `lake demo`: the whole system on one machine with nothing installed. An embedded Postgres (logical
 * replication) runs a small shop with a live workload that CDC streams into the lake; the bundled TLC
 * samples are served over HTTP to the batch sources; the lake lives in a local directory. The demo writes
 * its own config (`<dir>/lake.yaml`), so what it runs is what `lake run` would run with that file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.ts';
import { startSampleServer } from './sample-server.ts';
import { closeQuietly } from '../ingest/postgres/catalog.ts';
import { seedShop, startWorkload, type Workload } from './workload.ts';

export { startEmbeddedPostgres, freePort } from './embedded-postgres.ts';
export { seedShop, startWorkload } from './workload.ts';
export { startSampleServer } from './sample-server.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');

/** Sample months every service has heads for: what the demo backfills at start. */
export const DEMO_MONTHS = ['2019-03', '2019-04'];

export interface DemoOptions {
  dir: string;
  metricsPort: number;
  /** Milliseconds between shop transactions. */
  workloadIntervalMs?: number;
}

export interface Demo {
  configFile: string;
  lakeDir: string;
  postgres: RunningPostgres;
  workload: Workload;
  samplesUrl: string;
  stop(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const postgres = await startEmbeddedPostgres({
    dir: path.join(dir, 'postgres'),
    database: 'shop',
    // Local to this machine and this demo only; the config reads it from the environment like a real one.
    password: 'lake-demo',
    persistent: true,
  });
  await seedShop(postgres.connectionString);
  const samples = await startSampleServer();
  const workload = startWorkload(postgres.connectionString, options.workloadIntervalMs ?? 250);
  const configFile = path.join(dir, 'lake.yaml');
  writeFileSync(configFile, demoConfig(samples.url, options.metricsPort, postgres.connectionString));
  return {
    configFile,
    lakeDir: path.join(dir, 'lake'),
    postgres,
    workload,
    samplesUrl: samples.url,
    async stop() {
      await workload.stop();
      await samples.close();
      // Ctrl-C in a terminal reaches Postgres too; a server already gone (or still finishing its own
      // fast shutdown) must not hold the exit past the daemon's grace period (8 s by default).
      await closeQuietly({ stop: () => postgres.stop() }, 3_000);
    },
  };
}

function demoConfig(samplesUrl: string, metricsPort: number, connection: string): string {
  const batch = (service: string) => `  ${service}:
    type: csv
    url: ${samplesUrl}/${service}/${service}_tripdata_{yyyy}-{mm}.csv.gz
    freshness_sla_days: 30
`;
  return `# Written by \`lake demo\`: the embedded default. Query it with \`lake query --config <this file> "..."\`.
include: [${JSON.stringify(path.join(REPO, 'config', 'tlc.yaml'))}]

lake:
  root: ./lake

observability:
  metrics:
    host: 127.0.0.1
    port: ${metricsPort}
    collect_interval_ms: 2000
  log:
    level: warn

http:
  retry:
    attempts: 2
    base_delay_ms: 100
    max_delay_ms: 500

sources:
${['yellow', 'green', 'fhv', 'fhvhv'].map(batch).join('')}  shop:
    type: postgres
    # The demo's own local database; a real config reads this from the environment.
    connection: \${LAKE_DEMO_DATABASE_URL:-${connection}}
    publication: lake_demo
    slot: lake_demo
    tables:
      - name: public.customers
      - name: public.orders
        scd2: true
    flush:
      interval_ms: 1000
    heartbeat_ms: 5000

gold:
  sales_fact:
    depends_on: [orders]
    sql: |
      SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS month, customer_id,
             sum(amount) AS total_sales, count(*) AS orders
      FROM silver.orders
      WHERE status <> 'cancelled'
      GROUP BY ALL
`;
}
