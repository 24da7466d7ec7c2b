/**
 * A slot that Postgres invalidated (it removed WAL the slot still needed) stops the source with the
 * remedy, never silently; following the remedy (drop the slot, snapshot again) brings silver back equal
 * to the source.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CdcPipeline } from '../src/orchestrator/cdc.ts';
import { promote } from '../src/orchestrator/cdc-service.ts';
import { connect, dropSlot, slotInfo } from '../src/ingest/postgres/index.ts';
import { cdcSilverFiles, readCdcSilverManifest } from '../src/silver/cdc.ts';
import type { LakeError } from '../src/errors/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { waitFor, withDeadline } from '../src/testing/cdc.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

describe('an invalidated replication slot', () => {
  let pg: TestPostgres;
  let lake: TestLake;

  before(async () => {
    pg = await startPostgres({ settings: { max_slot_wal_keep_size: '1MB', wal_keep_size: '0' } });
    process.env.LOST_DATABASE_URL = pg.connectionString;
    await pg.query(`CREATE TABLE events (id int PRIMARY KEY, payload text)`);
    await pg.query(`INSERT INTO events SELECT g, 'p' || g FROM generate_series(1, 100) g`);
    lake = await makeTestLake(`sources:
  shop:
    type: postgres
    connection: \${LOST_DATABASE_URL}
    publication: lost_pub
    slot: lost_slot
    tables:
      - name: public.events
    heartbeat_ms: 100000
`);
  });
  after(async () => {
    await lake?.cleanup();
    await pg?.stop();
  });

  it('is reported with its remedy, and the remedy restores silver', async () => {
    const first = new CdcPipeline(lake.runtime, 'shop', () => {});
    const running = first.start();
    try {
      await waitFor(() => first.flushedLsn >= 0n, 'the first snapshot', 30_000);
    } finally {
      // Stopped whatever happens above, so a failure cannot leave the pipeline running (and the test hanging).
      await withDeadline(first.stop().then(() => running), 'the first pipeline to stop', 30_000);
    }

    // While lake is down, far more WAL than max_slot_wal_keep_size is written and checkpointed away.
    await pg.query(`CREATE TABLE filler (id int, pad text)`);
    const admin = await connect(pg.connectionString);
    try {
      for (let i = 0; i < 6 && (await slotInfo(admin, 'lost_slot'))?.wal_status !== 'lost'; i++) {
        await pg.query(`INSERT INTO filler SELECT g, repeat('x', 500) FROM generate_series(1, 40000) g`);
        await pg.query(`SELECT pg_switch_wal()`);
        await pg.query(`CHECKPOINT`);
      }
      assert.equal((await slotInfo(admin, 'lost_slot'))?.wal_status, 'lost');
      await pg.query(`INSERT INTO events VALUES (101, 'written while the slot was lost')`);

      const refused = new CdcPipeline(lake.runtime, 'shop');
      // A deadline, and a stop, so a pipeline that retried instead of refusing fails the test, never hangs it.
      const starting = withDeadline(refused.start(), 'the pipeline to refuse the invalidated slot', 60_000).finally(() => refused.stop());
      await assert.rejects(starting, (error: LakeError) => {
        assert.match(error.message, /replication slot lost_slot was invalidated: Postgres removed WAL it still needed/);
        assert.match(error.remedy ?? '', /lake slots drop lost_slot.*lake snapshot --source shop/);
        assert.equal(error.retry, 'needs-person');
        return true;
      });

      // The remedy, as the operator would run it.
      await dropSlot(admin, 'lost_slot');
    } finally {
      await admin.end();
    }
    await new CdcPipeline(lake.runtime, 'shop').snapshot();
    await promote(lake.runtime, 'shop', null);
    const manifest = (await readCdcSilverManifest(lake.runtime.storage, 'events'))!;
    const files = await Promise.all(cdcSilverFiles(manifest).map((key) => lake.runtime.storage.localPath(key)));
    const rows = await lake.runtime.engine.all(`SELECT id, payload FROM read_parquet([${files.map(sqlString).join(', ')}]) ORDER BY id`);
    const source = (await pg.query(`SELECT id, payload FROM events ORDER BY id`)).rows;
    assert.deepEqual(rows.map((r) => [Number(r.id), r.payload]), source.map((r) => [r.id, r.payload]));
    assert.equal(rows.length, 101);
  });
});
