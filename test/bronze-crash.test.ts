/**
 * A writer killed with SIGKILL at any instant, including mid-publish, leaves the previous version of the
 * partition whole and readable through the lake's views, and the next build leaves no stray file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth, readBronzeManifest } from '../src/bronze/index.ts';
import { attachLakeViews } from '../src/engine/views.ts';
import { openRuntime } from '../src/orchestrator/runtime.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTestLake, REPO_ROOT, type TestLake } from '../src/testing/lake.ts';

const MONTH = parseMonth('2021-03');
const BIG_ROWS = 300_000;
const CHILD = path.join(REPO_ROOT, 'src/testing/ingest-child.ts');

function startChild(configFile: string, pause: boolean) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configFile, 'trips', '2021-03', ...(pause ? ['pause'] : [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string) => {
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`child exited before '${text}': ${output}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

describe('a writer killed mid-publish', () => {
  let lake: TestLake;
  let dataDir: string;

  before(async () => {
    lake = await makeTestLake(`sources:\n  trips:\n    type: csv\n    url: ./src/trips_{yyyy}-{mm}.csv\n`);
    dataDir = path.join(lake.dir, 'src');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'trips_2021-03.csv'), 'id,fare\r\n1,10.5\r\n2,7.25\r\n3,3\r\n');
    const first = await ingestBronzeMonth(lake.runtime, 'trips', MONTH);
    assert.equal(first.status, 'published');
    // The next version is large enough that a kill lands inside the write.
    const lines = ['id,fare'];
    for (let i = 0; i < BIG_ROWS; i++) lines.push(`${i},${(i % 997) / 10}`);
    writeFileSync(path.join(dataDir, 'trips_2021-03.csv'), lines.join('\r\n') + '\r\n');
  });

  after(async () => lake?.cleanup());

  const partitionDir = () => path.join(lake.dir, 'lake', 'bronze', 'trips', 'year=2021', 'month=03');

  /** What `lake query` sees. */
  async function readerSees(): Promise<number> {
    await attachLakeViews(lake.runtime.engine, lake.runtime.storage);
    const { n } = await lake.runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM bronze.trips`);
    return Number(n);
  }

  async function onlyTheManifestsFile(): Promise<void> {
    const manifest = (await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!;
    assert.deepEqual(readdirSync(partitionDir()), [manifest.key.split('/').at(-1)]);
  }

  it('keeps the previous version when killed after the new file is written but before it replaces the old', async () => {
    const batchBefore = (await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!.batch_id;
    const run = startChild(lake.configFile, true);
    await run.waitFor('PAUSED');
    const temp = run.output().split('PAUSED ')[1].trim();
    assert.ok(existsSync(temp), 'the complete new file is staged next to the old one');
    run.child.kill('SIGKILL');
    await run.exited;

    assert.equal(await readerSees(), 3);
    assert.equal((await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!.batch_id, batchBefore);
    assert.deepEqual(await lake.runtime.storage.list('bronze/trips/'), [(await readBronzeManifest(lake.runtime.storage, 'trips', MONTH))!.key]);

    // The next start clears the dead writer's temporary.
    const reopened = await openRuntime(lake.configFile);
    await reopened.close();
    assert.equal(existsSync(temp), false);
    await onlyTheManifestsFile();
  });

  it('leaves the old or the new version, whole, when killed at any instant', async () => {
    const seen = new Set<number>();
    for (const delayMs of [150, 400, 700, 1000, 1300, 1600]) {
      const run = startChild(lake.configFile, false);
      await run.waitFor('STARTED');
      await new Promise((r) => setTimeout(r, delayMs));
      run.child.kill('SIGKILL');
      await run.exited;
      const rows = await readerSees();
      assert.ok(rows === 3 || rows === BIG_ROWS, `after a kill at ${delayMs} ms a reader saw ${rows} rows`);
      seen.add(rows);
      if (rows === BIG_ROWS) break;
    }
    // Whatever the kills did, a clean run publishes the new version completely.
    const done = startChild(lake.configFile, false);
    assert.equal(await done.exited, 0, done.output());
    assert.equal(await readerSees(), BIG_ROWS);
    const reopened = await openRuntime(lake.configFile);
    await reopened.close();
    await onlyTheManifestsFile();
    assert.ok(seen.size >= 1);
  });
});
