/**
 * What a container (or any host) needs from a config beyond its shape, as `lake validate` checks it, and
 * `lake health`, the image's HEALTHCHECK, following the metrics port a config names.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir } from '../src/testing/lake.ts';
import { freePort } from '../src/testing/postgres.ts';

describe('lake validate and lake health', () => {
  const dirs: string[] = [];
  const temp = () => {
    const dir = makeTempDir('lake-validate-');
    dirs.push(dir);
    return dir;
  };
  after(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a config whose lake root cannot be created and whose local sources and reference files are missing', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'not-a-dir'), '');
    const file = path.join(dir, 'lake.yaml');
    writeFileSync(
      file,
      `lake:
  root: ./not-a-dir/lake
sources:
  trips: { type: csv, url: './missing/trips_{yyyy}-{mm}.csv' }
  remote: { type: csv, url: 'https://example.test/trips_{yyyy}-{mm}.csv' }
reference:
  zones: { path: ./zones.csv }
`,
    );
    const { code, stderr } = await runLake(['validate', '--config', file]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, new RegExp(`${file}: lake\\.root: .*not-a-dir/lake cannot be created: .*not-a-dir is not a directory`));
    assert.match(stderr, new RegExp(`${file}: sources\\.trips\\.url: the directory ${path.join(dir, 'missing')} does not exist`));
    assert.match(stderr, new RegExp(`${file}: reference\\.zones\\.path: the file ${path.join(dir, 'zones.csv')} does not exist`));
    assert.doesNotMatch(stderr, /sources\.remote/, 'remote sources are not contacted');
    assert.equal(stderr.split('\n').filter((l) => l.startsWith(file)).length, 3, 'each problem once');
  });

  it('accepts the same config once the root can be created and the files are there', async () => {
    const dir = temp();
    const file = path.join(dir, 'lake.yaml');
    writeFileSync(path.join(dir, 'zones.csv'), 'LocationID,Zone\n1,EWR\n');
    writeFileSync(file, `lake:\n  root: ./new/lake\nsources:\n  trips: { type: csv, url: './trips_{yyyy}-{mm}.csv' }\nreference:\n  zones: { path: ./zones.csv }\n`);
    const { code, stdout, stderr } = await runLake(['validate', '--config', file]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`lake root: ${path.join(dir, 'new', 'lake')}`));
  });

  it('reports healthy only while something answers /healthz on the port the config names', async () => {
    const port = await freePort();
    const file = path.join(temp(), 'lake.yaml');
    writeFileSync(file, `sources: {}\nobservability:\n  metrics: { host: 0.0.0.0, port: ${port} }\n`);
    const server = createServer((req, res) => res.writeHead(req.url === '/healthz' ? 200 : 404).end(req.url === '/healthz' ? 'ok\n' : ''));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const up = await runLake(['health', '--config', file]);
      assert.equal(up.code, 0, up.stderr);
      assert.equal(up.stdout, `http://127.0.0.1:${port}/healthz: 200 ok\n`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const down = await runLake(['health', '--config', file, '--timeout', '2000']);
    assert.equal(down.code, 1);
    assert.match(down.stderr, new RegExp(`^http://127\\.0\\.0\\.1:${port}/healthz: no answer \\(ECONNREFUSED\\); is \`lake run\` running with this config\\?\\n$`));
  });
});
