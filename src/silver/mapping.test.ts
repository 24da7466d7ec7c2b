import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TIMESTAMP_FORMATS, loadConfig } from '../config/index.ts';
import { Engine, sqlIdent } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';
import { cleanHeader } from '../ingest/index.ts';
import { REPO_ROOT, TLC_HEADS } from '../testing/lake.ts';
import { isRealTlcHead, TLC_ERAS } from '../testing/tlc-eras.ts';
import { castLabel, planMapping, rawTextSql, readsSourceValue, sourceKind, typedSql } from './mapping.ts';

const { config } = loadConfig(path.join(REPO_ROOT, 'config/lake.yaml'));
const TABLE_OF: Record<string, string> = { yellow: 'yellow_trips', green: 'green_trips', fhv: 'fhv_trips', fhvhv: 'fhvhv_trips' };

describe('silver column mapping', () => {
  it('maps every header variant of the real files with the shipped config', () => {
    const variants = new Map<string, string[]>();
    for (const file of readdirSync(TLC_HEADS).filter(isRealTlcHead)) {
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

  it('maps every column of every official Parquet era, the synthetic CSV samples included, with the shipped config', () => {
    const headers = TLC_ERAS.map((era) => ({ key: era.id, service: era.service as string, header: era.columns.map((c) => c.name) }));
    for (const file of readdirSync(TLC_HEADS).filter((f) => f.endsWith('.csv') && !isRealTlcHead(f))) {
      headers.push({ key: file, service: file.split('_')[0], header: cleanHeader(readFileSync(path.join(TLC_HEADS, file), 'utf8').split(/\r?\n/)[0].split(',')) });
    }
    assert.ok(headers.length >= 32);
    for (const { key, service, header } of headers) {
      const table = TABLE_OF[service];
      const plan = planMapping(table, config.silver.tables[table], header);
      const fed = plan.columns.filter((c) => c.bronze !== null).length;
      assert.equal(fed + plan.ignored.length, header.length, `${key}: every column carried or deliberately ignored`);
      assert.deepEqual(plan.shadowed, [], key);
      for (const canonical of ['pickup_datetime', 'dropoff_datetime']) assert.ok(plan.columns.find((c) => c.canonical === canonical)?.bronze, `${key}: ${canonical}`);
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
      () => planMapping('yellow_trips', config.silver.tables.yellow_trips, ['VendorID', 'tpep_pickup_datetime', 'request_source', 'Mystery']),
      (error: LakeError) => {
        assert.equal(error.kind, 'mapping');
        assert.equal(error.retry, 'needs-person');
        assert.match(error.message, /cannot map source columns 'request_source', 'Mystery'/);
        return true;
      },
    );
  });
});

describe('silver reads text and typed bronze values alike', () => {
  let engine: Engine;
  before(async () => {
    engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
  });
  after(() => engine.close());

  /** The canonical value (as text) silver derives from one bronze value of `sourceType`, or null when it is quarantined. */
  async function read(literal: string, sourceType: string, type: string, options: { map?: Record<string, string>; decimalComma?: boolean } = {}) {
    const kind = sourceKind(sourceType);
    let raw = rawTextSql('v', kind, type);
    if (options.map) {
      raw = `CASE upper(${raw}) ${Object.entries(options.map).map(([k, v]) => `WHEN '${k}' THEN '${v}'`).join(' ')} ELSE ${raw} END`;
    }
    const source = readsSourceValue(kind, type, !!options.map) ? sqlIdent('v') : null;
    const typed = typedSql({ raw: '__raw', source, kind, type, formats: DEFAULT_TIMESTAMP_FORMATS, decimalComma: !!options.decimalComma });
    const row = await engine.one(
      `SELECT CAST(${typed} AS VARCHAR) AS value, __raw AS raw FROM (SELECT ${raw} AS __raw, v FROM (SELECT CAST(${literal} AS ${sourceType}) AS v))`,
    );
    return row.value as string | null;
  }

  it('reads codes stored as 1.0 as 1, from text and from floats, and refuses a code that is not whole', async () => {
    assert.equal(await read(`'1.0'`, 'VARCHAR', 'INTEGER'), '1');
    assert.equal(await read(`1.0`, 'DOUBLE', 'INTEGER'), '1');
    assert.equal(await read(`7`, 'BIGINT', 'INTEGER'), '7');
    assert.equal(await read(`'1.0'`, 'VARCHAR', 'VARCHAR'), '1');
    assert.equal(await read(`1.0`, 'DOUBLE', 'VARCHAR'), '1');
    assert.equal(await read(`2`, 'BIGINT', 'VARCHAR'), '2');
    assert.equal(await read(`2.00`, 'DECIMAL(4,2)', 'VARCHAR'), '2');
    // DuckDB alone would round these to 2: they are quarantined instead.
    assert.equal(await read(`'1.5'`, 'VARCHAR', 'INTEGER'), null);
    assert.equal(await read(`1.5`, 'DOUBLE', 'INTEGER'), null);
    assert.equal(await read(`1.5`, 'DOUBLE', 'VARCHAR'), null);
    assert.equal(await read(`'inf'`, 'DOUBLE', 'INTEGER'), null);
    assert.equal(castLabel(sourceKind('DOUBLE'), 'VARCHAR'), 'a whole-number code');
  });

  it('keeps other text codes as they are written', async () => {
    assert.equal(await read(`'B02510'`, 'VARCHAR', 'VARCHAR'), 'B02510');
    assert.equal(await read(`'01234'`, 'VARCHAR', 'VARCHAR'), '01234');
    assert.equal(await read(`'1.05'`, 'VARCHAR', 'VARCHAR'), '1.05');
    assert.equal(await read(`'N'`, 'VARCHAR', 'VARCHAR'), 'N');
  });

  it('applies value maps to a float code by its integer text (2009 store_and_forward 0.0 → N)', async () => {
    assert.equal(await read(`0.0`, 'DOUBLE', 'VARCHAR', { map: { '0': 'N', '1': 'Y' } }), 'N');
    assert.equal(await read(`'1.0'`, 'VARCHAR', 'VARCHAR', { map: { '0': 'N', '1': 'Y' } }), 'Y');
    assert.equal(await read(`0.5`, 'DOUBLE', 'VARCHAR', { map: { '0': 'N', '1': 'Y' } }), null);
  });

  it('keeps typed timestamps as they are and parses text ones', async () => {
    assert.equal(await read(`TIMESTAMP '2021-03-01 00:15:00'`, 'TIMESTAMP', 'TIMESTAMP'), '2021-03-01 00:15:00');
    assert.equal(await read(`TIMESTAMP_NS '2021-03-01 00:15:00.123456789'`, 'TIMESTAMP_NS', 'TIMESTAMP'), '2021-03-01 00:15:00.123456');
    assert.equal(await read(`TIMESTAMPTZ '2021-03-01 00:15:00+02'`, 'TIMESTAMPTZ', 'TIMESTAMP'), '2021-02-28 22:15:00');
    assert.equal(await read(`'2021-03-01 00:15:00'`, 'VARCHAR', 'TIMESTAMP'), '2021-03-01 00:15:00');
    assert.equal(await read(`'01/03/2021 0:15'`, 'VARCHAR', 'TIMESTAMP'), null);
    assert.equal(await read(`1614557700`, 'BIGINT', 'TIMESTAMP'), null);
  });

  it('reads numbers into number columns directly and text with its decimal mark', async () => {
    assert.equal(await read(`12.35`, 'DOUBLE', 'DECIMAL(12,2)'), '12.35');
    assert.equal(await read(`'12.35'`, 'VARCHAR', 'DECIMAL(12,2)'), '12.35');
    assert.equal(await read(`'12,35'`, 'VARCHAR', 'DECIMAL(12,2)', { decimalComma: true }), '12.35');
    assert.equal(await read(`3`, 'BIGINT', 'DOUBLE'), '3.0');
  });
});
