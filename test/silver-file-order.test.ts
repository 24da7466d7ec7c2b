/**
 * A silver partition is written in bronze's row order (`_row`) and carries each row's `_source` and
 * `_batch_id` from bronze. When every bronze row names the origin its manifest names, lake writes those
 * two as constants after sorting (cheaper); when they differ, the rows' own values are kept.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth, readBronzeManifest } from '../src/bronze/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { promoteSilverMonth } from '../src/silver/index.ts';
import { manifestKey, parseMonth } from '../src/storage/index.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';

const MONTH = parseMonth('2021-03');
const ROWS = 5_000;

const CONFIG = `sources:
  trips:
    type: csv
    url: ./data/trips_{yyyy}-{mm}.csv
silver:
  tables:
    trips_clean:
      from: trips
      columns:
        vendor_id: { type: VARCHAR, aliases: [vendor] }
        pickup_datetime: { type: TIMESTAMP, aliases: [pickup] }
        total_amount: { type: 'DECIMAL(12,2)', aliases: [total] }
      unique_key: [vendor_id, pickup_datetime, total_amount]
      checks:
        - { kind: in_file_month, column: pickup_datetime, tolerance_days: 1, severity: drop }
`;

describe('the order and origin columns of a silver partition', () => {
  let lake: TestLake;
  before(async () => {
    lake = await makeTestLake(CONFIG);
    mkdirSync(path.join(lake.dir, 'data'));
    // Every 100th row a duplicate of the one before, every 250th outside the month.
    const rows: string[] = [];
    for (let i = 0; i < ROWS; i++) {
      const minute = i % 100 === 99 ? i - 1 : i;
      const day = i % 250 === 7 ? '2020-01-05' : `2021-03-${String(1 + (minute % 28)).padStart(2, '0')}`;
      rows.push(`${minute % 3},${day} ${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00,${minute}.50`);
    }
    writeFileSync(path.join(lake.dir, 'data', 'trips_2021-03.csv'), `vendor,pickup,total\n${rows.join('\n')}\n`);
    assert.equal((await ingestBronzeMonth(lake.runtime, 'trips', MONTH)).status, 'published');
  });
  after(async () => lake?.cleanup());

  const silverRows = async (key: string) => {
    const file = sqlString(await lake.runtime.storage.localPath(key));
    // No ORDER BY: the file's own order.
    return lake.runtime.engine.all(`SELECT _row::INTEGER AS r, _source, _batch_id FROM read_parquet(${file})`);
  };

  it('is in _row order, with the source and batch bronze recorded', async () => {
    const bronze = (await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!;
    const result = await promoteSilverMonth(lake.runtime, 'trips_clean', MONTH);
    assert.equal(result.status, 'published');
    if (result.status !== 'published') return;
    assert.deepEqual(result.manifest.counts, { bronze: ROWS, silver: ROWS - 50 - 20, quarantined: 20, duplicates: 50 });
    const rows = await silverRows(result.manifest.key);
    assert.equal(rows.length, result.manifest.counts.silver);
    assert.ok(rows.every((row, i) => i === 0 || Number(row.r) > Number(rows[i - 1].r)), 'rows in _row order');
    assert.ok(rows.every((row) => row._source === bronze.source_url && row._batch_id === bronze.batch_id));
  });

  it("keeps the rows' own source and batch when they are not the ones the bronze manifest names", async () => {
    const bronze = (await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!;
    await lake.runtime.storage.writeText(manifestKey('bronze', 'trips', MONTH), JSON.stringify({ ...bronze, source_url: 'elsewhere', batch_id: 'other' }, null, 2));
    const result = await promoteSilverMonth(lake.runtime, 'trips_clean', MONTH);
    assert.equal(result.status, 'published');
    if (result.status !== 'published') return;
    const rows = await silverRows(result.manifest.key);
    assert.ok(rows.every((row, i) => i === 0 || Number(row.r) > Number(rows[i - 1].r)), 'rows in _row order');
    assert.ok(rows.every((row) => row._source === bronze.source_url && row._batch_id === bronze.batch_id));
  });
});
