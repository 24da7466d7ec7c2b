/**
 * A real Alertmanager for tests (Debian's `prometheus-alertmanager`, or `alertmanager` on PATH), started
 * through the shipped deploy/alertmanager/entrypoint.sh with the shipped alertmanager.yml, as
 * docker-compose.yml starts it: the receiver's URL comes from ALERT_WEBHOOK_URL. Only the route's waits
 * are shortened (tests cannot wait minutes). Its state lives in a temporary directory; it listens on a
 * free port on 127.0.0.1 and joins no cluster.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { makeTempDir, REPO_ROOT } from './lake.ts';
import { freePort } from './postgres.ts';
import { startServerProcess } from './server-process.ts';

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
  const server = await startServerProcess({
    name: 'alertmanager',
    command: 'sh',
    args: [
      path.join(ALERTMANAGER_DIR, 'entrypoint.sh'),
      `--storage.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    spawn: { env: { ...process.env, ALERT_WEBHOOK_URL: options.webhookUrl, ALERTMANAGER_TEMPLATE: template, ALERTMANAGER_CONFIG: path.join(dir, 'alertmanager.yml'), ALERTMANAGER_BIN: bin } },
    install: 'apt-get install prometheus-alertmanager (Debian), or see .ci/run',
    port,
    dir,
    readyTimeoutMs: 30_000,
  });
  return { ...server, address: `127.0.0.1:${port}` };
}
