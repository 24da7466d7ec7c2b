/**
 * The durability contract under fire: a random workload of inserts, updates and deletes runs while the
 * CDC process is killed with SIGKILL at random moments (snapshot, streaming, flushing, silver builds)
 * and restarted. At the end silver equals the source table row for row, with no key twice.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseLsn } from '../src/ingest/postgres/index.ts';
import { readCdcState } from '../src/orchestrator/cdc.ts';
import { readCdcSilverManifest } from '../src/silver/cdc.ts';
import { sqlString } from '../src/engine/index.ts';
import { makeTestLake, REPO_ROOT, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const CHILD = path.join(REPO_ROOT, 'src/testing/cdc-child.ts');

function startChild(configFile: string): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configFile, 'shop'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  return { child, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))), output: () => output };
}

function checksum(rows: unknown[][]): string {
  return createHash('md5').update(JSON.stringify(rows)).digest('hex');
}

describe('CDC killed at random moments', () => {
  let pg: TestPostgres;
  let lake: TestLake;

  before(async () => {
    pg = await startPostgres();
    process.env.SHOP_DATABASE_URL = pg.connectionString;
    await pg.query(`CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, amount numeric(10,2), note text)`);
    await pg.query(`INSERT INTO orders SELECT g, g % 50, g * 0.25, 'seed ' || g FROM generate_series(1, 5000) g`);
    lake = await makeTestLake(`sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: crash_pub
    slot: crash_slot
    tables:
      - name: public.orders
    flush:
      interval_ms: 50
      max_changes: 500
    heartbeat_ms: 200
`);
  });
  after(async () => {
    await lake?.cleanup();
    await pg?.stop();
  });

  it('loses nothing acknowledged and keeps every change once across SIGKILLs', async () => {
    let writing = true;
    let nextId = 5001;
    let transactions = 0;
    const random = (n: number) => Math.floor(Math.random() * n);
    const workload = (async () => {
      const client = await pg.client();
      while (writing) {
        await client.query('BEGIN');
        for (let i = 0, n = 1 + random(5); i < n; i++) {
          const roll = random(10);
          if (roll < 4) await client.query(`INSERT INTO orders VALUES ($1, $2, $3, $4)`, [nextId++, random(50), (random(100000) / 100).toFixed(2), `new ${nextId}`]);
          else if (roll < 8) await client.query(`UPDATE orders SET amount = amount + 1, note = note || '+' WHERE id = $1`, [1 + random(nextId)]);
          else await client.query(`DELETE FROM orders WHERE id = $1`, [1 + random(nextId)]);
        }
        await client.query('COMMIT');
        transactions++;
      }
      await client.end();
    })();

    const kills: string[] = [];
    for (let round = 0; round < 6; round++) {
      const run = startChild(lake.configFile);
      // The first kills land early (during the snapshot), later ones while streaming and flushing.
      await new Promise((r) => setTimeout(r, round < 2 ? 400 + random(800) : 1500 + random(1500)));
      run.child.kill('SIGKILL');
      await run.exited;
      kills.push(run.output().match(/FLUSHED/g)?.length ? 'streaming' : 'early');
    }
    writing = false;
    await workload;
    assert.ok(transactions > 50, `the workload committed ${transactions} transactions`);

    // A last, uninterrupted run catches up and stops gracefully.
    const target = parseLsn((await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
    const final = startChild(lake.configFile);
    const deadline = Date.now() + 90_000;
    for (;;) {
      const state = await readCdcState(lake.runtime, 'shop');
      const silver = await readCdcSilverManifest(lake.runtime.storage, 'orders');
      if (state && silver && parseLsn(state.flushed_lsn) >= target && parseLsn(silver.watermark_lsn) >= target) break;
      assert.ok(Date.now() < deadline, `final run did not catch up: ${final.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    final.child.kill('SIGTERM');
    assert.equal(await final.exited, 0, final.output());

    const source = (await pg.query(`SELECT id, customer_id, amount::text AS amount, note FROM orders ORDER BY id`)).rows.map((r) => [
      String(r.id),
      String(r.customer_id),
      r.amount === null ? null : String(r.amount),
      r.note,
    ]);
    const manifest = (await readCdcSilverManifest(lake.runtime.storage, 'orders'))!;
    const file = sqlString(await lake.runtime.storage.localPath(manifest.key));
    const silver = (await lake.runtime.engine.all(`SELECT id, customer_id, CAST(amount AS VARCHAR) AS amount, note FROM read_parquet(${file}) ORDER BY id`)).map((r) => [
      String(r.id),
      String(r.customer_id),
      r.amount === null ? null : String(r.amount),
      r.note as string | null,
    ]);
    const { dupes } = await lake.runtime.engine.one(`SELECT count(*) - count(DISTINCT id) AS dupes FROM read_parquet(${file})`);
    assert.equal(Number(dupes), 0, 'no key twice in silver');
    assert.equal(silver.length, source.length, 'row count');
    assert.equal(checksum(silver), checksum(source), 'silver equals the source table');
    assert.equal(kills.length, 6);
    const bronze = await lake.runtime.engine.one(`SELECT count(*) AS n, count(DISTINCT (_lsn, _seq)) AS d FROM read_parquet('${lake.dir}/lake/bronze/orders/**/*.parquet')`);
    console.log('kills', kills.join(','), 'bronze rows', bronze.n, 'distinct changes', bronze.d);
  });
});
