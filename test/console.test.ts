/**
 * The operator's console in a real browser (Debian's Chromium through playwright-core), against a real
 * `lake run`: a backfill in which one month's file is an HTML page, and a Postgres source streamed by
 * CDC. The timeline shows the failed month with its remedy, the partitions grid agrees cell for cell with
 * `lake status --json`, the CDC page shows the slot, and an action without the token is refused while the
 * same action with it runs and is logged. The screenshots in docs/ are taken here.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowser, type TestBrowser } from '../src/testing/browser.ts';
import { DaemonProcess, runLake } from '../src/testing/cli.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { freePort, startPostgres, type TestPostgres } from '../src/testing/postgres.ts';
import type { LakeStatus } from '../src/orchestrator/status.ts';
import type { RunRecord } from '../src/orchestrator/history.ts';

const TOKEN = 'console-test-token-0123456789abcdef';
/**
 * The README's screenshots: written to docs/ only when asked (`LAKE_SCREENSHOTS=1 node --import tsx --test
 * test/console.test.ts`), so an ordinary test run never changes tracked files; otherwise a temp directory.
 */
const DOCS = process.env.LAKE_SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs') : makeTempDir('lake-screenshots-');
const WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A screenshot from the top of the page (and of the grid), as a reader first sees it. */
async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('.grid-wrap, .scroll').forEach((e) => e.scrollTo(0, 0));
  });
  await page.screenshot({ path: path.resolve(DOCS, name), fullPage });
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, context: () => string = () => '', timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}\n${context()}`);
    await sleep(200);
  }
}

function config(serverUrl: string, port: number): string {
  const batch = ['yellow', 'green', 'fhv', 'fhvhv'].map((s) => `  ${s}:\n    type: csv\n    url: ${serverUrl}/${s}/${s}_tripdata_{yyyy}-{mm}.csv.gz\n    freshness_sla_days: 30\n`).join('');
  return `include: [${JSON.stringify(path.join(REPO_ROOT, 'config/tlc.yaml'))}]
lake:
  root: ./lake
http:
  idle_timeout_ms: 10000
  retry: { attempts: 1, base_delay_ms: 10, max_delay_ms: 10 }
jobs:
  retry: { attempts: 2, base_delay_ms: 20, max_delay_ms: 100 }
locks: { heartbeat_ms: 200, stale_after_ms: 5000, poll_ms: 50 }
observability:
  metrics: { host: 127.0.0.1, port: ${port}, collect_interval_ms: 500 }
  log: { level: info, format: json }
console:
  refresh_ms: 500
  actions: { enabled: true, token_env: LAKE_CONSOLE_TOKEN }
sources:
${batch}  shop:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: lake_console
    slot: lake_console
    heartbeat_ms: 500
    flush: { interval_ms: 200, max_changes: 50000 }
    silver: { publish_interval_ms: 0 }
    freshness_sla_seconds: 3600
    tables:
      - name: public.customers
      - name: public.orders
        scd2: true
`;
}

describe('the console in a browser', () => {
  let pg: TestPostgres;
  let server: FileServer;
  let dir: string;
  let configFile: string;
  let daemon: DaemonProcess | undefined;
  let browser: TestBrowser | undefined;
  let page: Page;
  let base: string;
  let failedRun: RunRecord;
  /** Script errors and failed loads in the page: none is expected, on any page. */
  const pageErrors: string[] = [];
  const lake = (...args: string[]) => runLake([...args, '--config', configFile], { SHOP_DATABASE_URL: pg.connectionString });
  const context = () => `--- lake run ---\n${daemon?.log().split('\n').slice(-30).join('\n') ?? ''}\n${daemon?.stderr ?? ''}`;

  before(async () => {
    pg = await startPostgres();
    await pg.query(readFileSync(path.join(REPO_ROOT, 'config/examples/postgres-cdc.sql'), 'utf8'));
    await pg.query(`INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 5) g`);
    await pg.query(`INSERT INTO orders (customer_id, amount, status) SELECT 1 + g % 5, g * 1.5, 'paid' FROM generate_series(1, 40) g`);
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
    dir = makeTempDir('lake-console-');
    configFile = path.join(dir, 'lake.yaml');
    const port = await freePort();
    writeFileSync(configFile, config(server.url, port));

    // One month of yellow is an HTML page (once): its bronze fails, silver and gold of that month are skipped.
    server.fault('/yellow/yellow_tripdata_2019-03.csv.gz', { kind: 'html' });
    const backfill = await lake('backfill', '--layer', 'bronze', '--from', '2019-01', '--to', '2019-04', '--downstream');
    assert.equal(backfill.code, 1, backfill.stdout + backfill.stderr);
    failedRun = JSON.parse((await lake('report', '--json')).stdout) as RunRecord;
    assert.equal(failedRun.status, 'failed');

    daemon = new DaemonProcess(['--config', configFile], { SHOP_DATABASE_URL: pg.connectionString, LAKE_CONSOLE_TOKEN: TOKEN });
    base = `http://127.0.0.1:${port}/console/`;
    await until('the daemon to stream (readyz 200)', async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, context);
    await until('silver.orders to be built', async () => (await (await fetch(`${base}api/status`)).json()).cdc.every((t: { rows?: number }) => (t.rows ?? 0) > 0), context);
    browser = await startBrowser();
    page = await browser.browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    mkdirSync(DOCS, { recursive: true });
  });

  afterEach(() => {
    assert.deepEqual(pageErrors.splice(0), [], 'the page logged no error');
  });

  after(async () => {
    await browser?.close();
    if (daemon && daemon.child.exitCode === null) {
      daemon.child.kill('SIGTERM');
      await Promise.race([daemon.exited, sleep(30_000).then(() => daemon!.child.kill('SIGKILL'))]);
    }
    await server?.close();
    await pg?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists the run and shows the failed month on its timeline with its remedy', async () => {
    await page.goto(`${base}#/runs`);
    const row = page.locator(`tr[data-run="${failedRun.run_id}"]`);
    await row.waitFor({ timeout: WAIT_MS });
    assert.equal(await row.getAttribute('data-status'), 'failed');
    await shoot(page, 'console-runs.png', false);
    await row.locator('a').click();

    const failed = failedRun.partitions.find((p) => p.status === 'failed')!;
    assert.deepEqual([failed.layer, failed.name, failed.month], ['bronze', 'yellow', '2019-03']);
    const bar = page.locator('.g-row[data-layer="bronze"][data-name="yellow"][data-month="2019-03"]');
    await bar.waitFor({ timeout: WAIT_MS });
    assert.equal(await bar.getAttribute('data-status'), 'failed');
    const text = await bar.innerText();
    assert.ok(failed.error?.remedy, 'the run record has a remedy');
    assert.ok(text.includes(failed.error!.remedy!), `the timeline shows the remedy: ${text}`);
    assert.match(text, /bad-file: .*is an HTML page, not CSV data/);
    // The bar is drawn where the attempt ran, in the failure colour.
    assert.ok(await bar.locator('.g-bar.c-failed').count() >= 1);
    // What it caused: that month's silver and gold were skipped.
    assert.equal(await page.locator('.g-row[data-layer="silver"][data-name="yellow_trips"][data-month="2019-03"]').getAttribute('data-status'), 'skipped');
    // Every partition of the record is on the timeline.
    assert.equal(await page.locator('.g-row').count(), failedRun.partitions.length);
    // The detail panel opens on the failure: error kind, retry verdict, remedy, attempts.
    const detail = await page.locator('#detail').innerText();
    assert.match(detail, /error kind\s+bad-file/);
    assert.match(detail, /retry verdict\s+needs-person/);
    // Rows in/out/quarantined of a published silver partition.
    await page.locator('.g-row[data-layer="silver"][data-name="yellow_trips"][data-month="2019-01"]').click();
    const silver = failedRun.partitions.find((p) => p.layer === 'silver' && p.name === 'yellow_trips' && p.month === '2019-01')!;
    const silverDetail = await page.locator('#detail').innerText();
    assert.match(silverDetail, new RegExp(`rows in\\s+${silver.rows_in}`));
    assert.match(silverDetail, new RegExp(`quarantined\\s+${silver.quarantined}`));
    await page.locator('.g-row[data-layer="bronze"][data-name="yellow"][data-month="2019-03"]').click();
    await shoot(page, 'console-run.png');
  });

  it('shows a partitions grid whose cells match lake status --json', async () => {
    const result = await lake('status', '--json');
    assert.equal(result.code, 0, result.stderr);
    const status = JSON.parse(result.stdout) as LakeStatus;
    await page.goto(`${base}#/partitions`);
    await page.locator('#grid .cell').first().waitFor({ timeout: WAIT_MS });
    const cells = await page.$$eval('#grid [data-state]', (els) =>
      els.map((e) => ({ layer: e.getAttribute('data-layer')!, table: e.getAttribute('data-table')!, month: e.getAttribute('data-month')!, state: e.getAttribute('data-state')!, manifest: e.getAttribute('data-has-manifest') === 'true', rows: Number(e.getAttribute('data-rows') || 0) })),
    );
    for (const t of status.tables.filter((x) => x.partitions > 0 || x.failed.length > 0)) {
      const mine = cells.filter((c) => c.layer === t.layer && c.table === t.table && c.month !== 'current');
      const label = `${t.layer} ${t.table}`;
      assert.equal(mine.filter((c) => c.manifest).length, t.partitions, `${label}: published partitions`);
      assert.deepEqual(mine.filter((c) => c.manifest).map((c) => c.month).sort()[0], t.first_month, `${label}: first month`);
      assert.deepEqual(mine.filter((c) => c.manifest).map((c) => c.month).sort().at(-1), t.newest_month, `${label}: newest month`);
      assert.equal(mine.filter((c) => c.manifest).reduce((n, c) => n + c.rows, 0), t.rows, `${label}: rows`);
      assert.deepEqual(mine.filter((c) => c.state === 'failed').map((c) => c.month), t.failed.map((f) => f.month), `${label}: failed months`);
    }
    const yellow = cells.find((c) => c.layer === 'bronze' && c.table === 'yellow' && c.month === '2019-03')!;
    assert.equal(yellow.state, 'failed');
    // Its silver has nothing to read: no input (not "missing"), and the reason says so.
    assert.equal(cells.find((c) => c.layer === 'silver' && c.table === 'yellow_trips' && c.month === '2019-03')?.state, 'no-input');
    assert.equal(cells.find((c) => c.layer === 'silver' && c.table === 'yellow_trips' && c.month === '2019-01')?.state, 'published');
    // CDC tables: one whole-table state each, published with the rows `lake status` counts.
    for (const c of status.cdc) {
      const cell = cells.find((x) => x.layer === 'silver' && x.table === c.table && x.month === 'current');
      assert.ok(cell, `whole-table cell of ${c.table}`);
      assert.equal(cell.state, 'published');
    }
    // Clicking a cell shows its manifest.
    await page.locator('#grid .cell[data-layer="silver"][data-table="yellow_trips"][data-month="2019-02"]').click();
    await page.locator('#manifest pre.json').waitFor({ timeout: WAIT_MS });
    const manifest = JSON.parse(await page.locator('#manifest pre.json').innerText());
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'lake', '_lake', 'partitions', 'silver', 'yellow_trips', '2019-02.json'), 'utf8'));
    assert.equal(manifest.batch_id, onDisk.batch_id);
    assert.deepEqual(manifest.counts, onDisk.counts);
    assert.ok(Array.isArray(manifest.checks) && manifest.checks.length > 0, 'the manifest carries its checks');
    // Tall enough for every table of the grid in the picture.
    await page.setViewportSize({ width: 1280, height: 1200 });
    await shoot(page, 'console-partitions.png');
    await page.setViewportSize({ width: 1280, height: 860 });
    // The API the page reads is the same status.
    const api = (await (await fetch(`${base}api/status`)).json()) as LakeStatus;
    assert.deepEqual(
      api.tables.map((t) => [t.layer, t.table, t.partitions, t.rows, t.failed.map((f) => f.month)]),
      status.tables.map((t) => [t.layer, t.table, t.partitions, t.rows, t.failed.map((f) => f.month)]),
    );
  });

  it('shows check results and the first quarantined rows with their reasons', async () => {
    await page.goto(`${base}#/quality`);
    const row = page.locator('tr[data-quality="yellow_trips 2019-01"]');
    await row.waitFor({ timeout: WAIT_MS });
    await row.click();
    await page.locator('#quality-detail h3', { hasText: 'Checks' }).waitFor({ timeout: WAIT_MS });
    const text = await page.locator('#quality-detail').innerText();
    assert.match(text, /expectation/);
    assert.match(text, /unexpected/);
    const quarantined = failedRun.partitions.find((p) => p.layer === 'silver' && p.name === 'yellow_trips' && p.month === '2019-01')!.quarantined ?? 0;
    assert.ok(quarantined > 0, 'the sample month has quarantined rows');
    assert.match(text, /_reason/);
    assert.match(text, new RegExp(`first ${quarantined} of ${quarantined}`));
    await shoot(page, 'console-quality.png');
  });

  it('shows the CDC source with its slot, lag, last flush and tables', async () => {
    await page.goto(`${base}#/cdc`);
    const slot = page.locator('[data-source="shop"] [data-slot="lake_console"]');
    await slot.waitFor({ timeout: WAIT_MS }).catch(async (error) => assert.fail(`${error.message}\npage: ${await page.locator('main').innerText()}\nerrors: ${pageErrors.join('\n')}`));
    const section = page.locator('[data-source="shop"]');
    await until('the slot to show as active', async () => /active · WAL reserved/.test(await section.innerText()), context);
    const text = await section.innerText();
    assert.match(text, /streaming/);
    assert.match(text, /retained WAL/);
    assert.match(text, /last flush/);
    for (const table of ['customers', 'orders']) assert.equal(await section.locator(`tr[data-cdc-table="${table}"]`).count(), 1);
    assert.match(await section.locator('tr[data-cdc-table="customers"]').innerText(), /fresh/);
    await shoot(page, 'console-cdc.png');
  });

  it('refuses an action without the token, and runs and logs it with the token', async () => {
    const post = (kind: string, headers: Record<string, string>, body: unknown = {}) =>
      fetch(`${base}api/actions/${kind}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    assert.equal((await post('retry-failed', {})).status, 401);
    assert.equal((await post('retry-failed', { authorization: 'Bearer not-the-token-at-all' })).status, 401);
    // Another site cannot ride on it, even with the token.
    assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}`, origin: 'http://evil.example' })).status, 403);
    // A form post (no JSON) is refused before anything else.
    const form = await fetch(`${base}api/actions/retry-failed`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` }, body: 'a=1' });
    assert.equal(form.status, 415);

    // In the page, without a token: refused, and nothing ran.
    await page.goto(`${base}#/actions`);
    await page.locator('#retry-failed').click();
    if (process.env.CONSOLE_SHOTS) await shoot(page, path.join(process.env.CONSOLE_SHOTS, 'actions.png'));
    await page.locator('#action-result .notice').waitFor({ timeout: WAIT_MS });
    assert.match(await page.locator('#action-result').innerText(), /refused: this action needs the console token/);
    // The browser reports the refusal itself as a failed load: expected here.
    assert.deepEqual(pageErrors.splice(0).filter((e) => !/status of 401/.test(e)), []);
    assert.equal(readdirSync(path.join(dir, 'lake', '_lake')).includes('console'), false, 'a refused action leaves no record');

    // With the token: accepted, the failed month is rebuilt (the HTML page was served once), and logged.
    await page.locator('#token').fill(TOKEN);
    await page.locator('#token').dispatchEvent('change');
    await page.locator('#retry-failed').click();
    await page.locator('#action-result .notice.good').waitFor({ timeout: WAIT_MS });
    const action = await until('the action to finish', async () => {
      const [a] = (await (await fetch(`${base}api/actions`)).json()) as Array<{ status: string; run_id?: string; kind: string }>;
      return a && a.status !== 'running' && a.status !== 'accepted' ? a : undefined;
    }, context);
    assert.equal(action.kind, 'retry-failed');
    assert.equal(action.status, 'done', JSON.stringify(action));
    assert.ok(action.run_id, JSON.stringify(action));
    const report = await lake('report', action.run_id, '--json');
    assert.ok(report.stdout, report.stderr);
    const run = JSON.parse(report.stdout) as RunRecord;
    assert.equal(run.status, 'succeeded');
    assert.equal(run.partitions.find((p) => p.layer === 'bronze' && p.name === 'yellow' && p.month === '2019-03')?.status, 'published');
    assert.match(run.trigger.command!, /^lake backfill --retry-failed \(console action \S+\)$/);
    const status = JSON.parse((await lake('status', '--json')).stdout) as LakeStatus;
    assert.deepEqual(status.tables.flatMap((t) => t.failed), []);
    // Logged: the refusal and the action, in the daemon's log and in the lake's audit trail.
    await daemon!.waitFor((l) => l.msg === 'console action finished' && l.action === 'retry-failed');
    assert.ok(daemon!.lines.some((l) => l.msg === 'console action refused' && l.status === 401), 'the refusal is logged');
    assert.ok(daemon!.lines.some((l) => l.msg === 'console action accepted'), 'the action is logged');
    assert.equal(readdirSync(path.join(dir, 'lake', '_lake', 'console', 'actions')).length, 1);

    // Its run page has the log lines the daemon saw.
    await page.goto(`${base}#/runs/${encodeURIComponent(action.run_id!)}`);
    await page.locator('.g-row[data-layer="bronze"][data-name="yellow"][data-month="2019-03"]').click();
    await until('the log lines of the rebuilt partition', async () => /published \d+ rows/.test(await page.locator('#detail').innerText()), context);
  });

  it('re-snapshots a CDC table through the running pipeline from the CDC page', async () => {
    await pg.query(`INSERT INTO customers (name) VALUES ('before the re-snapshot')`);
    await page.goto(`${base}#/cdc`);
    // The token is still in this tab's session storage from the previous test.
    await page.locator('tr[data-cdc-table="customers"] button', { hasText: 'Re-snapshot' }).click();
    await page.locator('.flash.good').waitFor({ timeout: WAIT_MS });
    const action = await until('the re-snapshot to finish', async () => {
      const [a] = (await (await fetch(`${base}api/actions`)).json()) as Array<{ kind: string; status: string; result?: string; error?: { message: string } }>;
      return a?.kind === 'snapshot' && a.status !== 'running' && a.status !== 'accepted' ? a : undefined;
    }, context);
    assert.equal(action.status, 'done', JSON.stringify(action));
    assert.match(action.result!, /^snapshot customers: 6 rows at \S+ \(by the running pipeline\)$/);
    // The request went through the daemon's own pipeline, which logged it.
    await until('the CDC page to show the request done', async () => /snapshot request \S+ \(customers\) done/.test(await page.locator('[data-source="shop"]').innerText()), context);
  });

  it('is usable on a phone', async () => {
    const phone = await browser!.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.goto(`${base}#/partitions`);
      await phone.locator('#grid .cell').first().waitFor({ timeout: WAIT_MS });
      // The page itself does not scroll sideways; the grid scrolls inside its frame.
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `page overflows by ${overflow}px`);
      await phone.goto(`${base}#/runs/${encodeURIComponent(failedRun.run_id)}`);
      await phone.locator('.g-row[data-status="failed"]').waitFor({ timeout: WAIT_MS });
      assert.ok(await phone.locator('.g-row[data-status="failed"] .remedy').isVisible());
      const runOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(runOverflow <= 1, `run page overflows by ${runOverflow}px`);
      await phone.locator('.g-row[data-status="failed"]').evaluate((row) => row.scrollIntoView({ block: 'center' }));
      await phone.screenshot({ path: path.join(DOCS, 'console-run-phone.png') });
    } finally {
      await phone.close();
    }
  });
});
