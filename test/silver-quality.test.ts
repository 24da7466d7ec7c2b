/**
 * Generated data with known faults (duplicates, values that cannot be cast, pickups outside the file's
 * month, null keys, out-of-range values): each ends where its check's severity says, and the partition
 * accounting adds up.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth } from '../src/bronze/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { LakeError } from '../src/errors/index.ts';
import { promoteSilverMonth, QualityGateError, readSilverManifest, type CheckResult } from '../src/silver/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';

const MONTH = parseMonth('2021-03');

const CONFIG = (extraChecks = '') => `sources:
  trips:
    type: csv
    url: ./data/trips_{yyyy}-{mm}.csv
silver:
  value_maps:
    pay: { CASH: '2', CREDIT: '1' }
  tables:
    trips_clean:
      from: trips
      columns:
        vendor_id: { type: VARCHAR, aliases: [vendor, VendorID] }
        pickup_datetime: { type: TIMESTAMP, aliases: [pickup] }
        passengers: { type: INTEGER, aliases: [passenger_count] }
        payment_type: { type: VARCHAR, aliases: [payment], map: pay }
        total_amount: { type: 'DECIMAL(12,2)', aliases: [total] }
      unique_key: [vendor_id, pickup_datetime, total_amount]
      checks:
        - { name: pickup_in_month, kind: in_file_month, column: pickup_datetime, tolerance_days: 1, severity: drop }
        - { kind: not_null, column: vendor_id, severity: drop }
        - { kind: range, column: passengers, min: 0, max: 6, severity: warn }
        - { kind: accepted_values, column: payment_type, values: ['1', '2'], severity: warn }
        - { name: positive_total, kind: expression, sql: 'total_amount >= 0', severity: drop }
        - { kind: row_count_min, min: 1, severity: fail }
${extraChecks}`;

// row: vendor, pickup, passenger_count, payment, total
const ROWS: Array<[string, string, string, string, string, string]> = [
  ['1', '2021-03-01 08:00:00', '1', 'CASH', '10.50', 'kept'],
  ['1', '2021-03-01 08:00:00', '1', 'CASH', '10.50', 'duplicate of row 1'],
  ['2', '2021-03-02 09:15:00', '9', 'CREDIT', '22.00', 'kept, warned: 9 passengers'],
  ['2', '01/02/2021 0:30', '1', 'CASH', '5.00', 'quarantined: cannot cast the date (never guessed)'],
  ['1', '2009-01-01 00:05:00', '1', 'CASH', '7.00', 'quarantined: pickup outside the month'],
  ['', '2021-03-05 10:00:00', '2', 'CASH', '8.00', 'quarantined: vendor null'],
  ['2', '2021-03-06 11:00:00', 'two', 'CASH', '9.00', 'quarantined: passengers cannot be cast'],
  ['2', '2021-02-28 23:30:00', '1', 'Bitcoin', '3.00', 'kept (within 1 day), warned: payment'],
  ['1', '2021-03-07 12:00:00', '1', 'CASH', '-4.00', 'quarantined: negative total'],
  ['2', '2021-03-08 13:00:00', '1', 'CREDIT', '12.25', 'kept'],
  ['2', '2021-03-08 13:00:00', '1', 'credit', '12.25', 'duplicate of row 10 (codes map case-insensitively)'],
];

function writeSource(dir: string, rows = ROWS): void {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const lines = ['vendor,pickup,passenger_count,payment,total', ...rows.map((r) => r.slice(0, 5).join(','))];
  writeFileSync(path.join(dir, 'data', 'trips_2021-03.csv'), lines.join('\n') + '\n');
}

describe('silver quality checks and quarantine', () => {
  let lake: TestLake;
  const check = (checks: CheckResult[], name: string) => checks.find((c) => c.check === name)!;

  before(async () => {
    lake = await makeTestLake(CONFIG());
    writeSource(lake.dir);
    assert.equal((await ingestBronzeMonth(lake.runtime, 'trips', MONTH)).status, 'published');
  });
  after(async () => lake?.cleanup());

  it('quarantines, warns and deduplicates as declared, and the rows add up', async () => {
    const result = await promoteSilverMonth(lake.runtime, 'trips_clean', MONTH);
    assert.equal(result.status, 'published');
    if (result.status !== 'published') return;
    const { counts, checks } = result.manifest;
    assert.deepEqual(counts, { bronze: 11, silver: 4, quarantined: 5, duplicates: 2 });

    assert.deepEqual(
      { evaluated: check(checks, 'pickup_in_month').evaluated, unexpected: check(checks, 'pickup_in_month').unexpected },
      { evaluated: 9, unexpected: 1 }, // the two rows that cannot be cast are not evaluated
    );
    assert.deepEqual(check(checks, 'pickup_in_month').sample_values, ['2009-01-01 00:05:00']);
    assert.equal(check(checks, 'range_passengers').unexpected, 1);
    assert.equal(check(checks, 'range_passengers').evaluated, 4);
    assert.equal(check(checks, 'range_passengers').unexpected_percent, 25);
    assert.equal(check(checks, 'range_passengers').success, false);
    assert.deepEqual(check(checks, 'accepted_values_payment_type').sample_values, ['Bitcoin']);
    assert.equal(check(checks, 'row_count_min').success, true);
  });

  it('keeps each quarantined row with every check it failed and a readable reason', async () => {
    const manifest = (await readSilverManifest(lake.runtime.storage, 'trips_clean', MONTH))!;
    const file = sqlString(await lake.runtime.storage.localPath(manifest.quarantine_key));
    const rows = await lake.runtime.engine.all(`SELECT _row, pickup_datetime, passengers, _failed_checks, _reason FROM read_parquet(${file}) ORDER BY _row`);
    assert.deepEqual(
      rows.map((r) => [Number(r._row), r._failed_checks]),
      [
        [4, ['cast']],
        [5, ['pickup_in_month']],
        [6, ['not_null_vendor_id']],
        [7, ['cast']],
        [9, ['positive_total']],
      ],
    );
    assert.equal(rows[0].pickup_datetime, '01/02/2021 0:30', 'the raw text is kept');
    assert.equal(rows[0]._reason, "cast: pickup_datetime: cannot read '01/02/2021 0:30' as TIMESTAMP");
    assert.equal(rows[1]._reason, 'pickup_in_month: pickup_datetime 2009-01-01 00:05:00 is outside 2021-03 ± 1 day');
    assert.equal(rows[2]._reason, 'not_null_vendor_id: vendor_id is null');
    assert.equal(rows[3]._reason, "cast: passengers: cannot read 'two' as INTEGER");
    assert.equal(rows[4]._reason, 'positive_total: expected total_amount >= 0');
  });

  it('publishes typed, mapped, deduplicated rows with a stable unique_row_id', async () => {
    const manifest = (await readSilverManifest(lake.runtime.storage, 'trips_clean', MONTH))!;
    const file = sqlString(await lake.runtime.storage.localPath(manifest.key));
    const rows = await lake.runtime.engine.all(
      `SELECT _row, vendor_id, CAST(pickup_datetime AS VARCHAR) AS pickup, payment_type, CAST(total_amount AS VARCHAR) AS total, unique_row_id
       FROM read_parquet(${file}) ORDER BY _row`,
    );
    assert.deepEqual(
      rows.map((r) => [Number(r._row), r.vendor_id, r.pickup, r.payment_type, r.total]),
      [
        [1, '1', '2021-03-01 08:00:00', '2', '10.50'],
        [3, '2', '2021-03-02 09:15:00', '1', '22.00'],
        [8, '2', '2021-02-28 23:30:00', 'Bitcoin', '3.00'],
        [10, '2', '2021-03-08 13:00:00', '1', '12.25'],
      ],
    );
    const types = await lake.runtime.engine.all(`DESCRIBE SELECT * FROM read_parquet(${file})`);
    const typeOf = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    assert.equal(typeOf.pickup_datetime, 'TIMESTAMP');
    assert.equal(typeOf.passengers, 'INTEGER');
    assert.equal(typeOf.total_amount, 'DECIMAL(12,2)');
    assert.equal(new Set(rows.map((r) => r.unique_row_id)).size, 4);
  });

  it('gives the same rows when a partition is promoted twice', async () => {
    const digest = async () => {
      const manifest = (await readSilverManifest(lake.runtime.storage, 'trips_clean', MONTH))!;
      const file = sqlString(await lake.runtime.storage.localPath(manifest.key));
      return (await lake.runtime.engine.one(`SELECT string_agg(unique_row_id, ',' ORDER BY unique_row_id) AS ids, count(*)::INTEGER AS n FROM read_parquet(${file})`));
    };
    const first = await digest();
    await promoteSilverMonth(lake.runtime, 'trips_clean', MONTH);
    assert.deepEqual(await digest(), first);
    // And re-ingesting the same file, then promoting, changes nothing either.
    await ingestBronzeMonth(lake.runtime, 'trips', MONTH);
    await promoteSilverMonth(lake.runtime, 'trips_clean', MONTH);
    assert.deepEqual(await digest(), first);
  });

  it('publishes nothing when a fail check fails, and keeps the previous version', async () => {
    const before = (await readSilverManifest(lake.runtime.storage, 'trips_clean', MONTH))!;
    // The same lake, now with a fail check that the data does not meet.
    const { openRuntime } = await import('../src/orchestrator/runtime.ts');
    const strictConfig = path.join(lake.dir, 'strict.yaml');
    writeFileSync(strictConfig, `lake:\n  root: ./lake\n${CONFIG("        - { name: no_warnings_allowed, kind: range, column: passengers, max: 6, severity: fail }\n")}`);
    const runtime = await openRuntime(strictConfig);
    try {
      await assert.rejects(promoteSilverMonth(runtime, 'trips_clean', MONTH), (error: LakeError) => {
        assert.ok(error instanceof QualityGateError);
        assert.equal(error.retry, 'needs-person');
        assert.match(error.message, /check no_warnings_allowed failed \(1 of 4 rows unexpected\); 5 of 11 rows were quarantined: .*; the partition was not published/);
        return true;
      });
      const after = (await readSilverManifest(runtime.storage, 'trips_clean', MONTH))!;
      assert.equal(after.batch_id, before.batch_id);
      const { n } = await runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM read_parquet(${sqlString(await runtime.storage.localPath(after.key))})`);
      assert.equal(n, 4);
    } finally {
      await runtime.close();
    }
  });

  it('lets a fail check tolerate a share of bad rows with mostly', async () => {
    const { openRuntime } = await import('../src/orchestrator/runtime.ts');
    const file = path.join(lake.dir, 'mostly.yaml');
    writeFileSync(file, `lake:\n  root: ./lake\n${CONFIG("        - { name: mostly_sane, kind: range, column: passengers, max: 6, severity: fail, mostly: 0.7 }\n")}`);
    const runtime = await openRuntime(file);
    try {
      const result = await promoteSilverMonth(runtime, 'trips_clean', MONTH);
      assert.equal(result.status, 'published');
      if (result.status === 'published') assert.equal(check(result.manifest.checks, 'mostly_sane').success, true);
    } finally {
      await runtime.close();
    }
  });

  it('fails a row_count_min check on an all-bad partition', async () => {
    const bad = await makeTestLake(CONFIG());
    try {
      writeSource(bad.dir, ROWS.filter((r) => r[5].startsWith('quarantined')));
      await ingestBronzeMonth(bad.runtime, 'trips', MONTH);
      await assert.rejects(promoteSilverMonth(bad.runtime, 'trips_clean', MONTH), /check row_count_min failed/);
    } finally {
      await bad.cleanup();
    }
  });

  it('says when every row was quarantined: by which column, with what values, against which formats', async () => {
    const bad = await makeTestLake(CONFIG());
    try {
      const usDates = ROWS.slice(0, 6).map((r, i) => ['1', `03/0${i + 1}/2021 0:30`, '1', 'CASH', `${i}.50`, ''] as typeof r);
      writeSource(bad.dir, usDates);
      await ingestBronzeMonth(bad.runtime, 'trips', MONTH);
      const error = await promoteSilverMonth(bad.runtime, 'trips_clean', MONTH).then(
        () => assert.fail('published'),
        (e: unknown) => e as QualityGateError,
      );
      assert.ok(error instanceof QualityGateError);
      assert.match(error.message, /check row_count_min failed/);
      assert.match(error.message, /all 6 of 6 rows were quarantined: 6 × cast: pickup_datetime: cannot read as TIMESTAMP with the formats %Y-%m-%d %H:%M:%S, .* \(e\.g\. '03\/0\d\/2021 0:30', '03\/0\d\/2021 0:30', '03\/0\d\/2021 0:30'\)/);
      assert.deepEqual(error.reasons[0].rows, 6);
      // The refused rows are kept where a person can read them, and the report's remedy says where.
      assert.ok(error.rejectedKey && error.remedy?.includes(error.rejectedKey));
      const file = sqlString(await bad.runtime.storage.localPath(error.rejectedKey!));
      const rows = await bad.runtime.engine.all(`SELECT pickup_datetime, _reason FROM read_parquet(${file}) ORDER BY _row`);
      assert.equal(rows.length, 6);
      assert.equal(rows[0].pickup_datetime, '03/01/2021 0:30');
      assert.match(String(rows[0]._reason), /cast: pickup_datetime: cannot read '03\/01\/2021 0:30' as TIMESTAMP/);
      assert.equal(await readSilverManifest(bad.runtime.storage, 'trips_clean', MONTH), undefined);
    } finally {
      await bad.cleanup();
    }
  });

  it('fails a file whose columns cannot be mapped, naming them', async () => {
    const drift = await makeTestLake(CONFIG());
    try {
      mkdirSync(path.join(drift.dir, 'data'));
      writeFileSync(path.join(drift.dir, 'data', 'trips_2021-03.csv'), 'vendor,pickup,passenger_count,payment,total,airport_fee\n1,2021-03-01 08:00:00,1,CASH,10,1.25\n');
      await ingestBronzeMonth(drift.runtime, 'trips', MONTH);
      await assert.rejects(promoteSilverMonth(drift.runtime, 'trips_clean', MONTH), /cannot map source column 'airport_fee'/);
    } finally {
      await drift.cleanup();
    }
  });
});
