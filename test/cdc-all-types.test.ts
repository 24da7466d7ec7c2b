/**
 * Every common Postgres type through CDC: a table with one column per type (numeric NaN and ±Infinity,
 * float NaN and infinities, BC and infinite dates and timestamps, timestamptz on a server whose time zone
 * is not UTC, intervals with mixed signs, arrays, json and jsonb, bytea, an enum, inet, a 180 kB TOASTed
 * text, a row that is NULL but for its key) equals its source column by column in silver, first after
 * the snapshot, then after streamed inserts, updates (to NULL too) and deletes.
 *
 * Run against the embedded Postgres (npm) and against the system's PostgreSQL 15, so a second major
 * version's output is covered. A missing PostgreSQL 15 fails the test (it is installed by .ci/run).
 */
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { assertSilverEqualsSource, runPipeline } from '../src/testing/cdc.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const COLUMNS = `
  id int PRIMARY KEY,
  b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8,
  n numeric(12,3), n_any numeric, n_wide numeric(40,10),
  d date, t time, ttz timetz, ts timestamp, tstz timestamptz, iv interval,
  u uuid, j json, jb jsonb, by bytea, tx text, vc varchar(20), ch char(5),
  ia int[], ta text[], m mood, ip inet, big text`;

/** 180 kB of random base64: too large and too random to compress, so stored out of line (TOAST). */
function bigText(): string {
  return randomBytes(135_000).toString('base64');
}

const NAMES = ['id', 'b', 'i2', 'i4', 'i8', 'f4', 'f8', 'n', 'n_any', 'n_wide', 'd', 't', 'ttz', 'ts', 'tstz', 'iv', 'u', 'j', 'jb', 'by', 'tx', 'vc', 'ch', 'ia', 'ta', 'm', 'ip', 'big'];

/** Rows as Postgres literals (each cast by the column type); NULL where not given. */
function row(values: Record<string, string | number | null>): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const cells = NAMES.map((name) => {
    const value = values[name];
    if (value === undefined || value === null) return 'NULL';
    params.push(String(value));
    return `$${params.length}`;
  });
  return { sql: `INSERT INTO all_types (${NAMES.join(', ')}) VALUES (${cells.join(', ')})`, params };
}

const ROWS: Array<Record<string, string | number | null>> = [
  {
    id: 1, b: 'true', i2: 12, i4: 1234, i8: '1234567890123', f4: '1.5', f8: '3.141592653589793', n: '12.345', n_any: '3.14159265358979323846264338327950288',
    n_wide: '123456789012345678901234567890.1234567890', d: '2021-03-01', t: '10:11:12.123456', ttz: '10:11:12+05:30', ts: '2021-03-01 10:11:12.5',
    tstz: '2021-03-01 10:11:12.654321+00', iv: '1 year 2 mons 3 days 04:05:06.789', u: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', j: '{"b": 1, "a" : [1, 2.50, "x"]}',
    jb: '{"b": 1, "a": [true, null, "x\\"y"]}', by: '\\x00ff10', tx: 'line\nbreak, "quoted" \\ backslash, ünïcødé', vc: 'varchar', ch: 'ab', ia: '{1,NULL,-3}',
    ta: '{"a b",NULL,"",x,"NULL","q\\"uote","back\\\\slash"}', m: 'happy', ip: '192.168.0.1/24', big: bigText(),
  },
  {
    // The edges: NaN and infinities, BC, 24:00, mixed-sign intervals, the smallest integers.
    id: 2, b: 'false', i2: -32768, i4: 2147483647, i8: '-9223372036854775808', f4: 'NaN', f8: 'Infinity', n: 'NaN', n_any: 'Infinity', n_wide: 'NaN',
    d: '0044-03-15 BC', t: '24:00:00', ttz: '23:59:59.999999-03', ts: '0044-03-15 10:00:00 BC', tstz: '0044-03-15 10:00:00 BC', iv: '-1 years -2 mons +3 days -00:00:01',
    u: '00000000-0000-0000-0000-000000000000', j: 'null', jb: '[]', by: '\\x', tx: '', vc: '', ch: '', ia: '{}', ta: '{}', m: 'sad', ip: '::1', big: bigText(),
  },
  {
    id: 3, b: 'true', i2: 32767, i4: -2147483648, i8: '9223372036854775807', f4: '-Infinity', f8: '-0', n: '-0.5', n_any: '-Infinity', n_wide: '-0.0000000001',
    d: 'infinity', t: '00:00:00', ttz: '00:00:00+14', ts: '-infinity', tstz: 'infinity', iv: '0', u: 'ffffffff-ffff-ffff-ffff-ffffffffffff', j: '[1,2]', jb: '"text"',
    by: '\\xdeadbeef', tx: 'NULL', vc: 'x', ch: 'abcde', ia: '{{1,2},{3,4}}', ta: '{NULL}', m: 'ok', ip: '10.0.0.0/8', big: 'short',
  },
  { id: 4 }, // NULL but for the key
  {
    id: 5, b: 'false', i2: 0, i4: 0, i8: '0', f4: '1.1', f8: '1e+20', n: '999999999.999', n_any: '0.000000000000000000001', n_wide: '1e-10', d: '-infinity',
    t: '23:59:59.999999', ttz: '12:00:00-09:30', ts: '1900-01-01 00:00:00', tstz: '1900-01-01 00:00:00+05:53:28', iv: '100 days 100:00:00', u: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12',
    j: '{}', jb: '{"z": {"deep": [1, 1.0, 1e3]}, "a": 1}', by: '\\x00', tx: ' leading and trailing ', vc: 'ü', ch: ' a', ia: '{0}', ta: '{" ",","}', m: 'ok', ip: '2001:db8::/32', big: null,
  },
];

const SOURCE = `sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: types_pub
    slot: types_slot
    tables:
      - name: public.all_types
    flush:
      interval_ms: 100
      max_changes: 20000
    heartbeat_ms: 300
`;

for (const server of [{ name: 'the embedded Postgres', system: undefined }, { name: 'the system PostgreSQL 15', system: '15' }]) {
  describe(`every common type through CDC, on ${server.name}`, { timeout: 300_000 }, () => {
    let pg: TestPostgres;
    let lake: TestLake;

    before(async () => {
      // A non-UTC server: timestamptz text arrives with +05:30 (and +05:53:28 before 1942).
      pg = await startPostgres({ system: server.system, settings: { timezone: 'Asia/Kolkata' } });
      process.env.SHOP_DATABASE_URL = pg.connectionString;
      await pg.query(`CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')`);
      await pg.query(`CREATE TABLE all_types (${COLUMNS})`);
      for (const values of ROWS) {
        const { sql, params } = row(values);
        await pg.query(sql, params);
      }
      const toast = await pg.query(`SELECT pg_relation_size(reltoastrelid) AS bytes FROM pg_class WHERE relname = 'all_types'`);
      assert.ok(Number(toast.rows[0].bytes) >= 2 * 180_000, 'the 180 kB texts are stored out of line (TOAST)');
      lake = await makeTestLake(SOURCE);
    });
    after(async () => {
      await lake?.cleanup();
      await pg?.stop();
    });

    it('equals the source column by column after the snapshot and after streamed changes', async () => {
      const { rows } = await pg.query(`SELECT current_setting('TimeZone') AS tz, current_setting('server_version_num')::int AS v`);
      assert.equal(rows[0].tz, 'Asia/Kolkata');
      if (server.system) assert.equal(Math.floor(rows[0].v / 10000), Number(server.system));
      await runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(), []);
        const snapshot = await assertSilverEqualsSource(pg, lake.runtime.storage, 'all_types');
        assert.equal(snapshot.silverRows, ROWS.length);

        // Streamed: the same edge values inserted again, updates to NULL and from NULL, an update that
        // leaves the TOASTed text unchanged, one that replaces it, and deletes.
        for (const values of ROWS) {
          const { sql, params } = row({ ...values, id: Number(values.id) + 100, big: values.big === null || values.big === undefined ? null : bigText() });
          await pg.query(sql, params);
        }
        await pg.query(`UPDATE all_types SET f8 = NULL, n = NULL, tstz = NULL, ta = NULL, jb = NULL, by = NULL, m = NULL WHERE id = 1`);
        await pg.query(`UPDATE all_types SET b = true, n = 'NaN', n_any = '-Infinity', d = '0001-01-01 BC', tstz = '2024-02-29 23:59:59.999999+05:30', iv = '-3 days', ia = '{7}', m = 'happy', ts = '294276-12-31 23:59:59.999999' WHERE id = 4`); // ts beyond DuckDB's range
        await pg.query(`UPDATE all_types SET i4 = i4 - 1 WHERE id = 2`); // big unchanged: not resent by Postgres
        await pg.query(`UPDATE all_types SET big = $1, n = 1.5 WHERE id = 3`, [bigText()]);
        await pg.query(`UPDATE all_types SET big = NULL WHERE id = 101`);
        await pg.query(`DELETE FROM all_types WHERE id IN (5, 103)`);
        await pg.query(`BEGIN; UPDATE all_types SET n = 2.5 WHERE id = 102; UPDATE all_types SET n = 'NaN' WHERE id = 102; COMMIT`);
        assert.deepEqual(await catchUp(), []);
        const streamed = await assertSilverEqualsSource(pg, lake.runtime.storage, 'all_types');
        assert.equal(streamed.silverRows, 2 * ROWS.length - 2);
      });
    });
  });
}
