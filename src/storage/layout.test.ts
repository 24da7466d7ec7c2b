import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '../testing/lake.ts';
import { LocalStorage } from './local.ts';
import {
  listManifests,
  manifestKey,
  parseManifestKey,
  parseRunKey,
  partitionDataKey,
  readManifest,
  runKey,
  runPartitionKey,
  writeManifest,
} from './layout.ts';

const MARCH = { year: 2021, month: 3 };

describe('lake layout', () => {
  it('a monthly manifest key parses back to its layer, table and month', () => {
    const key = manifestKey('silver', 'yellow_trips', MARCH);
    assert.equal(key, '_lake/partitions/silver/yellow_trips/2021-03.json');
    assert.deepEqual(parseManifestKey(key), { layer: 'silver', table: 'yellow_trips', month: MARCH });
  });

  it('a whole table manifest key parses back to current', () => {
    const key = manifestKey('gold', 'sales_fact', 'current');
    assert.equal(key, '_lake/partitions/gold/sales_fact/current.json');
    assert.deepEqual(parseManifestKey(key), { layer: 'gold', table: 'sales_fact', month: 'current' });
  });

  it('keys that are not manifests do not parse', () => {
    for (const key of [
      '_lake/partitions/quarantine/t/2021-03.json',
      '_lake/partitions/silver/t/2021-03.json.tmp',
      '_lake/partitions/silver/t/x/2021-03.json',
      '_lake/state/silver/t/2021-03.json',
      partitionDataKey('silver', 't', MARCH, 'b1'),
    ]) {
      assert.equal(parseManifestKey(key), undefined, key);
    }
  });

  it('a run record key parses back to its run id, its partition objects do not', () => {
    assert.equal(parseRunKey(runKey('20240501T090000.123Z-1a2b3c')), '20240501T090000.123Z-1a2b3c');
    assert.equal(parseRunKey(runPartitionKey('20240501T090000.123Z-1a2b3c', 4)), undefined);
  });

  it('a written manifest is listed and read back', async () => {
    const dir = makeTempDir();
    try {
      const storage = new LocalStorage(path.join(dir, 'lake'));
      await writeManifest(storage, manifestKey('bronze', 'yellow', MARCH), { month: '2021-03', batch_id: 'b1', key: partitionDataKey('bronze', 'yellow', MARCH, 'b1') });
      await writeManifest(storage, manifestKey('gold', 'sales', 'current'), { batch_id: 'g1', built_at: '2021-04-01T00:00:00.000Z', rows: 1 });
      const listed = await listManifests(storage);
      assert.deepEqual(
        listed.map(({ layer, table, month }) => ({ layer, table, month })),
        [
          { layer: 'bronze', table: 'yellow', month: MARCH },
          { layer: 'gold', table: 'sales', month: 'current' },
        ],
      );
      assert.deepEqual(await listManifests(storage, 'gold'), [listed[1]]);
      assert.equal((await readManifest(storage, 'bronze', 'yellow', MARCH))?.key, 'bronze/yellow/year=2021/month=03/part-b1.parquet');
      assert.equal((await readManifest(storage, 'gold', 'sales', 'current'))?.rows, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
