/**
 * The real image, built from this working tree by a real Docker engine and run as an operator runs it:
 * `--help`; `validate` of the shipped configs mounted as compose mounts them; `lake run` on a read-only
 * root filesystem, healthy through the image's own HEALTHCHECK on a port its config names; `/metrics`
 * and `/healthz`; the pinned uid; `docker stop` with Docker's default timeout during a running job; a
 * backfill with no writable /tmp; `lake demo` in its default directory.
 *
 * Here the engine comes from ../shared/docker/engine.sh (no image registry: `node:20-bookworm-slim` is a
 * local stand-in; no bridge network: every container uses the host's network, so ports are free host
 * ports). Where no engine answers, every test says so; under CI (CI or LAKE_REQUIRE_DOCKER set, as
 * .ci/run does) they fail, elsewhere they are reported as skipped, never as passed.
 */
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { chownSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { RunRecord } from '../src/orchestrator/history.ts';
import { Containers, docker, dockerUnavailable } from '../src/testing/docker.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { freePort } from '../src/testing/postgres.ts';

const IMAGE = 'lake:test';
/** The image's user (Dockerfile): bind mounts are chowned to it. */
const LAKE_UID = 10001;
/** `docker stop` without --time: SIGTERM, then SIGKILL after this long. */
const DOCKER_STOP_DEFAULT_MS = 10_000;
/** The image was 365 MB before issue 18 (dev dependencies, tsx, npm's caches). */
const MAX_IMAGE_BYTES = 350 * 1000 * 1000;
const required = !!process.env.CI || process.env.LAKE_REQUIRE_DOCKER === '1';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, context: () => Promise<string>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}\n${await context()}`);
    await sleep(250);
  }
}

/** A host directory the container's user owns, bind-mounted as its /var/lib/lake. */
function lakeDir(): string {
  const dir = path.join(makeTempDir('lake-image-'), 'var-lib-lake');
  mkdirSync(dir);
  if (process.getuid?.() === 0) chownSync(dir, LAKE_UID, LAKE_UID);
  else writeFileSync(path.join(dir, '.keep'), ''); // not root: the test cannot chown; the mode must do
  return dir;
}

/** A config for the container, in a directory of its own (mounted as the file /etc/lake/lake.yaml). */
function configFile(text: string): string {
  const file = path.join(makeTempDir('lake-image-config-'), 'lake.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the Docker image, built and run', () => {
  const containers = new Containers('lake-image-test');
  const temps: string[] = [];
  let unavailable: string | undefined;
  let buildMs = 0;
  let server: FileServer | undefined;

  /** Every test starts here: without an engine it fails (CI) or is skipped, saying why; never passes. */
  const needEngine = (t: TestContext): boolean => {
    if (!unavailable) return true;
    if (required) assert.fail(`${unavailable}. This test needs a Docker engine and does not pass without one.`);
    t.skip(`NOT RUN: ${unavailable} (CI fails here)`);
    return false;
  };

  before(async () => {
    unavailable = await dockerUnavailable();
    if (unavailable) return;
    // The build stage tagged too (its layers are the next build's cache); what earlier builds left
    // untagged (both stages carry the label lake.stage) is removed.
    for (const [target, tag] of [['build', `${IMAGE}-build`], ['runtime', IMAGE]]) {
      const build = await docker(['build', '--network', 'host', '--force-rm', '--target', target, '--tag', tag, REPO_ROOT], { timeoutMs: 900_000 });
      buildMs += build.ms;
      assert.equal(build.code, 0, `docker build failed:\n${build.stdout.split('\n').slice(-40).join('\n')}\n${build.stderr}`);
    }
    await docker(['image', 'prune', '--force', '--filter', 'label=lake.stage'], { timeoutMs: 120_000 });
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
  });

  after(async () => {
    await containers.removeAll();
    await server?.close();
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  const tracked = (dir: string) => {
    temps.push(path.dirname(dir));
    return dir;
  };

  it('holds the compiled program on production dependencies, runs as uid 10001, and answers --help', async (t) => {
    if (!needEngine(t)) return;
    t.diagnostic(`docker build took ${(buildMs / 1000).toFixed(1)} s`);
    const help = await containers.run([IMAGE, '--help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Usage: lake /m);
    assert.match(help.stdout, /^ {2}health /m);

    const inside = await containers.run([
      '--entrypoint', 'sh', IMAGE, '-c',
      'id -u; id -g; ls /app; ls /app/node_modules; echo "@types: $(ls -A /app/node_modules/@types 2>/dev/null | wc -l) packages"; command -v npm npx || echo "no npm"',
    ]);
    assert.equal(inside.code, 0, inside.stderr);
    const [uid, gid] = inside.stdout.split('\n');
    assert.equal(uid, String(LAKE_UID));
    assert.equal(gid, String(LAKE_UID));
    assert.doesNotMatch(inside.stdout, /^src$/m, 'no TypeScript sources');
    assert.match(inside.stdout, /^dist$/m);
    for (const dev of ['tsx', 'typescript', 'esbuild', 's3rver']) assert.doesNotMatch(inside.stdout, new RegExp(`^${dev}$`, 'm'), `${dev} is a dev dependency`);
    assert.match(inside.stdout, /^@types: 0 packages$/m);
    assert.match(inside.stdout, /^no npm$/m);

    const size = Number((await docker(['image', 'inspect', '--format', '{{.Size}}', IMAGE])).stdout.trim());
    t.diagnostic(`image size ${(size / 1e6).toFixed(0)} MB`);
    assert.ok(size < MAX_IMAGE_BYTES, `the image is ${(size / 1e6).toFixed(0)} MB`);
  });

  it('validates the shipped configs as mounted, and names what a config that does not fit the container lacks', async (t) => {
    if (!needEngine(t)) return;
    // The image's own default (config/docker/local.yaml at /etc/lake/lake.yaml).
    const own = await containers.run([IMAGE, 'validate']);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /^\/etc\/lake\/lake\.yaml: valid$/m);
    assert.match(own.stdout, /lake root: \/var\/lib\/lake\/lake$/m);

    // Compose's config, mounted alone as compose mounts it: its include finds the image's tlc.yaml.
    const compose = await containers.run([
      '-v', `${path.join(REPO_ROOT, 'config/docker/lake.yaml')}:/etc/lake/lake.yaml:ro`,
      '-e', 'SHOP_DATABASE_URL=postgres://lake:secret@postgres:5432/shop',
      '-e', 'MINIO_ROOT_USER=lake',
      '-e', 'MINIO_ROOT_PASSWORD=secret-secret',
      IMAGE, 'validate',
    ]);
    assert.equal(compose.code, 0, compose.stderr);
    assert.match(compose.stdout, /shop \(postgres\) → bronze\.customers, bronze\.orders/);
    assert.match(compose.stdout, /yellow \(csv\) → bronze\.yellow/);

    // The development config mounted alone: its relative paths point at /etc; validate says exactly that.
    const dev = await containers.run(['-v', `${path.join(REPO_ROOT, 'config/lake.yaml')}:/etc/lake/lake.yaml:ro`, IMAGE, 'validate']);
    assert.equal(dev.code, 2, dev.stdout);
    assert.match(dev.stderr, /\/etc\/lake\/lake\.yaml: lake\.root: \/etc\/lake-data cannot be created: \/etc is not writable by this process \(uid 10001, EACCES\)/);
    assert.match(dev.stderr, /\/etc\/lake\/lake\.yaml: sources\.yellow\.url: the directory \/etc\/samples\/tlc-heads does not exist/);
  });

  it('runs `lake run` on a read-only root filesystem, healthy through its own HEALTHCHECK on the port its config names', async (t) => {
    if (!needEngine(t)) return;
    const port = await freePort();
    const config = tracked(configFile(readFileSync(path.join(REPO_ROOT, 'config/docker/local.yaml'), 'utf8').replace('port: 9478', `port: ${port}`)));
    assert.match(readFileSync(config, 'utf8'), new RegExp(`port: ${port}`));
    const name = await containers.start([
      '--read-only',
      // The image's own check and its timeout; only checked every second instead of every 30 s.
      '--health-interval', '1s',
      '-v', `${config}:/etc/lake/lake.yaml:ro`,
      '-v', `${tracked(lakeDir())}:/var/lib/lake`,
      IMAGE,
    ]);
    const context = async () => `--- docker logs ---\n${await containers.logs(name)}\n--- health ---\n${await containers.inspect(name, '{{json .State.Health}}')}`;
    await until('the container to become healthy', async () => (await containers.inspect(name, '{{.State.Health.Status}}')) === 'healthy', context, 60_000);
    assert.deepEqual(JSON.parse(await containers.inspect(name, '{{json .Config.Healthcheck.Test}}')), ['CMD', 'lake', 'health', '--timeout', '4000']);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    assert.match(metrics, /^lake_build_info\{/m);
    // Every process of the container runs as the pinned user, PID 1 included.
    const status = await docker(['exec', name, 'sh', '-c', 'for p in /proc/[0-9]*; do sed -n "s/^Uid:\\t\\([0-9]*\\).*/\\1/p" $p/status; done | sort -u']);
    assert.equal(status.stdout.trim(), String(LAKE_UID), status.stderr);
    assert.equal(await containers.inspect(name, '{{.State.Running}}'), 'true');
  });

  it('builds a sample month through gold with a read-only root filesystem and no writable /tmp', async (t) => {
    if (!needEngine(t)) return;
    const dir = tracked(lakeDir());
    const backfill = await containers.run(['--read-only', '-v', `${dir}:/var/lib/lake`, IMAGE, 'backfill', '--layer', 'gold', '--month', '2021-03'], 180_000);
    assert.equal(backfill.code, 0, `${backfill.stdout}\n${backfill.stderr}`);
    const query = await containers.run([
      '--read-only', '-v', `${dir}:/var/lib/lake`, IMAGE,
      'query', '--format', 'json', 'SELECT (SELECT count(*) FROM silver.yellow_trips) AS silver, (SELECT count(*) FROM gold.monthly_zone_revenue) AS gold',
    ]);
    assert.equal(query.code, 0, query.stderr);
    const [row] = JSON.parse(query.stdout);
    assert.ok(row.silver > 0 && row.gold > 0, query.stdout);
  });

  it("stops within docker stop's default 10 s during a running job, exiting 0 with the run marked interrupted", async (t) => {
    if (!needEngine(t)) return;
    const yellow = '/yellow/yellow_tripdata_2019-02.csv.gz';
    const before = server!.requests.get(yellow) ?? 0;
    // The job's download hangs until the daemon gives it up.
    server!.fault(yellow, { kind: 'delay', ms: 300_000 });
    const others = ['green', 'fhv', 'fhvhv'].map((s) => `  ${s}:\n    type: csv\n    url: ${server!.url}/${s}/${s}_tripdata_{yyyy}-{mm}.csv.gz\n`).join('');
    const config = tracked(
      configFile(`# Mounted alone: include finds the image's tlc.yaml. No daemon.shutdown_grace_ms: the default must fit docker stop.
include: [tlc.yaml]
lake:
  root: /var/lib/lake/lake
observability:
  metrics: { host: 127.0.0.1, port: ${await freePort()} }
  log: { format: json }
http:
  idle_timeout_ms: 300000
sources:
  yellow:
    type: csv
    url: ${server!.url}/yellow/yellow_tripdata_{yyyy}-{mm}.csv.gz
    schedule: '* * * * * *'
    lag_months: 2
${others}`),
    );
    const dir = tracked(lakeDir());
    const name = await containers.start(['-v', `${config}:/etc/lake/lake.yaml:ro`, '-v', `${dir}:/var/lib/lake`, IMAGE, 'run', '--now', '2019-04-10T00:00:00Z']);
    const context = async () => `--- docker logs ---\n${await containers.logs(name)}`;
    await until('the job to start downloading', async () => (server!.requests.get(yellow) ?? 0) > before && /"event":"job\.started"/.test(await containers.logs(name)), context, 60_000);

    const stop = await docker(['stop', name], { timeoutMs: 60_000 });
    assert.equal(stop.code, 0, stop.stderr);
    assert.ok(stop.ms < DOCKER_STOP_DEFAULT_MS, `docker stop took ${stop.ms} ms: the daemon was killed, not stopped`);
    assert.equal(await containers.inspect(name, '{{.State.ExitCode}}'), '0', await context());
    const logs = await containers.logs(name);
    assert.match(logs, /"event":"daemon\.stopping","signal":"SIGTERM","running":1,"grace_ms":8000/);
    assert.match(logs, /"event":"daemon\.stopped","abandoned":[1-9]/);

    const runsDir = path.join(dir, 'lake', '_lake', 'runs');
    const runs = readdirSync(runsDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(runsDir, f), 'utf8')) as RunRecord);
    const scheduled = runs.find((r) => r.kind === 'schedule');
    assert.ok(scheduled, JSON.stringify(runs));
    assert.equal(scheduled.status, 'interrupted');
    assert.ok(scheduled.partitions.some((p) => p.layer === 'bronze' && p.name === 'yellow' && p.month === '2019-02' && p.status === 'abandoned'), JSON.stringify(scheduled.partitions));
  });

  it('runs the demo in its default directory with a read-only root and a tmpfs /tmp, and stops cleanly', async (t) => {
    if (!needEngine(t)) return;
    const port = await freePort();
    const name = await containers.start(['--read-only', '--tmpfs', '/tmp', IMAGE, 'demo', '--metrics-port', String(port)]);
    const context = async () => `--- docker logs ---\n${await containers.logs(name)}`;
    const banner = await until(
      'the demo to start',
      async () => {
        if ((await containers.inspect(name, '{{.State.Running}}')) !== 'true') assert.fail(`the demo exited:\n${await context()}`);
        const logs = await containers.logs(name);
        return logs.includes('lake demo is running.') && logs;
      },
      context,
      180_000,
    );
    assert.match(banner, /^ {2}lake: +\/var\/lib\/lake\/lake-demo\/lake$/m);
    // The commands it suggests work as printed inside the container (`lake` is on PATH; no npx there).
    assert.match(banner, /^ {2}lake query --config lake-demo\/lake\.yaml "SELECT/m);
    assert.doesNotMatch(banner, /npx/);
    const query = await docker([
      'exec', name, 'lake', 'query', '--config', 'lake-demo/lake.yaml', '--format', 'json',
      'SELECT (SELECT count(*) FROM silver.orders) AS orders, (SELECT count(*) FROM gold.monthly_zone_revenue) AS zones',
    ]);
    assert.equal(query.code, 0, query.stderr);
    const [row] = JSON.parse(query.stdout);
    assert.ok(row.orders > 0 && row.zones > 0, query.stdout);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);

    const stop = await docker(['stop', name], { timeoutMs: 60_000 });
    assert.equal(stop.code, 0, stop.stderr);
    assert.ok(stop.ms < DOCKER_STOP_DEFAULT_MS, `docker stop took ${stop.ms} ms`);
    assert.equal(await containers.inspect(name, '{{.State.ExitCode}}'), '0', await context());
  });
});
