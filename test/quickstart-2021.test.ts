/**
 * The card's own command, as a new user runs it on a fresh lake: `lake backfill --layer silver --month
 * 2021-03` with the default config (the bundled samples: real file heads to 2020, synthetic CSV samples from
 * 2021) builds bronze and silver for the four services and `lake query` shows the trips; the same command
 * on the Parquet example config, pointed at a local HTTP server serving the synthetic Parquet samples, does
 * the same, and both give silver the same rows. The bundled synthetic samples are what the generator writes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { runLake } from '../src/testing/cli.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { isRealTlcHead, SAMPLE_MONTHS, SERVICES, writeSamples } from '../src/testing/tlc-eras.ts';

const PARQUET_CONFIG = path.join(REPO_ROOT, 'config/examples/nyc-taxi-parquet.yaml');
const TABLES = ['yellow_trips', 'green_trips', 'fhv_trips', 'fhvhv_trips'];

/** The silver rows of a table, without what differs between two lakes (batch ids, source URLs). */
const SILVER_ROWS = (table: string) =>
  `SELECT * EXCLUDE (_source, _batch_id) FROM silver.${table} WHERE year = 2021 AND month = 3 ORDER BY _row`;

function assertBuiltAllFour(stdout: string): void {
  for (const service of SERVICES) assert.match(stdout, new RegExp(`bronze ${service} 2021-03 +published +32 rows`), stdout);
  for (const table of TABLES) {
    assert.match(stdout, new RegExp(`silver ${table} 2021-03 +published +bronze 32 = silver 30 \\+ quarantined 1 \\+ duplicates 1`), stdout);
  }
}

describe('the quickstart command on a fresh lake', () => {
  let server: FileServer;
  const dir = makeTempDir('lake-quickstart-');
  // No LAKE_CONFIG: the CLI's default, config/lake.yaml, as on a fresh clone.
  const csvLake = { LAKE_ROOT: path.join(dir, 'csv-lake'), LAKE_CONFIG: undefined };
  let parquetLake: NodeJS.ProcessEnv;
  // The Parquet samples are generated (`npm run samples`), not kept in git; here into a fresh directory.
  const regenerated = path.join(dir, 'samples');

  before(async () => {
    mkdirSync(path.join(regenerated, 'csv'), { recursive: true });
    mkdirSync(path.join(regenerated, 'parquet'));
    await writeSamples(path.join(regenerated, 'csv'), path.join(regenerated, 'parquet'));
    server = await startFileServer(path.join(regenerated, 'parquet'));
    parquetLake = { LAKE_ROOT: path.join(dir, 'parquet-lake'), TLC_BASE_URL: server.url };
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('`lake backfill --layer silver --month 2021-03` on the default config builds bronze and silver for the four services', async () => {
    const run = await runLake(['backfill', '--layer', 'silver', '--month', '2021-03'], csvLake);
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assertBuiltAllFour(run.stdout);

    const query = await runLake(
      ['query', '--format', 'json', 'SELECT year, month, count(*)::INTEGER AS trips, list(DISTINCT rate_code_id ORDER BY rate_code_id) AS codes FROM silver.yellow_trips GROUP BY ALL'],
      csvLake,
    );
    assert.equal(query.code, 0, query.stderr);
    // The CSV samples write codes as a float column's export does (`1.0`); silver holds the code `1`.
    assert.deepEqual(JSON.parse(query.stdout), [{ year: 2021, month: 3, trips: 30, codes: ['1', '2', '5'] }]);
  });

  it('the same command on the Parquet example config pulls the Parquet samples over HTTP, keeps their types in bronze, and gives silver the same rows', async () => {
    const run = await runLake(['backfill', '--config', PARQUET_CONFIG, '--layer', 'silver', '--month', '2021-03'], parquetLake);
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assertBuiltAllFour(run.stdout);
    for (const service of SERVICES) assert.equal(server.requests.get(`/${service}_tripdata_2021-03.parquet`), 1);

    const typed = await runLake(
      ['query', '--config', PARQUET_CONFIG, '--format', 'json', `SELECT typeof(tpep_pickup_datetime) AS pickup, typeof(passenger_count) AS passengers FROM bronze.yellow LIMIT 1`],
      parquetLake,
    );
    assert.equal(typed.code, 0, typed.stderr);
    assert.deepEqual(JSON.parse(typed.stdout), [{ pickup: 'TIMESTAMP', passengers: 'DOUBLE' }]);

    for (const table of TABLES) {
      const fromCsv = await runLake(['query', '--format', 'json', SILVER_ROWS(table)], csvLake);
      const fromParquet = await runLake(['query', '--config', PARQUET_CONFIG, '--format', 'json', SILVER_ROWS(table)], parquetLake);
      assert.equal(fromCsv.code, 0, fromCsv.stderr);
      assert.equal(fromParquet.code, 0, fromParquet.stderr);
      const rows = JSON.parse(fromParquet.stdout) as unknown[];
      assert.equal(rows.length, 30, table);
      assert.deepEqual(rows, JSON.parse(fromCsv.stdout), `${table}: the CSV text and the typed Parquet values give the same silver rows`);
    }
  });

  it('bundles small synthetic CSV samples for every sample month and service, exactly as samples/generate.ts writes them', async () => {
    const synthetic = readdirSync(TLC_HEADS).filter((f) => !isRealTlcHead(f) && f.endsWith('.csv')).sort();
    const expected = SAMPLE_MONTHS.flatMap((month) => SERVICES.map((service) => `${service}_tripdata_${month}`)).sort();
    assert.deepEqual(synthetic, expected.map((name) => `${name}.csv`));
    assert.deepEqual(readdirSync(path.join(regenerated, 'parquet')).filter((f) => f.endsWith('.parquet')).sort(), expected.map((name) => `${name}.parquet`));
    for (const name of expected) {
      const csv = path.join(TLC_HEADS, `${name}.csv`);
      assert.ok(statSync(csv).size < 16_384, `${name}.csv stays small`);
      assert.equal(readFileSync(csv, 'utf8'), readFileSync(path.join(regenerated, 'csv', `${name}.csv`), 'utf8'), `${name}.csv is the generator's`);
    }
  });
});
