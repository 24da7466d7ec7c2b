/**
 * The monitoring story end to end, with real parts: Postgres streams into a running `lake run`, a real
 * Prometheus scrapes its /metrics with the shipped alert rules (only their `for:` shortened) and sends
 * its alerts to a real Alertmanager running the shipped deploy/alertmanager config (only its waits
 * shortened), whose receiver is a webhook this test runs, standing in for the person on call:
 * - a CDC table given a 5-second freshness SLA goes stale, the freshness alert reaches `firing` in
 *   Prometheus's /api/v1/alerts and a notification reaches the webhook; then data arrives, the alert
 *   resolves, and the webhook is told so;
 * - scraping /metrics during a stream shows the replication lag move, and after a promotion of the table
 *   to silver its freshness drops.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import { freePort, startPostgres, type TestPostgres } from '../src/testing/postgres.ts';
import { startPrometheus, type TestPrometheus } from '../src/testing/prometheus.ts';
import { startAlertmanager, type TestAlertmanager } from '../src/testing/alertmanager.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../src/testing/webhook.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'lake.js');
const RULES = path.join(REPO_ROOT, 'deploy', 'prometheus', 'lake.rules.yml');
const SLA_SECONDS = 5;
const WAIT_MS = 90_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, context: () => string, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}\n${context()}`);
    await sleep(100);
  }
}

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const at = line.lastIndexOf(' ');
    if (Object.entries(labels).every(([k, v]) => line.slice(0, at).includes(`${k}="${v}"`))) return Number(line.slice(at + 1));
  }
  return undefined;
}

describe('monitoring a running daemon with Prometheus and the shipped rules', () => {
  let pg: TestPostgres;
  let dir: string;
  let lake: ChildProcess;
  let lakeOutput = '';
  let lakeExited: Promise<void>;
  let metricsUrl: string;
  let prometheus: TestPrometheus;
  let alertmanager: TestAlertmanager;
  let webhook: WebhookReceiver;
  const context = () =>
    `--- lake run (last lines) ---\n${lakeOutput.split('\n').slice(-40).join('\n')}\n--- prometheus ---\n${prometheus?.output() ?? ''}` +
    `\n--- alertmanager ---\n${alertmanager?.output() ?? ''}\n--- webhook received ---\n${JSON.stringify(webhook?.received ?? [], null, 1).slice(-3000)}`;
  const scrape = async () => (await fetch(`${metricsUrl}/metrics`)).text();

  before(async () => {
    pg = await startPostgres();
    await pg.query(readFileSync(path.join(REPO_ROOT, 'config/examples/postgres-cdc.sql'), 'utf8'));
    await pg.query(`INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 5) g`);
    dir = makeTempDir();
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}`;
    const config = path.join(dir, 'lake.yaml');
    writeFileSync(
      config,
      `lake:
  root: ./lake
sources:
  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: lake_shop
    slot: lake_shop
    heartbeat_ms: 300
    flush: { interval_ms: 200, max_changes: 50000 }
    # Silver after every flush: the test reads freshness right after one change is promoted.
    silver: { publish_interval_ms: 0 }
    tables:
      - name: public.customers
        freshness_sla_seconds: ${SLA_SECONDS}
      - name: public.orders
observability:
  metrics: { host: 127.0.0.1, port: ${port}, collect_interval_ms: 250 }
  log: { level: info, format: json }
`,
    );
    lake = spawn(process.execPath, [BIN, 'run', '--config', config], { cwd: REPO_ROOT, env: { ...process.env, SHOP_DATABASE_URL: pg.connectionString } });
    lake.stdout!.on('data', (c) => (lakeOutput += c));
    lake.stderr!.on('data', (c) => (lakeOutput += c));
    lakeExited = new Promise((resolve) => lake.once('exit', () => resolve()));
    await until('the daemon to be ready (streaming, lake writable)', async () => (await fetch(`${metricsUrl}/readyz`).catch(() => undefined))?.status === 200, context);
    webhook = await startWebhookReceiver();
    alertmanager = await startAlertmanager({ webhookUrl: webhook.url });
    prometheus = await startPrometheus({ targets: [`127.0.0.1:${port}`], ruleFiles: [RULES], forOverride: '1s', intervalSeconds: 1, alertmanagers: [alertmanager.address] });
    await until('Prometheus to scrape the daemon', async () => (await prometheus.query('up{job="lake"} == 1')).length === 1, context);
  });

  after(async () => {
    if (lake && lake.exitCode === null) {
      lake.kill('SIGTERM');
      await Promise.race([lakeExited, sleep(30_000).then(() => lake.kill('SIGKILL'))]);
    }
    await prometheus?.stop();
    await alertmanager?.stop();
    await webhook?.close();
    await pg?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`fires the freshness alert for a table past its ${SLA_SECONDS}-second SLA, notifies the webhook through Alertmanager, and resolves both when data arrives`, async () => {
    const freshnessAlerts = async () => (await prometheus.alerts()).filter((a) => a.labels.alertname === 'LakeFreshnessSLABreached');
    const firing = await until(
      'LakeFreshnessSLABreached to fire for silver.customers',
      async () => (await freshnessAlerts()).find((a) => a.labels.table === 'customers' && a.state === 'firing'),
      context,
    );
    assert.equal(firing.labels.layer, 'silver');
    assert.equal(firing.labels.severity, 'critical');
    assert.ok(Number(firing.value) > SLA_SECONDS, firing.value);
    assert.match(firing.annotations.summary, /^silver\.customers is [\d.]+s behind, beyond its freshness SLA$/);
    // orders has no SLA: however stale, nothing pages.
    assert.equal((await freshnessAlerts()).filter((a) => a.labels.table === 'orders').length, 0);

    // Alertmanager delivers it to the receiver configured from ALERT_WEBHOOK_URL.
    const notified = (status: 'firing' | 'resolved') =>
      webhook.received.find((n) => n.alerts.some((a) => a.status === status && a.labels.alertname === 'LakeFreshnessSLABreached' && a.labels.table === 'customers'));
    const page = await until('the freshness alert to reach the webhook', async () => notified('firing'), context, 30_000);
    assert.equal(page.receiver, 'lake-oncall');
    assert.equal(page.status, 'firing');
    assert.deepEqual(page.groupLabels, { alertname: 'LakeFreshnessSLABreached', layer: 'silver', table: 'customers' });
    const paged = page.alerts.find((a) => a.labels.table === 'customers')!;
    assert.equal(paged.labels.severity, 'critical');
    assert.match(paged.annotations.summary, /^silver\.customers is [\d.]+s behind, beyond its freshness SLA$/);

    // Data arrives, and keeps arriving: the table stays well within its SLA.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await pg.query(`INSERT INTO customers (name) VALUES ('arrived ' || now())`);
        await sleep(250);
      }
    })();
    try {
      await until('the freshness alert to resolve', async () => (await freshnessAlerts()).every((a) => a.labels.table !== 'customers'), context);
      const [series] = await prometheus.query('lake_table_freshness_seconds{layer="silver",table="customers"}');
      assert.ok(Number(series.value[1]) < SLA_SECONDS, `freshness ${series.value[1]}`);
      const resolved = await until('the resolution to reach the webhook', async () => notified('resolved'), context, 30_000);
      assert.ok(webhook.received.indexOf(resolved) > webhook.received.indexOf(page), 'resolved after it fired');
    } finally {
      writing = false;
      await writer;
    }
    const others = (await prometheus.alerts()).filter((a) => a.state === 'firing' && a.labels.alertname !== 'LakeFreshnessSLABreached');
    assert.deepEqual(others.map((a) => a.labels.alertname), [], 'no other alert fires for a healthy daemon');
  });

  it('shows replication lag moving during a stream, and freshness dropping after a promotion', async () => {
    // Idle for a moment: the table ages, and heartbeats keep the lag near zero.
    await sleep(2_000);
    const before = await scrape();
    const staleFreshness = sample(before, 'lake_table_freshness_seconds', { layer: 'silver', table: 'customers' })!;
    assert.ok(staleFreshness >= 1.5, `freshness after 2 s idle: ${staleFreshness}`);
    const idleLag = sample(before, 'lake_cdc_lag_seconds', { source: 'shop' })!;
    assert.ok(idleLag < 10, `lag on an idle database: ${idleLag} s`);

    // A stream of large transactions, scraped as it goes.
    const lagBytes: number[] = [];
    const lagSeconds: number[] = [];
    let streaming = true;
    const scraper = (async () => {
      while (streaming) {
        const text = await scrape();
        lagBytes.push(sample(text, 'lake_cdc_lag_bytes', { source: 'shop' }) ?? Number.NaN);
        lagSeconds.push(sample(text, 'lake_cdc_lag_seconds', { source: 'shop' }) ?? Number.NaN);
        await sleep(50);
      }
    })();
    try {
      // Long enough for several 1-second Prometheus scrapes to land inside it.
      const streamUntil = Date.now() + 4_000;
      while (Date.now() < streamUntil) {
        await pg.query(`INSERT INTO orders (customer_id, amount, status, ordered_at)
                        SELECT 1 + g % 5, g, 'paid', timestamptz '2024-01-01' + g * interval '1 minute' FROM generate_series(1, 5000) g`);
      }
      const peak = () => Math.max(...lagBytes.filter(Number.isFinite));
      await until('the lag to fall back after the stream', async () => lagBytes.length > 0 && lagBytes.at(-1)! < peak() / 2, () => `lag bytes seen: ${lagBytes.join(', ')}\n${context()}`);
    } finally {
      streaming = false;
      await scraper;
    }
    const peak = Math.max(...lagBytes.filter(Number.isFinite));
    assert.ok(peak > 10_000, `peak unflushed WAL ${peak} bytes (seen: ${lagBytes.join(', ')})`);
    assert.ok(new Set(lagBytes).size > 2, 'lag in bytes moved');
    assert.ok(new Set(lagSeconds.filter(Number.isFinite)).size > 2, 'lag in seconds moved');
    // Prometheus saw it too.
    const [scraped] = await prometheus.query('max_over_time(lake_cdc_lag_bytes{source="shop"}[1m])');
    assert.ok(Number(scraped.value[1]) > 0);

    // One change to customers, promoted to silver: its freshness drops.
    const builds = sample(await scrape(), 'lake_cdc_silver_builds_total', { source: 'shop', table: 'customers' }) ?? 0;
    await pg.query(`INSERT INTO customers (name) VALUES ('one more')`);
    await until('silver.customers to be rebuilt', async () => (sample(await scrape(), 'lake_cdc_silver_builds_total', { source: 'shop', table: 'customers' }) ?? 0) > builds, context);
    const freshAfter = sample(await scrape(), 'lake_table_freshness_seconds', { layer: 'silver', table: 'customers' })!;
    // It only grew between the idle reading and this change, so this is a drop.
    assert.ok(freshAfter < staleFreshness, `freshness ${freshAfter} s after the promotion, ${staleFreshness} s before`);
  });
});
