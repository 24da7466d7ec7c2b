import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config/index.ts';
import { LakeMetrics } from '../observability/metrics.ts';
import { cdcStateKey, manifestKey, openStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { renderStatus } from '../cli/report.ts';
import { lakeStatus } from './status.ts';

const CONFIG = `
lake:
  root: ./lake
sources:
  yellow: { type: csv, url: 'http://x/{yyyy}-{mm}.csv', lag_months: 2, freshness_sla_days: 7 }
  shop: { type: postgres, connection: 'postgres://lake@127.0.0.1:1/shop', publication: lake_shop, slot: lake_shop, tables: [{ name: public.customers, freshness_sla_seconds: 60 }] }
`;
const NOW = new Date('2021-05-10T00:00:00Z');

describe('lake status', () => {
  const dir = makeTempDir();
  after(() => rm(dir, { recursive: true, force: true }));

  it('status and the freshness gauge agree on a monthly table two months behind and on a CDC table', async () => {
    const { config } = parseConfig(CONFIG, path.join(dir, 'lake.yaml'), {});
    const storage = openStorage(path.join(dir, 'lake'));
    // January is the newest month; March is expected, and February was due on April 1st.
    const bronze = { month: '2021-01', batch_id: 'b1', key: 'bronze/yellow/part-b1.parquet', ingested_at: '2021-03-02T00:00:00.000Z', rows: 10 };
    await storage.writeText(manifestKey('bronze', 'yellow', { year: 2021, month: 1 }), JSON.stringify(bronze));
    const committed = new Date(NOW.getTime() - 42_000).toISOString();
    await storage.writeText(manifestKey('silver', 'customers', 'current'), JSON.stringify({ batch_id: 'c1', built_at: NOW.toISOString(), rows: 3, files: [], last_commit_at: committed }));
    await storage.writeText(cdcStateKey('shop'), JSON.stringify({ flushed_lsn: '0/10', last_commit_at: committed, tables: { customers: { snapshot: 'done' } } }));

    const clock = { now: () => NOW };
    const status = await lakeStatus({ config, storage }, clock);
    const metrics = new LakeMetrics({ config, storage, clock, defaultMetrics: false });
    try {
      await metrics.collector.collect();
      const gauge = new Map((await metrics.registry.getSingleMetric('lake_table_freshness_seconds')!.get()).values.map((v) => [`${v.labels.layer}.${v.labels.table}`, v.value]));

      const yellow = status.tables.find((t) => t.layer === 'bronze' && t.table === 'yellow')!.freshness!;
      assert.equal(gauge.get('bronze.yellow'), 39 * 86_400);
      assert.equal(yellow.freshness_seconds, gauge.get('bronze.yellow'));
      assert.equal(yellow.complete_until, '2021-04-01T00:00:00.000Z');
      assert.deepEqual([yellow.status, yellow.late_by_days], ['late', 39 - 7], 'late since the first missing month was due');
      const line = renderStatus(status).split('\n').find((l) => l.trim().startsWith('yellow'))!;
      assert.match(line, /LATE by 32 d: a month missing since 2021-04-01 \+ SLA 7 d, 2021-03 expected/);

      const customers = status.cdc.find((c) => c.table === 'customers')!;
      assert.equal(gauge.get('silver.customers'), 42);
      assert.equal(customers.freshness_seconds, gauge.get('silver.customers'));
      assert.equal(customers.status, 'fresh', 'within its 60 s SLA');
    } finally {
      await metrics.close();
    }
  });
});
