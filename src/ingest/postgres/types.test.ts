/**
 * The Postgres text → typed value conversions, run in DuckDB on texts exactly as Postgres 18 prints them
 * (DateStyle ISO, IntervalStyle postgres, a server in Asia/Kolkata where the offsets say so).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Engine, sqlString } from '../../engine/index.ts';
import { columnTypeOf, selectTyped, type SourceColumn } from './types.ts';

const OID = {
  bool: 16, bytea: 17, char: 18, name: 19, int8: 20, int2: 21, int4: 23, text: 25, oid: 26, json: 114,
  float4: 700, float8: 701, money: 790, inet: 869, bpchar: 1042, varchar: 1043, date: 1082, time: 1083,
  timestamp: 1114, timestamptz: 1184, interval: 1186, timetz: 1266, numeric: 1700, uuid: 2950, jsonb: 3802,
  int4array: 1007, textarray: 1009, someEnum: 16_390,
};

/** The typmod Postgres gives numeric(p,s); s may be negative or above p since Postgres 15. */
function numeric(precision: number, scale: number): number {
  return ((precision << 16) | (scale & 0x7ff)) + 4;
}

let engine: Engine;
before(async () => {
  engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
});
after(() => engine.close());

/** Converts one column of texts the way bronze does; per text, the typed value rendered by `show` and `_pg_text`. */
async function convert(column: Omit<SourceColumn, 'name'>, texts: Array<string | null>, show = (v: string) => `${v}::VARCHAR`) {
  const values = texts.map((t, i) => `(${i}, ${t === null ? 'NULL' : sqlString(t)})`).join(', ');
  const typed = selectTyped([{ name: 'v', ...column }], `(SELECT * FROM (VALUES ${values}) t(i, c0))`, () => 'c0', ['i']);
  const rows = await engine.all(`SELECT ${show('v')} AS shown, _pg_text AS pg_text FROM (${typed}) ORDER BY i`);
  return rows.map((r) => ({ shown: r.shown as string | null, pgText: r.pg_text as Array<{ key: string; value: string }> | null }));
}

async function assertHeld(column: Omit<SourceColumn, 'name'>, cases: Array<[string, string]>, show?: (v: string) => string) {
  const out = await convert(column, cases.map(([text]) => text), show);
  cases.forEach(([text, expected], i) => {
    assert.equal(out[i].shown, expected, `${text} as ${columnTypeOf(column.typeOid, column.typeMod).duckdb}`);
    assert.equal(out[i].pgText, null, `${text} needs no _pg_text`);
  });
}

async function assertKeptAsText(column: Omit<SourceColumn, 'name'>, texts: string[]) {
  const out = await convert(column, texts);
  texts.forEach((text, i) => {
    assert.equal(out[i].shown, null, `${text} is not forced into ${columnTypeOf(column.typeOid, column.typeMod).duckdb}`);
    assert.deepEqual(out[i].pgText, [{ key: 'v', value: text }], `${text} is kept exactly`);
  });
}

describe('Postgres text into typed columns', () => {
  test('booleans, integers and oids keep their values', async () => {
    await assertHeld({ typeOid: OID.bool, typeMod: -1 }, [['t', 'true'], ['f', 'false']]);
    await assertHeld({ typeOid: OID.int2, typeMod: -1 }, [['-32768', '-32768'], ['32767', '32767']]);
    await assertHeld({ typeOid: OID.int4, typeMod: -1 }, [['-2147483648', '-2147483648'], ['0', '0']]);
    await assertHeld({ typeOid: OID.int8, typeMod: -1 }, [['-9223372036854775808', '-9223372036854775808'], ['9223372036854775807', '9223372036854775807']]);
    await assertHeld({ typeOid: OID.oid, typeMod: -1 }, [['4294967295', '4294967295']]);
  });

  test('floats keep NaN, infinities, negative zero and their shortest exact digits', async () => {
    await assertHeld({ typeOid: OID.float4, typeMod: -1 }, [['1.1', '1.1'], ['1e+20', '1e+20'], ['1.2345679e+11', '123456790000.0'], ['NaN', 'nan'], ['Infinity', 'inf'], ['-Infinity', '-inf'], ['-0', '-0.0']]);
    await assertHeld({ typeOid: OID.float8, typeMod: -1 }, [['0.1', '0.1'], ['1e+300', '1e+300'], ['4.9406564584124654e-324', '5e-324'], ['NaN', 'nan'], ['-Infinity', '-inf']]);
    // Exactness, not just the rendering: the double is the one Postgres printed.
    await assertHeld({ typeOid: OID.float8, typeMod: -1 }, [['0.30000000000000004', 'true']], (v) => `(${v} = 0.1::DOUBLE + 0.2::DOUBLE)::VARCHAR`);
  });

  test('numeric(p,s) becomes DECIMAL, including Postgres 15 scales above the precision and below zero', async () => {
    await assertHeld({ typeOid: OID.numeric, typeMod: numeric(10, 2) }, [['12345678.99', '12345678.99'], ['-0.01', '-0.01']]);
    // DuckDB renders DECIMAL(5,5) without the leading zero; the value is what counts.
    await assertHeld({ typeOid: OID.numeric, typeMod: numeric(3, 5) }, [['0.00123', 'true']], (v) => `(${v} = 0.00123)::VARCHAR`);
    await assertHeld({ typeOid: OID.numeric, typeMod: numeric(3, -2) }, [['99900', '99900']]);
    await assertHeld({ typeOid: OID.numeric, typeMod: numeric(38, 0) }, [['99999999999999999999999999999999999999', '99999999999999999999999999999999999999']]);
    assert.equal(columnTypeOf(OID.numeric, numeric(10, 2)).duckdb, 'DECIMAL(10,2)');
    assert.equal(columnTypeOf(OID.numeric, numeric(3, 5)).duckdb, 'DECIMAL(5,5)');
    assert.equal(columnTypeOf(OID.numeric, numeric(3, -2)).duckdb, 'DECIMAL(5,0)');
  });

  test('numeric NaN in numeric(p,s) is NULL in the DECIMAL column and kept as text in _pg_text', async () => {
    await assertKeptAsText({ typeOid: OID.numeric, typeMod: numeric(10, 2) }, ['NaN']);
  });

  test('unconstrained numeric and numeric wider than 38 digits stay exact text, NaN and infinities included', async () => {
    for (const typeMod of [-1, numeric(40, 2)]) {
      assert.equal(columnTypeOf(OID.numeric, typeMod).duckdb, 'VARCHAR');
      const texts = ['123456789012345678901234567890123456789.12', 'NaN', 'Infinity', '-Infinity', '0.000001'];
      await assertHeld({ typeOid: OID.numeric, typeMod }, texts.map((t) => [t, t]));
    }
  });

  test('BC dates and timestamps stay BC: the same day and instant as in Postgres', async () => {
    // Days and epochs as Postgres computes them: '0044-03-15 BC'::date - '2000-01-01' = -746117, and so on.
    await assertHeld({ typeOid: OID.date, typeMod: -1 }, [['0044-03-15 BC', '-746117'], ['4713-01-01 BC', '-2451507'], ['2024-02-29', '8825']], (v) => `(${v} - DATE '2000-01-01')::VARCHAR`);
    await assertHeld({ typeOid: OID.date, typeMod: -1 }, [['0044-03-15 BC', '0044-03-15 (BC)'], ['0001-12-31 BC', '0001-12-31 (BC)']]);
    await assertHeld({ typeOid: OID.timestamp, typeMod: -1 }, [['0044-03-15 10:00:00 BC', '-63517788000000000'], ['0001-12-31 23:59:59.999999 BC', '-62135596800000001']], (v) => `epoch_us(${v})::VARCHAR`);
    await assertHeld({ typeOid: OID.timestamptz, typeMod: -1 }, [['0044-03-15 15:53:28+05:53:28 BC', '-63517788000'], ['0044-03-15 10:00:00+00 BC', '-63517788000']], (v) => `(epoch_us(${v}) // 1000000)::VARCHAR`);
  });

  test('timestamptz keeps the instant whatever offset the server printed, seconds in the offset included', async () => {
    await assertHeld(
      { typeOid: OID.timestamptz, typeMod: -1 },
      [
        ['2024-01-02 10:00:00.5+05:30', '1704169800500000'],
        ['1900-01-01 00:00:00+05:21:10', '-2209008070000000'],
        ['2024-07-01 00:00:00-07', '1719817200000000'],
      ],
      (v) => `epoch_us(${v})::VARCHAR`,
    );
  });

  test('infinities of dates and timestamps are held as infinities', async () => {
    for (const typeOid of [OID.date, OID.timestamp, OID.timestamptz]) {
      await assertHeld({ typeOid, typeMod: -1 }, [['infinity', 'infinity'], ['-infinity', '-infinity']]);
    }
  });

  test('times, uuids and the largest Postgres dates are held', async () => {
    await assertHeld({ typeOid: OID.time, typeMod: -1 }, [['24:00:00', '24:00:00'], ['13:45:06.123456', '13:45:06.123456']]);
    await assertHeld({ typeOid: OID.uuid, typeMod: -1 }, [['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']]);
    await assertHeld({ typeOid: OID.date, typeMod: -1 }, [['5874897-12-31', '5874897-12-31']]);
  });

  test('timestamps beyond what DuckDB holds are NULL and kept in _pg_text', async () => {
    await assertKeptAsText({ typeOid: OID.timestamp, typeMod: -1 }, ['294276-12-31 23:59:59']);
    await assertKeptAsText({ typeOid: OID.timestamptz, typeMod: -1 }, ['294276-12-31 23:59:59+00']);
  });

  test('json and jsonb keep their exact text', async () => {
    await assertHeld({ typeOid: OID.json, typeMod: -1 }, [['{"b":1,  "a":[1,2], "a": 3}', '{"b":1,  "a":[1,2], "a": 3}']]);
    await assertHeld({ typeOid: OID.jsonb, typeMod: -1 }, [['{"a": [1, 2], "b": 1}', '{"a": [1, 2], "b": 1}'], ['"\\u0000x"', '"\\u0000x"']]);
    assert.equal(columnTypeOf(OID.jsonb, -1).duckdb, 'JSON');
  });

  test('bytea hex becomes the bytes; another output format is kept as text', async () => {
    await assertHeld({ typeOid: OID.bytea, typeMod: -1 }, [['\\x01ff00', '01FF00'], ['\\x', '']], (v) => `hex(${v})`);
    await assertKeptAsText({ typeOid: OID.bytea, typeMod: -1 }, ['\\000abc', '\\x0']);
  });

  test('types without an exact typed form keep the Postgres text as is', async () => {
    const cases: Array<[number, string]> = [
      [OID.interval, '-1 days +02:00:00'],
      [OID.interval, '1 year 2 mons -3 days +04:05:06.000001'],
      [OID.timetz, '10:00:00+05:30'],
      [OID.int4array, '[0:1]={1,2}'],
      [OID.int4array, '{{1,2},{3,NULL}}'],
      [OID.textarray, '{"a b",NULL,"NULL","c\\"d","e\\\\f",""}'],
      [OID.someEnum, 'happy'],
      [OID.inet, '192.168.0.1/24'],
      [OID.money, '$12.34'],
      [OID.bpchar, 'ab  '],
      [OID.char, 'a'],
      [OID.name, 'b'],
      [OID.varchar, ''],
    ];
    for (const [typeOid, text] of cases) {
      assert.equal(columnTypeOf(typeOid, -1).duckdb, 'VARCHAR');
      await assertHeld({ typeOid, typeMod: -1 }, [[text, text]]);
    }
  });

  test('text in another DateStyle is never misread as a date: it is kept in _pg_text', async () => {
    await assertKeptAsText({ typeOid: OID.date, typeMod: -1 }, ['03/15/2024', '15.03.2024']);
    await assertKeptAsText({ typeOid: OID.timestamptz, typeMod: -1 }, ['Fri Mar 15 10:00:00 2024 IST']);
  });

  test('NULL stays NULL without a _pg_text entry', async () => {
    for (const typeOid of [OID.numeric, OID.date, OID.bytea, OID.text]) {
      const out = await convert({ typeOid, typeMod: numeric(10, 2) }, [null]);
      assert.deepEqual(out, [{ shown: null, pgText: null }]);
    }
  });

  test('no cast raises, whatever the text; every text a typed column could not hold is in _pg_text', async () => {
    const garbage = ['', ' ', 'garbage', 'NaN', '-', '\\x', '\\xzz', '\\x0', 'BC', ' BC', '0044-13-45 BC', 'x BC', '99999999999999999999999999999999999999999', '{', '"', "'", '1e999', '2024-02-30', '25:00:00', '\u00e9\u00e8'];
    const typeOids = [OID.bool, OID.bytea, OID.int8, OID.int2, OID.int4, OID.oid, OID.json, OID.float4, OID.float8, OID.date, OID.time, OID.timestamp, OID.timestamptz, OID.uuid, OID.jsonb, OID.numeric];
    for (const typeOid of typeOids) {
      const out = await convert({ typeOid, typeMod: numeric(10, 2) }, garbage);
      out.forEach(({ shown, pgText }, i) => {
        if (shown === null) assert.deepEqual(pgText, [{ key: 'v', value: garbage[i] }], `${typeOid}: ${garbage[i]}`);
        else assert.equal(pgText, null);
      });
    }
  });

  test('_pg_text of a row names every column that lost its value, and only those', async () => {
    const columns: SourceColumn[] = [
      { name: 'id', typeOid: OID.int4, typeMod: -1 },
      { name: 'amount', typeOid: OID.numeric, typeMod: numeric(10, 2) },
      { name: 'born', typeOid: OID.date, typeMod: -1 },
      { name: 'note', typeOid: OID.text, typeMod: -1 },
    ];
    const typed = selectTyped(columns, `(SELECT * FROM (VALUES ('1', 'NaN', '0044-03-15 BC', 'x'), ('2', '1.50', 'someday', NULL), ('3', '2.00', '2024-01-01', 'y')) t(c0, c1, c2, c3))`, (i) => `c${i}`, []);
    const rows = await engine.all(`SELECT id, amount::VARCHAR AS amount, born::VARCHAR AS born, note, _pg_text FROM (${typed}) ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 1, amount: null, born: '0044-03-15 (BC)', note: 'x', _pg_text: [{ key: 'amount', value: 'NaN' }] },
      { id: 2, amount: '1.50', born: null, note: null, _pg_text: [{ key: 'born', value: 'someday' }] },
      { id: 3, amount: '2.00', born: '2024-01-01', note: 'y', _pg_text: null },
    ]);
    const described = await engine.all(`DESCRIBE ${typed}`);
    assert.equal(described.find((c) => c.column_name === '_pg_text')?.column_type, 'MAP(VARCHAR, VARCHAR)');
  });
});
