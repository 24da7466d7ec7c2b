/**
 * CSV ingests stream the normaliser's output into DuckDB through a FIFO, and each streamed COPY holds a
 * libuv pool thread while it waits for its normaliser. Many ingests at once in one process (a daemon with
 * a high jobs.concurrency, a backfill with --concurrency) must all finish: the ones beyond the pool's
 * share write their canonical CSV to a file instead of waiting on each other.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth } from '../src/bronze/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';

const INGESTS = 6;
const ROWS = 40_000;

describe('many CSV ingests at once in one process', () => {
  const lakes: TestLake[] = [];
  before(async () => {
    for (let i = 0; i < INGESTS; i++) {
      const lake = await makeTestLake(`engine:\n  threads: 1\n  memory_limit: 256MB\nsources:\n  trips:\n    type: csv\n    url: ./data/trips_{yyyy}-{mm}.csv\n`);
      mkdirSync(path.join(lake.dir, 'data'));
      // Several MiB each, far more than a pipe holds, so every streamed COPY waits on its normaliser.
      const rows = Array.from({ length: ROWS }, (_, r) => `${i},2021-03-01 00:${String(r % 60).padStart(2, '0')}:00,${r},${'x'.repeat(80)}`);
      writeFileSync(path.join(lake.dir, 'data', 'trips_2021-03.csv'), `lake,pickup,n,pad\r\n${rows.join('\r\n')}\r\n`);
      lakes.push(lake);
    }
  });
  after(async () => {
    for (const lake of lakes) await lake.cleanup();
  });

  it(`all publish every row, ${INGESTS} at once`, { timeout: 60_000 }, async () => {
    const results = await Promise.all(lakes.map((lake) => ingestBronzeMonth(lake.runtime, 'trips', parseMonth('2021-03'))));
    for (const [i, result] of results.entries()) {
      assert.equal(result.status, 'published');
      if (result.status !== 'published') continue;
      assert.equal(result.manifest.rows, ROWS);
      const file = await lakes[i].runtime.storage.localPath(result.manifest.key);
      const [row] = await lakes[i].runtime.engine.all(`SELECT count(*)::INTEGER AS n, count(DISTINCT _row)::INTEGER AS rows, min(lake) AS lake FROM '${file}'`);
      assert.deepEqual(row, { n: ROWS, rows: ROWS, lake: String(i) });
    }
  });
});
