import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from './index.ts';

const FILE = '/etc/lake/lake.yaml';

function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfig(yaml, FILE, env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    assert.equal(error.file, FILE);
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
  assert.fail('config was accepted');
}

describe('config', () => {
  it('fills documented defaults for an empty file', () => {
    const { config, lakeRoot } = parseConfig('', FILE, {});
    assert.equal(lakeRoot, '/etc/lake/lake-data');
    assert.equal(config.engine.threads, 2);
    assert.equal(config.http.retry.attempts, 5);
    assert.deepEqual(config.sources, {});
  });

  it('interpolates ${VAR} and ${VAR:-default} from the environment', () => {
    const yaml = `lake:\n  root: \${ROOT}\nsources:\n  y:\n    type: csv\n    url: \${BASE:-https://example.test}/y_{yyyy}-{mm}.csv\n`;
    const set = parseConfig(yaml, FILE, { ROOT: '/data/lake', BASE: 'http://127.0.0.1:9' });
    assert.equal(set.lakeRoot, '/data/lake');
    assert.equal(set.config.sources.y.url, 'http://127.0.0.1:9/y_{yyyy}-{mm}.csv');
    const unset = parseConfig(yaml, FILE, { ROOT: '/data/lake' });
    assert.equal(unset.config.sources.y.url, 'https://example.test/y_{yyyy}-{mm}.csv');
  });

  it('names the key of a variable that is not set', () => {
    assert.deepEqual(problemsOf('lake:\n  root: ${NOPE}\n'), [
      'lake.root: environment variable NOPE is not set (use ${NOPE:-default} for a default)',
    ]);
  });

  it('names the file, the key path and what was expected for every problem', () => {
    const problems = problemsOf(
      'engine:\n  threads: two\nsources:\n  yellow:\n    type: xls\n    url: http://x/y.csv\n    colour: red\n',
    );
    assert.ok(problems.some((p) => p.startsWith('engine.threads: ') && /expected number/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('sources.yellow.type: ')), problems.join('\n'));
    assert.ok(problems.includes('sources.yellow.url: expected a URL or path template containing {yyyy} and {mm}'));
    assert.ok(problems.includes("sources.yellow: unknown key 'colour'"));
  });

  it('puts the file name on every line of the message', () => {
    try {
      parseConfig('engine:\n  memory_limit: lots\n', FILE, {});
      assert.fail('accepted');
    } catch (error) {
      assert.match((error as Error).message, /\/etc\/lake\/lake\.yaml: engine\.memory_limit: expected a size such as 512MB/);
    }
  });

  it('refuses YAML syntax errors', () => {
    assert.match(problemsOf('sources: [\n')[0], /YAML syntax/);
  });

  it('resolves local source paths against the config file', () => {
    const { config } = parseConfig('sources:\n  y:\n    type: csv\n    url: data/y_{yyyy}-{mm}.csv\n', FILE, {});
    assert.equal(config.sources.y.url, '/etc/lake/data/y_{yyyy}-{mm}.csv');
  });
});
