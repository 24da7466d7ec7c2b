/**
 * A real Alertmanager for tests (Debian's `prometheus-alertmanager`, or `alertmanager` on PATH), started
 * through the shipped deploy/alertmanager/entrypoint.sh with the shipped alertmanager.yml, as
 * docker-compose.yml starts it: the receiver's URL comes from ALERT_WEBHOOK_URL. Only the route's waits
 * are shortened (tests cannot wait minutes). Its state lives in a temporary directory; it listens on a
 * free port on 127.0.0.1 and joins no cluster.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { makeTempDir, REPO_ROOT } from './lake.ts';
import { freePort } from './postgres.ts';

export const ALERTMANAGER_DIR = path.join(REPO_ROOT, 'deploy', 'alertmanager');

export interface TestAlertmanager {
  /** http://127.0.0.1:port */
  url: string;
  /** host:port, for Prometheus's alerting config. */
  address: string;
  output(): string;
  stop(): Promise<void>;
}

export interface AlertmanagerOptions {
  /** Where the receiver posts (ALERT_WEBHOOK_URL). */
  webhookUrl: string;
  /** group_wait and group_interval of the route (default 1s). */
  groupInterval?: string;
}

function binary(): string {
  for (const name of ['prometheus-alertmanager', 'alertmanager']) {
    if (spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0) return name;
  }
  throw new Error('Alertmanager is not installed: apt-get install prometheus-alertmanager (Debian), or see .ci/run');
}

export async function startAlertmanager(options: AlertmanagerOptions): Promise<TestAlertmanager> {
  const bin = binary();
  const dir = makeTempDir('lake-alertmanager-');
  const port = await freePort();
  const shipped = parse(readFileSync(path.join(ALERTMANAGER_DIR, 'alertmanager.yml'), 'utf8')) as { route: Record<string, unknown> };
  const interval = options.groupInterval ?? '1s';
  shipped.route.group_wait = interval;
  shipped.route.group_interval = interval;
  const template = path.join(dir, 'template.yml');
  writeFileSync(template, stringify(shipped));
  const child: ChildProcess = spawn(
    'sh',
    [
      path.join(ALERTMANAGER_DIR, 'entrypoint.sh'),
      `--storage.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ALERT_WEBHOOK_URL: options.webhookUrl, ALERTMANAGER_TEMPLATE: template, ALERTMANAGER_CONFIG: path.join(dir, 'alertmanager.yml'), ALERTMANAGER_BIN: bin },
    },
  );
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await Promise.race([
      exited.then(() => {
        throw new Error(`alertmanager exited:\n${output}`);
      }),
      fetch(`${url}/-/ready`).then((r) => r.ok, () => false),
    ]);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`alertmanager did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, address: `127.0.0.1:${port}`, output: () => output, stop };
}
