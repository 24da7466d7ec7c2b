/**
 * The silver-correctness defects of issue 12, one test each, against a real Postgres: a value set to
 * NULL, a key deleted and inserted again, a key change under REPLICA IDENTITY FULL, numeric NaN and BC
 * dates. Each test makes the change while the pipeline streams (and, where it matters, before its
 * snapshot), then compares `silver.<table>` with the source table column by column.
 * (Defects 4, 5 and 6, the pipeline's recovery, `lake snapshot` against a running daemon and replica
 * identity checks, are tested with the Postgres side; defect 7, hanging tests, by cdc-crash.test.ts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilverEqualsSource, queryLake, runPipeline } from '../src/testing/cdc.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const SOURCE = (slot: string, table: string) => `sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: ${slot}_pub
    slot: ${slot}
    tables:
      - name: public.${table}
    flush:
      interval_ms: 100
      max_changes: 20000
    heartbeat_ms: 300
`;

describe('CDC defects of issue 12', { timeout: 600_000 }, () => {
  let pg: TestPostgres;

  before(async () => {
    pg = await startPostgres();
    process.env.SHOP_DATABASE_URL = pg.connectionString;
  });
  after(async () => pg?.stop());

  async function withLake(slot: string, table: string, body: (lake: TestLake) => Promise<void>): Promise<void> {
    const lake = await makeTestLake(SOURCE(slot, table));
    let outcome: unknown;
    try {
      await body(lake);
    } catch (error) {
      outcome = error;
    }
    // A cleanup failure is reported only when it is the first failure, never in place of the test's own.
    await lake.cleanup().catch((error) => (outcome ??= error));
    if (outcome !== undefined) throw outcome;
  }

  it('an UPDATE that sets a column to NULL makes it NULL in silver (1)', async () => {
    await pg.query(`CREATE TABLE nulls (id int PRIMARY KEY, a text, b int, c numeric(8,2), d timestamp)`);
    await pg.query(`INSERT INTO nulls VALUES (1, 'one', 1, 1.50, '2021-01-01 10:00'), (2, 'two', 2, 2.50, '2021-01-02 10:00'), (3, 'three', 3, 3.50, NULL)`);
    await withLake('nulls_slot', 'nulls', (lake) =>
      runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(), []);
        await pg.query(`UPDATE nulls SET a = NULL WHERE id = 1`);
        await pg.query(`UPDATE nulls SET b = NULL, c = NULL, d = NULL WHERE id = 2`);
        await pg.query(`UPDATE nulls SET a = '' WHERE id = 3`); // empty, which is not NULL
        assert.deepEqual(await catchUp(), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'nulls');
        // Back to a value and to NULL again, in one transaction and across flushes.
        await pg.query(`BEGIN; UPDATE nulls SET a = 'again' WHERE id = 1; UPDATE nulls SET a = NULL WHERE id = 1; COMMIT`);
        await pg.query(`UPDATE nulls SET b = 20 WHERE id = 2`);
        assert.deepEqual(await catchUp(), []);
        await pg.query(`UPDATE nulls SET b = NULL WHERE id = 2`);
        assert.deepEqual(await catchUp(), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'nulls');
      }),
    );
  });

  it('a key deleted and inserted again with NULLs does not get the deleted values back (1)', async () => {
    await pg.query(`CREATE TABLE reinserts (id int PRIMARY KEY, a text, b int)`);
    await pg.query(`INSERT INTO reinserts VALUES (1, 'old', 1), (2, 'old', 2), (3, 'old', 3)`);
    await withLake('reinserts_slot', 'reinserts', (lake) =>
      runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(), []);
        await pg.query(`DELETE FROM reinserts WHERE id = 1`);
        await pg.query(`INSERT INTO reinserts VALUES (1, NULL, NULL)`);
        await pg.query(`BEGIN; DELETE FROM reinserts WHERE id = 2; INSERT INTO reinserts (id, b) VALUES (2, 22); COMMIT`);
        await pg.query(`DELETE FROM reinserts WHERE id = 3`);
        assert.deepEqual(await catchUp(), []);
        await pg.query(`INSERT INTO reinserts (id) VALUES (3)`); // in a later flush than its delete
        assert.deepEqual(await catchUp(), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'reinserts');
      }),
    );
  });

  it('a primary-key change under REPLICA IDENTITY FULL leaves no row under the old key (2)', async () => {
    await pg.query(`CREATE TABLE full_keys (id int PRIMARY KEY, v text)`);
    await pg.query(`ALTER TABLE full_keys REPLICA IDENTITY FULL`);
    await pg.query(`INSERT INTO full_keys VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, NULL)`);
    await withLake('full_keys_slot', 'full_keys', (lake) =>
      runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(), []);
        await pg.query(`UPDATE full_keys SET id = 10 WHERE id = 1`);
        await pg.query(`UPDATE full_keys SET id = 20, v = 'moved' WHERE id = 2`);
        await pg.query(`UPDATE full_keys SET v = 'same key' WHERE id = 3`);
        await pg.query(`UPDATE full_keys SET id = 40 WHERE id = 4`); // the old row has a NULL value
        assert.deepEqual(await catchUp(), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'full_keys');
      }),
    );
  });

  it('a numeric NaN in a numeric(10,2) column does not stop the stream and is kept in _pg_text (3)', async () => {
    // ±Infinity cannot be stored in numeric(p,s) (Postgres: "numeric field overflow"); only unconstrained numeric takes it.
    await pg.query(`CREATE TABLE amounts (id int PRIMARY KEY, amount numeric(10,2), open numeric)`);
    await pg.query(`INSERT INTO amounts VALUES (1, 'NaN', 'Infinity'), (2, 1.25, '-Infinity')`); // through the snapshot
    await withLake('amounts_slot', 'amounts', (lake) =>
      runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(30_000), []);
        await pg.query(`INSERT INTO amounts VALUES (3, 'NaN', 'NaN')`); // streamed
        await pg.query(`INSERT INTO amounts VALUES (4, 4.50, '1.5')`);
        assert.deepEqual(await catchUp(30_000), [], 'the changes after a NaN arrive');
        await pg.query(`UPDATE amounts SET amount = 2.25 WHERE id = 1`); // NaN to a number
        await pg.query(`UPDATE amounts SET amount = 'NaN' WHERE id = 4`); // a number to NaN
        assert.deepEqual(await catchUp(30_000), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'amounts');
        const rows = await queryLake(
          lake.runtime.storage,
          `SELECT id, CAST(amount AS VARCHAR) AS amount, map_extract_value(_pg_text, 'amount') AS kept FROM silver.amounts ORDER BY id`,
        );
        // PLAN decision 1: the typed column is NULL, the exact Postgres text is in _pg_text.
        assert.deepEqual(
          rows.map((r) => [r.id, r.amount, r.kept]),
          [
            [1, '2.25', null],
            [2, '1.25', null],
            [3, null, 'NaN'],
            [4, null, 'NaN'],
          ],
        );
      }),
    );
  });

  it('a BC date keeps its era in silver (3)', async () => {
    await pg.query(`CREATE TABLE eras (id int PRIMARY KEY, d date)`);
    await pg.query(`INSERT INTO eras VALUES (1, '0044-03-15 BC'), (2, '0044-03-15')`);
    await withLake('eras_slot', 'eras', (lake) =>
      runPipeline(lake, pg, async ({ catchUp }) => {
        assert.deepEqual(await catchUp(), []);
        await pg.query(`INSERT INTO eras VALUES (3, '4713-01-01 BC'), (4, '0001-12-31 BC')`);
        assert.deepEqual(await catchUp(), []);
        await assertSilverEqualsSource(pg, lake.runtime.storage, 'eras');
        // PLAN decision 1: a castable BC date is a typed DATE of the right era, not text.
        const rows = await queryLake(lake.runtime.storage, `SELECT id, CAST(d AS VARCHAR) AS d FROM silver.eras ORDER BY id`);
        assert.deepEqual(
          rows.map((r) => [r.id, r.d]),
          [
            [1, '0044-03-15 (BC)'],
            [2, '0044-03-15'],
            [3, '4713-01-01 (BC)'],
            [4, '0001-12-31 (BC)'],
          ],
        );
      }),
    );
  });
});
