/**
 * `lake demo` as a newcomer runs it: with nothing installed it starts an embedded Postgres shop, streams
 * it by CDC, pulls the bundled samples, and within a minute bronze, silver and gold have rows and
 * /metrics shows lag and freshness; Ctrl-C stops everything cleanly. As root from a clone other users
 * cannot enter (the Postgres server runs as the 'postgres' user), it works all the same.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../src/demo/index.ts';
import { clusterDirFor } from '../src/demo/embedded-postgres.ts';
import { LAKE_BIN, runLake } from '../src/testing/cli.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';

describe('lake demo', () => {
  const dir = path.join(makeTempDir('lake-demo-'), 'demo');
  after(async () => {
    await rm(path.dirname(dir), { recursive: true, force: true });
    await rm(clusterDirFor(path.join(dir, 'postgres')), { recursive: true, force: true });
  });

  it('shows rows in every layer and lag and freshness in /metrics, then stops on Ctrl-C', async () => {
    const port = await freePort();
    // Its own process group, as in a terminal: Ctrl-C reaches the demo and its Postgres alike.
    const child = spawn(process.execPath, [LAKE_BIN, 'demo', '--dir', dir, '--metrics-port', String(port)], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 90_000;
      while (!output.includes('lake demo is running.')) {
        assert.ok(Date.now() < deadline && child.exitCode === null, `the demo did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const config = path.join(dir, 'lake.yaml');
      assert.match(output, new RegExp(`metrics: +http://127\\.0\\.0\\.1:${port}/metrics`));
      assert.match(output, new RegExp(`console: +http://127\\.0\\.0\\.1:${port}/console/`));
      assert.equal((await fetch(`http://127.0.0.1:${port}/console/api/session`)).status, 200);
      assert.match(output, /npx lake query --config .*bronze\.yellow/);

      const counts = await runLake(['query', '--config', config, '--format', 'json', `SELECT
        (SELECT count(*) FROM bronze.yellow) AS bronze_yellow,
        (SELECT count(*) FROM silver.yellow_trips) AS silver_yellow,
        (SELECT count(*) FROM gold.monthly_zone_revenue) AS gold_zones,
        (SELECT count(*) FROM bronze.orders) AS bronze_orders,
        (SELECT count(*) FROM silver.orders) AS silver_orders`]);
      assert.equal(counts.code, 0, counts.stderr);
      const [row] = JSON.parse(counts.stdout);
      for (const [name, value] of Object.entries(row)) assert.ok(Number(value) > 0, `${name} has rows: ${counts.stdout}`);

      // The workload keeps writing: the CDC stream moves and silver follows.
      const metrics = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      let text = await metrics();
      const wait = Date.now() + 30_000;
      while (!/^lake_cdc_lag_seconds\{[^}]*source="shop"/m.test(text) && Date.now() < wait) {
        await new Promise((r) => setTimeout(r, 500));
        text = await metrics();
      }
      assert.match(text, /^lake_cdc_lag_bytes\{[^}]*source="shop"[^}]*\} \d/m);
      assert.match(text, /^lake_cdc_lag_seconds\{[^}]*source="shop"[^}]*\} [\d.e+-]+$/m);
      assert.match(text, /^lake_table_freshness_seconds\{[^}]*table="orders"[^}]*\} [\d.e+-]+$/m);
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);

      process.kill(-child.pid!, 'SIGINT');
      assert.equal(await exited, 0, output);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'the metrics endpoint is gone');
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });

  it('runs as root from a copy of lake in a directory other users cannot enter', async (t) => {
    if (process.getuid?.() !== 0) {
      t.skip('only root runs the embedded Postgres as another user');
      return;
    }
    // A `mktemp -d` clone: mode 0700. Hard links make the copy of node_modules instant.
    const home = makeTempDir('lake-demo-private-');
    const tmp = makeTempDir('lake-demo-tmp-');
    chmodSync(tmp, 0o1777); // like /tmp: the server (user 'postgres') puts its socket there
    try {
      assert.equal(statSync(home).mode & 0o777, 0o700);
      const clone = path.join(home, 'lake');
      mkdirSync(clone);
      for (const entry of ['bin', 'dist', 'src', 'config', 'samples', 'package.json', 'node_modules']) {
        if (existsSync(path.join(REPO_ROOT, entry))) execFileSync('cp', ['-al', path.join(REPO_ROOT, entry), clone]);
      }
      const port = await freePort();
      // Its own TMPDIR: the staged server binaries and the moved cluster are this test's to remove.
      const child = spawn(process.execPath, [path.join(clone, 'bin', 'lake.js'), 'demo', '--metrics-port', String(port)], {
        cwd: clone,
        env: { ...process.env, TMPDIR: tmp },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        const deadline = Date.now() + 120_000;
        while (!output.includes('lake demo is running.')) {
          assert.ok(Date.now() < deadline && child.exitCode === null, `the demo did not start:\n${output}`);
          await new Promise((r) => setTimeout(r, 200));
        }
        assert.doesNotMatch(output, /EACCES/);
        assert.match(output, new RegExp(`lake: +${clone.replaceAll('/', '\\/')}\\/lake-demo\\/lake`));
        assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
        process.kill(-child.pid!, 'SIGINT');
        assert.equal(await exited, 0, output);
      } finally {
        if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      }
    } finally {
      await rm(home, { recursive: true, force: true });
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
