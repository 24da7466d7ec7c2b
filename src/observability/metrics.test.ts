import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { QualityGateError } from '../silver/index.ts';
import { openStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { EventBus } from '../events/index.ts';
import { startObservability, type Observability } from './index.ts';

const CONFIG = `
lake:
  root: ./lake
sources:
  yellow:
    type: csv
    url: /nowhere/yellow_{yyyy}-{mm}.csv
    freshness_sla_days: 3
  shop:
    type: postgres
    connection: postgres://lake@127.0.0.1:1/shop
    publication: lake_shop
    slot: lake_shop
    lag_threshold_seconds: 120
    tables:
      - name: public.orders
silver:
  tables:
    yellow_trips:
      from: yellow
      columns:
        fare: { type: DOUBLE, aliases: [fare_amount] }
      unique_key: [fare]
      checks:
        - { kind: range, column: fare, min: 0, severity: fail, name: fare_not_negative }
        - { kind: not_null, column: fare }
observability:
  metrics: { port: 0, collect_interval_ms: 60000 }
`;

/** One sample's value from the text exposition, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const [series, value] = [line.slice(0, line.lastIndexOf(' ')), line.slice(line.lastIndexOf(' ') + 1)];
    if (Object.entries(labels).every(([k, v]) => series.includes(`${k}="${v}"`))) return Number(value);
  }
  return undefined;
}

describe('metrics from pipeline events, served over HTTP', () => {
  let dir: string;
  let events: EventBus;
  let observability: Observability;
  const get = async (p: string) => {
    const response = await fetch(`${observability.server.url}${p}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  before(async () => {
    dir = makeTempDir();
    const { config } = parseConfig(CONFIG, path.join(dir, 'lake.yaml'));
    events = new EventBus();
    observability = await startObservability({ config, storage: openStorage(path.join(dir, 'lake')), events });
  });
  after(async () => {
    await observability?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts failure counters at 0 for every configured table and check, so the first failure is an increase', async () => {
    const { text } = await get('/metrics');
    assert.equal(sample(text, 'lake_jobs_total', { layer: 'silver', table: 'yellow_trips', outcome: 'failed' }), 0);
    assert.equal(sample(text, 'lake_quality_check_failures_total', { table: 'yellow_trips', check: 'fare_not_negative', severity: 'fail' }), 0);
    assert.equal(sample(text, 'lake_cdc_failures_total', { source: 'shop' }), 0);
    assert.equal(sample(text, 'lake_cdc_lag_threshold_seconds', { source: 'shop' }), 120);
    assert.equal(sample(text, 'lake_table_freshness_sla_seconds', { layer: 'silver', table: 'yellow_trips' }), 3 * 86_400);
  });

  it('counts rows by outcome, check failures by severity, jobs and runs', async () => {
    events.emit({
      type: 'bronze.published',
      manifest: { table: 'yellow', source: 'yellow', month: '2021-01', rows: 100, malformed_rows: 1, key: 'k' },
      durationMs: 1200,
    });
    events.emit({
      type: 'silver.published',
      manifest: {
        table: 'yellow_trips',
        month: '2021-01',
        counts: { bronze: 100, silver: 90, quarantined: 7, duplicates: 3 },
        checks: [
          { check: 'not_null_fare', severity: 'warn', unexpected: 2, success: false },
          { check: 'fare_not_negative', severity: 'fail', unexpected: 0, success: true },
        ],
      },
      durationMs: 800,
    });
    const gate = new QualityGateError('yellow_trips', '2021-02', [
      { check: 'fare_not_negative', kind: 'range', severity: 'fail', evaluated: 50, unexpected: 50, unexpected_percent: 100, mostly: 1, success: false, sample_values: ['-1'] },
    ]);
    events.emit({ type: 'silver.failed', table: 'yellow_trips', month: '2021-02', error: gate });
    const partition = { layer: 'silver' as const, name: 'yellow_trips', month: '2021-02' };
    events.emit({ type: 'job.retry', runId: 'r1', partition, attempt: 1, delayMs: 10, error: gate });
    events.emit({ type: 'job.failed', runId: 'r1', partition, attempts: 3, durationMs: 4000, error: gate });
    events.emit({ type: 'job.succeeded', runId: 'r1', partition: { layer: 'bronze', name: 'yellow', month: '2021-01' }, status: 'published', attempts: 1, durationMs: 1500 });
    events.emit({ type: 'run.finished', runId: 'r1', kind: 'schedule', status: 'failed', durationMs: 6000, counts: { failed: 1 } });
    events.emit({ type: 'download.retry', source: 'yellow', url: 'http://x', attempt: 1, delayMs: 5, error: new LakeError('503', { kind: 'download', retry: 'automatic' }) });

    const { status, type, text } = await get('/metrics');
    assert.equal(status, 200);
    assert.match(type ?? '', /^text\/plain; version=0\.0\.4/);
    assert.equal(sample(text, 'lake_rows_total', { layer: 'bronze', table: 'yellow', outcome: 'published' }), 100);
    assert.equal(sample(text, 'lake_rows_total', { layer: 'silver', table: 'yellow_trips', outcome: 'published' }), 90);
    assert.equal(sample(text, 'lake_rows_total', { layer: 'silver', table: 'yellow_trips', outcome: 'quarantined' }), 7);
    assert.equal(sample(text, 'lake_rows_total', { layer: 'silver', table: 'yellow_trips', outcome: 'duplicate' }), 3);
    assert.equal(sample(text, 'lake_quality_check_failures_total', { table: 'yellow_trips', check: 'not_null_fare', severity: 'warn' }), 1);
    assert.equal(sample(text, 'lake_quality_check_failures_total', { table: 'yellow_trips', check: 'fare_not_negative', severity: 'fail' }), 1);
    assert.equal(sample(text, 'lake_quality_unexpected_rows_total', { table: 'yellow_trips', check: 'fare_not_negative', severity: 'fail' }), 50);
    assert.equal(sample(text, 'lake_partitions_total', { layer: 'silver', table: 'yellow_trips', outcome: 'failed' }), 1);
    assert.equal(sample(text, 'lake_jobs_total', { layer: 'silver', table: 'yellow_trips', outcome: 'failed' }), 1);
    assert.equal(sample(text, 'lake_jobs_total', { layer: 'silver', table: 'yellow_trips', outcome: 'retried' }), 1);
    // A bronze job is labelled with its table, like the layer's own events.
    assert.equal(sample(text, 'lake_jobs_total', { layer: 'bronze', table: 'yellow', outcome: 'succeeded' }), 1);
    assert.equal(sample(text, 'lake_job_duration_seconds_count', { layer: 'silver', table: 'yellow_trips', outcome: 'failed' }), 1);
    assert.equal(sample(text, 'lake_job_duration_seconds_bucket', { layer: 'silver', table: 'yellow_trips', outcome: 'failed', le: '5' }), 1);
    assert.equal(sample(text, 'lake_job_duration_seconds_bucket', { layer: 'silver', table: 'yellow_trips', outcome: 'failed', le: '2.5' }), 0);
    assert.equal(sample(text, 'lake_runs_total', { kind: 'schedule', status: 'failed' }), 1);
    assert.equal(sample(text, 'lake_download_retries_total', { source: 'yellow' }), 1);
    assert.ok(sample(text, 'lake_last_success_timestamp_seconds', { layer: 'bronze', table: 'yellow' })! > Date.now() / 1000 - 60);
    // 2021-01 is the newest month, years before the month expected now: the table is measurably behind.
    assert.ok(sample(text, 'lake_table_freshness_seconds', { layer: 'bronze', table: 'yellow' })! > 0);
    assert.ok(sample(text, 'process_resident_memory_bytes')! > 0, 'Node process metrics are exposed too');
  });

  it('follows the CDC service: streaming flag, changes, and readiness', async () => {
    const notReady = await get('/readyz');
    assert.equal(notReady.status, 503);
    const body = JSON.parse(notReady.text);
    assert.equal(body.ready, false);
    assert.deepEqual(
      body.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok]),
      [['lake-writable', true], ['cdc:shop', false]],
    );

    events.emit({ type: 'cdc', source: 'shop', event: { type: 'streaming', from: 100n } });
    events.emit({ type: 'cdc', source: 'shop', event: { type: 'flushed', lsn: 200n, rows: 42, files: 1, tables: ['orders'] } });
    assert.equal((await get('/readyz')).status, 200);
    const { text } = await get('/metrics');
    assert.equal(sample(text, 'lake_cdc_streaming', { source: 'shop' }), 1);
    assert.equal(sample(text, 'lake_cdc_changes_total', { source: 'shop' }), 42);
    assert.equal(sample(text, 'lake_cdc_flushes_total', { source: 'shop' }), 1);

    events.emit({ type: 'cdc', source: 'shop', event: { type: 'reconnecting', attempt: 1, delayMs: 250, error: new LakeError('gone', { kind: 'replication', retry: 'automatic' }) } });
    assert.equal((await get('/readyz')).status, 503);
    assert.equal(sample((await get('/metrics')).text, 'lake_cdc_reconnects_total', { source: 'shop' }), 1);
  });

  it('answers /healthz, and 404 for anything else', async () => {
    assert.deepEqual(await get('/healthz'), { status: 200, type: 'text/plain; charset=utf-8', text: 'ok\n' });
    assert.equal((await get('/nope')).status, 404);
  });

  it('refuses a port another process holds, naming the setting to change', async () => {
    const { config } = parseConfig(CONFIG.replace('port: 0', `port: ${observability.server.port}`), path.join(dir, 'lake.yaml'));
    await assert.rejects(
      startObservability({ config, storage: openStorage(path.join(dir, 'lake')), events: new EventBus() }),
      (error: LakeError) => error.kind === 'config' && /observability\.metrics\.port/.test(error.remedy ?? ''),
    );
  });
});
