/**
 * Gold models over real sample months: their totals equal the silver partitions under them, their
 * lineage names those partitions' versions, and a changed silver partition rebuilds the gold month.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readGoldManifest } from '../src/gold/index.ts';
import { Runner } from '../src/orchestrator/runner.ts';
import { openRuntime, type LakeRuntime } from '../src/orchestrator/runtime.ts';
import { readSilverManifest } from '../src/silver/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';

const MONTH = parseMonth('2019-01');

describe('gold models', () => {
  let runtime: LakeRuntime;
  const runner = () => new Runner(runtime, { command: 'test' });

  before(async () => {
    runtime = await openRuntime(path.join(REPO_ROOT, 'config/lake.yaml'), { ...process.env, LAKE_ROOT: path.join(makeTempDir(), 'lake') });
    const sources = Object.keys(runtime.config.sources);
    const run = await runner().execute({ kind: 'backfill', trigger: { command: 'test' }, roots: sources.map((name) => ({ layer: 'bronze', name, month: MONTH })), downstream: true });
    const byKey = Object.fromEntries(run.partitions.map((o) => [`${o.layer}:${o.name}`, o.status]));
    assert.equal(byKey['gold:monthly_zone_revenue'], 'published');
    assert.equal(byKey['gold:daily_trips'], 'published');
    assert.equal(byKey['silver:fhvhv_trips'], 'no-input', 'no fhvhv sample for 2019-01');
  });
  after(async () => runtime?.close());

  async function silverTotals(table: string) {
    const manifest = (await readSilverManifest(runtime.storage, table, MONTH))!;
    const file = sqlString(await runtime.storage.localPath(manifest.key));
    return runtime.engine.one(`SELECT count(*)::INTEGER AS trips, CAST(coalesce(sum(total_amount), 0) AS VARCHAR) AS revenue FROM read_parquet(${file})`);
  }

  async function goldRows(model: string) {
    const manifest = (await readGoldManifest(runtime.storage, model, MONTH))!;
    const file = sqlString(await runtime.storage.localPath(manifest.key));
    return { manifest, file };
  }

  it('monthly_zone_revenue adds up to the silver trips and revenue of each service', async () => {
    const { file } = await goldRows('monthly_zone_revenue');
    for (const service of ['yellow', 'green']) {
      const silver = await silverTotals(`${service}_trips`);
      const gold = await runtime.engine.one(
        `SELECT sum(trips)::INTEGER AS trips, CAST(sum(revenue) AS VARCHAR) AS revenue FROM read_parquet(${file}) WHERE service_type = ${sqlString(service)}`,
      );
      assert.deepEqual(gold, silver, service);
    }
    const zones = await runtime.engine.all(`SELECT DISTINCT pickup_borough FROM read_parquet(${file}) ORDER BY 1`);
    assert.ok(zones.some((z) => z.pickup_borough === 'Manhattan'), 'joined to the zone lookup');
  });

  it('daily_trips counts every silver trip whose pickup falls in the month', async () => {
    const { file } = await goldRows('daily_trips');
    for (const table of ['yellow_trips', 'green_trips', 'fhv_trips']) {
      const manifest = (await readSilverManifest(runtime.storage, table, MONTH))!;
      const silverFile = sqlString(await runtime.storage.localPath(manifest.key));
      const { n } = await runtime.engine.one(
        `SELECT count(*)::INTEGER AS n FROM read_parquet(${silverFile}) WHERE pickup_datetime >= DATE '2019-01-01' AND pickup_datetime < DATE '2019-02-01'`,
      );
      const service = table.replace('_trips', '');
      const gold = await runtime.engine.one(`SELECT coalesce(sum(trips), 0)::INTEGER AS n FROM read_parquet(${file}) WHERE service_type = ${sqlString(service)}`);
      assert.equal(gold.n, n, table);
    }
  });

  it('records the silver partitions and versions it was built from', async () => {
    const { manifest } = await goldRows('daily_trips');
    const yellow = (await readSilverManifest(runtime.storage, 'yellow_trips', MONTH))!;
    assert.deepEqual(manifest.lineage.find((l) => l.table === 'yellow_trips'), { table: 'yellow_trips', key: yellow.key, batch_id: yellow.batch_id });
    assert.deepEqual(manifest.lineage.find((l) => l.table === 'fhvhv_trips'), { table: 'fhvhv_trips', missing: true });
  });

  it('rebuilds the gold month when a silver partition under it is promoted again', async () => {
    const before = (await goldRows('monthly_zone_revenue')).manifest;
    const run = await runner().execute({ kind: 'backfill', trigger: { command: 'test' }, roots: [{ layer: 'silver', name: 'green_trips', month: MONTH, force: true }], downstream: true });
    assert.deepEqual(
      run.partitions.map((o) => `${o.layer}:${o.name}:${o.status}`).sort(),
      ['gold:daily_trips:published', 'gold:monthly_zone_revenue:published', 'silver:green_trips:published'],
    );
    const after = (await goldRows('monthly_zone_revenue')).manifest;
    const green = (await readSilverManifest(runtime.storage, 'green_trips', MONTH))!;
    assert.notEqual(after.batch_id, before.batch_id);
    assert.deepEqual(after.lineage.find((l) => l.table === 'green_trips'), { table: 'green_trips', key: green.key, batch_id: green.batch_id });
    assert.equal(after.rows, before.rows, 'same input, same result');
  });

  it('runs model SQL with file access limited to the lake: reading /etc/hostname is refused', async () => {
    await assert.rejects(runtime.engine.all(`SELECT * FROM read_text('/etc/hostname')`), /Permission Error: Cannot access file "\/etc\/hostname"/);
    await assert.rejects(runtime.engine.run(`SET enable_external_access = true`), /Cannot enable external access while database is running/);
    // The lake itself stays readable.
    const { file } = await goldRows('daily_trips');
    assert.ok(Number((await runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM read_parquet(${file})`)).n) > 0);
  });
});

