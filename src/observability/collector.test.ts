import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config/index.ts';
import { openStorage, type LakeStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { LakeStateCollector } from './collector.ts';

const DAY = 86_400;
const NOW = new Date('2021-06-10T00:00:00Z');

const CONFIG = `
lake:
  root: ./lake
sources:
  yellow:
    type: csv
    url: /nowhere/yellow_{yyyy}-{mm}.csv
    start: 2019-01
    lag_months: 2
    freshness_sla_days: 3
  shop:
    type: postgres
    connection: postgres://lake@127.0.0.1:1/shop
    publication: lake_shop
    slot: lake_shop
    freshness_sla_seconds: 900
    tables:
      - name: public.customers
        freshness_sla_seconds: 60
      - name: public.orders
silver:
  tables:
    yellow_trips:
      from: yellow
      columns:
        fare: { type: DOUBLE, aliases: [fare_amount] }
      unique_key: [fare]
gold:
  monthly_fares:
    depends_on: [yellow_trips]
    sql: SELECT count(*) AS n FROM silver.yellow_trips
  sales:
    depends_on: [orders]
    sql: SELECT count(*) AS n FROM silver.orders
`;

describe('freshness measured on the data', () => {
  let dir: string;
  let storage: LakeStorage;
  let collector: LakeStateCollector;
  const fresh = (layer: string, table: string) => collector.freshness().find((f) => f.layer === layer && f.table === table);
  const publish = (layer: string, table: string, month: string) => storage.writeText(`_lake/partitions/${layer}/${table}/${month}.json`, JSON.stringify({ month }));

  before(() => {
    dir = makeTempDir();
    const { config } = parseConfig(CONFIG, path.join(dir, 'lake.yaml'));
    storage = openStorage(path.join(dir, 'lake'));
    collector = new LakeStateCollector({ config, storage, clock: { now: () => NOW } });
  });
  after(async () => {
    await collector.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('an empty monthly table is behind since its first month became due, with its source\'s SLA in seconds', async () => {
    await collector.collect();
    const bronze = fresh('bronze', 'yellow')!;
    // 2019-01 was due (two months of publication lag) on 2019-03-01.
    assert.equal(bronze.freshnessSeconds, (NOW.getTime() - Date.parse('2019-03-01T00:00:00Z')) / 1000);
    assert.equal(bronze.slaSeconds, 3 * DAY);
    assert.equal(fresh('silver', 'yellow_trips')?.slaSeconds, 3 * DAY);
    assert.equal(fresh('gold', 'monthly_fares')?.slaSeconds, 3 * DAY);
  });

  it('counts from when the month after the newest published one became due', async () => {
    await publish('bronze', 'yellow', '2021-03');
    await collector.collect();
    // 2021-04 (expected on 2021-06-10 with a two-month lag) was due 2021-06-01: nine days ago.
    assert.equal(fresh('bronze', 'yellow')?.freshnessSeconds, 9 * DAY);
  });

  it('backfilling an old month never makes a stale table look fresh', async () => {
    await publish('bronze', 'yellow', '2019-07');
    await collector.collect();
    assert.equal(fresh('bronze', 'yellow')?.freshnessSeconds, 9 * DAY);
    collector.notePublished('bronze', 'yellow', '2020-01');
    assert.equal(fresh('bronze', 'yellow')?.freshnessSeconds, 9 * DAY);
  });

  it('is 0 once the newest expected month is published, as soon as the event says so', () => {
    collector.notePublished('bronze', 'yellow', '2021-04');
    assert.equal(fresh('bronze', 'yellow')?.freshnessSeconds, 0);
    // Silver has not caught up: still behind.
    assert.ok(fresh('silver', 'yellow_trips')!.freshnessSeconds > 9 * DAY);
  });

  it('a CDC table is as old as its newest applied commit; its gold model as its inputs, per-table SLAs first', async () => {
    const committed = new Date(NOW.getTime() - 30_000).toISOString();
    await storage.writeText('_lake/partitions/silver/customers/current.json', JSON.stringify({ batch_id: 'c1', last_commit_at: committed }));
    await storage.writeText('_lake/partitions/silver/orders/current.json', JSON.stringify({ batch_id: 'o1', last_commit_at: new Date(NOW.getTime() - 120_000).toISOString() }));
    await storage.writeText('_lake/partitions/gold/sales/current.json', JSON.stringify({ lineage: [{ table: 'orders', batch_id: 'o1' }] }));
    await collector.collect();
    assert.deepEqual(fresh('silver', 'customers'), { layer: 'silver', table: 'customers', freshnessSeconds: 30, slaSeconds: 60 });
    assert.deepEqual(fresh('silver', 'orders'), { layer: 'silver', table: 'orders', freshnessSeconds: 120, slaSeconds: 900 });
    assert.deepEqual(fresh('gold', 'sales'), { layer: 'gold', table: 'sales', freshnessSeconds: 120, slaSeconds: 900 });

    // Silver moves on; until gold is rebuilt from it, gold keeps what it was built from.
    await storage.writeText('_lake/partitions/silver/orders/current.json', JSON.stringify({ batch_id: 'o2', last_commit_at: new Date(NOW.getTime() - 5_000).toISOString() }));
    await collector.noteCdcBuilt('silver', 'orders');
    assert.equal(fresh('silver', 'orders')?.freshnessSeconds, 5);
    assert.equal(fresh('gold', 'sales')?.freshnessSeconds, 120);
    await storage.writeText('_lake/partitions/gold/sales/current.json', JSON.stringify({ lineage: [{ table: 'orders', batch_id: 'o2' }] }));
    await collector.noteCdcBuilt('gold', 'sales');
    assert.equal(fresh('gold', 'sales')?.freshnessSeconds, 5);
  });

  it('reports an unreachable CDC source as down, with its thresholds from config', async () => {
    await collector.collect();
    const [shop] = collector.cdcSources();
    assert.equal(shop.source, 'shop');
    assert.equal(shop.up, false);
    assert.equal(shop.lagThresholdSeconds, 900);
    assert.equal(shop.retainedWalThresholdBytes, 1024 ** 3);
  });
});
