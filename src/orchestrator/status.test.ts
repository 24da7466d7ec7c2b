import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../config/index.ts';
import { freshnessOf } from './status.ts';

const config = parseConfig(
  `sources:
  yellow: { type: csv, url: 'http://x/{yyyy}-{mm}.csv', lag_months: 2, freshness_sla_days: 7 }
  green: { type: csv, url: 'http://x/g{yyyy}-{mm}.csv', lag_months: 1 }
`,
  '/etc/lake.yaml',
  {},
).config;
const now = new Date('2021-05-10T00:00:00Z');

describe('freshness', () => {
  it('is fresh when the newest month that should exist is there', () => {
    const f = freshnessOf(config, ['yellow'], { year: 2021, month: 3 }, now)!;
    assert.deepEqual([f.status, f.expected_month, f.due_at], ['fresh', '2021-03', '2021-05-01T00:00:00.000Z']);
  });

  it('waits within the SLA after the month became due, and is late after it', () => {
    assert.equal(freshnessOf(config, ['yellow'], { year: 2021, month: 2 }, new Date('2021-05-07T00:00:00Z'))!.status, 'waiting');
    const late = freshnessOf(config, ['yellow'], { year: 2021, month: 2 }, now)!;
    assert.equal(late.status, 'late');
    assert.equal(late.late_by_days, 2, 'due May 1st + 7 days, now May 10th');
    assert.equal(freshnessOf(config, ['yellow'], undefined, now)!.status, 'late', 'no partition at all');
  });

  it('does not judge a source without an SLA, and takes the strictest inputs for a table built from several', () => {
    assert.equal(freshnessOf(config, ['green'], { year: 2021, month: 3 }, now)!.status, 'no-sla');
    const both = freshnessOf(config, ['yellow', 'green'], { year: 2021, month: 3 }, now)!;
    assert.equal(both.expected_month, '2021-03', 'the month every input should have');
    assert.equal(both.status, 'fresh');
    assert.equal(both.sla_days, 7);
    assert.equal(freshnessOf(config, [], undefined, now), undefined);
  });
});
