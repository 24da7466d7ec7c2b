import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { cleanHeader } from '../ingest/index.ts';
import { REPO_ROOT, TLC_HEADS } from '../testing/lake.ts';
import { planMapping } from './mapping.ts';

const { config } = loadConfig(path.join(REPO_ROOT, 'config/lake.yaml'));
const TABLE_OF: Record<string, string> = { yellow: 'yellow_trips', green: 'green_trips', fhv: 'fhv_trips', fhvhv: 'fhvhv_trips' };

describe('silver column mapping', () => {
  it('maps every header variant of the real files with the shipped config', () => {
    const variants = new Map<string, string[]>();
    for (const file of readdirSync(TLC_HEADS)) {
      const service = file.split('_')[0];
      const header = cleanHeader(readFileSync(path.join(TLC_HEADS, file), 'utf8').split(/\r?\n/)[0].split(','));
      variants.set(`${service}:${header.join(',')}`, header);
    }
    assert.equal(variants.size, 16);
    for (const [key, header] of variants) {
      const table = TABLE_OF[key.split(':')[0]];
      const plan = planMapping(table, config.silver.tables[table], header);
      const fed = plan.columns.filter((c) => c.bronze !== null).length;
      assert.equal(fed + plan.shadowed.length + plan.ignored.length, header.length, `${key}: every column accounted for`);
      const pickup = plan.columns.find((c) => c.canonical === 'pickup_datetime');
      assert.ok(pickup?.bronze, `${key}: pickup_datetime is mapped`);
    }
  });

  it('matches aliases case- and space-insensitively', () => {
    const plan = planMapping('yellow_trips', config.silver.tables.yellow_trips, ['VENDOR_NAME', 'Trip_Pickup_DateTime', ' trip_dropoff_datetime ']);
    assert.deepEqual(
      plan.columns.filter((c) => c.bronze).map((c) => [c.canonical, c.bronze]),
      [
        ['vendor_id', 'VENDOR_NAME'],
        ['pickup_datetime', 'Trip_Pickup_DateTime'],
        ['dropoff_datetime', ' trip_dropoff_datetime '],
      ],
    );
  });

  it('gives the first listed alias priority and reports the shadowed column', () => {
    const plan = planMapping('fhv_trips', config.silver.tables.fhv_trips, ['Pickup_DateTime', 'Dispatching_base_number', 'Dispatching_base_num']);
    assert.equal(plan.columns.find((c) => c.canonical === 'dispatching_base_num')?.bronze, 'Dispatching_base_number');
    assert.deepEqual(plan.shadowed, [{ bronze: 'Dispatching_base_num', canonical: 'dispatching_base_num', winner: 'Dispatching_base_number' }]);
  });

  it('fails naming the columns it cannot map', () => {
    assert.throws(
      () => planMapping('yellow_trips', config.silver.tables.yellow_trips, ['VendorID', 'tpep_pickup_datetime', 'airport_fee', 'Mystery']),
      (error: LakeError) => {
        assert.equal(error.kind, 'mapping');
        assert.equal(error.retry, 'needs-person');
        assert.match(error.message, /cannot map source columns 'airport_fee', 'Mystery'/);
        return true;
      },
    );
  });
});
