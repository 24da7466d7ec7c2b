import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { LocalStorage } from '../storage/local.ts';
import { RUNS_PREFIX, type LakeStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { readRun, RunRecorder, listRunIds, type RunPartition } from './history.ts';

/** Counts what reaches the storage under the runs prefix. */
function counting(storage: LakeStorage): { storage: LakeStorage; writes: () => number; bytes: () => number } {
  let writes = 0;
  let bytes = 0;
  const wrapped: LakeStorage = Object.create(storage);
  wrapped.writeText = async (key, text) => {
    if (key.startsWith(RUNS_PREFIX)) {
      writes++;
      bytes += Buffer.byteLength(text);
    }
    return storage.writeText(key, text);
  };
  return { storage: wrapped, writes: () => writes, bytes: () => bytes };
}

describe('run history', () => {
  let dir: string;
  let local: LakeStorage;

  before(() => {
    dir = makeTempDir('lake-history-');
    local = new LocalStorage(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes bytes in proportion to the partitions of a run, not their square', async () => {
    const { storage, writes, bytes } = counting(local);
    const recorder = new RunRecorder(storage, { kind: 'backfill', trigger: { command: 'lake backfill' }, options: {}, command: 'test' });
    const entries: RunPartition[] = [];
    for (let i = 0; i < 400; i++) {
      entries.push(recorder.add({ layer: 'silver', name: 'trips', month: `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, reason: 'requested', status: 'planned', attempts: [] }));
    }
    await recorder.save();
    for (const entry of entries) {
      entry.status = 'running';
      void recorder.saveEntry(entry);
      entry.attempts.push({ attempt: 1, started_at: new Date().toISOString(), duration_ms: 5, status: 'published' });
      entry.status = 'published';
      entry.rows_out = 1000;
      void recorder.saveEntry(entry);
    }
    const record = await recorder.finish();
    const finalSize = Buffer.byteLength(JSON.stringify(record, null, 2));
    assert.equal(writes(), 2 + 2 * entries.length);
    // Two whole records plus two small objects per partition; rewriting the record per change was ~800 records.
    assert.ok(bytes() < 4 * finalSize, `${bytes()} bytes written for a ${finalSize}-byte record`);
    assert.deepEqual(await local.list(`${RUNS_PREFIX}${record.run_id}/`), [], 'partition objects are removed at finish');
    assert.equal((await readRun(local, record.run_id))!.counts.published, 400);
  });

  it('shows an unfinished run with each partition in its latest saved state', async () => {
    const recorder = new RunRecorder(local, { kind: 'backfill', trigger: { command: 'lake backfill' }, options: {}, command: 'test' });
    const a = recorder.add({ layer: 'bronze', name: 'yellow', month: '2021-03', reason: 'requested', status: 'planned', attempts: [] });
    recorder.add({ layer: 'silver', name: 'trips', month: '2021-03', reason: 'downstream', status: 'planned', attempts: [] });
    await recorder.save();
    a.status = 'published';
    await recorder.saveEntry(a);
    const seen = (await readRun(local, recorder.runId))!;
    assert.deepEqual(
      seen.partitions.map((p) => p.status),
      ['published', 'planned'],
    );
    assert.equal(seen.counts.published, 1);
    assert.ok((await listRunIds(local)).includes(recorder.runId));
    assert.equal((await listRunIds(local)).filter((id) => id.includes('/')).length, 0);
  });
});
