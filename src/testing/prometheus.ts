/**
 * A real Prometheus server for tests (the Debian package's binary, or any `prometheus` on PATH): its own
 * config, rules and storage in a temporary directory, listening on a free port on 127.0.0.1, scraping
 * the given targets. Nothing of the system installation (service, /etc/prometheus, /var/lib) is used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { makeTempDir } from './lake.ts';
import { freePort } from './postgres.ts';
import { startServerProcess } from './server-process.ts';

export interface PrometheusAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'pending' | 'firing';
  activeAt: string;
  value: string;
}

export interface TestPrometheus {
  url: string;
  /** Active (pending or firing) alerts, from /api/v1/alerts. */
  alerts(): Promise<PrometheusAlert[]>;
  /** An instant query's result vector. */
  query(expr: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  /** What the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface PrometheusOptions {
  /** host:port of each scrape target of job `job`. */
  targets: string[];
  job?: string;
  /** Rule files, copied with every `for:` replaced by `forOverride` when given (tests cannot wait minutes). */
  ruleFiles?: string[];
  forOverride?: string;
  intervalSeconds?: number;
  /** host:port of Alertmanagers to send alerts to. */
  alertmanagers?: string[];
}

/** A copy of a rules file with every rule's `for:` set to `duration`. */
export function rulesWithFor(source: string, target: string, duration: string): void {
  const doc = parse(readFileSync(source, 'utf8')) as { groups: Array<{ rules: Array<Record<string, unknown>> }> };
  for (const group of doc.groups) for (const rule of group.rules) if (rule.alert) rule.for = duration;
  writeFileSync(target, stringify(doc));
}

export async function startPrometheus(options: PrometheusOptions): Promise<TestPrometheus> {
  const dir = makeTempDir('lake-prometheus-');
  const port = await freePort();
  const interval = `${options.intervalSeconds ?? 1}s`;
  const rules = (options.ruleFiles ?? []).map((file, i) => {
    const target = path.join(dir, `rules-${i}.yml`);
    if (options.forOverride) rulesWithFor(file, target, options.forOverride);
    else writeFileSync(target, readFileSync(file));
    return target;
  });
  writeFileSync(
    path.join(dir, 'prometheus.yml'),
    stringify({
      global: { scrape_interval: interval, scrape_timeout: interval, evaluation_interval: interval },
      rule_files: rules,
      ...(options.alertmanagers ? { alerting: { alertmanagers: [{ static_configs: [{ targets: options.alertmanagers }] }] } } : {}),
      scrape_configs: [{ job_name: options.job ?? 'lake', static_configs: [{ targets: options.targets }] }],
    }),
  );
  const server = await startServerProcess({
    name: 'prometheus',
    command: 'prometheus',
    args: [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    install: 'apt-get install prometheus (Debian), or see .ci/run',
    port,
    dir,
    readyTimeoutMs: 60_000,
  });
  const { url } = server;
  const api = async <T>(pathAndQuery: string): Promise<T> => {
    const response = await fetch(`${url}${pathAndQuery}`);
    const body = (await response.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`Prometheus ${pathAndQuery}: ${body.error}`);
    return body.data;
  };
  return {
    url,
    alerts: async () => (await api<{ alerts: PrometheusAlert[] }>('/api/v1/alerts')).alerts,
    query: (expr) => api<{ result: Array<{ metric: Record<string, string>; value: [number, string] }> }>(`/api/v1/query?query=${encodeURIComponent(expr)}`).then((d) => d.result),
    output: server.output,
    stop: server.stop,
  };
}
