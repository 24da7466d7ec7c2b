/**
 * `lake run` as a real child process against a real HTTP server: schedules fire (second-level cron, and
 * `--now` to place the clock in the months the sample files cover), promotion follows through silver to
 * gold, missed ticks are caught up after a restart, a backfill beside the daemon never builds a partition
 * twice at once, and SIGTERM in the middle of a long download leaves a readable lake within the grace
 * period.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunRecord } from '../src/orchestrator/history.ts';
import { DaemonProcess, runLake } from '../src/testing/cli.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';

const YELLOW = (month: string) => `/yellow/yellow_tripdata_${month}.csv.gz`;

/** A lake whose yellow source runs on `schedule`; the other sources exist (tlc.yaml's silver needs them) but are not scheduled. */
function makeLake(serverUrl: string, schedule: string, extra = ''): { dir: string; config: string; root: string } {
  const dir = makeTempDir('lake-daemon-');
  const config = path.join(dir, 'lake.yaml');
  const others = ['green', 'fhv', 'fhvhv']
    .map((s) => `  ${s}:\n    type: csv\n    url: ${serverUrl}/${s}/${s}_tripdata_{yyyy}-{mm}.csv.gz\n`)
    .join('');
  writeFileSync(
    config,
    `include: [${path.join(REPO_ROOT, 'config/tlc.yaml')}]
lake:
  root: ./lake
http:
  idle_timeout_ms: 120000
  retry: { attempts: 2, base_delay_ms: 10, max_delay_ms: 20 }
jobs:
  retry: { attempts: 2, base_delay_ms: 20, max_delay_ms: 50 }
locks: { heartbeat_ms: 200, stale_after_ms: 5000, poll_ms: 50 }
${extra}sources:
  yellow:
    type: csv
    url: ${serverUrl}/yellow/yellow_tripdata_{yyyy}-{mm}.csv.gz
    schedule: '${schedule}'
    lag_months: 2
    catch_up: all
${others}`,
  );
  return { dir, config, root: path.join(dir, 'lake') };
}

/** Resolves once the server has answered (or started answering) `count` requests for `urlPath`. */
async function requested(server: FileServer, urlPath: string, count: number): Promise<void> {
  for (let waited = 0; (server.requests.get(urlPath) ?? 0) < count; waited += 20) {
    if (waited > 60_000) throw new Error(`${urlPath} was not requested`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function runs(root: string): RunRecord[] {
  const dir = path.join(root, '_lake', 'runs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RunRecord);
}

function statuses(run: RunRecord): string[] {
  return run.partitions.map((p) => `${p.layer} ${p.name} ${p.month} ${p.status}`);
}

/** Every file under `dir`, relative. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}

describe('lake run', () => {
  let server: FileServer;

  before(async () => {
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
  });
  after(async () => server?.close());

  it('pulls the newest month that should exist when the schedule fires, promotes it through silver to gold, and records the run', async () => {
    const lake = makeLake(server.url, '* * * * * *');
    const daemon = new DaemonProcess(['--config', lake.config, '--now', '2019-03-10T12:00:00Z']);
    const ready = await daemon.waitFor((l) => l.msg === 'daemon ready');
    assert.deepEqual((ready.schedules as Array<{ source: string }>).map((s) => s.source), ['yellow']);
    const finished = await daemon.waitFor((l) => l.event === 'run.finished' && (l.counts as Record<string, number>).published > 0);
    assert.equal(finished.status, 'succeeded', daemon.log());
    const stopped = await daemon.stop('SIGTERM');
    assert.equal(stopped.code, 0, daemon.stderr);
    assert.ok(daemon.lines.some((l) => l.msg === 'daemon stopped'));

    const run = runs(lake.root).find((r) => r.run_id === finished.run_id)!;
    assert.equal(run.kind, 'schedule');
    assert.equal(run.trigger.source, 'yellow');
    assert.equal(run.trigger.month, '2019-01', 'March 2019 minus the two months lag');
    assert.deepEqual(statuses(run), [
      'bronze yellow 2019-01 published',
      'silver yellow_trips 2019-01 published',
      'gold daily_trips 2019-01 published',
      'gold monthly_zone_revenue 2019-01 published',
    ]);
    const later = runs(lake.root).filter((r) => r.run_id > run.run_id);
    for (const r of later) assert.ok(statuses(r).every((s) => s.endsWith('up-to-date')), 'later ticks find the month up to date');

    const report = await runLake(['report', run.run_id, '--config', lake.config]);
    assert.equal(report.code, 0);
    assert.match(report.stdout, /yellow schedule '\* \* \* \* \* \*' tick 2019-03-10 12:00:\d\d UTC, pulling 2019-01/);
    assert.match(report.stdout, /4 partitions: 4 published/);

    const query = await runLake(['query', '--config', lake.config, '--format', 'json', `SELECT
      (SELECT count(*) FROM silver.yellow_trips) AS silver,
      (SELECT sum(trips) FROM gold.monthly_zone_revenue WHERE service_type = 'yellow') AS gold`]);
    const [row] = JSON.parse(query.stdout);
    assert.ok(row.silver > 0);
    assert.equal(Number(row.gold), row.silver, 'gold counts every silver trip of the month');

    const status = JSON.parse((await runLake(['status', '--json', '--config', lake.config, '--now', '2019-03-10T12:00:30Z'])).stdout);
    const yellow = status.tables.find((t: { layer: string; table: string }) => t.layer === 'bronze' && t.table === 'yellow');
    assert.equal(yellow.newest_month, '2019-01');
    assert.equal(yellow.freshness.status, 'fresh');
    assert.equal(status.schedules[0].source, 'yellow');
    assert.equal(status.schedules[0].next_runs.length, 3);
    assert.equal(status.schedules[0].next_runs[0].month, '2019-01');
  });

  it('catches up both ticks it missed while it was down', async () => {
    const lake = makeLake(server.url, '0 9 1 * *');
    const first = new DaemonProcess(['--config', lake.config, '--now', '2019-03-20T00:00:00Z']);
    await first.waitFor((l) => l.msg === 'daemon ready');
    assert.equal((await first.stop('SIGTERM')).code, 0, first.stderr);
    assert.ok(!first.lines.some((l) => l.event === 'schedule.tick'), 'a first start has nothing to catch up');

    // Down from March 20th to May 20th: the ticks of April 1st and May 1st were missed.
    const second = new DaemonProcess(['--config', lake.config, '--now', '2019-05-20T00:00:00Z']);
    await second.waitFor((l) => l.msg === 'daemon ready');
    const ticks = second.lines.filter((l) => l.event === 'schedule.tick');
    assert.deepEqual(
      ticks.map((t) => [t.tick, t.month, t.catch_up]),
      [
        ['2019-04-01T09:00:00.000Z', '2019-02', true],
        ['2019-05-01T09:00:00.000Z', '2019-03', true],
      ],
    );
    let finished = 0;
    await second.waitFor((l) => l.event === 'run.finished' && ++finished === 2);
    assert.equal((await second.stop('SIGTERM')).code, 0, second.stderr);

    const caughtUp = runs(lake.root).filter((r) => r.kind === 'catch-up');
    assert.deepEqual(caughtUp.map((r) => [r.trigger.tick, r.trigger.month, r.status]).sort(), [
      ['2019-04-01T09:00:00.000Z', '2019-02', 'succeeded'],
      ['2019-05-01T09:00:00.000Z', '2019-03', 'succeeded'],
    ]);
    for (const r of caughtUp) assert.ok(statuses(r).every((s) => s.endsWith('published')), statuses(r).join(', '));
    const query = await runLake(['query', '--config', lake.config, '--format', 'json', 'SELECT DISTINCT month FROM bronze.yellow ORDER BY month']);
    assert.deepEqual(JSON.parse(query.stdout), [{ month: 2 }, { month: 3 }]);
    const state = JSON.parse(readFileSync(path.join(lake.root, '_lake', 'scheduler', 'yellow.json'), 'utf8'));
    assert.equal(state.last_tick, '2019-05-01T09:00:00.000Z', 'the next start catches up from the last tick handled');
  });

  it('builds a partition once when a backfill asks for it while the daemon is building it', async () => {
    const lake = makeLake(server.url, '* * * * * *');
    // The daemon's download of 2019-02 is slow: it holds the partition's lock while the backfill starts.
    server.fault(YELLOW('2019-02'), { kind: 'delay', ms: 4000 });
    const requestsBefore = server.requests.get(YELLOW('2019-02')) ?? 0;
    const daemon = new DaemonProcess(['--config', lake.config, '--now', '2019-04-10T00:00:00Z']);
    await daemon.waitFor((l) => l.event === 'job.started' && l.partition === 'bronze yellow 2019-02');
    await requested(server, YELLOW('2019-02'), requestsBefore + 1);
    const backfill = await runLake(['backfill', '--config', lake.config, '--layer', 'bronze', '--source', 'yellow', '--month', '2019-02', '--downstream', '--json']);
    assert.equal(backfill.code, 0, backfill.stderr);
    assert.match(backfill.stderr, /waiting: bronze yellow 2019-02 is being built by lake run \(pid \d+/);
    await daemon.waitFor((l) => l.event === 'run.finished' && (l.counts as Record<string, number>).published > 0);
    assert.equal((await daemon.stop('SIGTERM')).code, 0, daemon.stderr);

    const record = JSON.parse(backfill.stdout) as RunRecord;
    const bronze = record.partitions.find((p) => p.layer === 'bronze')!;
    assert.equal(bronze.status, 'up-to-date');
    assert.match(bronze.detail!, /built meanwhile by another run/);
    assert.equal(server.requests.get(YELLOW('2019-02')), requestsBefore + 1, 'downloaded once');
    const published = runs(lake.root).flatMap((r) => r.partitions.filter((p) => p.status === 'published').map((p) => `${p.layer} ${p.name} ${p.month}`));
    assert.deepEqual(published.sort(), [
      'bronze yellow 2019-02',
      'gold daily_trips 2019-02',
      'gold monthly_zone_revenue 2019-02',
      'silver yellow_trips 2019-02',
    ], 'every partition was built exactly once, by one of the two');

    const manifest = (layer: string, table: string) =>
      JSON.parse(readFileSync(path.join(lake.root, '_lake', 'partitions', layer, table, '2019-02.json'), 'utf8'));
    const silver = manifest('silver', 'yellow_trips');
    assert.equal(silver.input.batch_id, manifest('bronze', 'yellow').batch_id);
    assert.equal(manifest('gold', 'monthly_zone_revenue').lineage.find((l: { table: string }) => l.table === 'yellow_trips').batch_id, silver.batch_id);
    assert.deepEqual(walk(path.join(lake.root, '_lake')).filter((f) => f.startsWith('locks')), [], 'no lock left behind');
  });

  it('lets a backfill take over the lock of a daemon killed in the middle of a download', async () => {
    const lake = makeLake(server.url, '* * * * * *');
    const requestsBefore = server.requests.get(YELLOW('2019-02')) ?? 0;
    server.fault(YELLOW('2019-02'), { kind: 'delay', ms: 120_000 });
    const daemon = new DaemonProcess(['--config', lake.config, '--now', '2019-04-10T00:00:00Z']);
    const started = await daemon.waitFor((l) => l.event === 'job.started' && l.partition === 'bronze yellow 2019-02');
    await requested(server, YELLOW('2019-02'), requestsBefore + 1);
    assert.equal((await daemon.stop('SIGKILL')).signal, 'SIGKILL');
    assert.deepEqual(walk(path.join(lake.root, '_lake', 'locks')), ['bronze/yellow/2019-02.lock'], 'the dead daemon left its lock');

    const backfill = await runLake(['backfill', '--config', lake.config, '--layer', 'bronze', '--source', 'yellow', '--month', '2019-02']);
    assert.equal(backfill.code, 0, backfill.stderr);
    assert.match(backfill.stderr, /recovered the lock of bronze yellow 2019-02: its owner \(lake run, pid \d+ on .*\) is no longer running/);
    assert.match(backfill.stdout, /bronze yellow 2019-02 {2}published/);
    assert.deepEqual(walk(path.join(lake.root, '_lake', 'locks')), []);

    const report = await runLake(['report', String(started.run_id), '--config', lake.config]);
    assert.equal(report.code, 1);
    assert.match(report.stdout, /^Run \S+: schedule, CRASHED$/m);
  });

  it('exits within the grace period on SIGTERM during a long download, leaving every partition readable', async () => {
    const lake = makeLake(server.url, '* * * * * *', 'daemon:\n  shutdown_grace_ms: 4000\n');
    const seed = await runLake(['backfill', '--config', lake.config, '--layer', 'bronze', '--source', 'yellow', '--month', '2019-01', '--downstream']);
    assert.equal(seed.code, 0, seed.stderr);
    const requestsBefore = server.requests.get(YELLOW('2019-02')) ?? 0;
    server.fault(YELLOW('2019-02'), { kind: 'delay', ms: 120_000 });
    const daemon = new DaemonProcess(['--config', lake.config, '--now', '2019-04-10T00:00:00Z']);
    await daemon.waitFor((l) => l.event === 'job.started' && l.partition === 'bronze yellow 2019-02');
    await requested(server, YELLOW('2019-02'), requestsBefore + 1);
    const stopped = await daemon.stop('SIGTERM');
    assert.equal(stopped.code, 0, `a clean exit, not the grace-period backstop: ${daemon.stderr}\n${daemon.log()}`);
    assert.ok(stopped.ms < 4000 + 2000, `exited ${stopped.ms} ms after SIGTERM`);
    const interrupted = runs(lake.root).find((r) => r.kind === 'schedule')!;
    assert.equal(interrupted.status, 'interrupted');
    assert.deepEqual(statuses(interrupted).slice(0, 2), ['bronze yellow 2019-02 abandoned', 'silver yellow_trips 2019-02 abandoned']);

    const files = walk(lake.root);
    assert.deepEqual(files.filter((f) => /\.partial$|\.tmp-/.test(f)), [], 'no temporaries');
    assert.deepEqual(files.filter((f) => f.startsWith('_lake/locks')), [], 'no locks');
    assert.deepEqual(files.filter((f) => f.includes('month=02')), [], 'nothing of the abandoned month was published');
    const query = await runLake(['query', '--config', lake.config, '--format', 'json', `SELECT
      (SELECT count(*) FROM bronze.yellow) AS bronze, (SELECT count(*) FROM silver.yellow_trips) AS silver,
      (SELECT count(*) FROM quarantine.yellow_trips) AS quarantined, (SELECT count(*) FROM gold.monthly_zone_revenue) AS gold,
      (SELECT count(*) FROM gold.daily_trips) AS daily`]);
    assert.equal(query.code, 0, query.stderr);
    const [row] = JSON.parse(query.stdout);
    assert.equal(row.bronze, 9);
    assert.equal(row.silver + row.quarantined, 9);
    assert.ok(row.gold > 0 && row.daily > 0);

    // The interrupted tick was not marked handled, so the next start picks it up.
    const again = new DaemonProcess(['--config', lake.config, '--now', '2019-04-10T00:00:10Z']);
    await again.waitFor((l) => l.event === 'run.finished' && l.kind === 'catch-up' && (l.counts as Record<string, number>).published > 0);
    assert.equal((await again.stop('SIGTERM')).code, 0, again.stderr);
  });
});
