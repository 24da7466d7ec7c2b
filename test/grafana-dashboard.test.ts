/**
 * The Grafana dashboard loads, and neither it nor any alert rule (Prometheus or Grafana-managed) queries a
 * metric, or a label of a metric, that the daemon does not expose: every PromQL expression is read for
 * its selectors and compared with the daemon's own prom-client registry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseConfig } from '../src/config/index.ts';
import { LakeMetrics } from '../src/observability/metrics.ts';
import { openStorage } from '../src/storage/index.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import { selectorsOf, selectorsOfVariableQuery, type Selector } from '../src/testing/promql.ts';

const DEPLOY = path.join(REPO_ROOT, 'deploy');
/** Labels every scraped series gets from Prometheus. */
const TARGET_LABELS = ['job', 'instance'];

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { type: string; uid: string };
  targets?: Array<{ refId: string; expr: string; datasource?: { uid: string } }>;
  panels?: Panel[];
}

const dashboard = () =>
  JSON.parse(readFileSync(path.join(DEPLOY, 'grafana', 'dashboards', 'lake.json'), 'utf8')) as {
    uid: string;
    title: string;
    schemaVersion: number;
    panels: Panel[];
    templating: { list: Array<{ name: string; type: string; query: string | { query: string }; current?: { value: string } }> };
  };

function panelsOf(panels: Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);
}

/** Every metric the daemon exposes, with the labels each series may carry. */
function exposedMetrics(): Map<string, Set<string>> {
  const dir = makeTempDir();
  const { config } = parseConfig(
    `lake: { root: ./lake }
sources:
  shop: { type: postgres, connection: 'postgres://x@127.0.0.1:1/x', publication: p, slot: s, tables: [{ name: t }] }
  yellow: { type: csv, url: '/x/{yyyy}-{mm}.csv' }
`,
    path.join(dir, 'lake.yaml'),
  );
  const metrics = new LakeMetrics({ config, storage: openStorage(path.join(dir, 'lake')) });
  const exposed = new Map<string, Set<string>>();
  for (const metric of metrics.registry.getMetricsAsArray()) {
    const { name, type } = metric as unknown as { name: string; type: string };
    const labels = new Set([...((metric as unknown as { labelNames?: string[] }).labelNames ?? []), ...TARGET_LABELS]);
    if (type === 'histogram') {
      exposed.set(`${name}_bucket`, new Set([...labels, 'le']));
      exposed.set(`${name}_sum`, labels);
      exposed.set(`${name}_count`, labels);
    } else {
      exposed.set(name, labels);
    }
  }
  // Prometheus' own per-target series.
  exposed.set('up', new Set(TARGET_LABELS));
  return exposed;
}

function assertExposed(selectors: Selector[], where: string, exposed: Map<string, Set<string>>): void {
  assert.ok(selectors.length > 0, `${where}: no metric found in its query`);
  for (const { metric, labels } of selectors) {
    const known = exposed.get(metric);
    assert.ok(known, `${where}: queries ${metric}, which the daemon does not expose`);
    for (const label of labels) assert.ok(known.has(label), `${where}: ${metric} has no label ${label}`);
  }
}

describe('the Grafana dashboard and the alert rules', () => {
  it('reads metric names and matcher labels out of PromQL', () => {
    assert.deepEqual(
      selectorsOf('histogram_quantile(0.95, sum by (le, layer) (rate(lake_job_duration_seconds_bucket{instance=~"$instance"}[$__rate_interval])))'),
      [{ metric: 'lake_job_duration_seconds_bucket', labels: ['instance'] }],
    );
    assert.deepEqual(
      selectorsOf('(up{job="lake"} == bool 0) or absent(up{job="lake"}) and on(job) x_total offset 5m > 1e3'),
      [
        { metric: 'up', labels: ['job'] },
        { metric: 'up', labels: ['job'] },
        { metric: 'x_total', labels: [] },
      ],
    );
    assert.deepEqual(selectorsOf('{__name__="lake_rows_total", layer="gold"}'), [{ metric: 'lake_rows_total', labels: ['layer'] }]);
    assert.deepEqual(selectorsOfVariableQuery('label_values(up{job="lake"}, instance)'), [{ metric: 'up', labels: ['job'] }]);
  });

  it('the dashboard loads: unique panel ids, panels inside the 24-column grid, every query on the templated data source', () => {
    const d = dashboard();
    assert.equal(d.uid, 'lake-overview');
    assert.ok(d.schemaVersion >= 36);
    const panels = panelsOf(d.panels);
    assert.equal(new Set(panels.map((p) => p.id)).size, panels.length, 'panel ids are unique');
    for (const p of panels) {
      assert.ok(p.gridPos.x >= 0 && p.gridPos.w > 0 && p.gridPos.x + p.gridPos.w <= 24, `${p.title}: gridPos`);
      if (p.type === 'row' || p.type === 'alertlist') continue;
      assert.ok(p.targets && p.targets.length > 0, `${p.title}: no query`);
      for (const t of p.targets) {
        assert.equal(t.datasource?.uid ?? p.datasource?.uid, '${datasource}', `${p.title} ${t.refId}: data source`);
        assert.ok(t.expr.trim().length > 0, `${p.title} ${t.refId}: empty expr`);
      }
    }
    const datasourceVar = d.templating.list.find((v) => v.name === 'datasource');
    const provisioned = parse(readFileSync(path.join(DEPLOY, 'grafana', 'provisioning', 'datasources', 'lake-prometheus.yml'), 'utf8')) as { datasources: Array<{ uid: string; type: string }> };
    assert.equal(provisioned.datasources[0].type, 'prometheus');
    assert.equal(datasourceVar?.current?.value, provisioned.datasources[0].uid, 'the dashboard defaults to the provisioned data source');
    const providers = parse(readFileSync(path.join(DEPLOY, 'grafana', 'provisioning', 'dashboards', 'lake.yml'), 'utf8')) as { providers: Array<{ type: string; options: { path: string } }> };
    assert.equal(providers.providers[0].type, 'file');
  });

  it('shows lag, freshness against SLA, throughput, quarantine, run outcomes and durations', () => {
    const exprs = panelsOf(dashboard().panels).flatMap((p) => p.targets ?? []).map((t) => t.expr).join('\n');
    for (const needed of [
      'lake_cdc_lag_seconds',
      'lake_cdc_lag_bytes',
      'lake_cdc_slot_retained_wal_bytes',
      'lake_table_freshness_seconds',
      'lake_table_freshness_sla_seconds',
      'lake_rows_total',
      'outcome="quarantined"',
      'lake_runs_total',
      'lake_job_duration_seconds_bucket',
      'lake_run_duration_seconds_bucket',
      'lake_last_success_timestamp_seconds',
    ]) {
      assert.ok(exprs.includes(needed), `the dashboard does not show ${needed}`);
    }
  });

  it('every metric and label the dashboard and the rules query is one the daemon exposes', () => {
    const exposed = exposedMetrics();
    const d = dashboard();
    for (const p of panelsOf(d.panels)) {
      for (const t of p.targets ?? []) assertExposed(selectorsOf(t.expr), `dashboard panel "${p.title}" ${t.refId}`, exposed);
    }
    for (const v of d.templating.list.filter((v) => v.type === 'query')) {
      const query = typeof v.query === 'string' ? v.query : v.query.query;
      assertExposed(selectorsOfVariableQuery(query), `dashboard variable $${v.name}`, exposed);
    }
    const prometheus = parse(readFileSync(path.join(DEPLOY, 'prometheus', 'lake.rules.yml'), 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
    for (const rule of prometheus.groups.flatMap((g) => g.rules)) assertExposed(selectorsOf(rule.expr), `Prometheus rule ${rule.alert}`, exposed);
    const grafana = parse(readFileSync(path.join(DEPLOY, 'grafana', 'provisioning', 'alerting', 'lake-alerts.yml'), 'utf8')) as {
      groups: Array<{ rules: Array<{ title: string; data: Array<{ model: { expr?: string } }> }> }>;
    };
    for (const rule of grafana.groups.flatMap((g) => g.rules)) {
      for (const d of rule.data) if (d.model.expr) assertExposed(selectorsOf(d.model.expr), `Grafana rule ${rule.title}`, exposed);
    }
  });
});
