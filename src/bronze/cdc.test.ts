import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { to as copyTo } from 'pg-copy-streams';
import { Engine, sqlString, sqlStringList, type Row } from '../engine/index.ts';
import { UNCHANGED_TOAST, type CdcRow, type RelationColumn, type TableShape } from '../changes/index.ts';
import { LocalStorage } from '../storage/local.ts';
import type { LakeStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { startPostgres } from '../testing/postgres.ts';
import { lsnRangeOfKey } from '../storage/index.ts';
import { compactBronze, writeChanges, writeSnapshotCsv } from './cdc.ts';

const col = (name: string, typeOid: number, typeMod = -1, isKey = false): RelationColumn => ({ name, typeOid, typeMod, isKey });
const NUMERIC_10_2 = ((10 << 16) | 2) + 4;

const ORDERS: TableShape = {
  table: 'orders',
  version: 1,
  columns: [col('id', 20, -1, true), col('amount', 1700, NUMERIC_10_2), col('note', 25), col('placed', 1184), col('born', 1082)],
};

const DAY1 = Date.UTC(2024, 4, 1, 23, 59, 59);
const DAY2 = Date.UTC(2024, 4, 2, 0, 0, 1);

let root: string;
let engine: Engine;
let storage: LocalStorage;
let work: string;

before(async () => {
  root = makeTempDir('lake-bronze-cdc-');
  // Locked down as the daemon's engine is: files only under the test's directory.
  engine = await Engine.open({ threads: 2, memoryLimit: '512MB', tempDirectory: path.join(root, 'spill'), allowedDirectories: [root] });
  storage = new LocalStorage(path.join(root, 'lake'));
  work = path.join(root, 'work');
});

after(async () => {
  engine.close();
  await fs.rm(root, { recursive: true, force: true });
});

async function readBronze(keys: string[], order = '_lsn, _seq'): Promise<Row[]> {
  const paths = keys.map((key) => path.join(storage.root, key));
  return engine.all(
    `SELECT * EXCLUDE (_commit_ts, file_row_number), epoch_ms(_commit_ts) AS commit_ms
       FROM read_parquet(${sqlStringList(paths)}, union_by_name = true, file_row_number = true, hive_partitioning = false) ORDER BY ${order}`,
  );
}

async function tableKeys(table: string): Promise<string[]> {
  return (await storage.list(`bronze/${table}/`)).filter((key) => key.endsWith('.parquet'));
}

/** Rows as silver sees them: one per (_lsn, _seq), all columns. */
async function distinctRows(keys: string[]): Promise<string[]> {
  const rows = await readBronze(keys);
  return [...new Set(rows.map((r) => JSON.stringify(r)))].sort();
}

describe('bronze CDC writer', () => {
  test('writes one typed file per table, shape version and commit day, with the metadata of every change', async () => {
    const v2: TableShape = { ...ORDERS, version: 2 };
    const rows: CdcRow[] = [
      { shape: ORDERS, op: 'c', lsn: 0x100n, xid: 7, commitMs: DAY1, seq: 0, values: ['1', '12.50', 'first, "quoted"\nline', '2024-05-01 10:00:00+05:30', '0044-03-15 BC'] },
      { shape: ORDERS, op: 'u', lsn: 0x100n, xid: 7, commitMs: DAY1, seq: 1, values: ['1', 'NaN', UNCHANGED_TOAST, null, '2024-01-01'] },
      // pgoutput's xid is unsigned; read as int32 it is negative past 2^31.
      { shape: ORDERS, op: 'd', lsn: 0x200n, xid: -2, commitMs: DAY2, seq: 0, values: ['1', null, null, null, null] },
      { shape: v2, op: 't', lsn: 0x300n, xid: 9, commitMs: DAY2, seq: 0, values: null },
      { shape: ORDERS, op: 'c', lsn: 0x200n, xid: -2, commitMs: DAY2, seq: 1, values: ['2', '\\N', '', null, 'infinity'] },
    ];
    const files = await writeChanges(engine, storage, work, rows);
    assert.deepEqual(
      files.map((f) => ({ rows: f.rows, min: f.minLsn, max: f.maxLsn, day: /day=(\d\d)/.exec(f.key)?.[1] })),
      [
        { rows: 2, min: 0x100n, max: 0x100n, day: '01' },
        { rows: 2, min: 0x200n, max: 0x200n, day: '02' },
        { rows: 1, min: 0x300n, max: 0x300n, day: '02' },
      ],
    );
    for (const file of files) {
      assert.match(file.key, /^bronze\/orders\/year=2024\/month=05\/day=0[12]\/part-[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{12}\.parquet$/);
      assert.deepEqual(lsnRangeOfKey(file.key), { min: file.minLsn, max: file.maxLsn });
    }
    const read = await engine.all(
      `SELECT id, amount::VARCHAR AS amount, note, placed::VARCHAR AS placed, born::VARCHAR AS born, _op, _lsn, _xid, epoch_ms(_commit_ts) AS commit_ms, _seq, _unchanged_toast, _pg_text
         FROM read_parquet(${sqlStringList(files.map((f) => path.join(storage.root, f.key)))}, union_by_name = true, hive_partitioning = false) ORDER BY _lsn, _seq`,
    );
    assert.deepEqual(read, [
      { id: '1', amount: '12.50', note: 'first, "quoted"\nline', placed: '2024-05-01 04:30:00+00', born: '0044-03-15 (BC)', _op: 'c', _lsn: '256', _xid: '7', commit_ms: String(DAY1), _seq: '0', _unchanged_toast: null, _pg_text: null },
      { id: '1', amount: null, note: null, placed: null, born: '2024-01-01', _op: 'u', _lsn: '256', _xid: '7', commit_ms: String(DAY1), _seq: '1', _unchanged_toast: ['note'], _pg_text: [{ key: 'amount', value: 'NaN' }] },
      { id: '1', amount: null, note: null, placed: null, born: null, _op: 'd', _lsn: '512', _xid: '4294967294', commit_ms: String(DAY2), _seq: '0', _unchanged_toast: null, _pg_text: null },
      { id: '2', amount: null, note: '', placed: null, born: 'infinity', _op: 'c', _lsn: '512', _xid: '4294967294', commit_ms: String(DAY2), _seq: '1', _unchanged_toast: null, _pg_text: [{ key: 'amount', value: '\\N' }] },
      { id: null, amount: null, note: null, placed: null, born: null, _op: 't', _lsn: '768', _xid: '9', commit_ms: String(DAY2), _seq: '0', _unchanged_toast: null, _pg_text: null },
    ]);
    const types = await engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))}, hive_partitioning = false)`);
    assert.deepEqual(
      types.map((t) => `${t.column_name} ${t.column_type}`),
      ['id BIGINT', 'amount DECIMAL(10,2)', 'note VARCHAR', 'placed TIMESTAMP WITH TIME ZONE', 'born DATE', '_op VARCHAR', '_lsn UBIGINT', '_xid UBIGINT', '_commit_ts TIMESTAMP WITH TIME ZONE', '_seq BIGINT', '_unchanged_toast VARCHAR[]', '_pg_text MAP(VARCHAR, VARCHAR)'],
    );
    await fs.rm(path.join(storage.root, 'bronze', 'orders'), { recursive: true, force: true });
  });

  test('the same changes written twice carry the same (_lsn, _seq), so silver keeps each once', async () => {
    const shape: TableShape = { table: 'twice', version: 1, columns: [col('id', 23), col('v', 25)] };
    const rows: CdcRow[] = Array.from({ length: 50 }, (_, i) => ({ shape, op: 'c', lsn: BigInt(1000 + Math.floor(i / 5)), xid: 1, commitMs: DAY1, seq: i % 5, values: [String(i), `v${i}`] }));
    await writeChanges(engine, storage, work, rows);
    await writeChanges(engine, storage, work, rows.slice(10, 30));
    const keys = await tableKeys('twice');
    assert.equal(keys.length, 2);
    const all = await readBronze(keys);
    assert.equal(all.length, 70);
    const distinct = await distinctRows(keys);
    assert.equal(distinct.length, 50);
    assert.equal(new Set(all.map((r) => `${r._lsn}/${r._seq}`)).size, 50);
  });

  test('every text comes back exactly, in order: quotes, backslashes, control characters, emoji, NULL apart from empty, values of megabytes', async () => {
    const shape: TableShape = { table: 'texts', version: 1, columns: [col('id', 23), col('a', 25), col('"b", \\c', 25), col('j', 3802)] };
    const controls = Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('');
    const texts = ['', ' ', 'null', 'NULL', '\\N', '"', "'", '\\', '\\"', '\\u0000', '\\ud800', '[1, "x"]', '{"a": 1}', controls,
      '\u007f\u0080\u00a0\u00e9\u2028\u2029\ufeff\ufffd中文', '😀👍🏽🇫🇷', 'a\r\nb\tc', `${'x"\\\n'.repeat(250_000)}😀`];
    // Megabytes of escapes with an emoji inside, twice in one row: any staging of rows (the appender, or a
    // text format tried for speed, see BENCHMARKS.md) must carry them whole.
    const piece = 4 * 1024 * 1024;
    const long = `${'\\'.repeat(piece - 1)}😀${'\n"'.repeat(piece)}é`;
    const rows: CdcRow[] = texts.map((t, i) => ({ shape, op: 'c', lsn: 0xfffffffffffffff0n, xid: 1, commitMs: DAY1, seq: i, values: [String(i), t, t, '[]'] }));
    rows.push({ shape, op: 'u', lsn: 0xfffffffffffffff0n, xid: 1, commitMs: DAY1, seq: rows.length, values: [String(rows.length), long, long, UNCHANGED_TOAST] });
    rows.push({ shape, op: 'u', lsn: 0xfffffffffffffff0n, xid: 1, commitMs: DAY1, seq: rows.length, values: [String(rows.length), UNCHANGED_TOAST, null, null] });
    // Enough rows for several chunks of whatever the writer stages them in.
    for (let i = rows.length; i < 5000; i++) rows.push({ shape, op: 'c', lsn: 0xfffffffffffffff0n, xid: 1, commitMs: DAY1, seq: i, values: [String(i), i % 3 === 0 ? null : `v${i}`, '', null] });
    // A lone surrogate cannot be UTF-8: it becomes U+FFFD.
    rows.push({ shape, op: 'c', lsn: 0xfffffffffffffff0n, xid: 1, commitMs: DAY1, seq: rows.length, values: ['5000', 'x\ud800y\udc00', 'z\udbff', null] });
    const files = await writeChanges(engine, storage, work, rows);
    assert.equal(files.length, 1);
    const read = await engine.all(
      `SELECT id, a, "${'"b", \\c'.replaceAll('"', '""')}" AS b, j, _op, _lsn::VARCHAR AS lsn, _seq, _unchanged_toast
         FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))}, hive_partitioning = false)`,
    );
    assert.equal(read.length, 5001);
    read.forEach((row, i) => assert.equal(row._seq, String(i), 'rows keep their order'));
    texts.forEach((t, i) => assert.ok(read[i].a === t && read[i].b === t, `text ${i} comes back as it was`));
    assert.ok(read[texts.length].a === long && read[texts.length].b === long, 'the long value comes back as it was');
    assert.deepEqual(read[texts.length]._unchanged_toast, ['j']);
    assert.deepEqual({ ...read[texts.length + 1], id: undefined }, { id: undefined, a: null, b: null, j: null, _op: 'u', lsn: '18446744073709551600', _seq: String(texts.length + 1), _unchanged_toast: ['a'] });
    assert.deepEqual(read.slice(texts.length + 2, 5000).map((r) => [r.id, r.a, r.b, r.j]), Array.from({ length: 5000 - texts.length - 2 }, (_, k) => {
      const i = k + texts.length + 2;
      return [i, i % 3 === 0 ? null : `v${i}`, '', null];
    }));
    assert.deepEqual([read[5000].a, read[5000].b], ['x\ufffdy\ufffd', 'z\ufffd']);
  });

  test('may run concurrently: parallel calls publish every row', async () => {
    const shape: TableShape = { table: 'parallel', version: 1, columns: [col('id', 23)] };
    const batch = (b: number): CdcRow[] => Array.from({ length: 200 }, (_, i) => ({ shape, op: 'c', lsn: BigInt(b * 1000 + i), xid: b, commitMs: DAY1, seq: 0, values: [String(b * 1000 + i)] }));
    await Promise.all([1, 2, 3, 4].map((b) => writeChanges(engine, storage, work, batch(b))));
    assert.equal((await readBronze(await tableKeys('parallel'))).length, 800);
  });
});

describe('bronze snapshot writer', () => {
  const SHAPE: TableShape = { table: 'snap', version: 1, columns: [col('id', 20, -1, true), col('note', 25), col('amount', 1700, NUMERIC_10_2), col('raw', 17)] };

  test('reads Postgres CSV: unquoted \\N is NULL, an empty field and a quoted "\\N" are text, quoted newlines stay, _seq follows the file', async () => {
    const csv = path.join(root, 'tricky.csv');
    await fs.writeFile(csv, ['1,,1.50,\\x00ff', '2,\\N,\\N,\\N', '3,"\\N",NaN,\\x', '4,"a,b ""c""\r\nd",2.50,\\N', '5,\u00e9t\u00e9,-0.01,\\x41'].join('\n') + '\n');
    const lsn = 0x5000n;
    const { files, rows } = await writeSnapshotCsv(engine, storage, work, { shape: SHAPE, lsn, commitMs: DAY1, firstSeq: 100, csvPath: csv });
    assert.equal(rows, 5);
    assert.equal(files.length, 1);
    assert.deepEqual(lsnRangeOfKey(files[0].key), { min: lsn, max: lsn });
    const read = await engine.all(
      `SELECT id, note, amount::VARCHAR AS amount, hex(raw) AS raw, _op, _lsn, _xid, epoch_ms(_commit_ts) AS commit_ms, _seq, _unchanged_toast, _pg_text FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))})`,
    );
    const meta = { _op: 'r', _lsn: String(lsn), _xid: '0', commit_ms: String(DAY1), _unchanged_toast: null };
    assert.deepEqual(read, [
      { id: '1', note: '', amount: '1.50', raw: '00FF', ...meta, _seq: '100', _pg_text: null },
      { id: '2', note: null, amount: null, raw: null, ...meta, _seq: '101', _pg_text: null },
      { id: '3', note: '\\N', amount: null, raw: '', ...meta, _seq: '102', _pg_text: [{ key: 'amount', value: 'NaN' }] },
      { id: '4', note: 'a,b "c"\r\nd', amount: '2.50', raw: null, ...meta, _seq: '103', _pg_text: null },
      { id: '5', note: '\u00e9t\u00e9', amount: '-0.01', raw: '41', ...meta, _seq: '104', _pg_text: null },
    ]);
  });

  test('a large file is cut into files near the target size, every row numbered in file order', async () => {
    const csv = path.join(root, 'large.csv');
    const count = 300_000;
    // Every 7th note holds a quoted newline and comma, so the parallel reader must find row ends by quotes.
    await engine.run(
      `COPY (SELECT i, CASE WHEN i % 7 = 0 THEN 'line ' || i || ', with "quote"' || chr(10) || 'next' ELSE 'note ' || i END, (i % 1000) || '.25', '\\x' || lpad(to_hex(i), 8, '0')
               FROM range(${count}) t(i)) TO ${sqlString(csv)} (FORMAT csv, HEADER false)`,
    );
    const firstSeq = 1_000_000;
    const { files, rows } = await writeSnapshotCsv(engine, storage, work, { shape: { ...SHAPE, table: 'large' }, lsn: 0x6000n, commitMs: DAY1, firstSeq, csvPath: csv, targetBytes: 1024 * 1024 });
    assert.equal(rows, count);
    assert.ok(files.length >= 2, `${files.length} files`);
    assert.equal(files.reduce((n, f) => n + f.rows, 0), count);
    const check = await engine.one(
      `SELECT count(*) AS n, count(*) FILTER (WHERE _seq <> ${firstSeq} + id) AS misnumbered, count(DISTINCT _seq) AS seqs,
              count(*) FILTER (WHERE raw <> unhex(lpad(to_hex(id), 8, '0'))) AS bad_bytes
         FROM read_parquet(${sqlStringList(files.map((f) => path.join(storage.root, f.key)))})`,
    );
    assert.deepEqual(check, { n: String(count), misnumbered: '0', seqs: String(count), bad_bytes: '0' });
  });

  test('a row longer than the CSV reader allows by default is still read', async () => {
    const csv = path.join(root, 'long.csv');
    const long = 'x'.repeat(3_000_000);
    await fs.writeFile(csv, `1,"${long}",1.00,\\N\n2,short,2.00,\\N\n`);
    const { files, rows } = await writeSnapshotCsv(engine, storage, work, { shape: { ...SHAPE, table: 'long' }, lsn: 0x7000n, commitMs: DAY1, firstSeq: 0, csvPath: csv });
    assert.equal(rows, 2);
    const read = await engine.all(`SELECT id, length(note) AS n FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))}) ORDER BY id`);
    assert.deepEqual(read, [{ id: '1', n: '3000000' }, { id: '2', n: '5' }]);
  });

  test('an empty file writes nothing', async () => {
    const csv = path.join(root, 'empty.csv');
    await fs.writeFile(csv, '');
    assert.deepEqual(await writeSnapshotCsv(engine, storage, work, { shape: { ...SHAPE, table: 'empty' }, lsn: 1n, commitMs: DAY1, firstSeq: 0, csvPath: csv }), { files: [], rows: 0 });
    assert.deepEqual(await tableKeys('empty'), []);
  });

  test('a COPY from Postgres comes back value for value, on a server in another time zone', async () => {
    const pg = await startPostgres({ settings: { timezone: 'Asia/Kolkata' } });
    try {
      await pg.query(`CREATE TYPE mood AS ENUM ('sad', 'happy')`);
      await pg.query(`CREATE TABLE every (
        id int PRIMARY KEY, b bool, i2 int2, i8 int8, f4 float4, f8 float8, n numeric(12,3), nu numeric, d date, t time, tz timetz,
        ts timestamp, tstz timestamptz, iv interval, u uuid, j json, jb jsonb, by bytea, tx text, c char(4), a int[], ta text[], m mood, ip inet, mo money)`);
      await pg.query(`INSERT INTO every VALUES
        (1, true, -32768, 9223372036854775807, 'NaN', '-Infinity', 'NaN', 'Infinity', '0044-03-15 BC', '24:00:00', '10:00:00+05:30',
         '0044-03-15 10:00:00 BC', '2024-01-02 10:00:00.5+00', '-1 days +02:00:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b":1,  "a":2}',
         '{"b":1, "a":[1,2]}', '\\x00ff', E'line\\nbreak, "quoted" \\\\N', 'ab', '[0:1]={1,2}', ARRAY['a b', NULL, 'NULL', ''], 'happy', '10.0.0.1/8', 12.34),
        (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
        (3, false, 0, 0, 1.1, 0.1, -123456789.125, 0.000001, 'infinity', '00:00:00', '00:00:00-08', '-infinity', '1900-01-01 00:00:00', '1 year 2 mons',
         'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '[]', '{}', '\\x', '', '', '{}', '{}', 'sad', '::1', -0.5)`);
      const columns = (await pg.query(`SELECT attname, atttypid::int AS oid, atttypmod AS typmod FROM pg_attribute WHERE attrelid = 'every'::regclass AND attnum > 0 ORDER BY attnum`)).rows;
      const shape: TableShape = { table: 'every', version: 1, columns: columns.map((c) => col(c.attname, Number(c.oid), Number(c.typmod))) };
      const csv = path.join(root, 'every.csv');
      const client = await pg.client();
      let expected: Array<Array<string | null>>;
      try {
        await pipeline(client.query(copyTo(`COPY (SELECT * FROM every ORDER BY id) TO STDOUT WITH (FORMAT csv, NULL '\\N')`)), createWriteStream(csv));
        // Each value as Postgres prints it.
        expected = (await client.query({ text: `SELECT * FROM every ORDER BY id`, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
      } finally {
        await client.end();
      }
      const { files } = await writeSnapshotCsv(engine, storage, work, { shape, lsn: 0x8000n, commitMs: DAY1, firstSeq: 0, csvPath: csv });
      const bronze = await engine.all(`SELECT * FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))}) ORDER BY id`);
      const asPostgres = (name: string, row: Row): string | null => {
        const text = (row._pg_text as Array<{ key: string; value: string }> | null)?.find((e) => e.key === name)?.value;
        if (text !== undefined) return text;
        return row[name] === null ? null : String(row[name]);
      };
      const renderings = await engine.all(
        `SELECT id, b::VARCHAR AS b, d::VARCHAR AS d, t::VARCHAR AS t, ts::VARCHAR AS ts, epoch_us(tstz)::VARCHAR AS tstz, hex("by") AS "by", f4::VARCHAR AS f4, f8::VARCHAR AS f8
           FROM read_parquet(${sqlString(path.join(storage.root, files[0].key))}) ORDER BY id`,
      );
      assert.deepEqual(renderings, [
        { id: 1, b: 'true', d: '0044-03-15 (BC)', t: '24:00:00', ts: '0044-03-15 (BC) 10:00:00', tstz: '1704189600500000', by: '00FF', f4: 'nan', f8: '-inf' },
        { id: 2, b: null, d: null, t: null, ts: null, tstz: null, by: null, f4: null, f8: null },
        { id: 3, b: 'false', d: 'infinity', t: '00:00:00', ts: '-infinity', tstz: '-2209008070000000', by: '', f4: '1.1', f8: '0.1' },
      ]);
      // The columns kept as text, and the value numeric(12,3) cannot hold, are exactly what Postgres printed.
      const textual = ['n', 'nu', 'tz', 'iv', 'j', 'jb', 'tx', 'c', 'a', 'ta', 'm', 'ip', 'mo', 'u', 'i8', 'i2'];
      for (const [r, row] of bronze.entries()) {
        for (const name of textual) {
          const index = columns.findIndex((c) => c.attname === name);
          assert.equal(asPostgres(name, row), expected[r][index], `${name} of row ${row.id}`);
        }
      }
    } finally {
      await pg.stop();
    }
  });
});

describe('bronze compaction', () => {
  const SHAPE: TableShape = { table: 'compact', version: 1, columns: [col('id', 20, -1, true), col('v', 25), col('amount', 1700, NUMERIC_10_2)] };
  const NOW = new Date(DAY1 + 3_600_000);

  /** `count` single-transaction files, one per LSN from `fromLsn`, of a few rows each (some rows losing a value to _pg_text). */
  async function writeFlushes(shape: TableShape, fromLsn: number, count: number, commitMs = DAY1): Promise<void> {
    for (let n = fromLsn; n < fromLsn + count; n++) {
      const rows: CdcRow[] = [0, 1, 2].map((seq) => ({
        shape, op: seq === 2 ? 'd' : 'u', lsn: BigInt(n), xid: n, commitMs, seq,
        values: [String(n * 10 + seq), seq === 1 ? null : `value ${n}`, seq === 0 && n % 5 === 0 ? 'NaN' : `${n % 100}.5`, ...(shape.columns.length > 3 ? [String(n)] : [])],
      }));
      await writeChanges(engine, storage, work, rows);
    }
  }

  test('many small files at or below the watermark become few, with the same rows once each; newer files are left alone', async () => {
    await writeFlushes(SHAPE, 1000, 40);
    // Redelivered after a crash: the same changes again, in files of their own.
    await writeFlushes(SHAPE, 1010, 5);
    // Above the watermark: not yet in silver (or an open transaction's spill).
    await writeFlushes(SHAPE, 5000, 10);
    const before = await tableKeys('compact');
    assert.equal(before.length, 55);
    const contentBefore = await distinctRows(before);
    const upTo = 1039n;
    const result = await compactBronze(engine, storage, 'compact', { upTo, minFiles: 8, targetBytes: 64 * 1024 * 1024, workDir: work, now: NOW });
    assert.equal(result.removed.length, 45);
    assert.equal(result.written.length, 1);
    const after = await tableKeys('compact');
    assert.equal(after.length, 11);
    for (const key of before.filter((k) => lsnRangeOfKey(k)!.max > upTo)) assert.ok(after.includes(key), `${key} untouched`);
    const merged = result.written[0];
    assert.match(merged.key, /\/day=01\/part-[0-9a-f]{16}-[0-9a-f]{16}-l1-[0-9a-f]{12}\.parquet$/);
    assert.deepEqual(lsnRangeOfKey(merged.key), { min: 1000n, max: 1039n });
    assert.equal(merged.rows, 120);
    assert.deepEqual(await distinctRows(after), contentBefore);
    // Deduplicated and in commit order inside the file.
    const inFile = await readBronze([merged.key], 'file_row_number');
    assert.equal(inFile.length, 120);
    assert.deepEqual(
      inFile.map((r) => `${r._lsn}/${r._seq}`),
      [...inFile].sort((a, b) => Number(a._lsn) - Number(b._lsn) || Number(a._seq) - Number(b._seq)).map((r) => `${r._lsn}/${r._seq}`),
    );
    // Nothing left to do: a second call changes nothing.
    const again = await compactBronze(engine, storage, 'compact', { upTo, minFiles: 8, targetBytes: 64 * 1024 * 1024, workDir: work, now: NOW });
    assert.deepEqual(again, { removed: [], written: [] });
  });

  test('merged files merge again a level up, and files of another shape are kept apart', async () => {
    const shape: TableShape = { ...SHAPE, table: 'levels' };
    const wider: TableShape = { table: 'levels', version: 2, columns: [...shape.columns, col('extra', 23)] };
    const options = { upTo: 1_000_000n, minFiles: 4, targetBytes: 64 * 1024 * 1024, workDir: work, now: NOW };
    for (let round = 0; round < 4; round++) {
      await writeFlushes(shape, 2000 + round * 4, 4);
      await compactBronze(engine, storage, 'levels', options);
    }
    // Five new level-0 files, but of two shapes: 2 + 3, each fewer than minFiles.
    await writeFlushes(shape, 2900, 2);
    await writeFlushes(wider, 3000, 3);
    const contentBefore = await distinctRows(await tableKeys('levels'));
    const result = await compactBronze(engine, storage, 'levels', options);
    const keys = await tableKeys('levels');
    // Four level-1 files became one level-2 file; the level-0 files stay, their shapes kept apart.
    assert.equal(result.removed.length, 4);
    assert.equal(keys.filter((k) => /-l2-/.test(k)).length, 1);
    assert.equal(keys.filter((k) => /-l1-/.test(k)).length, 0);
    assert.equal(keys.length, 6);
    assert.deepEqual(await distinctRows(keys), contentBefore);
  });

  test('a closed day merges all its small files once two exist', async () => {
    const shape: TableShape = { ...SHAPE, table: 'closed' };
    const old = Date.UTC(2024, 3, 20, 12);
    await writeFlushes(shape, 4000, 3, old);
    const contentBefore = await distinctRows(await tableKeys('closed'));
    const result = await compactBronze(engine, storage, 'closed', { upTo: 1_000_000n, minFiles: 32, targetBytes: 64 * 1024 * 1024, workDir: work, now: NOW });
    assert.equal(result.removed.length, 3);
    const keys = await tableKeys('closed');
    assert.equal(keys.length, 1);
    assert.deepEqual(await distinctRows(keys), contentBefore);
  });

  test('a failure between publishing the merged file and deleting the inputs leaves duplicates only, which a later merge removes', async () => {
    const shape: TableShape = { ...SHAPE, table: 'crash' };
    await writeFlushes(shape, 6000, 10);
    const contentBefore = await distinctRows(await tableKeys('crash'));
    let deletes = 0;
    const failing: LakeStorage = Object.assign(Object.create(storage) as LakeStorage, {
      delete: async (key: string) => {
        if (++deletes > 3) throw new Error('injected: the process died here');
        await storage.delete(key);
      },
    });
    const options = { upTo: 1_000_000n, minFiles: 8, targetBytes: 64 * 1024 * 1024, workDir: work, now: NOW };
    await assert.rejects(compactBronze(engine, failing, 'crash', options), /injected/);
    const midway = await tableKeys('crash');
    assert.equal(midway.length, 8); // the merged file and the 7 inputs not yet deleted
    assert.deepEqual(await distinctRows(midway), contentBefore);
    // Once the day is closed, everything left merges.
    await compactBronze(engine, storage, 'crash', { ...options, now: new Date(DAY1 + 3 * 86_400_000) });
    const keys = await tableKeys('crash');
    assert.equal(keys.length, 1);
    assert.deepEqual(await distinctRows(keys), contentBefore);
    assert.equal((await readBronze(keys)).length, 30);
  });
});
