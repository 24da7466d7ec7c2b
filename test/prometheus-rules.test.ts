/**
 * The shipped Prometheus files are valid and the alert rules behave: `promtool check` on the config and
 * rules, `promtool test rules` on their unit tests, and the Grafana-managed copies of the rules carry the
 * same alerts with valid PromQL. promtool comes with the Debian package `prometheus` (.ci/run installs it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';

const PROMETHEUS_DIR = path.join(REPO_ROOT, 'deploy', 'prometheus');
const GRAFANA_RULES = path.join(REPO_ROOT, 'deploy', 'grafana', 'provisioning', 'alerting', 'lake-alerts.yml');
const run = promisify(execFile);

async function promtool(...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run('promtool', args, { cwd: PROMETHEUS_DIR });
    return stdout + stderr;
  } catch (error) {
    const e = error as { code?: string; stdout?: string; stderr?: string; message: string };
    if (e.code === 'ENOENT') assert.fail('promtool is not installed: apt-get install prometheus (Debian), or see .ci/run');
    assert.fail(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

interface PromRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const prometheusRules = (): PromRule[] => (parse(readFileSync(path.join(PROMETHEUS_DIR, 'lake.rules.yml'), 'utf8')) as { groups: Array<{ rules: PromRule[] }> }).groups.flatMap((g) => g.rules);

describe('the shipped Prometheus config and alert rules', () => {
  it('pass promtool check (config and rules)', async () => {
    assert.match(await promtool('check', 'rules', 'lake.rules.yml'), /SUCCESS: 8 rules found/);
    assert.match(await promtool('check', 'config', 'prometheus.yml'), /SUCCESS/);
  });

  it('pass their promtool unit tests', async () => {
    assert.match(await promtool('test', 'rules', 'lake.rules.test.yml'), /SUCCESS/);
  });

  it('cover what the issue asks to be paged for, each unit-tested', () => {
    const names = prometheusRules().map((r) => r.alert);
    for (const required of ['LakeDown', 'LakeFreshnessSLABreached', 'LakeCdcLagHigh', 'LakeCdcSlotRetainedWalHigh', 'LakeCdcSlotInactive', 'LakeJobsFailing', 'LakeQualityCheckFailed']) {
      assert.ok(names.includes(required), `missing alert ${required}`);
    }
    const tests = parse(readFileSync(path.join(PROMETHEUS_DIR, 'lake.rules.test.yml'), 'utf8')) as { tests: Array<{ alert_rule_test: Array<{ alertname: string; exp_alerts: unknown[] }> }> };
    const fired = new Set(tests.tests.flatMap((t) => t.alert_rule_test.filter((a) => a.exp_alerts.length > 0).map((a) => a.alertname)));
    assert.deepEqual([...fired].sort(), [...names].sort(), 'every alert has a test in which it fires');
  });

  it('are mirrored by the Grafana-managed rules: same alerts, for, labels and descriptions, valid PromQL', async () => {
    const grafana = parse(readFileSync(GRAFANA_RULES, 'utf8')) as {
      apiVersion: number;
      groups: Array<{ name: string; folder: string; interval: string; rules: Array<{ uid: string; title: string; condition: string; for: string; labels: Record<string, string>; annotations: Record<string, string>; data: Array<{ refId: string; datasourceUid: string; model: { expr?: string; type?: string; expression?: string } }> }> }>;
    };
    assert.equal(grafana.apiVersion, 1);
    const rules = grafana.groups.flatMap((g) => g.rules);
    const byTitle = new Map(rules.map((r) => [r.title, r]));
    assert.equal(new Set(rules.map((r) => r.uid)).size, rules.length, 'uids are unique');
    for (const prom of prometheusRules()) {
      const mirror = byTitle.get(prom.alert);
      assert.ok(mirror, `Grafana has no rule ${prom.alert}`);
      assert.equal(mirror.for, prom.for ?? '0m', `${prom.alert}: for`);
      assert.deepEqual(mirror.labels, prom.labels, `${prom.alert}: labels`);
      assert.equal(mirror.annotations.description, prom.annotations?.description, `${prom.alert}: description`);
      const query = mirror.data.find((d) => d.model.expr);
      assert.equal(query?.datasourceUid, 'lake-prometheus');
      const condition = mirror.data.find((d) => d.refId === mirror.condition);
      assert.equal(condition?.model.type, 'threshold');
      assert.equal(condition?.model.expression, query?.refId);
    }
    assert.equal(rules.length, prometheusRules().length);

    // Their PromQL, checked by promtool as recording rules.
    const dir = makeTempDir('lake-grafana-rules-');
    const file = path.join(dir, 'grafana-exprs.yml');
    writeFileSync(file, stringify({ groups: [{ name: 'grafana', rules: rules.map((r) => ({ record: `grafana:${r.uid.replaceAll('-', '_')}`, expr: r.data.find((d) => d.model.expr)!.model.expr })) }] }));
    assert.match(await promtool('check', 'rules', file), /SUCCESS/);
  });
});
