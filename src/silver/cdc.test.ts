/**
 * CDC silver without Postgres: synthetic bronze change files (the columns and file names the bronze
 * writer produces) go through buildCdcSilver / buildCdcHistory on a throwaway lake, and silver is read
 * as `lake query` reads it (the `silver.<table>` view, which follows the manifest) and as another engine
 * would (a glob over `silver/<table>/`).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sqlString } from '../engine/index.ts';
import { attachLakeViews } from '../engine/views.ts';
import { lsnKey } from '../changes/index.ts';
import { manifestKey, type LakeStorage } from '../storage/index.ts';
import { makeTestLake, type TestLake } from '../testing/lake.ts';
import {
  buildCdcHistory,
  buildCdcSilver,
  cdcSilverFiles,
  readCdcHistoryManifest,
  readCdcSilverManifest,
  type CdcSilverManifest,
  type CdcTableSchema,
} from './cdc.ts';

const TABLE = 'items';
/** items(id bigint primary key, name text, doc text, qty int, amount numeric(10,2)). */
const SCHEMA: CdcTableSchema = {
  primary_key: ['id'],
  columns: [
    { name: 'id', typeOid: 20, typeMod: -1 },
    { name: 'name', typeOid: 25, typeMod: -1 },
    { name: 'doc', typeOid: 25, typeMod: -1 },
    { name: 'qty', typeOid: 23, typeMod: -1 },
    { name: 'amount', typeOid: 1700, typeMod: ((10 << 16) | 2) + 4 },
  ],
};
const VALUE_COLUMNS = ['name', 'doc', 'qty', 'amount'] as const;
/**
 * Files small enough that a table of N rows spans several: DuckDB cuts files between row groups of at
 * least 2,048 rows (about 100 kB of these rows), so each file of the tests holds one or two row groups.
 */
const TARGET = 64_000;
const N = 10_000;
type Column = (typeof VALUE_COLUMNS)[number];

interface Change {
  op: 'r' | 'c' | 'u' | 'd' | 't';
  lsn: number;
  seq: number;
  id?: number;
  name?: string | null;
  doc?: string | null;
  qty?: number | null;
  amount?: string | null;
  /** Columns Postgres did not resend (their value in the change is NULL). */
  toast?: Column[];
  /** Values the typed column could not hold, as Postgres text. */
  pgText?: Record<string, string>;
}

type Row = { id: number; name: string | null; doc: string | null; qty: number | null; amount: string | null; pg_text: Record<string, string> | null };

const lakes: TestLake[] = [];
after(async () => {
  for (const lake of lakes) await lake.cleanup();
});
async function newLake(): Promise<TestLake> {
  const lake = await makeTestLake('');
  lakes.push(lake);
  return lake;
}

const lit = (value: string | number | null | undefined, type: string) =>
  value === null || value === undefined ? `NULL::${type}` : `CAST(${typeof value === 'string' ? sqlString(value) : value} AS ${type})`;

/** One bronze change file with the rows of `select`, named by the LSN range as the bronze writer names it. */
async function writeBronzeSql(lake: TestLake, select: string, minLsn: number, maxLsn: number): Promise<string> {
  const id = randomBytes(6).toString('hex');
  const local = path.join(lake.runtime.workDir, `test-bronze-${id}.parquet`);
  await fs.mkdir(lake.runtime.workDir, { recursive: true });
  await lake.runtime.engine.run(`COPY (${select}) TO ${sqlString(local)} (FORMAT parquet)`);
  const key = `bronze/${TABLE}/year=2024/month=01/day=01/part-${lsnKey(BigInt(minLsn))}-${lsnKey(BigInt(maxLsn))}-${id}.parquet`;
  await lake.runtime.storage.publishFile(key, local, { move: true });
  return key;
}

/** The bronze columns, in the bronze writer's order: source columns, then the change's metadata. */
function changeSql(c: Change): string {
  return `SELECT ${lit(c.id, 'BIGINT')} AS id, ${lit(c.name, 'VARCHAR')} AS name, ${lit(c.doc, 'VARCHAR')} AS doc, ${lit(c.qty, 'INTEGER')} AS qty,
    ${lit(c.amount, 'DECIMAL(10,2)')} AS amount, ${sqlString(c.op)} AS _op, ${c.lsn}::UBIGINT AS _lsn, ${c.lsn}::UBIGINT AS _xid,
    make_timestamptz(${c.lsn}::BIGINT * 1000000) AS _commit_ts, ${c.seq}::BIGINT AS _seq,
    ${c.toast?.length ? `[${c.toast.map(sqlString).join(', ')}]::VARCHAR[]` : 'NULL::VARCHAR[]'} AS _unchanged_toast,
    ${c.pgText ? `MAP {${Object.entries(c.pgText).map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`).join(', ')}}` : 'NULL::MAP(VARCHAR, VARCHAR)'} AS _pg_text`;
}

async function writeBronze(lake: TestLake, changes: Change[]): Promise<string> {
  const lsns = changes.map((c) => c.lsn);
  return writeBronzeSql(lake, changes.map(changeSql).join(' UNION ALL '), Math.min(...lsns), Math.max(...lsns));
}

/** A snapshot of keys 1..n at `lsn`: a name, a 32-character doc, qty = id. */
function snapshotSql(n: number, lsn: number): string {
  return `SELECT i::BIGINT AS id, 'name ' || i AS name, md5(i::VARCHAR) AS doc, i::INTEGER AS qty, NULL::DECIMAL(10,2) AS amount,
    'r' AS _op, ${lsn}::UBIGINT AS _lsn, ${lsn}::UBIGINT AS _xid, make_timestamptz(${lsn}::BIGINT * 1000000) AS _commit_ts,
    i::BIGINT AS _seq, NULL::VARCHAR[] AS _unchanged_toast, NULL::MAP(VARCHAR, VARCHAR) AS _pg_text
    FROM range(1, ${n + 1}) t(i)`;
}
function snapshotChanges(n: number, lsn: number): Change[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    return { op: 'r', lsn, seq: i, id: i, name: `name ${i}`, doc: createHash('md5').update(String(i)).digest('hex'), qty: i, amount: null };
  });
}

async function build(lake: TestLake, watermark: number, targetFileBytes?: number): Promise<CdcSilverManifest> {
  const result = await buildCdcSilver(lake.runtime, TABLE, SCHEMA, BigInt(watermark), targetFileBytes ? { targetFileBytes } : {});
  assert.ok(result.manifest, 'silver has a manifest');
  return result.manifest;
}

function toRow(r: Record<string, unknown>): Row {
  const entries = r.pg_text as Array<{ key: string; value: string }> | null;
  return {
    id: Number(r.id),
    name: r.name as string | null,
    doc: r.doc as string | null,
    qty: r.qty === null ? null : Number(r.qty),
    amount: r.amount as string | null,
    pg_text: entries ? Object.fromEntries(entries.map((e) => [e.key, e.value])) : null,
  };
}
const ROW_SELECT = `id, name, doc, qty, CAST(amount AS VARCHAR) AS amount, _pg_text AS pg_text`;

/** `silver.items` as `lake query` sees it. */
async function viewRows(lake: TestLake, table = TABLE): Promise<Row[]> {
  await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
  return (await lake.runtime.engine.all(`SELECT ${ROW_SELECT} FROM silver.${table} ORDER BY id`)).map(toRow);
}

/** What another engine sees reading every Parquet file under `silver/items/`. */
async function globRows(lake: TestLake): Promise<Row[]> {
  const glob = path.join(lake.dir, 'lake', 'silver', TABLE, '**', '*.parquet');
  return (await lake.runtime.engine.all(`SELECT ${ROW_SELECT} FROM read_parquet(${sqlString(glob)}, union_by_name = true) ORDER BY id`)).map(toRow);
}

async function fileDigests(lake: TestLake, manifest: CdcSilverManifest): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const key of cdcSilverFiles(manifest)) {
    digests.set(key, createHash('sha256').update(await fs.readFile(await lake.runtime.storage.localPath(key))).digest('hex'));
  }
  return digests;
}

/** Files are in key order, their ranges do not overlap, and their counts add up. */
function assertFileLayout(manifest: CdcSilverManifest): void {
  const files = manifest.files.filter((f) => f.rows > 0);
  for (let i = 0; i < files.length; i++) {
    assert.ok(Number(files[i].first![0]) <= Number(files[i].last![0]), `file ${i} runs forward`);
    if (i > 0) assert.ok(Number(files[i - 1].last![0]) < Number(files[i].first![0]), `files ${i - 1} and ${i} do not overlap`);
  }
  assert.equal(manifest.files.reduce((n, f) => n + f.rows, 0), manifest.rows);
}

/**
 * The current state by the rules, computed independently of silver's SQL: in commit order, once per
 * (lsn, seq); a snapshot restarts the table, a truncate empties it; the last change gives the whole row;
 * a column not resent takes the value of the key's newest earlier version that carried it.
 */
function reference(changes: Change[], watermark: number): Map<number, Row> {
  const seen = new Set<string>();
  const ordered = changes
    .filter((c) => c.lsn <= watermark && !seen.has(`${c.lsn}/${c.seq}`) && seen.add(`${c.lsn}/${c.seq}`))
    .sort((a, b) => a.lsn - b.lsn || a.seq - b.seq);
  let state = new Map<number, Row>();
  let carried = new Map<number, Partial<Record<Column, { value: unknown; text?: string }>>>();
  let snapshotLsn: number | undefined;
  for (const c of ordered) {
    if (c.op === 't' || (c.op === 'r' && c.lsn !== snapshotLsn)) {
      state = new Map();
      carried = new Map();
      snapshotLsn = c.op === 'r' ? c.lsn : undefined;
      if (c.op === 't') continue;
    }
    if (c.op === 'd') {
      state.delete(c.id!);
      continue;
    }
    const known = carried.get(c.id!) ?? {};
    const row: Row = { id: c.id!, name: null, doc: null, qty: null, amount: null, pg_text: null };
    const text: Record<string, string> = {};
    for (const column of VALUE_COLUMNS) {
      if (c.toast?.includes(column)) {
        (row as Record<string, unknown>)[column] = known[column]?.value ?? null;
        if (known[column]?.text !== undefined) text[column] = known[column]!.text!;
      } else {
        (row as Record<string, unknown>)[column] = c[column] ?? null;
        if (c.pgText?.[column] !== undefined) text[column] = c.pgText[column];
        known[column] = { value: c[column] ?? null, ...(c.pgText?.[column] !== undefined ? { text: c.pgText[column] } : {}) };
      }
    }
    row.pg_text = Object.keys(text).length > 0 ? text : null;
    carried.set(c.id!, known);
    state.set(c.id!, row);
  }
  return state;
}

const sorted = (rows: Map<number, Row>) => [...rows.values()].sort((a, b) => a.id - b.id);

describe('CDC silver', () => {
  it('an update that sets a column to NULL leaves NULL in silver, not the old value', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'ann', doc: 'd', qty: 5, amount: '1.50' },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: null, doc: 'd', qty: null, amount: null },
    ]);
    await build(lake, 20);
    assert.deepEqual(await viewRows(lake), [{ id: 1, name: null, doc: 'd', qty: null, amount: null, pg_text: null }]);
  });

  it('a key deleted and inserted again with NULLs has none of the deleted row’s values', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'ann', doc: 'long', qty: 5, amount: '2.00' },
      { op: 'd', lsn: 20, seq: 0, id: 1 },
      { op: 'c', lsn: 30, seq: 0, id: 1, name: null, doc: null, qty: null, amount: null },
    ]);
    await build(lake, 30);
    assert.deepEqual(await viewRows(lake), [{ id: 1, name: null, doc: null, qty: null, amount: null, pg_text: null }]);
    // The same across two builds: the deleted row's values are gone from silver, not only hidden.
    const split = await newLake();
    await writeBronze(split, [{ op: 'c', lsn: 10, seq: 0, id: 1, name: 'ann', doc: 'long', qty: 5, amount: '2.00' }]);
    await build(split, 10);
    await writeBronze(split, [{ op: 'd', lsn: 20, seq: 0, id: 1 }]);
    await build(split, 20);
    assert.deepEqual(await viewRows(split), []);
    await writeBronze(split, [{ op: 'c', lsn: 30, seq: 0, id: 1, name: null, doc: null, qty: null, amount: null }]);
    await build(split, 30);
    assert.deepEqual(await viewRows(split), [{ id: 1, name: null, doc: null, qty: null, amount: null, pg_text: null }]);
  });

  it('an unchanged TOAST value is carried across several updates and builds, and stays NULL once an update set it to NULL', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a', doc: 'big document', qty: 1 },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: 'b', qty: 2, toast: ['doc'] },
    ]);
    await build(lake, 20);
    await writeBronze(lake, [
      { op: 'u', lsn: 30, seq: 0, id: 1, name: 'c', qty: 3, toast: ['doc'] },
      { op: 'u', lsn: 40, seq: 0, id: 1, name: 'd', qty: null, toast: ['doc'] },
    ]);
    await build(lake, 40);
    assert.deepEqual(await viewRows(lake), [{ id: 1, name: 'd', doc: 'big document', qty: null, amount: null, pg_text: null }]);
    await writeBronze(lake, [
      { op: 'u', lsn: 50, seq: 0, id: 1, name: 'e', doc: null, qty: 5 },
      { op: 'u', lsn: 60, seq: 0, id: 1, name: 'f', qty: 6, toast: ['doc'] },
    ]);
    await build(lake, 60);
    assert.deepEqual(await viewRows(lake), [{ id: 1, name: 'f', doc: null, qty: 6, amount: null, pg_text: null }]);
  });

  it('keeps _pg_text with the row version it belongs to, including for a value carried as unchanged TOAST', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a', doc: null, amount: null, pgText: { amount: 'NaN', doc: 'kept as text' } },
      { op: 'c', lsn: 10, seq: 1, id: 2, name: 'b', amount: null, pgText: { amount: 'Infinity' } },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: 'a2', amount: '3.00', toast: ['doc'] },
      { op: 'u', lsn: 20, seq: 1, id: 2, name: 'b2', amount: null, pgText: { amount: '-Infinity' } },
    ]);
    await build(lake, 20);
    assert.deepEqual(await viewRows(lake), [
      { id: 1, name: 'a2', doc: null, qty: null, amount: '3.00', pg_text: { doc: 'kept as text' } },
      { id: 2, name: 'b2', doc: null, qty: null, amount: null, pg_text: { amount: '-Infinity' } },
    ]);
  });

  it('a change delivered twice (bronze is at-least-once) is applied and counted once', async () => {
    const lake = await newLake();
    const first: Change[] = [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a', qty: 1 },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: 'b', qty: 2 },
    ];
    await writeBronze(lake, first);
    await writeBronze(lake, [first[1]]);
    const manifest = await build(lake, 20);
    assert.equal(manifest.changes_applied, 2);
    assert.equal(manifest.duplicates_skipped, 1);
    assert.deepEqual(await viewRows(lake), [{ id: 1, name: 'b', doc: null, qty: 2, amount: null, pg_text: null }]);
  });

  it('applies only changes up to the watermark; the rest wait for a later build', async () => {
    const lake = await newLake();
    const changes: Change[] = [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a' },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: 'b' },
      { op: 'c', lsn: 20, seq: 1, id: 2, name: 'c' },
    ];
    await writeBronze(lake, changes);
    await build(lake, 10);
    assert.deepEqual(await viewRows(lake), sorted(reference(changes, 10)));
    assert.equal((await buildCdcSilver(lake.runtime, TABLE, SCHEMA, 10n)).status, 'up-to-date');
    await build(lake, 20);
    assert.deepEqual(await viewRows(lake), sorted(reference(changes, 20)));
  });

  it('a build that changes one key rewrites only the file holding it, and every other file stays byte-identical', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    const before = await build(lake, 100, TARGET);
    assert.ok(before.files.length >= 3, `several files (${before.files.length})`);
    assertFileLayout(before);
    const digests = await fileDigests(lake, before);
    const target = before.files[1];
    const id = Number(target.first![0]) + 1;
    await writeBronze(lake, [{ op: 'u', lsn: 200, seq: 0, id, name: null, doc: 'changed', qty: -1 }]);
    const afterwards = await build(lake, 200, TARGET);
    assert.equal(afterwards.files_written, 1);
    assert.equal(afterwards.files.length, before.files.length);
    const replaced = before.files.filter((f) => !cdcSilverFiles(afterwards).includes(f.key)).map((f) => f.key);
    assert.deepEqual(replaced, [target.key], 'only the file holding the key was replaced');
    for (const [key, digest] of await fileDigests(lake, afterwards)) {
      if (digests.has(key)) assert.equal(digest, digests.get(key), `${key} is untouched`);
    }
    assert.ok(!(await lake.runtime.storage.exists(target.key)), 'the replaced file is deleted after the commit');
    const rows = await viewRows(lake);
    assert.equal(rows.length, N);
    assert.deepEqual(rows.find((r) => r.id === id), { id, name: null, doc: 'changed', qty: -1, amount: null, pg_text: null });
    assertFileLayout(afterwards);
  });

  it('new keys above the largest go to the last file, which splits once it grows past twice the target', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    const before = await build(lake, 100, TARGET);
    const last = before.files.at(-1)!;
    await writeBronze(lake, [N + 1, N + 2, N + 3].map((id, seq) => ({ op: 'c' as const, lsn: 200, seq, id, name: `new ${id}` })));
    const small = await build(lake, 200, TARGET);
    assert.deepEqual(cdcSilverFiles(small).slice(0, -1), cdcSilverFiles(before).slice(0, -1), 'all files but the last are carried');
    assert.equal(small.files.at(-1)!.last![0], String(N + 3));
    assert.equal(small.files.at(-1)!.rows, last.rows + 3);
    // Many more new keys: the last file splits; the others are still carried.
    await writeBronzeSql(
      lake,
      `SELECT * REPLACE (id + ${N + 3} AS id, 'c' AS _op, 300::UBIGINT AS _lsn, 300::UBIGINT AS _xid) FROM (${snapshotSql(3000, 300)})`,
      300,
      300,
    );
    const grown = await build(lake, 300, TARGET);
    assert.deepEqual(cdcSilverFiles(grown).slice(0, before.files.length - 1), cdcSilverFiles(before).slice(0, -1));
    assert.ok(grown.files.length >= before.files.length + 2, `the last file was split (${before.files.length} → ${grown.files.length} files)`);
    for (const f of grown.files) assert.ok(f.bytes <= 2 * TARGET, `${f.key} is near the target (${f.bytes} bytes)`);
    assertFileLayout(grown);
    assert.equal((await viewRows(lake)).length, N + 3003);
  });

  it('deleting every key of a file drops that file from the manifest', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    const before = await build(lake, 100, TARGET);
    const victim = before.files[1];
    // A delete carries only the key (REPLICA IDENTITY DEFAULT).
    const [low, high] = [Number(victim.first![0]), Number(victim.last![0])];
    await writeBronzeSql(
      lake,
      `SELECT * REPLACE (NULL::VARCHAR AS name, NULL::VARCHAR AS doc, NULL::INTEGER AS qty, 'd' AS _op, 200::UBIGINT AS _lsn, 200::UBIGINT AS _xid)
       FROM (${snapshotSql(N, 200)}) WHERE id BETWEEN ${low} AND ${high}`,
      200,
      200,
    );
    const afterwards = await build(lake, 200, TARGET);
    assert.deepEqual(cdcSilverFiles(afterwards), cdcSilverFiles(before).filter((key) => key !== victim.key));
    assert.equal(afterwards.files_written, 0);
    const rows = await viewRows(lake);
    assert.equal(rows.length, N - (high - low + 1));
    assert.ok(!rows.some((r) => r.id >= low && r.id <= high));
  });

  it('a snapshot restarts the table at its LSN and a truncate empties it, leaving a typed empty table', async () => {
    const lake = await newLake();
    const changes: Change[] = [
      ...snapshotChanges(50, 100),
      { op: 'u', lsn: 150, seq: 0, id: 3, name: 'before the new snapshot' },
      ...snapshotChanges(5, 200),
      { op: 'u', lsn: 210, seq: 0, id: 2, name: 'after the new snapshot' },
    ];
    await writeBronze(lake, changes.slice(0, 51));
    await build(lake, 150, 2_000);
    await writeBronze(lake, changes.slice(51));
    const reset = await build(lake, 210, 2_000);
    assert.deepEqual(await viewRows(lake), sorted(reference(changes, 210)));
    assert.equal(reset.rows, 5);
    await writeBronze(lake, [{ op: 't', lsn: 300, seq: 0 }]);
    const emptied = await build(lake, 300, 2_000);
    assert.equal(emptied.rows, 0);
    assert.equal(emptied.files.length, 1);
    assert.deepEqual(await viewRows(lake), []);
    await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
    const described = await lake.runtime.engine.all(`DESCRIBE silver.${TABLE}`);
    assert.deepEqual(
      described.map((c) => [c.column_name, c.column_type]).slice(0, 5),
      [
        ['id', 'BIGINT'],
        ['name', 'VARCHAR'],
        ['doc', 'VARCHAR'],
        ['qty', 'INTEGER'],
        ['amount', 'DECIMAL(10,2)'],
      ],
    );
    await writeBronze(lake, [{ op: 'c', lsn: 400, seq: 0, id: 9, name: 'after truncate' }]);
    await build(lake, 400, 2_000);
    assert.deepEqual(await viewRows(lake), [{ id: 9, name: 'after truncate', doc: null, qty: null, amount: null, pg_text: null }]);
  });

  it('a first build of a snapshot and the changes after it gives exactly the reference rows, in non-overlapping files', async () => {
    const lake = await newLake();
    const n = 3_000;
    await writeBronzeSql(lake, snapshotSql(n, 100), 100, 100);
    const after: Change[] = [
      // A change committed at the snapshot's own LSN is still a change after the snapshot's rows.
      { op: 'u', lsn: 100, seq: n + 10, id: 7, name: 'at the snapshot lsn', doc: 'x', qty: 0 },
      { op: 'u', lsn: 200, seq: 0, id: 1, name: 'one', doc: 'd1', qty: 10 },
      { op: 'u', lsn: 200, seq: 1, id: 2, name: 'toast', qty: 20, toast: ['doc'] },
      { op: 'd', lsn: 210, seq: 0, id: 3 },
      { op: 'c', lsn: 220, seq: 0, id: n + 1, name: 'new', doc: null, qty: null, pgText: { amount: 'NaN' } },
      { op: 'd', lsn: 230, seq: 0, id: n + 2 },
      { op: 'u', lsn: 240, seq: 0, id: 1500, name: 'middle', doc: null, qty: 1 },
      { op: 'u', lsn: 250, seq: 0, id: 1500, name: 'middle again', qty: 2, toast: ['doc'] },
      { op: 'u', lsn: 260, seq: 0, id: n, name: 'last', doc: 'z', qty: 3 },
    ];
    await writeBronze(lake, after);
    // Bronze is at-least-once: one change delivered twice.
    await writeBronze(lake, [after[1]]);
    const manifest = await build(lake, 260, 20_000);
    assert.ok(manifest.files.length >= 3, `several files (${manifest.files.length})`);
    assertFileLayout(manifest);
    assert.deepEqual(await viewRows(lake), sorted(reference([...snapshotChanges(n, 100), ...after], 260)));
    assert.deepEqual(await globRows(lake), await viewRows(lake));
    assert.equal(manifest.changes_applied, n + after.length);
    assert.equal(manifest.duplicates_skipped, 1);
  });

  it('a snapshot file delivered twice does not double its rows', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(500, 100), 100, 100);
    await writeBronzeSql(lake, snapshotSql(500, 100), 100, 100);
    await writeBronze(lake, [{ op: 'u', lsn: 200, seq: 0, id: 5, name: 'five', toast: ['doc'] }]);
    const manifest = await build(lake, 200, 5_000);
    assertFileLayout(manifest);
    assert.equal(manifest.rows, 500);
    assert.equal(manifest.duplicates_skipped, 500);
    const expected = sorted(reference([...snapshotChanges(500, 100), { op: 'u', lsn: 200, seq: 0, id: 5, name: 'five', toast: ['doc'] }], 200));
    assert.deepEqual(await viewRows(lake), expected);
  });

  it('a snapshot that repeats a declared key (one the source does not enforce) keeps that key once, from its last row', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'r', lsn: 100, seq: 1, id: 1, name: 'first copy', qty: 1 },
      { op: 'r', lsn: 100, seq: 2, id: 2, name: 'two', qty: 2 },
      { op: 'r', lsn: 100, seq: 3, id: 1, name: 'second copy', qty: 3 },
    ]);
    const manifest = await build(lake, 100);
    assert.equal(manifest.rows, 2);
    assert.deepEqual(await viewRows(lake), [
      { id: 1, name: 'second copy', doc: null, qty: 3, amount: null, pg_text: null },
      { id: 2, name: 'two', doc: null, qty: 2, amount: null, pg_text: null },
    ]);
  });

  it('an empty source table gets a typed silver table of one empty file', async () => {
    const lake = await newLake();
    const manifest = await build(lake, 100);
    assert.equal(manifest.rows, 0);
    assert.equal(manifest.files.length, 1);
    await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
    const described = await lake.runtime.engine.all(`DESCRIBE silver.${TABLE}`);
    assert.deepEqual(described.map((c) => c.column_name), ['id', 'name', 'doc', 'qty', 'amount', '_pg_text', '_lsn', '_commit_ts']);
  });

  it('files published by a build that died before its commit stay invisible to lake query and are collected by the next build', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    const before = await build(lake, 100, TARGET);
    const changes: Change[] = [
      { op: 'u', lsn: 200, seq: 0, id: 5, name: 'changed' },
      { op: 'u', lsn: 200, seq: 1, id: N - 1, name: 'changed too' },
    ];
    await writeBronze(lake, changes);
    const committing = manifestKey('silver', TABLE, 'current');
    // The process dies between publishing the new files and writing the manifest.
    const dying = new Proxy(lake.runtime.storage, {
      get(target, property) {
        if (property === 'writeText') {
          return async (key: string, text: string) => {
            if (key === committing) throw new Error('killed before the commit');
            return target.writeText(key, text);
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as LakeStorage;
    await assert.rejects(buildCdcSilver({ ...lake.runtime, storage: dying }, TABLE, SCHEMA, 200n, { targetFileBytes: TARGET }), /killed before the commit/);
    const listed = await lake.runtime.storage.list(`silver/${TABLE}/`);
    assert.ok(listed.length > before.files.length, 'the dead build left files behind');
    assert.deepEqual((await readCdcSilverManifest(lake.runtime.storage, TABLE))!.batch_id, before.batch_id, 'the commit did not happen');
    const visible = await viewRows(lake);
    assert.equal(visible.length, N);
    assert.equal(new Set(visible.map((r) => r.id)).size, N, 'lake query sees no key twice');
    assert.equal(visible.find((r) => r.id === 5)!.name, 'name 5', 'nor anything of the uncommitted build');
    assert.ok((await globRows(lake)).length > N, 'a glob reader does see the orphans until the next build (as documented)');

    const afterwards = await build(lake, 200, TARGET);
    assert.deepEqual(await lake.runtime.storage.list(`silver/${TABLE}/`), [...cdcSilverFiles(afterwards)].sort(), 'only the manifest’s files remain');
    const expected = sorted(reference([...snapshotChanges(N, 100), ...changes], 200));
    assert.deepEqual(await viewRows(lake), expected);
    assert.deepEqual(await globRows(lake), expected, 'between commits a glob reader sees exactly the current rows');
  });

  it('reads a single-file manifest of an older lake and replaces it with file groups on the next build', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a' },
      { op: 'c', lsn: 10, seq: 1, id: 2, name: 'b' },
    ]);
    // What the previous version of lake left: silver/<table>/data.parquet and a manifest naming it by `key`.
    const legacy = path.join(lake.runtime.workDir, 'legacy.parquet');
    await lake.runtime.engine.run(
      `COPY (SELECT id, name, doc, qty, amount, _lsn, _commit_ts FROM (${changeSql({ op: 'c', lsn: 10, seq: 0, id: 1, name: 'a' })} UNION ALL ${changeSql({ op: 'c', lsn: 10, seq: 1, id: 2, name: 'b' })}))
       TO ${sqlString(legacy)} (FORMAT parquet)`,
    );
    await lake.runtime.storage.publishFile(`silver/${TABLE}/data.parquet`, legacy, { move: true });
    const old = { layer: 'silver', table: TABLE, key: `silver/${TABLE}/data.parquet`, batch_id: 'old', built_at: '2024-01-01T00:00:00Z', watermark_lsn: '0/A', rows: 2, changes_applied: 2, duplicates_skipped: 0, last_commit_at: null };
    await lake.runtime.storage.writeText(manifestKey('silver', TABLE, 'current'), JSON.stringify(old));
    assert.deepEqual(cdcSilverFiles((await readCdcSilverManifest(lake.runtime.storage, TABLE))!), [`silver/${TABLE}/data.parquet`]);
    await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
    assert.deepEqual((await lake.runtime.engine.all(`SELECT name FROM silver.${TABLE} ORDER BY id`)).map((r) => r.name), ['a', 'b']);
    await writeBronze(lake, [{ op: 'u', lsn: 20, seq: 0, id: 2, name: null }]);
    const migrated = await build(lake, 20);
    assert.equal(migrated.key, undefined);
    assert.ok(!(await lake.runtime.storage.exists(`silver/${TABLE}/data.parquet`)), 'the old file is gone');
    assert.deepEqual((await viewRows(lake)).map((r) => r.name), ['a', null]);
  });

  it('equals an independently computed reference over a random workload, build after build, and a glob reader sees the same between commits', async () => {
    const lake = await newLake();
    const random = generator(12);
    const pick = <T>(values: T[]): T => values[random(values.length)];
    const all: Change[] = snapshotChanges(N, 100);
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    let lsn = 100;
    let nextId = N + 1;
    let watermark = 100;
    const live = new Set(Array.from({ length: N }, (_, i) => i + 1));
    for (let round = 0; round < 12; round++) {
      const batch: Change[] = [];
      for (let txn = 0; txn < 15; txn++) {
        lsn += 10;
        let seq = 0;
        for (let n = 1 + random(3); n > 0; n--) {
          const roll = random(100);
          const existing = [...live];
          if (roll < 20 || existing.length === 0) {
            const id = random(4) === 0 ? 1 + random(nextId) : nextId++;
            if (live.has(id)) continue;
            live.add(id);
            batch.push({ op: 'c', lsn, seq: seq++, id, name: pick([null, `n${id}`]), doc: pick([null, 'doc']), qty: pick([null, random(9)]), amount: pick([null, '1.25']) });
          } else if (roll < 45) {
            const id = pick(existing);
            batch.push({ op: 'u', lsn, seq: seq++, id, name: pick([null, `u${lsn}`]), doc: pick([null, `doc ${lsn}`]), qty: pick([null, random(9)]), amount: pick([null, '2.50']) });
          } else if (roll < 65) {
            // An update that leaves the TOASTed doc alone.
            const id = pick(existing);
            batch.push({ op: 'u', lsn, seq: seq++, id, name: pick([null, `t${lsn}`]), qty: pick([null, random(9)]), amount: null, pgText: random(3) === 0 ? { amount: 'NaN' } : undefined, toast: ['doc'] });
          } else if (roll < 80) {
            const id = pick(existing);
            live.delete(id);
            batch.push({ op: 'd', lsn, seq: seq++, id });
          } else {
            // Deleted and inserted again, with NULLs.
            const id = pick(existing);
            batch.push({ op: 'd', lsn, seq: seq++, id }, { op: 'c', lsn, seq: seq++, id, name: null, doc: null, qty: null, amount: null });
          }
        }
      }
      if (batch.length === 0) continue;
      all.push(...batch);
      await writeBronze(lake, batch);
      // Bronze delivers a few changes again, as after a crash.
      if (round % 3 === 1) await writeBronze(lake, batch.slice(0, 5));
      // Sometimes the flushed position stops inside this round's range: its later transactions wait.
      watermark = round % 4 === 2 ? batch[Math.floor(batch.length / 2)].lsn : lsn;
      const manifest = await build(lake, watermark, TARGET);
      assertFileLayout(manifest);
      const expected = sorted(reference(all, watermark));
      assert.deepEqual(await viewRows(lake), expected, `round ${round}`);
      assert.deepEqual(await globRows(lake), expected, `round ${round}: glob`);
      assert.equal(manifest.rows, expected.length);
    }
    const final = (await readCdcSilverManifest(lake.runtime.storage, TABLE))!;
    assert.ok(final.files.length >= 3, `the table spans several files (${final.files.length})`);
  });
});

describe('CDC SCD2 history', () => {
  const historyRows = async (lake: TestLake) => {
    await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
    return (
      await lake.runtime.engine.all(
        `SELECT id, name, doc, qty, epoch(valid_from)::BIGINT AS valid_from, epoch(valid_to)::BIGINT AS valid_to, is_current
         FROM silver.${TABLE}_history ORDER BY id, valid_from`,
      )
    ).map((r) => [Number(r.id), r.name, r.doc, r.qty === null ? null : Number(r.qty), Number(r.valid_from), r.valid_to === null ? null : Number(r.valid_to), r.is_current]);
  };

  it('keeps every version with its NULLs, closes each at the next change, and carries unchanged TOAST values', async () => {
    const lake = await newLake();
    await writeBronze(lake, [
      { op: 'c', lsn: 10, seq: 0, id: 1, name: 'a', doc: 'big', qty: 1 },
      { op: 'u', lsn: 20, seq: 0, id: 1, name: null, qty: 2, toast: ['doc'] },
      { op: 'c', lsn: 20, seq: 1, id: 2, name: 'b', doc: 'x', qty: 7 },
    ]);
    await buildCdcHistory(lake.runtime, TABLE, SCHEMA, 20n);
    await writeBronze(lake, [
      { op: 'u', lsn: 30, seq: 0, id: 1, name: 'c', qty: null, toast: ['doc'] },
      { op: 'd', lsn: 40, seq: 0, id: 2 },
      { op: 'c', lsn: 50, seq: 0, id: 2, name: null, doc: null, qty: null },
    ]);
    await buildCdcHistory(lake.runtime, TABLE, SCHEMA, 50n);
    assert.deepEqual(await historyRows(lake), [
      [1, 'a', 'big', 1, 10, 20, false],
      [1, null, 'big', 2, 20, 30, false],
      [1, 'c', 'big', null, 30, null, true],
      [2, 'b', 'x', 7, 20, 40, false],
      [2, null, null, null, 50, null, true],
    ]);
  });

  it('a history build rewrites only the files of the keys it changed', async () => {
    const lake = await newLake();
    await writeBronzeSql(lake, snapshotSql(N, 100), 100, 100);
    const before = (await buildCdcHistory(lake.runtime, TABLE, SCHEMA, 100n, { targetFileBytes: TARGET })).manifest!;
    assert.ok(before.files.length >= 3, `several files (${before.files.length})`);
    const id = Number(before.files[2].first![0]);
    await writeBronze(lake, [{ op: 'u', lsn: 200, seq: 0, id, name: 'v2', doc: 'd', qty: 0 }]);
    const afterwards = (await buildCdcHistory(lake.runtime, TABLE, SCHEMA, 200n, { targetFileBytes: TARGET })).manifest!;
    assert.equal(afterwards.files_written, 1);
    assert.deepEqual(
      before.files.filter((f) => !cdcSilverFiles(afterwards).includes(f.key)).map((f) => f.key),
      [before.files[2].key],
    );
    assert.equal(afterwards.rows, N + 1);
    const versions = (await historyRows(lake)).filter((r) => r[0] === id);
    assert.deepEqual(versions.map((v) => [v[1], v[4], v[5], v[6]]), [
      [`name ${id}`, 100, 200, false],
      ['v2', 200, null, true],
    ]);
    assert.equal((await readCdcHistoryManifest(lake.runtime.storage, TABLE))!.batch_id, afterwards.batch_id);
  });
});

/** A small deterministic PRNG (mulberry32): `random(n)` is an integer in [0, n). */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
