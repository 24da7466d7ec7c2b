/**
 * `lake ingest`, `lake backfill` and `lake query` on an S3 lake (`LAKE_ROOT=s3://…`), as a user runs them:
 * the shipped config unchanged, the S3 endpoint, region and credentials from the usual AWS environment
 * variables, s3rver on 127.0.0.1 (see src/testing/s3.ts for what it can and cannot stand in for).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import { startTestS3, TEST_S3_ACCESS_KEY, TEST_S3_REGION, TEST_S3_SECRET_KEY, type TestS3 } from '../src/testing/s3.ts';

const CONFIG = path.join(REPO_ROOT, 'config', 'lake.yaml');

/** The CLI as a child process, asynchronously (the test's servers live in this process). */
const lake = (args: string[], env: NodeJS.ProcessEnv = {}) => runLake(args, env);

describe('the lake CLI on an S3 lake', () => {
  let s3: TestS3;
  let env: NodeJS.ProcessEnv;
  let tmp: string;

  before(async () => {
    s3 = await startTestS3();
    tmp = makeTempDir('lake-s3-cli-');
    env = {
      LAKE_ROOT: `s3://${s3.bucket}/e2e`,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_REGION: TEST_S3_REGION,
      AWS_ACCESS_KEY_ID: TEST_S3_ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: TEST_S3_SECRET_KEY,
      // Nothing from a developer's ~/.aws may change what the test talks to.
      AWS_PROFILE: '',
      AWS_CONFIG_FILE: path.join(tmp, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'no-aws-credentials'),
      // The default work directory of an S3 lake is <tmp>/lake-work: keep it inside this test's directory.
      TMPDIR: tmp,
    };
  });
  after(async () => s3?.close());

  it('ingests a sample month into S3, builds silver and gold from it, and queries every layer', async () => {
    const ingest = await lake(['ingest', '--config', CONFIG, '--source', 'yellow', '--month', '2019-01'], env);
    assert.equal(ingest.code, 0, ingest.stderr + ingest.stdout);
    assert.match(ingest.stdout, / published /);
    assert.equal(ingest.stderr, '', 'nothing but results is printed');

    const objects = await s3Keys('e2e/');
    const bronzeFiles = objects.filter((k) => k.startsWith('e2e/bronze/yellow/year=2019/month=01/'));
    assert.equal(bronzeFiles.length, 1, objects.join('\n'));
    assert.match(bronzeFiles[0], /\/part-2019-01-[^/]+\.parquet$/, 'one data file, named by its batch');
    assert.ok(objects.includes('e2e/_lake/partitions/bronze/yellow/2019-01.json'), objects.join('\n'));
    assert.equal(existsSync(path.join(REPO_ROOT, 'e2e')), false);

    const bronze = await lake(['query', '--config', CONFIG, '--format', 'json', 'SELECT year, month, count(*) AS n FROM bronze.yellow GROUP BY ALL'], env);
    assert.equal(bronze.code, 0, bronze.stderr);
    assert.deepEqual(JSON.parse(bronze.stdout), [{ year: 2019, month: 1, n: 9 }]);

    const backfill = await lake(['backfill', '--config', CONFIG, '--layer', 'silver', '--table', 'yellow_trips', '--month', '2019-01', '--downstream'], env);
    assert.equal(backfill.code, 0, backfill.stderr + backfill.stdout);
    assert.match(backfill.stdout, /silver yellow_trips 2019-01 {2}published {2}bronze 9 = silver \d+ \+ quarantined \d+ \+ duplicates \d+/);

    const layers = await lake(['query', '--config', CONFIG, '--format', 'json', `SELECT
        (SELECT count(*) FROM silver.yellow_trips WHERE month = 1) AS silver,
        (SELECT count(*) FROM quarantine.yellow_trips WHERE month = 1) AS quarantined,
        (SELECT sum(trips) FROM gold.monthly_zone_revenue WHERE service_type = 'yellow' AND month = 1) AS gold_trips`], env);
    assert.equal(layers.code, 0, layers.stderr);
    const [row] = JSON.parse(layers.stdout);
    assert.equal(row.silver + row.quarantined, 9);
    assert.equal(Number(row.gold_trips), row.silver);
    assert.equal((await s3Keys('e2e/silver/yellow_trips/year=2019/month=01/')).length, 1);

    // DuckDB read downloaded copies: the cache is under the work directory, nothing was read over the network by DuckDB.
    const cache = path.join(tmp, 'lake-work', 's3-cache', s3.bucket, 'e2e', 'bronze', 'yellow', 'year=2019', 'month=01', bronzeFiles[0].split('/').at(-1)!);
    assert.equal(readdirSync(cache).length, 1, 'one cached version of the bronze partition');
  });

  async function s3Keys(prefix: string): Promise<string[]> {
    const storage = s3.storage('e2e');
    const page = await storage.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
    return (page.Contents ?? []).map((object) => object.Key!).sort();
  }
});
