/**
 * `lake backfill` as an operator runs it, against a real HTTP server with scripted faults: failures stay
 * with their partition, the report explains them, retries happen only where they can help, and the lake
 * knows what is up to date (so the same backfill twice changes nothing).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import type { RunRecord } from '../src/orchestrator/history.ts';

const YELLOW = (month: string) => `/yellow/yellow_tripdata_${month}.csv.gz`;
const GREEN = (month: string) => `/green/green_tripdata_${month}.csv.gz`;

function testConfig(serverUrl: string): string {
  const sources = ['yellow', 'green', 'fhv', 'fhvhv']
    .map((s) => `  ${s}:\n    type: csv\n    url: ${serverUrl}/${s}/${s}_tripdata_{yyyy}-{mm}.csv.gz\n`)
    .join('');
  return `include: [${path.join(REPO_ROOT, 'config/tlc.yaml')}]
lake:
  root: ./lake
# One HTTP try per job attempt, so the job retries are what is tested.
http:
  idle_timeout_ms: 10000
  retry: { attempts: 1, base_delay_ms: 10, max_delay_ms: 10 }
jobs:
  concurrency: 2
  retry: { attempts: 3, base_delay_ms: 20, max_delay_ms: 100 }
locks: { heartbeat_ms: 200, stale_after_ms: 5000, poll_ms: 50 }
sources:
${sources}`;
}

describe('lake backfill', () => {
  let server: FileServer;
  let dir: string;
  let config: string;
  const lake = (...args: string[]) => runLake([...args, '--config', config]);
  const json = async (sql: string) => {
    const result = await lake('query', '--format', 'json', sql);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
  };
  const manifest = (layer: string, table: string, month: string) =>
    JSON.parse(readFileSync(path.join(dir, 'lake', '_lake', 'partitions', layer, table, `${month}.json`), 'utf8')) as { batch_id: string };
  const batches = (months: string[]) =>
    Object.fromEntries(
      months.flatMap((m) => [
        [`bronze ${m}`, manifest('bronze', 'yellow', m).batch_id],
        [`silver ${m}`, manifest('silver', 'yellow_trips', m).batch_id],
        [`gold ${m}`, manifest('gold', 'monthly_zone_revenue', m).batch_id],
      ]),
    );
  const MONTHS = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05'];

  before(async () => {
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
    dir = makeTempDir('lake-backfill-');
    config = path.join(dir, 'lake.yaml');
    writeFileSync(config, testConfig(server.url));
  });
  after(async () => server?.close());

  it('builds the bronze a silver backfill reads on a fresh lake first, and says when the month is not published', async () => {
    const fresh = makeTempDir();
    const freshConfig = path.join(fresh, 'lake.yaml');
    writeFileSync(freshConfig, testConfig(server.url));
    const run = (...args: string[]) => runLake([...args, '--config', freshConfig]);
    const plan = await run('backfill', '--layer', 'silver', '--month', '2019-10', '--table', 'yellow_trips', '--dry-run');
    assert.match(plan.stdout, /rebuild +bronze yellow 2019-10 +\(missing\)/);
    assert.match(plan.stdout, /silver yellow_trips 2019-10/);

    const noUpstream = await run('backfill', '--layer', 'silver', '--month', '2019-10', '--table', 'yellow_trips', '--no-upstream');
    assert.match(noUpstream.stdout, /silver yellow_trips 2019-10 +no-input/);
    assert.equal(noUpstream.code, 1, 'a month asked for by name that has no input is a failure of the command');

    const built = await run('backfill', '--layer', 'silver', '--month', '2019-10', '--table', 'yellow_trips');
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /bronze yellow 2019-10 +published/);
    assert.match(built.stdout, /silver yellow_trips 2019-10 +published +bronze \d+ = silver \d+ \+ quarantined \d+ \+ duplicates \d+/);
    const rows = await runLake(['query', '--config', freshConfig, '--format', 'json', 'SELECT count(*) AS n FROM silver.yellow_trips']);
    assert.ok(JSON.parse(rows.stdout)[0].n > 0);

    const missing = await run('backfill', '--layer', 'silver', '--month', '2031-01');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /2031-01 is not published upstream, nothing was built for it \(.*bronze yellow: .*not published yet \(HTTP 404\)/);
  });

  it('publishes the other four of five months when one is an HTML page, names the failure, its cause and remedy, and exits 1', async () => {
    server.fault(YELLOW('2019-03'), { kind: 'html' });
    const run = await lake('backfill', '--layer', 'bronze', '--source', 'yellow', '--from', '2019-01', '--to', '2019-05', '--downstream');
    assert.equal(run.code, 1, run.stderr + run.stdout);
    for (const month of ['2019-01', '2019-02', '2019-04', '2019-05']) {
      assert.match(run.stdout, new RegExp(`bronze yellow ${month}  published`));
      assert.match(run.stdout, new RegExp(`silver yellow_trips ${month}  published`));
      assert.match(run.stdout, new RegExp(`gold   monthly_zone_revenue ${month}  published`));
    }
    assert.match(run.stdout, /bronze yellow 2019-03 {2}FAILED {2}.*is an HTML page, not CSV data/);
    assert.match(run.stdout, /silver yellow_trips 2019-03 {2}skipped {2}not built: bronze yellow 2019-03 failed/);
    assert.match(run.stderr, /^1 of 20 partition\(s\) failed; their previous versions were kept \(lake report \S+\)$/m);
    assert.equal(server.requests.get(YELLOW('2019-03')), 1, 'a file that is not data is not retried');

    const months = await json('SELECT DISTINCT month FROM bronze.yellow ORDER BY month');
    assert.deepEqual(months.map((r) => r.month), [1, 2, 4, 5]);

    const report = await lake('report');
    assert.equal(report.code, 1, 'the report of a failed run exits 1');
    assert.match(report.stdout, /^Run \S+: backfill, FAILED$/m);
    assert.match(report.stdout, /20 partitions: 1 failed, 3 skipped, 16 published/);
    assert.match(report.stdout, /bronze yellow 2019-03: .*yellow_tripdata_2019-03\.csv\.gz is an HTML page, not CSV data/);
    assert.match(report.stdout, /cause: bad-file \(a retry cannot fix it\), 1 attempt/);
    assert.match(report.stdout, /do: .*check the source URL template/);
    assert.match(report.stdout, /bronze yellow 2019-01\.\.2019-02, 2019-04\.\.2019-05: 36 rows/);
    assert.match(report.stdout, /lake backfill --retry-failed/);

    const record = JSON.parse((await lake('report', '--json')).stdout) as RunRecord;
    assert.equal(record.status, 'failed');
    const failed = record.partitions.filter((p) => p.status === 'failed');
    assert.deepEqual(failed.map((p) => `${p.layer} ${p.name} ${p.month} ${p.error?.kind} ${p.attempts.length}`), ['bronze yellow 2019-03 bad-file 1']);
    const silver = record.partitions.find((p) => p.layer === 'silver' && p.month === '2019-01')!;
    assert.equal(silver.rows_in, 9);
    assert.equal(silver.rows_in, silver.rows_out! + silver.quarantined! + (silver.duplicates ?? 0));
    assert.ok(silver.checks!.some((c) => c.check === 'row_count_min' && c.success));
  });

  it('rebuilds only the failed partition and what depends on it with --retry-failed', async () => {
    const before = batches(['2019-01', '2019-02', '2019-04', '2019-05']);
    const run = await lake('backfill', '--retry-failed');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /bronze yellow 2019-03 {2}published/);
    assert.match(run.stdout, /silver yellow_trips 2019-03 {2}published/);
    assert.match(run.stdout, /gold {3}monthly_zone_revenue 2019-03 {2}published/);
    assert.doesNotMatch(run.stdout, /2019-0[1245]/, 'no other month is touched');
    assert.deepEqual(batches(['2019-01', '2019-02', '2019-04', '2019-05']), before);
    const again = await lake('backfill', '--retry-failed');
    assert.equal(again.code, 0);
    assert.match(again.stdout, /no failed partitions to retry/);
  });

  it('changes nothing when the same backfill runs twice', async () => {
    const before = batches(MONTHS);
    const requests = server.requests.get(YELLOW('2019-01'));
    const run = await lake('backfill', '--layer', 'bronze', '--source', 'yellow', '--from', '2019-01', '--to', '2019-05', '--downstream');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.match(run.stdout, /: 20 up to date \(lake report/);
    assert.match(run.stdout, /^bronze yellow 2019-01\.\.2019-05  up-to-date$/m);
    assert.doesNotMatch(run.stdout, / {2}published {2}/);
    assert.deepEqual(batches(MONTHS), before);
    assert.equal(server.requests.get(YELLOW('2019-01')), requests, 'nothing was downloaded again');
  });

  it('prints the plan with --dry-run and changes nothing', async () => {
    const before = batches(MONTHS);
    const runs = (await lake('status', '--json')).stdout;
    const plan = await lake('backfill', '--layer', 'bronze', '--source', 'yellow', '--from', '2019-01', '--to', '2019-02', '--downstream', '--force', '--dry-run');
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /^rebuild {4}bronze yellow 2019-01 {2}\(forced\)$/m);
    assert.match(plan.stdout, /^rebuild {4}silver yellow_trips 2019-02 {2}\(rebuilt when bronze yellow 2019-02 publishes a new version\)$/m);
    assert.match(plan.stdout, /^plan: 8 of 8 partitions to rebuild \(dry run: nothing was changed\)$/m);
    const unforced = await lake('backfill', '--layer', 'silver', '--month', '2019-04', '--dry-run', '--json');
    const items = JSON.parse(unforced.stdout) as Array<{ name: string; action: string }>;
    assert.equal(items.find((i) => i.name === 'yellow_trips')!.action, 'up-to-date');
    // Its bronze is missing, so it would be ingested first (and silver built after it), like make.
    assert.equal(items.find((i) => i.name === 'fhv_trips')!.action, 'after-upstream');
    assert.equal(items.find((i) => i.name === 'fhv' && (i as { layer?: string }).layer === 'bronze')!.action, 'build');
    assert.deepEqual(batches(MONTHS), before);
    assert.equal((await lake('status', '--json')).stdout.match(/"run_id"/g)?.length, runs.match(/"run_id"/g)?.length, 'no run was recorded');
  });

  it('rebuilds every partition in the range with --force, and the gold months over them', async () => {
    const before = batches(MONTHS);
    const run = await lake('backfill', '--layer', 'silver', '--table', 'yellow_trips', '--from', '2019-01', '--to', '2019-02', '--force', '--downstream');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const after = batches(MONTHS);
    for (const m of ['2019-01', '2019-02']) {
      assert.equal(after[`bronze ${m}`], before[`bronze ${m}`], 'upstream untouched');
      assert.notEqual(after[`silver ${m}`], before[`silver ${m}`]);
      assert.notEqual(after[`gold ${m}`], before[`gold ${m}`], 'gold over a rebuilt silver partition is stale, so rebuilt');
    }
    for (const m of ['2019-03', '2019-04', '2019-05']) assert.equal(after[`silver ${m}`], before[`silver ${m}`]);
  });

  it('retries a transient failure (HTTP 503 twice) until it succeeds, and tries a non-retryable one (HTTP 403) once', async () => {
    server.fault(YELLOW('2019-06'), { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    server.fault(YELLOW('2019-07'), { kind: 'status', status: 403 });
    const run = await lake('backfill', '--layer', 'bronze', '--source', 'yellow', '--from', '2019-06', '--to', '2019-07', '--json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /retry: bronze yellow 2019-06 attempt 1 failed \(.*HTTP 503/);
    const record = JSON.parse(run.stdout) as RunRecord;
    const june = record.partitions.find((p) => p.month === '2019-06')!;
    const july = record.partitions.find((p) => p.month === '2019-07')!;
    assert.equal(june.status, 'published');
    assert.deepEqual(june.attempts.map((a) => a.status), ['failed', 'failed', 'published']);
    assert.match(june.attempts[0].error!.message, /HTTP 503/);
    assert.equal(server.requests.get(YELLOW('2019-06')), 3);
    assert.equal(july.status, 'failed');
    assert.equal(july.attempts.length, 1);
    assert.equal(july.error?.retry, 'needs-person');
    assert.match(july.error!.remedy!, /check credentials/);
    assert.equal(server.requests.get(YELLOW('2019-07')), 1);
    const report = await lake('report', record.run_id);
    assert.match(report.stdout, /bronze yellow 2019-06: 9 rows; 1 after retries/);
  });

  it('cancels an attempt that outlives jobs.timeout_ms and tries again', async () => {
    const slow = path.join(makeTempDir('lake-timeout-'), 'lake.yaml');
    writeFileSync(slow, testConfig(server.url).replace('jobs:\n  concurrency: 2\n', 'jobs:\n  concurrency: 2\n  timeout_ms: 500\n'));
    server.fault(YELLOW('2019-08'), { kind: 'delay', ms: 5000 });
    const run = await runLake(['backfill', '--config', slow, '--layer', 'bronze', '--source', 'yellow', '--month', '2019-08', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const [partition] = (JSON.parse(run.stdout) as RunRecord).partitions;
    assert.deepEqual(partition.attempts.map((a) => `${a.status} ${a.error?.kind ?? ''}`.trim()), ['failed timeout', 'published']);
    assert.match(partition.attempts[0].error!.message, /did not finish within jobs\.timeout_ms \(500 ms\)/);
    assert.ok(partition.attempts[0].duration_ms < 5000, 'the slow download was cancelled, not waited for');
  });

  it('builds partitions side by side up to --concurrency', async () => {
    const overlaps = (record: RunRecord) => {
      const spans = record.partitions.flatMap((p) => p.attempts.map((a) => [Date.parse(a.started_at), Date.parse(a.started_at) + a.duration_ms]));
      let most = 0;
      for (const [start] of spans) most = Math.max(most, spans.filter(([s, e]) => s <= start && start < e).length);
      return most;
    };
    const months = ['2019-01', '2019-02', '2019-03', '2019-04'];
    for (const m of months) server.fault(GREEN(m), { kind: 'delay', ms: 300 });
    const parallel = await lake('backfill', '--layer', 'bronze', '--source', 'green', '--from', '2019-01', '--to', '2019-04', '--concurrency', '2', '--json');
    assert.equal(parallel.code, 0, parallel.stderr);
    assert.equal(overlaps(JSON.parse(parallel.stdout) as RunRecord), 2);
    for (const m of months) server.fault(GREEN(m), { kind: 'delay', ms: 100 });
    const serial = await lake('backfill', '--layer', 'bronze', '--source', 'green', '--from', '2019-01', '--to', '2019-04', '--force', '--concurrency', '1', '--json');
    assert.equal(serial.code, 0, serial.stderr);
    assert.equal(overlaps(JSON.parse(serial.stdout) as RunRecord), 1);
  });

  it('finds the partitions a changed silver definition made stale, and the gold built on them', async () => {
    appendFileSync(config, `silver:\n  tables:\n    yellow_trips:\n      checks:\n        - { kind: row_count_min, min: 1, severity: fail }\n`);
    const plan = await lake('backfill', '--layer', 'silver', '--table', 'yellow_trips', '--from', '2019-01', '--to', '2019-05', '--downstream', '--dry-run');
    assert.equal(plan.code, 0, plan.stderr);
    assert.equal(plan.stdout.match(/stale: the definition of silver\.yellow_trips changed in the config/g)?.length, 5);
    const run = await lake('backfill', '--layer', 'silver', '--table', 'yellow_trips', '--from', '2019-01', '--to', '2019-05', '--downstream');
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.equal(run.stdout.match(/silver yellow_trips 2019-0\d {2}published/g)?.length, 5);
    assert.equal(run.stdout.match(/gold {3}monthly_zone_revenue 2019-0\d {2}published/g)?.length, 5);
    const counts = await json(`SELECT (SELECT count(*) FROM silver.yellow_trips) + (SELECT count(*) FROM quarantine.yellow_trips) AS rows`);
    assert.equal(counts[0].rows, 45, 'every bronze row of the five months is in silver or quarantine');
  });
});
