/**
 * The CDC example as a user runs it: the shipped config and schema, `lake snapshot`, `lake slots`,
 * the gold sales fact over the CDC silver table, and `lake query` over CDC tables.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openRuntime, type LakeRuntime } from '../src/orchestrator/runtime.ts';
import { startCdcService } from '../src/orchestrator/cdc-service.ts';
import { readCdcState } from '../src/orchestrator/cdc.ts';
import { parseLsn } from '../src/ingest/postgres/index.ts';
import type { GoldPartitionManifest } from '../src/gold/index.ts';
import { readCdcSilverManifest } from '../src/silver/cdc.ts';
import { readManifest } from '../src/storage/index.ts';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const CONFIG = path.join(REPO_ROOT, 'config/examples/postgres-cdc.yaml');

/** The CLI as a child process, asynchronously (the test's servers live in this process). */
const lake = (args: string[], env: NodeJS.ProcessEnv = {}) => runLake(args, env);

describe('the postgres CDC example', () => {
  let pg: TestPostgres;
  let env: NodeJS.ProcessEnv;
  let runtime: LakeRuntime;

  before(async () => {
    pg = await startPostgres();
    await pg.query(readFileSync(path.join(REPO_ROOT, 'config/examples/postgres-cdc.sql'), 'utf8'));
    await pg.query(`INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 20) g`);
    await pg.query(`INSERT INTO orders (customer_id, amount, status, ordered_at)
                    SELECT 1 + g % 20, g, CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE 'paid' END, timestamptz '2024-01-01' + g * interval '1 day'
                    FROM generate_series(1, 100) g`);
    env = { SHOP_DATABASE_URL: pg.connectionString, LAKE_ROOT: path.join(makeTempDir(), 'lake') };
    runtime = await openRuntime(CONFIG, { ...process.env, ...env });
  });
  after(async () => {
    await runtime?.close();
    await pg?.stop();
  });

  it('validates, naming the CDC tables it will create', async () => {
    const { code, stdout } = await lake(['validate', '--config', CONFIG], env);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /shop \(postgres\) → bronze\.customers, bronze\.orders/);
  });

  it('streams into silver and builds the gold sales fact equal to the same SQL on the source', async () => {
    const service = await startCdcService(runtime);
    try {
      const ready = Date.now() + 60_000;
      while (service.pipelines[0].flushedLsn < 0n) {
        assert.ok(Date.now() < ready, 'snapshot done');
        await new Promise((r) => setTimeout(r, 50));
      }
      await pg.query(`UPDATE orders SET status = 'cancelled' WHERE id = 5`);
      await pg.query(`INSERT INTO orders (customer_id, amount, status, ordered_at) VALUES (3, 1000, 'paid', '2024-02-15')`);
      const target = parseLsn((await pg.query(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
      const deadline = Date.now() + 60_000;
      while (!(service.pipelines[0].flushedLsn >= target)) {
        assert.ok(Date.now() < deadline, 'caught up');
        await new Promise((r) => setTimeout(r, 100));
      }
      // Silver (and gold after it) follow on their own cadence; a stop does not start a build.
      while (!(parseLsn((await readCdcSilverManifest(runtime.storage, 'orders'))?.watermark_lsn ?? '0/0') >= target)) {
        assert.ok(Date.now() < deadline, 'silver.orders caught up');
        await new Promise((r) => setTimeout(r, 100));
      }
      while ((await readManifest<GoldPartitionManifest>(runtime.storage, 'gold', 'sales_fact', 'current'))?.lineage.find((l): l is { table: string; key: string; batch_id: string } => l.table === 'orders' && 'batch_id' in l)?.batch_id !== (await readCdcSilverManifest(runtime.storage, 'orders'))?.batch_id) {
        assert.ok(Date.now() < deadline, 'gold.sales_fact built over it');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await service.stop();
    }
    const expected = (
      await pg.query(`SELECT to_char(date_trunc('month', ordered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month, customer_id, sum(amount)::text AS total
                      FROM orders WHERE status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1, 2`)
    ).rows.map((r) => `${r.month}|${r.customer_id}|${Number(r.total).toFixed(2)}`);
    const query = await lake(['query', '--config', CONFIG, '--format', 'json',
      `SELECT CAST(month AS VARCHAR) AS month, customer_id, CAST(total_sales AS VARCHAR) AS total FROM gold.sales_fact ORDER BY 1, 2`], env);
    assert.equal(query.code, 0, query.stderr);
    assert.ok(query.stdout.startsWith('['), query.stdout + query.stderr);
    const actual = JSON.parse(query.stdout).map((r: Record<string, string>) => `${r.month}|${r.customer_id}|${Number(r.total).toFixed(2)}`);
    assert.deepEqual(actual, expected);

    const counts = await lake(['query', '--config', CONFIG, '--format', 'json', `SELECT (SELECT count(*) FROM silver.orders) AS orders, (SELECT count(*) FROM silver.customers) AS customers`], env);
    assert.deepEqual(JSON.parse(counts.stdout), [{ orders: 101, customers: 20 }]);
  });

  it('shows each CDC table in lake status with its rows, newest change and freshness', async () => {
    const { code, stdout, stderr } = await lake(['status', '--config', CONFIG, '--json'], env);
    assert.equal(code, 0, stderr);
    const orders = JSON.parse(stdout).cdc.find((t: { table: string }) => t.table === 'orders');
    assert.equal(orders.source, 'shop');
    assert.equal(orders.rows, 101);
    assert.equal(orders.snapshot, 'done');
    assert.ok(orders.last_change_at, 'the newest applied change is known');
    assert.equal(typeof orders.freshness_seconds, 'number');
    const text = await lake(['status', '--config', CONFIG], env);
    assert.match(text.stdout, /CDC tables/);
    assert.match(text.stdout, /orders +shop public\.orders; 101 rows; newest change /);
  });

  it('lists its slot with lag and retained WAL, and drops a slot only when asked and idle', async () => {
    const list = await lake(['slots', '--config', CONFIG, '--source', 'shop', '--json'], env);
    assert.equal(list.code, 0, list.stderr);
    const slots = JSON.parse(list.stdout);
    const slot = slots.find((s: { slot_name: string }) => s.slot_name === 'lake_shop');
    assert.ok(slot, list.stdout);
    assert.equal(slot.active, false);
    assert.equal(typeof slot.retained_wal_bytes, 'number');
    const missing = await lake(['slots', 'drop', 'nope', '--config', CONFIG, '--source', 'shop'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no replication slot named nope/);
  });

  it('re-snapshots one table on demand, and silver still equals the source', async () => {
    await pg.query(`UPDATE customers SET email = 'c' || id || '@example.test'`); // not streamed: no daemon runs
    const run = await lake(['snapshot', '--config', CONFIG, '--source', 'shop', '--table', 'public.customers'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /snapshot customers: 20 rows at /);
    const state = await readCdcState(runtime, 'shop');
    assert.equal(state?.tables.customers.snapshot, 'done');
    const emails = await lake(['query', '--config', CONFIG, '--format', 'json', `SELECT count(email) AS n FROM silver.customers`], env);
    assert.deepEqual(JSON.parse(emails.stdout), [{ n: 20 }]);
  });

  it('records a snapshot as a run that lake report shows with its tables and outcome', async () => {
    const run = await lake(['snapshot', '--config', CONFIG, '--source', 'shop', '--table', 'public.customers'], env);
    assert.equal(run.code, 0, run.stderr);
    const runId = /^run (\S+) \(lake report \1\)$/m.exec(run.stdout)?.[1];
    assert.ok(runId, run.stdout);

    const report = await lake(['report', '--config', CONFIG, runId], env);
    assert.equal(report.code, 0, report.stdout + report.stderr);
    assert.match(report.stdout, new RegExp(`^Run ${runId}: snapshot, succeeded$`, 'm'));
    assert.match(report.stdout, /bronze customers current: 20 rows/);
    assert.match(report.stdout, /silver customers current: 20 rows in/);

    const json = JSON.parse((await lake(['report', '--config', CONFIG, runId, '--json'], env)).stdout);
    assert.equal(json.kind, 'snapshot');
    assert.deepEqual(json.options, { source: 'shop', tables: ['public.customers'] });
    const customers = json.partitions.find((p: { layer: string; name: string }) => p.layer === 'bronze' && p.name === 'customers');
    assert.equal(customers.status, 'published');
    assert.equal(customers.requested, true);
    assert.equal(customers.attempts.length, 1);
    assert.ok(json.partitions.some((p: { layer: string; name: string; status: string }) => p.layer === 'silver' && p.name === 'customers' && p.status === 'published'));
  });
});
