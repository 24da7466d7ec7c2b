/**
 * The CDC pipeline against a real Postgres, where things go wrong: it recovers by itself from a
 * transient write failure with growing backoff, stops on a permanent one with its remedy, lets
 * `lake snapshot` act on a source a daemon is streaming without the daemon undoing it, never puts a
 * table into a publication that would break the application's UPDATEs, and follows key changes under
 * REPLICA IDENTITY FULL without leaving the old row behind.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CdcPipelineEvent } from '../src/events/index.ts';
import { CdcPipeline, readCdcState } from '../src/orchestrator/cdc.ts';
import { promote, startCdcService } from '../src/orchestrator/cdc-service.ts';
import { cdcSourceLeaseKey } from '../src/storage/index.ts';
import { parseLsn, type Lsn } from '../src/ingest/postgres/index.ts';
import { sqlIdent } from '../src/engine/index.ts';
import { attachLakeViews } from '../src/engine/views.ts';
import { LakeError } from '../src/errors/index.ts';
import { FaultyStorage } from '../src/testing/faulty-storage.ts';
import { runLake } from '../src/testing/cli.ts';
import { makeTestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';
import type { LakeRuntime } from '../src/orchestrator/runtime.ts';
import { waitFor } from '../src/testing/cdc.ts';

const SOURCE = (slot: string, tables: string) => `sources:
  shop:
    type: postgres
    connection: \${RECOVERY_DATABASE_URL}
    publication: ${slot}_pub
    slot: ${slot}
    tables:
${tables}
    flush:
      interval_ms: 100
      max_changes: 20000
    heartbeat_ms: 300
locks:
  heartbeat_ms: 200
  stale_after_ms: 5000
  poll_ms: 100
`;

describe('CDC recovery and safety', () => {
  let pg: TestPostgres;

  before(async () => {
    pg = await startPostgres();
    process.env.RECOVERY_DATABASE_URL = pg.connectionString;
  });
  after(async () => pg?.stop());

  async function currentLsn(): Promise<Lsn> {
    return parseLsn((await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
  }

  /** Both sides as sorted JSON rows, each value as text. */
  async function assertSilverEqualsSource(runtime: LakeRuntime, table: string, columns: string): Promise<void> {
    await attachLakeViews(runtime.engine, runtime.storage);
    const silver = await runtime.engine.all(`SELECT ${columns} FROM silver.${sqlIdent(table)} ORDER BY 1`);
    const source = (await pg.query(`SELECT ${columns} FROM ${table} ORDER BY 1`)).rows;
    const text = (rows: Array<Record<string, unknown>>) => JSON.stringify(rows.map((r) => Object.values(r).map((v) => (v === null ? null : String(v)))));
    assert.equal(text(silver), text(source));
  }

  /** Runs a pipeline (as the daemon would) around `body`, always stopping it. */
  async function withPipeline(runtime: LakeRuntime, body: (pipeline: CdcPipeline, events: CdcPipelineEvent[]) => Promise<void>): Promise<void> {
    const events: CdcPipelineEvent[] = [];
    const pipeline = new CdcPipeline(runtime, 'shop', (e) => events.push(e));
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

  it('recovers by itself from transient bronze write failures, backing off longer after each, and silver equals the source', async () => {
    await pg.query(`CREATE TABLE ledger (id int PRIMARY KEY, v int)`);
    await pg.query(`INSERT INTO ledger SELECT g, g FROM generate_series(1, 100) g`);
    const lake = await makeTestLake(SOURCE('flaky_slot', '      - name: public.ledger'));
    const storage = new FaultyStorage(lake.runtime.storage);
    const runtime: LakeRuntime = { ...lake.runtime, storage };
    try {
      await withPipeline(runtime, async (pipeline, events) => {
        storage.failPublishes(4);
        await pg.query(`UPDATE ledger SET v = -v WHERE id % 3 = 0`);
        await pg.query(`INSERT INTO ledger SELECT g, g FROM generate_series(101, 150) g`);
        await pg.query(`DELETE FROM ledger WHERE id % 10 = 0`);
        const target = await currentLsn();
        await waitFor(() => pipeline.flushedLsn >= target, 'the pipeline to flush past the failures');
        assert.equal(storage.injected, 4, 'every injected failure was hit');
        const reconnects = events.filter((e): e is Extract<CdcPipelineEvent, { type: 'reconnecting' }> => e.type === 'reconnecting');
        assert.deepEqual(reconnects.map((e) => e.attempt), [1, 2, 3, 4], 'the attempt count grows across reconnects until a flush succeeds');
        for (let i = 1; i < reconnects.length; i++) {
          assert.ok(reconnects[i].delayMs >= reconnects[i - 1].delayMs, `delays grow: ${reconnects.map((e) => e.delayMs).join(', ')}`);
        }
        assert.ok(reconnects[3].delayMs > 2 * reconnects[0].delayMs, `the backoff is exponential: ${reconnects.map((e) => e.delayMs).join(', ')}`);
        assert.ok(reconnects.every((e) => /injected fault/.test(e.error.message)));

        // Progress resets the backoff: the next failure starts again at the first attempt.
        const seen = reconnects.length;
        storage.failPublishes(1);
        await pg.query(`UPDATE ledger SET v = v + 1000 WHERE id = 1`);
        const again = await currentLsn();
        await waitFor(() => pipeline.flushedLsn >= again, 'the pipeline to flush past one more failure');
        const later = events.filter((e): e is Extract<CdcPipelineEvent, { type: 'reconnecting' }> => e.type === 'reconnecting').slice(seen);
        assert.deepEqual(later.map((e) => e.attempt), [1]);
      });
      await promote(lake.runtime, 'shop', null);
      await assertSilverEqualsSource(lake.runtime, 'ledger', 'id, v');
    } finally {
      await lake.cleanup();
    }
  });

  it('stops the source with the remedy on a permanent write failure, and frees the source for others', async () => {
    await pg.query(`CREATE TABLE journal (id int PRIMARY KEY)`);
    const lake = await makeTestLake(SOURCE('full_slot', '      - name: public.journal'));
    const storage = new FaultyStorage(lake.runtime.storage);
    const events: CdcPipelineEvent[] = [];
    const pipeline = new CdcPipeline({ ...lake.runtime, storage }, 'shop', (e) => events.push(e));
    try {
      const running = pipeline.start();
      running.catch(() => {});
      await waitFor(() => events.some((e) => e.type === 'streaming'), 'streaming');
      storage.failPublishes(1, new LakeError('the disk is full', { kind: 'storage', retry: 'needs-person', remedy: 'free space under the lake root' }));
      await pg.query(`INSERT INTO journal VALUES (1)`);
      await assert.rejects(running, (error: LakeError) => {
        assert.equal(error.message, 'the disk is full');
        assert.equal(error.remedy, 'free space under the lake root');
        return true;
      });
      assert.ok(!events.some((e) => e.type === 'reconnecting'), 'no retry of a failure that needs a person');
      assert.equal(await lake.runtime.storage.readText(cdcSourceLeaseKey('shop')), undefined, 'the lease is released');
    } finally {
      await pipeline.stop();
      await lake.cleanup();
    }
  });

  it('lets `lake snapshot --table` re-snapshot a table the daemon streams: the daemon performs it, and its failed mark stays cleared', async () => {
    await pg.query(`CREATE TABLE codes (id int PRIMARY KEY, code text)`);
    await pg.query(`INSERT INTO codes SELECT g, (g * 10)::text FROM generate_series(1, 50) g`);
    const lake = await makeTestLake(SOURCE('coop_slot', '      - name: public.codes'));
    const env = { RECOVERY_DATABASE_URL: pg.connectionString };
    const events: string[] = [];
    lake.runtime.events.on((e) => e.type === 'cdc' && events.push(e.event.type));
    const service = await startCdcService(lake.runtime);
    let stopped = false;
    try {
      const pipeline = service.pipelines[0];
      await waitFor(() => events.includes('streaming'), 'the initial snapshot');
      // A change silver cannot follow marks the table failed.
      await pg.query(`ALTER TABLE codes ALTER COLUMN code TYPE int USING code::int`);
      await pg.query(`INSERT INTO codes VALUES (51, 510)`);
      const changed = await currentLsn();
      await waitFor(() => pipeline.flushedLsn >= changed, 'the schema change to be flushed');
      assert.match((await readCdcState(lake.runtime, 'shop'))?.tables.codes.failed ?? '', /column code: type changed/);

      // The remedy, while the daemon streams.
      const run = await runLake(['snapshot', '--config', lake.configFile, '--source', 'shop', '--table', 'public.codes'], env);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^snapshot codes: 51 rows at [0-9A-F]+\/[0-9A-F]+ \(by the running daemon\)$/m);
      const remedied = await readCdcState(lake.runtime, 'shop');
      assert.equal(remedied?.tables.codes.failed, undefined);
      assert.equal(remedied?.tables.codes.snapshot, 'done');

      // Later flushes keep the remedy.
      await pg.query(`INSERT INTO codes VALUES (52, 520)`);
      await pg.query(`UPDATE codes SET code = code + 1 WHERE id <= 5`);
      await pg.query(`DELETE FROM codes WHERE id = 7`);
      const later = await currentLsn();
      await waitFor(() => pipeline.flushedLsn >= later, 'later changes to be flushed');
      await service.stop();
      stopped = true;
      const state = await readCdcState(lake.runtime, 'shop');
      assert.equal(state?.tables.codes.failed, undefined, 'no flush brought the failed mark back');
      assert.equal(state?.tables.codes.snapshot_lsn, remedied?.tables.codes.snapshot_lsn, 'nor the old snapshot LSN');
      await promote(lake.runtime, 'shop', null);
      await assertSilverEqualsSource(lake.runtime, 'codes', 'id, code');
    } finally {
      if (!stopped) await service.stop();
      await lake.cleanup();
    }
  });

  it('refuses to publish a table without a replica identity, leaving the publication alone and the application able to update it', async () => {
    await pg.query(`CREATE TABLE guests (id int, name text)`);
    await pg.query(`INSERT INTO guests VALUES (1, 'ann'), (2, 'bob')`);
    const lake = await makeTestLake(SOURCE('guests_slot', '      - name: public.guests\n        primary_key: [id]'));
    const events: CdcPipelineEvent[] = [];
    const pipeline = new CdcPipeline(lake.runtime, 'shop', (e) => events.push(e));
    try {
      const running = pipeline.start();
      running.catch(() => {});
      const outcome = await Promise.race([
        running.then(
          () => 'finished',
          (error: unknown) => error,
        ),
        waitFor(() => events.some((e) => e.type === 'streaming'), 'streaming').then(() => 'streaming'),
      ]);
      assert.ok(outcome instanceof LakeError, `lake refused (got: ${String(outcome)})`);
      assert.match(outcome.message, /table public\.guests cannot be published for CDC: it has no primary key and its replica identity is DEFAULT/);
      assert.match(outcome.remedy ?? '', /ALTER TABLE "public"\."guests" REPLICA IDENTITY FULL/);
      assert.equal(outcome.retry, 'needs-person');
      const publications = await pg.query(`SELECT pubname FROM pg_publication WHERE pubname = 'guests_slot_pub'`);
      assert.equal(publications.rowCount, 0, 'no publication was created');
    } finally {
      await pipeline.stop();
      await lake.cleanup();
    }
    // The application's own writes still work.
    await pg.query(`UPDATE guests SET name = 'anne' WHERE id = 1`);
    await pg.query(`DELETE FROM guests WHERE id = 2`);
    assert.deepEqual((await pg.query(`SELECT id, name FROM guests ORDER BY id`)).rows, [{ id: 1, name: 'anne' }]);
  });

  it('recovers from a crash between creating its slot and recording it, but never takes over a slot it did not create', async () => {
    await pg.query(`CREATE TABLE tills (id int PRIMARY KEY, amount int)`);
    await pg.query(`INSERT INTO tills VALUES (1, 10), (2, 20)`);
    // Somebody else's slot of the configured name: lake refuses and leaves it alone.
    await pg.query(`SELECT pg_create_logical_replication_slot('tills_slot', 'pgoutput')`);
    const lake = await makeTestLake(SOURCE('tills_slot', '      - name: public.tills'));
    try {
      const foreign = new CdcPipeline(lake.runtime, 'shop');
      await assert.rejects(foreign.start(), (error: LakeError) => {
        assert.match(error.message, /replication slot tills_slot already exists, but lake never recorded streaming from it/);
        assert.match(error.remedy ?? '', /lake slots drop tills_slot/);
        return true;
      });
      await foreign.stop();
      assert.equal((await pg.query(`SELECT count(*)::int AS n FROM pg_replication_slots WHERE slot_name = 'tills_slot'`)).rows[0].n, 1);
      // Lake's own start that died after creating the slot and before recording it (its intent is on
      // record): the next start drops the half-made slot and starts again.
      await lake.runtime.storage.writeText('_lake/cdc/shop/creating-slot.json', JSON.stringify({ slot: 'tills_slot' }));
      await withPipeline(lake.runtime, async () => {
        await pg.query(`UPDATE tills SET amount = NULL WHERE id = 2`);
        const lsn = await currentLsn();
        await waitFor(async () => parseLsn((await readCdcState(lake.runtime, 'shop'))!.flushed_lsn) >= lsn, 'the update flushed');
        await promote(lake.runtime, 'shop', null);
        await assertSilverEqualsSource(lake.runtime, 'tills', 'id, amount');
      });
      assert.equal(await lake.runtime.storage.exists('_lake/cdc/shop/creating-slot.json'), false);
    } finally {
      await pg.query(`SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = 'tills_slot' AND NOT active`).catch(() => {});
      await lake.cleanup();
    }
  });

  it('follows a primary-key change under REPLICA IDENTITY FULL without leaving the old row behind', async () => {
    await pg.query(`CREATE TABLE people (id int PRIMARY KEY, name text, bio text)`);
    await pg.query(`ALTER TABLE people REPLICA IDENTITY FULL`);
    await pg.query(`INSERT INTO people VALUES (1, 'ada', $1), (2, 'bo', 'short'), (3, 'cy', NULL)`, ['x'.repeat(100_000)]);
    const lake = await makeTestLake(SOURCE('full_identity_slot', '      - name: public.people'));
    try {
      await withPipeline(lake.runtime, async (pipeline) => {
        await pg.query(`UPDATE people SET id = 10 WHERE id = 1`); // the TOASTed bio is not resent
        await pg.query(`UPDATE people SET id = 20, name = 'BO' WHERE id = 2`);
        await pg.query(`UPDATE people SET name = 'CY' WHERE id = 3`);
        await pg.query(`BEGIN; UPDATE people SET id = 30 WHERE id = 3; UPDATE people SET id = 3 WHERE id = 30; COMMIT`);
        const target = await currentLsn();
        await waitFor(() => pipeline.flushedLsn >= target, 'the key changes to be flushed');
      });
      await promote(lake.runtime, 'shop', null);
      await assertSilverEqualsSource(lake.runtime, 'people', 'id, name, md5(bio) AS bio');
    } finally {
      await lake.cleanup();
    }
  });
});
