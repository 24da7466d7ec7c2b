/**
 * The durability contract under fire: a random workload runs while the CDC process is killed with
 * SIGKILL at random moments (startup, snapshot, streaming, flushing, silver builds) and restarted. The
 * workload has what broke silver before: updates to NULL, deletes followed by re-inserts of the same
 * key, 180 kB TOASTed values set to NULL and back or left unchanged by updates of other columns, key
 * changes under REPLICA IDENTITY FULL, multi-statement transactions, rolled-back transactions and
 * savepoints. At the end silver equals each source table row by row, column by column, with no key twice.
 *
 * Every child process is tracked and killed in after(), whatever the outcome; every wait has a deadline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import { parseLsn } from '../src/ingest/postgres/index.ts';
import { readCdcState } from '../src/orchestrator/cdc.ts';
import { promote } from '../src/orchestrator/cdc-service.ts';
import { assertSilverEqualsSource, ChildProcesses, currentLsn, waitFor, withDeadline, type TrackedChild } from '../src/testing/cdc.ts';
import { makeTestLake, REPO_ROOT, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const CHILD = path.join(REPO_ROOT, 'src/testing/cdc-child.ts');
const KILLS = 7;

/** A seeded generator (mulberry32), so a failing workload can be replayed with CDC_CRASH_SEED. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** ~180 kB of random base64: incompressible enough that Postgres stores it out of line (TOAST). */
function bigText(): string {
  return randomBytes(135_000).toString('base64');
}

describe('CDC killed at random moments', () => {
  let pg: TestPostgres;
  let lake: TestLake;
  const children = new ChildProcesses();
  let writing = false;
  let workload: Promise<void> | undefined;

  before(async () => {
    pg = await startPostgres();
    process.env.SHOP_DATABASE_URL = pg.connectionString;
    await pg.query(`CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric(10,2), note text, doc text)`);
    await pg.query(
      `INSERT INTO orders SELECT g, CASE WHEN g % 7 = 0 THEN NULL ELSE g % 50 END, CASE WHEN g % 11 = 0 THEN NULL ELSE g * 0.25 END,
              CASE g % 13 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'seed ' || g END, NULL
         FROM generate_series(1, 5000) g`,
    );
    // A key change with the default replica identity sends the old key; with FULL, the whole old row.
    await pg.query(`CREATE TABLE moves (id int PRIMARY KEY, label text, qty int, doc text)`);
    await pg.query(`ALTER TABLE moves REPLICA IDENTITY FULL`);
    await pg.query(`INSERT INTO moves SELECT g, 'move ' || g, g, NULL FROM generate_series(1, 500) g`);
    for (let id = 500; id <= 5000; id += 500) await pg.query(`UPDATE orders SET doc = $1 WHERE id = $2`, [bigText(), id]);
    for (let id = 50; id <= 500; id += 50) await pg.query(`UPDATE moves SET doc = $1 WHERE id = $2`, [bigText(), id]);
    lake = await makeTestLake(`sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: crash_pub
    slot: crash_slot
    tables:
      - name: public.orders
      - name: public.moves
    flush:
      interval_ms: 50
      max_changes: 500
    heartbeat_ms: 200
`);
  });
  after(async () => {
    writing = false;
    await children.killAll();
    if (workload) await withDeadline(workload.catch(() => {}), 'the workload to stop', 30_000);
    await lake?.cleanup();
    await pg?.stop();
  });

  function startChild(): TrackedChild {
    return children.start(process.execPath, ['--import', 'tsx', CHILD, lake.configFile, 'shop'], { cwd: REPO_ROOT });
  }

  it('loses nothing acknowledged and keeps every change once across SIGKILLs', { timeout: 300_000 }, async () => {
    const seed = Number(process.env.CDC_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`workload seed ${seed} (replay with CDC_CRASH_SEED=${seed})`);
    const random = generator(seed);
    let nextOrder = 5001;
    let nextMove = 501;
    const counts = { committed: 0, rolledBack: 0, nullUpdates: 0, reinserts: 0, toastWrites: 0, toastToNull: 0, toastUntouched: 0, keyChanges: 0 };
    const pick = <T>(values: T[]) => values[random(values.length)];
    const anyOrder = () => 1 + random(nextOrder - 1);
    const anyMove = () => 1 + random(nextMove - 1);
    // Rows seeded with a TOASTed doc; they may have moved or gone, which only makes the statement a no-op.
    const toastedOrder = () => 500 * (1 + random(10));
    const toastedMove = () => 50 * (1 + random(10));
    const note = () => pick<string | null>([null, '', `note ${random(1000)}`, `note ${random(1000)}`]);
    const amount = () => pick<string | null>([null, (random(100000) / 100).toFixed(2), (random(100000) / 100).toFixed(2)]);

    async function statement(client: pg.Client): Promise<void> {
      const roll = random(100);
      if (roll < 18) {
        const doc = random(100) < 2 ? (counts.toastWrites++, bigText()) : pick([null, 'short doc']);
        await client.query(`INSERT INTO orders VALUES ($1, $2, $3, $4, $5)`, [nextOrder++, pick([null, random(50)]), amount(), note(), doc]);
      } else if (roll < 32) {
        await client.query(`UPDATE orders SET amount = amount + 1, note = note || '+' WHERE id = $1`, [anyOrder()]);
      } else if (roll < 44) {
        counts.nullUpdates++;
        const column = pick(['note', 'amount', 'customer_id', 'doc']);
        await client.query(`UPDATE orders SET ${column} = NULL WHERE id = $1`, [anyOrder()]);
      } else if (roll < 48) {
        await client.query(`UPDATE orders SET note = '' WHERE id = $1`, [anyOrder()]);
      } else if (roll < 54) {
        // The re-inserted row has NULLs where the deleted one had values: none may come back.
        counts.reinserts++;
        const id = anyOrder();
        await client.query(`DELETE FROM orders WHERE id = $1`, [id]);
        await client.query(`INSERT INTO orders (id, note) VALUES ($1, $2)`, [id, pick([null, '', 'reinserted'])]);
      } else if (roll < 58) {
        await client.query(`DELETE FROM orders WHERE id = $1`, [anyOrder()]);
      } else if (roll < 64) {
        // Another column changes: Postgres does not resend the TOASTed doc, silver must keep it.
        counts.toastUntouched++;
        await client.query(`UPDATE orders SET amount = coalesce(amount, 0) + 1, note = 'toast kept' WHERE id = $1`, [toastedOrder()]);
      } else if (roll < 66) {
        counts.toastToNull++;
        await client.query(`UPDATE orders SET doc = NULL WHERE id = $1`, [toastedOrder()]);
      } else if (roll < 67) {
        counts.toastWrites++;
        await client.query(`UPDATE orders SET doc = $1 WHERE id = $2`, [bigText(), toastedOrder()]);
      } else if (roll < 77) {
        counts.keyChanges++;
        await client.query(`UPDATE moves SET id = $1, qty = qty + 1 WHERE id = $2`, [nextMove++, anyMove()]);
      } else if (roll < 81) {
        counts.keyChanges++;
        // Moves a row that (maybe) carries a TOASTed doc to a new key without touching the doc.
        await client.query(`UPDATE moves SET id = $1 WHERE id = $2`, [nextMove++, toastedMove()]);
      } else if (roll < 86) {
        counts.nullUpdates++;
        await client.query(`UPDATE moves SET ${pick(['label', 'qty', 'doc'])} = NULL WHERE id = $1`, [anyMove()]);
      } else if (roll < 90) {
        counts.toastUntouched++;
        await client.query(`UPDATE moves SET label = 'toast kept ' || $1 WHERE id = $2`, [random(1000), toastedMove()]);
      } else if (roll < 94) {
        counts.reinserts++;
        const id = anyMove();
        await client.query(`DELETE FROM moves WHERE id = $1`, [id]);
        await client.query(`INSERT INTO moves (id, qty) VALUES ($1, $2)`, [id, pick([null, 0])]);
      } else if (roll < 97) {
        await client.query(`INSERT INTO moves VALUES ($1, $2, $3, NULL)`, [nextMove++, pick([null, '', 'new move']), pick([null, random(100)])]);
      } else {
        await client.query(`DELETE FROM moves WHERE id = $1`, [anyMove()]);
      }
    }

    writing = true;
    workload = (async () => {
      const client = await pg.client();
      try {
        while (writing) {
          const outcome = random(20); // 0: rolled back, 1: a rolled-back savepoint inside, else committed
          await client.query('BEGIN');
          for (let i = 0, n = 1 + random(5); i < n; i++) await statement(client);
          if (outcome === 1) {
            await client.query('SAVEPOINT s');
            await statement(client);
            await client.query('ROLLBACK TO SAVEPOINT s');
          }
          if (outcome === 0) {
            await client.query('ROLLBACK');
            counts.rolledBack++;
          } else {
            await client.query('COMMIT');
            counts.committed++;
          }
          // A steady few hundred transactions a second, not a flood: the point is interleaving, not volume.
          await new Promise((r) => setTimeout(r, 2));
        }
      } finally {
        await client.end();
      }
    })();

    const kills: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      const run = startChild();
      // The first kills land at a random moment after start (startup, snapshot, first flush); the later
      // ones at a random moment after the child has streamed and flushed (flushing, silver builds).
      if (round >= 2) await run.waitForOutput(/FLUSHED/, 90_000);
      await new Promise((r) => setTimeout(r, round < 2 ? 300 + random(2500) : random(2000)));
      assert.ok(run.running(), `the CDC process is still running when killed (round ${round}): ${run.output()}`);
      run.child.kill('SIGKILL');
      await withDeadline(run.exited, 'the killed CDC process to exit', 10_000);
      kills.push(/FLUSHED/.test(run.output()) ? 'streaming' : /STREAMING/.test(run.output()) ? 'started' : 'early');
    }
    writing = false;
    await withDeadline(workload, 'the workload to stop', 30_000);
    console.log('workload', JSON.stringify(counts), 'kills', kills.join(','));
    assert.ok(counts.committed > 100, `the workload committed ${counts.committed} transactions`);
    assert.ok(counts.rolledBack > 0 && counts.nullUpdates > 0 && counts.reinserts > 0 && counts.keyChanges > 0, JSON.stringify(counts));
    assert.equal(kills.length, KILLS);

    // A last, uninterrupted run catches up and stops gracefully.
    const target = await currentLsn(pg);
    const final = startChild();
    await waitFor(
      async () => {
        const state = await readCdcState(lake.runtime, 'shop');
        return state !== undefined && parseLsn(state.flushed_lsn) >= target;
      },
      () => `the final run to flush everything: ${final.output().slice(-3000)}`,
      120_000,
    );
    final.child.kill('SIGTERM');
    assert.equal(await withDeadline(final.exited, 'the final run to stop after SIGTERM', 30_000), 0, final.output());

    // Silver up to the flushed position (the child may have been stopped before its last build).
    const failures = (await promote(lake.runtime, 'shop', null)).failures.map((error) => error.message);
    assert.deepEqual(failures, []);
    const orders = await assertSilverEqualsSource(pg, lake.runtime.storage, 'orders');
    const moves = await assertSilverEqualsSource(pg, lake.runtime.storage, 'moves');
    assert.ok(orders.sourceRows > 4000 && moves.sourceRows > 300, `orders ${orders.sourceRows}, moves ${moves.sourceRows}`);
  });
});
