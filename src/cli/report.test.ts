import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunPartition, RunRecord } from '../orchestrator/index.ts';
import { Progress } from './progress.ts';
import { monthRanges, renderRunReport } from './report.ts';

function partition(over: Partial<RunPartition>): RunPartition {
  return { layer: 'bronze', name: 'yellow', month: '2019-01', reason: 'missing', status: 'published', attempts: [], ...over };
}

function run(partitions: RunPartition[]): RunRecord {
  const counts: Record<string, number> = {};
  for (const p of partitions) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return {
    run_id: '20240501T090000.000Z-abcdef',
    kind: 'backfill',
    trigger: { command: 'lake backfill --layer bronze --from 2019-01 --to 2019-05' },
    owner: { pid: 1, host: 'h', command: 'lake backfill' },
    started_at: '2024-05-01T09:00:00.000Z',
    finished_at: '2024-05-01T09:00:12.300Z',
    duration_ms: 12_300,
    status: partitions.some((p) => p.status === 'failed') ? 'failed' : 'succeeded',
    options: {},
    partitions,
    counts,
  };
}

describe('reports', () => {
  it('folds consecutive months into ranges', () => {
    assert.equal(monthRanges(['2019-02', '2019-01', '2019-04', '2019-05', '2019-12', '2020-01']), '2019-01..2019-02, 2019-04..2019-05, 2019-12..2020-01');
    assert.equal(monthRanges(['2021-03']), '2021-03');
    assert.equal(monthRanges([]), '');
  });

  it('names each failure with its cause and remedy, and says what to do next', () => {
    const text = renderRunReport(
      run([
        partition({ month: '2019-01', rows_out: 9 }),
        partition({
          month: '2019-02',
          status: 'failed',
          attempts: [{ attempt: 1, started_at: '', duration_ms: 5, status: 'failed' }],
          error: { kind: 'bad-file', retry: 'needs-person', message: 'x.csv is an HTML page, not CSV data', remedy: 'check the source URL' },
        }),
        partition({ layer: 'silver', name: 'yellow_trips', month: '2019-02', status: 'skipped', detail: 'not built: bronze yellow 2019-02 failed' }),
      ]),
    );
    assert.match(text, /^Run 20240501T090000\.000Z-abcdef: backfill, FAILED$/m);
    assert.match(text, /3 partitions: 1 failed, 1 skipped, 1 published/);
    assert.match(text, /bronze yellow 2019-02: x\.csv is an HTML page, not CSV data\n {4}cause: bad-file \(a retry cannot fix it\), 1 attempt\n {4}do: check the source URL/);
    assert.match(text, /silver yellow_trips 2019-02: skipped, not built: bronze yellow 2019-02 failed/);
    assert.match(text, /bronze yellow 2019-01: 9 rows/);
    assert.match(text, /Next: fix the causes above, then run `lake backfill --retry-failed`/);
  });
});

describe('backfill progress', () => {
  it('prints plain lines, one per finished partition, when not on a terminal', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (t: string) => written.push(t), isTTY: false });
    const p = partition({ status: 'running' });
    const r = run([p]);
    progress.update(p, r);
    p.status = 'published';
    p.detail = '9 rows';
    progress.update(p, r);
    progress.update(p, r);
    progress.done();
    assert.deepEqual(written, ['bronze yellow 2019-01  published  9 rows\n']);
  });

  it('folds partitions with nothing to do into one line per table at the end', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (t: string) => written.push(t), isTTY: false });
    const quiet = ['2019-01', '2019-02', '2019-04'].map((month) => partition({ month, status: 'up-to-date' }));
    const r = run(quiet);
    for (const p of quiet) progress.update(p, r);
    assert.deepEqual(written, []);
    progress.done();
    assert.deepEqual(written, ['bronze yellow 2019-01..2019-02, 2019-04  up-to-date\n']);
  });

  it('redraws one bar in place on a terminal, above which finished partitions scroll', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (t: string) => written.push(t), isTTY: true, columns: 100 });
    const a = partition({ status: 'running' });
    const b = partition({ month: '2019-02', status: 'planned' });
    const r = run([a, b]);
    progress.update(a, r);
    assert.match(written.at(-1)!, /^\r\x1b\[2K\[-{24}\] 0\/2 {2}building bronze yellow 2019-01$/);
    a.status = 'failed';
    a.detail = 'boom';
    progress.update(a, r);
    assert.ok(written.includes('bronze yellow 2019-01  FAILED  boom\n'));
    assert.match(written.at(-1)!, /\[#{12}-{12}\] 1\/2 {2}1 failed/);
    progress.done();
    assert.equal(written.at(-1), '\r\x1b[2K');
  });
});
