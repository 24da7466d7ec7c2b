/**
 * PgChangeSource against a real Postgres: the batching rules and the confirmation contract of
 * ChangeSource, without the durable loop around it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PgChangeSource, type ChangeBatch } from './change-source.ts';
import { closeQuietly, connect, createSlotWithSnapshot, ensurePublication, slotInfo } from './catalog.ts';
import { parseLsn, type Lsn } from '../../changes/index.ts';
import { startPostgres, type TestPostgres } from '../../testing/postgres.ts';

describe('the Postgres change source', () => {
  let pg: TestPostgres;

  before(async () => {
    pg = await startPostgres();
    await pg.query(`CREATE TABLE events (id int PRIMARY KEY, v text)`);
  });
  after(async () => pg?.stop());

  async function currentLsn(): Promise<Lsn> {
    return parseLsn((await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
  }

  /** A fresh slot and publication, and a source streaming from the slot's start. */
  async function openSource(name: string, options: { intervalMs: number; maxChanges: number }): Promise<PgChangeSource> {
    const admin = await connect(pg.connectionString);
    try {
      await ensurePublication(admin, `${name}_pub`, [{ schema: 'public', name: 'events' }]);
    } finally {
      await admin.end();
    }
    const exported = await createSlotWithSnapshot(pg.connectionString, name, false);
    await closeQuietly(exported.holder);
    return PgChangeSource.open({
      connection: pg.connectionString,
      slot: name,
      publication: `${name}_pub`,
      from: exported.consistentPoint,
      tables: new Map([['public.events', { table: 'events', primaryKey: ['id'] }]]),
      spillChanges: 100_000,
      ...options,
    });
  }

  /** Takes batches until `rows` changes have come. */
  async function collect(source: PgChangeSource, rows: number): Promise<ChangeBatch[]> {
    const batches: ChangeBatch[] = [];
    let seen = 0;
    while (seen < rows) {
      const batch = await source.next();
      assert.ok(batch, 'the source is still streaming');
      batches.push(batch);
      seen += batch.changes.length;
    }
    return batches;
  }

  it('hands out a commit as soon as the stream is caught up, without waiting for the interval', async () => {
    const source = await openSource('caught_up', { intervalMs: 3_600_000, maxChanges: 1_000_000 });
    try {
      await pg.query(`INSERT INTO events VALUES (1, 'one')`);
      const commitEnd = await currentLsn();
      const [batch] = await collect(source, 1);
      assert.deepEqual(batch.changes.map((c) => [c.op, c.values]), [['c', ['1', 'one']]]);
      assert.ok(batch.endLsn !== undefined && batch.endLsn <= commitEnd && batch.endLsn > 0n);
      assert.ok(batch.commitMs !== undefined);
    } finally {
      await source.close();
      await pg.query(`DELETE FROM events`);
    }
  });

  it('gathers the transactions that arrive while the consumer is busy into one batch, within max_changes', async () => {
    const source = await openSource('gathering', { intervalMs: 3_600_000, maxChanges: 150 });
    try {
      // Nobody asks for a batch while 200 one-row transactions arrive.
      for (let i = 1; i <= 200; i++) await pg.query(`INSERT INTO events VALUES ($1, 'x')`, [i]);
      const batches = await collect(source, 200);
      assert.ok(batches.length < 20, `200 transactions came in ${batches.length} batches`);
      assert.ok(batches.every((b) => b.changes.length <= 150), 'no batch exceeds max_changes');
      assert.deepEqual(batches.flatMap((b) => b.changes.map((c) => Number(c.values![0]))), Array.from({ length: 200 }, (_, i) => i + 1));
      for (let i = 1; i < batches.length; i++) assert.ok(batches[i].endLsn! > batches[i - 1].endLsn!, 'positions only grow');
    } finally {
      await source.close();
      await pg.query(`DELETE FROM events`);
    }
  });

  it('confirms to Postgres only what it is told, and never moves the confirmation backward', async () => {
    const source = await openSource('confirming', { intervalMs: 100, maxChanges: 1000 });
    const admin = await connect(pg.connectionString);
    try {
      const start = parseLsn((await slotInfo(admin, 'confirming'))!.confirmed_flush_lsn!);
      await pg.query(`INSERT INTO events VALUES (1, 'a')`);
      const [first] = await collect(source, 1);
      await pg.query(`INSERT INTO events VALUES (2, 'b')`);
      const [second] = await collect(source, 1);
      assert.equal(parseLsn((await slotInfo(admin, 'confirming'))!.confirmed_flush_lsn!), start, 'nothing confirmed before confirm()');
      source.confirm(second.endLsn!);
      source.confirm(first.endLsn!);
      const confirmed = async () => parseLsn((await slotInfo(admin, 'confirming'))!.confirmed_flush_lsn!);
      const deadline = Date.now() + 30_000;
      while ((await confirmed()) !== second.endLsn) {
        assert.ok(Date.now() < deadline, 'the confirmation reached Postgres');
        await new Promise((r) => setTimeout(r, 50));
      }
      // A new status update (sent on reply requests and periodically) still carries the higher position.
      await pg.query(`INSERT INTO events VALUES (3, 'c')`);
      await collect(source, 1);
      assert.equal(await confirmed(), second.endLsn);
    } finally {
      await admin.end();
      await source.close();
      await pg.query(`DELETE FROM events`);
    }
  });

  it('after end(), hands out what was received and committed, then nothing', async () => {
    const source = await openSource('ending', { intervalMs: 3_600_000, maxChanges: 1_000_000 });
    try {
      await pg.query(`INSERT INTO events VALUES (1, 'a')`);
      await collect(source, 1);
      source.end();
      assert.equal(await source.next(), undefined);
    } finally {
      await source.close();
      await pg.query(`DELETE FROM events`);
    }
  });
});
