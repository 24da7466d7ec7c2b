/**
 * The Docker deployment, checked without a Docker engine (none can run on this machine, so the images
 * are not built or started here): the compose file parses, every file it mounts exists, the daemon's
 * config inside compose validates, and the service names, ports and variables agree across the compose
 * file, the lake config, the Dockerfile, Prometheus' scrape config and Grafana's provisioning.
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
const envExample = Object.fromEntries(
  read('.env.example')
    .split('\n')
    .filter((line) => /^[A-Z_][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

/** Compose's own interpolation: ${VAR}, ${VAR:-default}, and $$ for a literal $. */
function composeValue(value: string): string {
  return value.replace(/\$\$/g, '\u0000').replace(/\$\{([A-Z_][A-Z0-9_]*)(?::-([^}]*))?\}/g, (_, name, fallback) => envExample[name] ?? fallback ?? '').replace(/\u0000/g, '$');
}

const lake = compose.services.lake;
const lakeEnv: Record<string, string> = Object.fromEntries(Object.entries(lake.environment as Record<string, string>).map(([k, v]) => [k, composeValue(String(v))]));
/** Where the lake service's config lives on the host: LAKE_CONFIG inside the container, mapped through its mounts. */
function hostPathOf(containerPath: string): string {
  for (const mount of lake.volumes as string[]) {
    const [source, target] = mount.split(':');
    if (source.startsWith('./') && containerPath.startsWith(target + '/')) return path.join(REPO_ROOT, source, containerPath.slice(target.length + 1));
  }
  throw new Error(`${containerPath} is not mounted into the lake service`);
}

describe('the docker-compose stack (checked without a Docker engine)', () => {
  it('has every service the deployment needs', () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ['grafana', 'lake', 'minio', 'minio-init', 'postgres', 'prometheus']);
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
    const text = read('docker-compose.yml');
    const used = [...text.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)(:-[^}]*)?\}/g)].filter((m) => !m[2]).map((m) => m[1]);
    for (const name of new Set(used)) assert.ok(name in envExample, `${name} is used without a default but missing from .env.example`);
  });

  it('runs lake with a config that `lake validate` accepts', async () => {
    const configFile = hostPathOf(lakeEnv.LAKE_CONFIG);
    assert.equal(path.relative(REPO_ROOT, configFile), path.join('config', 'docker', 'lake.yaml'));
    const { code, stdout, stderr } = await runLake(['validate', '--config', configFile], lakeEnv);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /shop \(postgres\) → bronze\.customers, bronze\.orders/);
  });

  it('points the lake config at the compose services, ports and credentials', () => {
    const { config } = parseConfig(read('config/docker/lake.yaml'), hostPathOf(lakeEnv.LAKE_CONFIG), lakeEnv);
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
    assert.ok((compose.services.minio.ports as string[]).some((p) => composeValue(p).endsWith(`:${new URL(config.lake.s3.endpoint!).port}`)));
    assert.equal(config.lake.s3.access_key_id, composeValue(compose.services.minio.environment.MINIO_ROOT_USER));
    assert.equal(config.lake.s3.secret_access_key, composeValue(compose.services.minio.environment.MINIO_ROOT_PASSWORD));
    const bucket = new URL(config.lake.root).hostname;
    assert.equal(bucket, composeValue(compose.services['minio-init'].environment.LAKE_S3_BUCKET));
    assert.match(compose.services['minio-init'].entrypoint.join(' '), /mc mb --ignore-existing "local\/\$\$LAKE_S3_BUCKET"/);
    // Metrics: the daemon listens on all interfaces on the port compose publishes, Prometheus scrapes and the image health-checks.
    const metrics = config.observability.metrics;
    assert.equal(metrics.host, '0.0.0.0');
    assert.ok((lake.ports as string[]).some((p) => composeValue(p).endsWith(`:${metrics.port}`)), 'compose publishes the metrics port');
    const scrape = parse(read('deploy/compose/prometheus.yml'));
    assert.deepEqual(scrape.scrape_configs.find((c: { job_name: string }) => c.job_name === 'lake').static_configs[0].targets, [`lake:${metrics.port}`]);
    const dockerfile = read('Dockerfile');
    assert.match(dockerfile, new RegExp(`EXPOSE ${metrics.port}\\b`));
    assert.match(dockerfile, new RegExp(`127\\.0\\.0\\.1:${metrics.port}/healthz`));
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
    assert.equal(grafana.environment.PROMETHEUS_URL, `http://prometheus:${compose.services.prometheus.ports[0].split(':').at(-1).replace('"', '')}`);
  });
});
