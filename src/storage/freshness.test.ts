import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, parseConfig } from '../config/index.ts';
import { formatMonth } from './partitions.ts';
import { freshnessOf } from './freshness.ts';

const DAY = 86_400;
const { config } = parseConfig(
  `sources:
  yellow: { type: csv, url: 'http://x/{yyyy}-{mm}.csv', lag_months: 2, freshness_sla_days: 7 }
  green: { type: csv, url: 'http://x/g{yyyy}-{mm}.csv', lag_months: 1 }
  fhv: { type: csv, url: 'http://x/f{yyyy}-{mm}.csv', lag_months: 2, start: '2021-06', freshness_sla_days: 7 }
  shop: { type: postgres, connection: 'postgres://lake@127.0.0.1:1/shop', publication: lake_shop, slot: lake_shop, tables: [{ name: public.orders, freshness_sla_seconds: 60 }, { name: public.notes }] }
silver:
  tables:
    trips:
      from: yellow
      columns: { fare: { type: DOUBLE, aliases: [fare_amount] } }
      unique_key: [fare]
    green_trips:
      from: green
      columns: { fare: { type: DOUBLE, aliases: [fare_amount] } }
      unique_key: [fare]
gold:
  both:
    depends_on: [trips, green_trips]
    sql: SELECT 1
`,
  '/etc/lake.yaml',
  {},
);
const lake = catalog(config);
const table = (layer: 'bronze' | 'silver' | 'gold', name: string) => lake.get(layer, name)!;
const now = new Date('2021-05-10T00:00:00Z');

describe('freshness', () => {
  it('is fresh when the newest month that should exist is there', () => {
    const f = freshnessOf(table('bronze', 'yellow'), { newest: { year: 2021, month: 3 } }, now)!;
    assert.deepEqual([f.status, f.seconds, formatMonth(f.expected!.month), f.expected!.dueAt.toISOString()], ['fresh', 0, '2021-03', '2021-05-01T00:00:00.000Z']);
  });

  it('waits within the SLA after the month became due, and is late after it', () => {
    assert.equal(freshnessOf(table('bronze', 'yellow'), { newest: { year: 2021, month: 2 } }, new Date('2021-05-07T00:00:00Z'))!.status, 'waiting');
    const late = freshnessOf(table('bronze', 'yellow'), { newest: { year: 2021, month: 2 } }, now)!;
    assert.equal(late.status, 'late');
    assert.equal(late.lateBySeconds, 2 * DAY, 'due May 1st + 7 days, now May 10th');
    assert.equal(freshnessOf(table('bronze', 'yellow'), {}, now)!.status, 'late', 'no partition at all');
  });

  it('counts lateness from when the first missing month became due, not the newest', () => {
    // January is the newest: February was due on April 1st, 39 days ago.
    const f = freshnessOf(table('bronze', 'yellow'), { newest: { year: 2021, month: 1 } }, now)!;
    assert.equal(f.completeUntil!.toISOString(), '2021-04-01T00:00:00.000Z');
    assert.equal(f.seconds, 39 * DAY);
    assert.equal(f.lateBySeconds, 32 * DAY);
  });

  it('finds nothing missing before a source starts publishing', () => {
    assert.equal(freshnessOf(table('bronze', 'fhv'), {}, now)!.status, 'fresh');
  });

  it('does not judge a source without an SLA, and takes the strictest inputs for a table built from several', () => {
    assert.equal(freshnessOf(table('bronze', 'green'), { newest: { year: 2021, month: 3 } }, now)!.status, 'no-sla');
    const both = freshnessOf(table('gold', 'both'), { newest: { year: 2021, month: 3 } }, now)!;
    assert.equal(formatMonth(both.expected!.month), '2021-03', 'the month every input should have');
    assert.equal(both.status, 'fresh');
    assert.equal(both.slaSeconds, 7 * DAY);
  });

  it('measures a CDC table by its newest applied commit, late while unknown', () => {
    assert.deepEqual(freshnessOf(table('silver', 'orders'), { lastCommitAt: new Date(now.getTime() - 30_000) }, now), {
      status: 'fresh',
      seconds: 30,
      completeUntil: new Date(now.getTime() - 30_000),
      slaSeconds: 60,
    });
    assert.equal(freshnessOf(table('silver', 'orders'), { lastCommitAt: new Date(now.getTime() - 61_000) }, now)!.status, 'late');
    assert.deepEqual(freshnessOf(table('silver', 'orders'), {}, now), { status: 'late', slaSeconds: 60 });
    assert.equal(freshnessOf(table('silver', 'notes'), {}, now)!.status, 'no-sla');
  });
});
