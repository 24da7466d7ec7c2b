/**
 * The docker-compose stack, checked without starting it (the service images come from a registry this
 * machine cannot reach; test/docker-image.test.ts builds and runs the lake image itself): the compose
 * file parses, every file it mounts exists, the daemon's config validates as compose mounts it, nothing
 * has a default password, every port is published on 127.0.0.1 unless .env says otherwise, the service
 * names, ports and credentials agree across compose, the lake config, the Dockerfile, Prometheus,
 * Alertmanager and Grafana, and every table the stack loads has a freshness SLA an alert can fire on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseConfig } from '../src/config/index.ts';
import { runLake } from '../src/testing/cli.ts';
import { REPO_ROOT } from '../src/testing/lake.ts';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml'));
/** The file without its comments: what compose interpolates. */
const composeText = read('docker-compose.yml').split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
const envExample: Record<string, string> = Object.fromEntries(
  read('.env.example')
    .split('\n')
    .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);
/** What a user writes into .env: the example, with the values it leaves empty filled in. */
const dotEnv: Record<string, string> = Object.fromEntries(Object.entries(envExample).map(([k, v]) => [k, v || `test-${k.toLowerCase()}-value`]));

/** Compose's own interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}, and $$ for a literal $. */
function composeValue(value: string, env = dotEnv): string {
  return value
    .replace(/\$\$/g, '\u0000')
    .replace(/\$\{([A-Z_][A-Z0-9_]*)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
      if (env[name]) return env[name];
      if (kind === '?') throw new Error(`compose refuses to start: ${rest}`);
      return kind === '-' ? rest ?? '' : '';
    })
    .replace(/\u0000/g, '$');
}

const lake = compose.services.lake;
const lakeEnv: Record<string, string> = Object.fromEntries(Object.entries(lake.environment as Record<string, string>).map(([k, v]) => [k, composeValue(String(v))]));
/** The image's LAKE_CONFIG (Dockerfile) as it reaches the host: through the lake service's mounts. */
const IMAGE_CONFIG = /LAKE_CONFIG=(\S+)/.exec(read('Dockerfile'))![1];
function hostPathOf(containerPath: string): string {
  for (const mount of lake.volumes as string[]) {
    const [source, target] = mount.split(':');
    if (!source.startsWith('./')) continue;
    if (containerPath === target) return path.join(REPO_ROOT, source);
    if (containerPath.startsWith(target + '/')) return path.join(REPO_ROOT, source, containerPath.slice(target.length + 1));
  }
  throw new Error(`${containerPath} is not mounted into the lake service`);
}
const containerPort = (mapping: string) => composeValue(mapping).split(':').at(-1)!;

describe('the docker-compose stack (checked without starting it)', () => {
  it('has every service the deployment needs', () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ['alertmanager', 'grafana', 'lake', 'minio', 'minio-init', 'postgres', 'prometheus']);
  });

  it('mounts only files and directories that exist in the repository', () => {
    for (const [name, service] of Object.entries(compose.services as Record<string, { volumes?: string[] }>)) {
      for (const mount of service.volumes ?? []) {
        const source = mount.split(':')[0];
        if (!source.startsWith('./')) continue; // a named volume
        assert.ok(existsSync(path.join(REPO_ROOT, source)), `${name} mounts ${source}, which does not exist`);
      }
    }
    assert.equal(compose.services.lake.build, '.');
    assert.ok(existsSync(path.join(REPO_ROOT, 'Dockerfile')));
  });

  it('defines every variable it uses in .env.example', () => {
    const used = [...composeText.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)(:[-?][^}]*)?\}/g)].filter((m) => !m[2]?.startsWith(':-')).map((m) => m[1]);
    for (const name of new Set(used)) assert.ok(name in envExample, `${name} is used without a default but missing from .env.example`);
  });

  it('has no default password: compose refuses to start until .env sets every credential and the alert receiver', () => {
    const secrets = ['POSTGRES_PASSWORD', 'MINIO_ROOT_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'ALERT_WEBHOOK_URL'];
    for (const name of secrets) {
      assert.equal(envExample[name], '', `.env.example leaves ${name} empty`);
      const uses = [...composeText.matchAll(new RegExp(`\\$\\{${name}(:[-?][^}]*)?\\}`, 'g'))];
      assert.ok(uses.length > 0, `${name} is used`);
      for (const use of uses) assert.match(use[0], new RegExp(`^\\$\\{${name}:\\?set ${name} in \\.env`), `${use[0]} must refuse to start when unset`);
      assert.throws(() => composeValue(`\${${name}:?set ${name} in .env}`, { ...dotEnv, [name]: '' }), /compose refuses to start/);
    }
    // No credential is written into the file itself.
    assert.doesNotMatch(composeText, /PASSWORD: (?!\$\{)/);
  });

  it('publishes every port on 127.0.0.1 unless BIND_ADDRESS in .env says otherwise', () => {
    assert.equal(envExample.BIND_ADDRESS, '127.0.0.1');
    for (const [name, service] of Object.entries(compose.services as Record<string, { ports?: string[] }>)) {
      for (const mapping of service.ports ?? []) {
        assert.match(mapping, /^\$\{BIND_ADDRESS:-127\.0\.0\.1\}:\$\{[A-Z_]+_PORT:-\d+\}:\d+$/, `${name} publishes ${mapping}`);
        assert.match(composeValue(mapping, { ...dotEnv, BIND_ADDRESS: '' }), /^127\.0\.0\.1:\d+:\d+$/);
      }
    }
  });

  it('runs lake from its image with the config mounted as one file, read-only, stopping inside docker stop', async () => {
    const configFile = hostPathOf(IMAGE_CONFIG);
    assert.equal(path.relative(REPO_ROOT, configFile), path.join('config', 'docker', 'lake.yaml'));
    assert.equal(lake.environment.LAKE_CONFIG, undefined, "the image's LAKE_CONFIG");
    const { code, stdout, stderr } = await runLake(['validate', '--config', configFile], lakeEnv);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /shop \(postgres\) → bronze\.customers, bronze\.orders/);
    assert.equal(lake.read_only, true);
    assert.deepEqual(lake.tmpfs, ['/tmp']);
    assert.equal(lake.healthcheck, undefined, "the image's HEALTHCHECK (`lake health`) applies");
    // docker stop's default; the daemon's default shutdown_grace_ms (8 s) fits inside.
    assert.equal(lake.stop_grace_period, '10s');
    const { config } = parseConfig(read('config/docker/lake.yaml'), configFile, lakeEnv);
    assert.ok(config.daemon.shutdown_grace_ms < 10_000);
  });

  it('points the lake config at the compose services, ports and credentials', () => {
    const { config } = parseConfig(read('config/docker/lake.yaml'), hostPathOf(IMAGE_CONFIG), lakeEnv);
    // Postgres: the CDC source reaches the postgres service's database, configured for logical replication.
    const shop = config.sources.shop;
    assert.ok(shop.type === 'postgres');
    const db = new URL(shop.connection);
    assert.equal(db.hostname, 'postgres');
    assert.equal(db.port, '5432');
    assert.equal(db.pathname, `/${compose.services.postgres.environment.POSTGRES_DB}`);
    assert.equal(decodeURIComponent(db.username), composeValue(compose.services.postgres.environment.POSTGRES_USER));
    assert.equal(decodeURIComponent(db.password), composeValue(compose.services.postgres.environment.POSTGRES_PASSWORD));
    const pgArgs = (compose.services.postgres.command as string[]).join(' ');
    assert.match(pgArgs, /wal_level=logical/);
    assert.match(pgArgs, /max_replication_slots=\d+/);
    assert.match(pgArgs, /max_wal_senders=\d+/);
    // MinIO: the lake's S3 endpoint is the minio service, with its root credentials and the bucket minio-init creates.
    assert.equal(new URL(config.lake.s3.endpoint!).hostname, 'minio');
    assert.ok((compose.services.minio.ports as string[]).some((p) => containerPort(p) === new URL(config.lake.s3.endpoint!).port));
    assert.equal(config.lake.s3.access_key_id, composeValue(compose.services.minio.environment.MINIO_ROOT_USER));
    assert.equal(config.lake.s3.secret_access_key, composeValue(compose.services.minio.environment.MINIO_ROOT_PASSWORD));
    const bucket = new URL(config.lake.root).hostname;
    assert.equal(bucket, composeValue(compose.services['minio-init'].environment.LAKE_S3_BUCKET));
    assert.match(compose.services['minio-init'].entrypoint.join(' '), /mc mb --ignore-existing "local\/\$\$LAKE_S3_BUCKET"/);
    // Metrics: the daemon listens on all interfaces on the port compose publishes, Prometheus scrapes and the image exposes.
    const metrics = config.observability.metrics;
    assert.equal(metrics.host, '0.0.0.0');
    assert.ok((lake.ports as string[]).some((p) => containerPort(p) === String(metrics.port)), 'compose publishes the metrics port');
    const scrape = parse(read('deploy/compose/prometheus.yml'));
    assert.deepEqual(scrape.scrape_configs.find((c: { job_name: string }) => c.job_name === 'lake').static_configs[0].targets, [`lake:${metrics.port}`]);
    const dockerfile = read('Dockerfile');
    assert.match(dockerfile, new RegExp(`EXPOSE ${metrics.port}\\b`));
    assert.match(dockerfile, /^HEALTHCHECK .*CMD \["lake", "health"/m);
  });

  it('sets a freshness SLA on every table the stack loads, so the freshness alert can fire', () => {
    const { config } = parseConfig(read('config/docker/lake.yaml'), hostPathOf(IMAGE_CONFIG), lakeEnv);
    for (const [name, source] of Object.entries(config.sources)) {
      if (source.type === 'postgres') {
        for (const table of source.tables) {
          if (table.name === 'public.customers') continue; // a reference table, written rarely: no SLA
          assert.ok((table.freshness_sla_seconds ?? source.freshness_sla_seconds) !== undefined, `${name} ${table.name} has no freshness_sla_seconds`);
        }
      } else {
        assert.ok('freshness_sla_days' in source && source.freshness_sla_days !== undefined, `source ${name} has no freshness_sla_days`);
      }
    }
  });

  it("routes Prometheus's alerts to Alertmanager, whose receiver .env names, and Grafana's contact point to the same Alertmanager", () => {
    const prometheus = parse(read('deploy/compose/prometheus.yml'));
    const alertmanager = compose.services.alertmanager;
    const amPort = containerPort(alertmanager.ports[0]);
    assert.deepEqual(prometheus.alerting.alertmanagers[0].static_configs[0].targets, [`alertmanager:${amPort}`]);
    // Alertmanager: the shipped config and the entrypoint that writes ALERT_WEBHOOK_URL into it.
    assert.deepEqual(alertmanager.entrypoint, ['/bin/sh', '/etc/alertmanager/entrypoint.sh']);
    assert.ok((alertmanager.volumes as string[]).includes('./deploy/alertmanager/alertmanager.yml:/etc/alertmanager/lake.yml:ro'));
    assert.ok((alertmanager.volumes as string[]).includes('./deploy/alertmanager/entrypoint.sh:/etc/alertmanager/entrypoint.sh:ro'));
    assert.match(alertmanager.environment.ALERT_WEBHOOK_URL, /^\$\{ALERT_WEBHOOK_URL:\?/);
    const am = parse(read('deploy/alertmanager/alertmanager.yml'));
    const receiver = am.receivers.find((r: { name: string }) => r.name === am.route.receiver);
    assert.deepEqual(receiver.webhook_configs, [{ url: '${ALERT_WEBHOOK_URL}', send_resolved: true }]);
    // Grafana: its contact point is that Alertmanager, and the root policy sends everything there.
    const grafana = compose.services.grafana;
    assert.equal(grafana.environment.ALERTMANAGER_URL, `http://alertmanager:${amPort}`);
    const provisioning = parse(read('deploy/grafana/provisioning/alerting/lake-contact-point.yml'));
    const contact = provisioning.contactPoints[0];
    assert.deepEqual(contact.receivers.map((r: { type: string; settings: { url: string } }) => [r.type, r.settings.url]), [['prometheus-alertmanager', '${ALERTMANAGER_URL}']]);
    assert.equal(provisioning.policies[0].receiver, contact.name);
    // Both group alike, so Grafana's and Prometheus's copy of an alert make one notification.
    assert.deepEqual(provisioning.policies[0].group_by, am.route.group_by);
  });

  it('gives Prometheus the shipped rules and Grafana the provisioned dashboard and data source', () => {
    const prometheus = compose.services.prometheus.volumes as string[];
    assert.ok(prometheus.includes('./deploy/prometheus/lake.rules.yml:/etc/prometheus/lake.rules.yml:ro'));
    assert.deepEqual(parse(read('deploy/compose/prometheus.yml')).rule_files, ['/etc/prometheus/lake.rules.yml']);
    const grafana = compose.services.grafana;
    const dashboards = (grafana.volumes as string[]).find((v) => v.startsWith('./deploy/grafana/dashboards:'))!.split(':')[1];
    const provider = parse(read('deploy/grafana/provisioning/dashboards/lake.yml')).providers[0];
    assert.equal(provider.options.path, dashboards);
    const datasource = parse(read('deploy/grafana/provisioning/datasources/lake-prometheus.yml')).datasources[0];
    assert.equal(datasource.url, '${PROMETHEUS_URL}');
    assert.equal(grafana.environment.PROMETHEUS_URL, `http://prometheus:${containerPort(compose.services.prometheus.ports[0])}`);
  });
});
