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
    assert.equal((set.config.sources.y as { url: string }).url, 'http://127.0.0.1:9/y_{yyyy}-{mm}.csv');
    const unset = parseConfig(yaml, FILE, { ROOT: '/data/lake' });
    assert.equal((unset.config.sources.y as { url: string }).url, 'https://example.test/y_{yyyy}-{mm}.csv');
  });

  it('names the key of a variable that is not set', () => {
    assert.deepEqual(problemsOf('lake:\n  root: ${NOPE}\n'), [
      'lake.root: environment variable NOPE is not set (use ${NOPE:-default} for a default)',
    ]);
  });

  it('names the file, the key path and what was expected for every problem', () => {
    const problems = problemsOf(
      'engine:\n  threads: two\nsources:\n  yellow:\n    type: csv\n    url: http://x/y.csv\n    colour: red\n  green:\n    type: xls\n',
    );
    assert.ok(problems.some((p) => p.startsWith('engine.threads: ') && /expected number/.test(p)), problems.join('\n'));
    assert.ok(problems.includes('sources.yellow.url: expected a URL or path template containing {yyyy} and {mm}'), problems.join('\n'));
    assert.ok(problems.includes("sources.yellow: unknown key 'colour'"), problems.join('\n'));
    // The source type decides which keys apply, so an unknown type is reported on its own.
    assert.ok(problems.some((p) => p.startsWith('sources.green.type: ') && /csv.*parquet.*postgres|"csv"\|"parquet"\|"postgres"/.test(p)), problems.join('\n'));
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
    assert.equal((config.sources.y as { url: string }).url, '/etc/lake/data/y_{yyyy}-{mm}.csv');
  });

  it('keeps an s3:// lake root as written, with S3 settings from the file and the environment', () => {
    const yaml = 'lake:\n  root: s3://lake-bucket/prod/lake\n  s3:\n    endpoint: ${S3_URL}\n    region: eu-west-1\n    access_key_id: ${KEY}\n    secret_access_key: ${SECRET}\n';
    const { lakeRoot, config } = parseConfig(yaml, FILE, { S3_URL: 'http://127.0.0.1:9000', KEY: 'k', SECRET: 's' });
    assert.equal(lakeRoot, 's3://lake-bucket/prod/lake');
    assert.deepEqual(config.lake.s3, {
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
      access_key_id: 'k',
      secret_access_key: 's',
      part_size_mb: 8,
      stale_upload_hours: 24,
    });
  });

  it('refuses malformed lake roots and half-given S3 credentials, naming the keys', () => {
    assert.deepEqual(problemsOf('lake:\n  root: gs://bucket/lake\n'), ['lake.root: expected a local directory or s3://bucket/prefix']);
    assert.deepEqual(problemsOf('lake:\n  root: s3://B/lake\n'), ['lake.root: expected a local directory or s3://bucket/prefix']);
    assert.deepEqual(problemsOf('lake:\n  s3:\n    access_key_id: k\n'), [
      'lake.s3.secret_access_key: expected access_key_id and secret_access_key together, or neither (the AWS credential chain)',
    ]);
    assert.deepEqual(problemsOf('lake:\n  s3:\n    part_size_mb: 1\n'), ['lake.s3.part_size_mb: Too small: expected number to be >=5']);
  });

  it('refuses an S3 lake prefix that would move its cache outside the work directory', () => {
    for (const root of ['s3://bucket/../../etc', 's3://bucket/a/./b', 's3://bucket/a//b']) {
      assert.deepEqual(problemsOf(`lake:\n  root: ${root}\n`), [
        "lake.root: expected an S3 prefix of plain names separated by single slashes (no '.', '..' or empty segments)",
      ]);
    }
    assert.equal(parseConfig('lake:\n  root: s3://bucket/lakes/prod/\n', FILE, {}).lakeRoot, 's3://bucket/lakes/prod/');
  });

  it('refuses source URLs lake cannot fetch instead of taking them for local paths', () => {
    const problems = problemsOf('sources:\n  y:\n    type: csv\n    url: s3://bucket/y_{yyyy}-{mm}.csv\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^sources\.y\.url: expected an http\(s\):\/\/ or file:\/\/ URL, or a local path \(other schemes such as s3:\/\/ or gs:\/\//);
  });

  it('takes ; tab and | as delimiters and refuses a quote', () => {
    assert.equal((parseConfig('sources:\n  y:\n    type: csv\n    url: ./y_{yyyy}-{mm}.csv\n    delimiter: "\\t"\n', FILE, {}).config.sources.y as { delimiter: string }).delimiter, '\t');
    assert.match(problemsOf(`sources:\n  y:\n    type: csv\n    url: ./y_{yyyy}-{mm}.csv\n    delimiter: '"'\n`)[0], /^sources\.y\.delimiter: expected one byte other than a quote/);
  });
});
