/** The `lake` command as a user runs it: real processes, real exit codes, one-line reasons on stderr. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';


/** The CLI as a child process, asynchronously (the test's servers live in this process). */
const lake = (args: string[], env: NodeJS.ProcessEnv = {}) => runLake(args, env);

describe('the lake CLI', () => {
  let server: FileServer;
  let env: NodeJS.ProcessEnv;
  const config = path.join(REPO_ROOT, 'config/examples/nyc-taxi.yaml');

  before(async () => {
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
    env = { TLC_BASE_URL: server.url, LAKE_ROOT: path.join(makeTempDir(), 'lake') };
  });
  after(async () => server?.close());

  it('prints help for every command', async () => {
    for (const command of [[], ['ingest'], ['query'], ['validate'], ['backfill']]) {
      const { code, stdout } = await lake([...command, '--help']);
      assert.equal(code, 0);
      assert.match(stdout, /Usage: lake/);
    }
  });

  it('validates the shipped configs', async () => {
    for (const file of ['config/lake.yaml', 'config/examples/nyc-taxi.yaml']) {
      const { code, stdout } = await lake(['validate', '--config', file]);
      assert.equal(code, 0, stdout);
      assert.match(stdout, /valid/);
    }
  });

  it('refuses an invalid config naming the file and the key, with a non-zero exit', async () => {
    const file = path.join(makeTempDir(), 'bad.yaml');
    writeFileSync(file, 'sources:\n  yellow:\n    type: csv\n    url: http://example.test/yellow.csv\n');
    const { code, stderr } = await lake(['validate', '--config', file]);
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`${file.replaceAll('/', '\\/')}: sources\\.yellow\\.url: expected a URL or path template containing \\{yyyy\\} and \\{mm\\}`));
  });

  it('refuses gold SQL and expression checks that do not bind to the declared silver columns', async () => {
    const file = path.join(makeTempDir(), 'sql.yaml');
    writeFileSync(
      file,
      `sources:
  trips: { type: csv, url: './t_{yyyy}-{mm}.csv' }
silver:
  tables:
    trips_clean:
      from: trips
      columns:
        fare: { type: 'DECIMAL(10,2)', aliases: [fare] }
      unique_key: [fare]
      checks:
        - { kind: expression, sql: 'fare >= tip', severity: warn }
gold:
  by_fare:
    depends_on: [trips_clean]
    sql: SELECT fare, count(*) AS n FROM silver.trips_clean WHERE pickup >= {month_start} GROUP BY fare
  fine:
    depends_on: [trips_clean]
    sql: SELECT sum(fare) AS total FROM silver.trips_clean
`,
    );
    const { code, stderr } = await lake(['validate', '--config', file]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /sql\.yaml: silver\.tables\.trips_clean\.checks\.0\.sql: DuckDB cannot bind it: .*"tip"/);
    assert.match(stderr, /sql\.yaml: gold\.by_fare\.sql: DuckDB cannot bind it: .*"pickup"/);
    assert.doesNotMatch(stderr, /gold\.fine/);
  });

  it('reads the config from LAKE_CONFIG', async () => {
    const { code, stdout } = await lake(['validate'], { LAKE_CONFIG: config });
    assert.equal(code, 0);
    assert.match(stdout, /nyc-taxi\.yaml: valid/);
  });

  it('ingests a range of months over HTTP and queries them as json and csv', async () => {
    const ingest = await lake(['ingest', '--config', config, '--source', 'yellow', '--from', '2019-01', '--to', '2019-03'], env);
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.equal(ingest.stdout.match(/ published /g)?.length, 3, ingest.stdout);

    const json = await lake(['query', '--config', config, '--format', 'json', 'SELECT month, count(*) AS n FROM bronze.yellow GROUP BY month ORDER BY month'], env);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), [
      { month: 1, n: 9 },
      { month: 2, n: 9 },
      { month: 3, n: 9 },
    ]);

    const csv = await lake(['query', '--config', config, '--format', 'csv', 'SELECT VendorID, _row FROM bronze.yellow WHERE month = 1 ORDER BY _row LIMIT 2'], env);
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout, 'VendorID,_row\n1,1\n1,2\n');

    const table = await lake(['query', '--config', config, 'SELECT count(*) AS n FROM bronze.yellow'], env);
    assert.match(table.stdout, /27/);
  });

  it('reports a month that is not published yet without failing', async () => {
    const { code, stdout, stderr } = await lake(['ingest', '--config', config, '--source', 'green', '--month', '2035-01'], env);
    assert.equal(code, 0);
    assert.match(stdout, /green 2035-01 {2}not published yet/);
    assert.match(stderr, /1 month\(s\) not published yet/);
  });

  it('exits non-zero when one file fails, after ingesting the others', async () => {
    server.fault('/fhv/fhv_tripdata_2015-02.csv.gz', { kind: 'html' });
    const { code, stdout, stderr } = await lake(['ingest', '--config', config, '--source', 'fhv', '--from', '2015-01', '--to', '2015-03'], env);
    assert.equal(code, 1);
    assert.match(stdout, /fhv 2015-01 {2}published/);
    assert.match(stdout, /fhv 2015-02 {2}FAILED {2}.*is an HTML page, not CSV data/);
    assert.match(stdout, /fhv 2015-03 {2}published/);
    assert.match(stderr, /1 of 3 file\(s\) failed/);
  });

  it('records an ingest as a run that lake report shows with its partitions and outcome', async () => {
    server.fault('/green/green_tripdata_2019-04.csv.gz', { kind: 'html' });
    const ingest = await lake(['ingest', '--config', config, '--source', 'green', '--from', '2019-03', '--to', '2019-04'], env);
    assert.equal(ingest.code, 1, ingest.stderr);
    const runId = /^run (\S+) \(lake report \1\)$/m.exec(ingest.stdout)?.[1];
    assert.ok(runId, ingest.stdout);

    const report = await lake(['report', '--config', config, runId], env);
    assert.equal(report.code, 1, 'the run failed: one file did');
    assert.match(report.stdout, new RegExp(`^Run ${runId}: ingest, FAILED$`, 'm'));
    assert.match(report.stdout, /2 partitions: 1 failed, 1 published/);
    assert.match(report.stdout, /bronze green 2019-04: .*is an HTML page, not CSV data/);
    assert.match(report.stdout, /bronze green 2019-03: \d+ rows/);

    const json = JSON.parse((await lake(['report', '--config', config, runId, '--json'], env)).stdout);
    assert.deepEqual(
      json.partitions.map((p: { layer: string; name: string; month: string; status: string; requested?: boolean }) => [p.layer, p.name, p.month, p.status, p.requested]),
      [
        ['bronze', 'green', '2019-03', 'published', true],
        ['bronze', 'green', '2019-04', 'failed', true],
      ],
    );
    const status = await lake(['status', '--config', config], env);
    assert.match(status.stdout, new RegExp(`${runId} +ingest +failed`));
  });

  it('rejects a bad month and an unknown source with a one-line reason', async () => {
    const month = await lake(['ingest', '--config', config, '--month', '2021-13'], env);
    assert.equal(month.code, 2);
    assert.match(month.stderr, /month must be YYYY-MM/);
    const source = await lake(['ingest', '--config', config, '--source', 'taxi', '--month', '2021-01'], env);
    assert.equal(source.code, 2);
    assert.match(source.stderr, /unknown source 'taxi' \(configured sources: yellow, green, fhv, fhvhv\)/);
  });

  it('backfills bronze through silver to gold and queries every layer', async () => {
    const run = await lake(['backfill', '--config', config, '--layer', 'bronze', '--source', 'yellow', 'green', '--month', '2019-01', '--downstream'], env);
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /silver yellow_trips 2019-01 {2}published {2}bronze 9 = silver \d+ \+ quarantined \d+ \+ duplicates \d+/);
    assert.match(run.stdout, /gold {3}monthly_zone_revenue 2019-01 {2}published/);
    const counts = await lake(['query', '--config', config, '--format', 'json', `SELECT
        (SELECT count(*) FROM bronze.yellow WHERE year = 2019 AND month = 1) AS bronze,
        (SELECT count(*) FROM silver.yellow_trips WHERE month = 1) AS silver,
        (SELECT count(*) FROM quarantine.yellow_trips WHERE month = 1) AS quarantined,
        (SELECT sum(trips) FROM gold.monthly_zone_revenue WHERE service_type = 'yellow' AND month = 1) AS gold_trips`], env);
    assert.equal(counts.code, 0, counts.stderr);
    const [row] = JSON.parse(counts.stdout);
    assert.equal(row.bronze, 9);
    assert.equal(row.silver + row.quarantined, 9, 'no duplicates in this sample: every row is in silver or quarantine');
    assert.equal(Number(row.gold_trips), row.silver);
  });

  it('refuses a backfill of an unknown silver table', async () => {
    const { code, stderr } = await lake(['backfill', '--config', config, '--layer', 'silver', '--table', 'taxis', '--month', '2019-01'], env);
    assert.equal(code, 2);
    assert.match(stderr, /unknown silver table 'taxis' \(configured: yellow_trips, green_trips, fhv_trips, fhvhv_trips\)/);
  });

  it('fails a bad query with the engine message', async () => {
    const { code, stderr } = await lake(['query', '--config', config, 'SELECT * FROM bronze.nope'], env);
    assert.equal(code, 1);
    assert.match(stderr, /^lake: DuckDB: Catalog Error/);
  });
});
