import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMonth } from '../storage/index.ts';
import { dueAt, expectedMonth, missedTicks, nextTicks, shiftedClock } from './schedule.ts';

const at = (iso: string) => new Date(iso);

describe('schedule time', () => {
  it('expects the month lag_months before the current one', () => {
    assert.equal(formatMonth(expectedMonth(at('2021-03-15T09:00:00Z'), 2)), '2021-01');
    assert.equal(formatMonth(expectedMonth(at('2021-03-15T09:00:00Z'), 0)), '2021-03');
    assert.equal(formatMonth(expectedMonth(at('2021-01-31T23:59:59Z'), 2)), '2020-11');
    assert.equal(formatMonth(expectedMonth(at('2021-01-01T00:00:00Z'), 13)), '2019-12');
  });

  it('makes a month due on the first day of the month lag_months after it', () => {
    assert.equal(dueAt({ year: 2021, month: 1 }, 2).toISOString(), '2021-03-01T00:00:00.000Z');
    assert.equal(dueAt({ year: 2020, month: 12 }, 1).toISOString(), '2021-01-01T00:00:00.000Z');
  });

  it('finds the ticks missed between two instants, grouped by month, the end included and the start not', () => {
    const groups = missedTicks('0 9 1 * *', at('2019-02-01T09:00:00Z'), at('2019-04-01T09:00:00Z'));
    assert.deepEqual(
      groups.map((g) => [g.month, g.count, g.last.toISOString()]),
      [
        ['2019-03', 1, '2019-03-01T09:00:00.000Z'],
        ['2019-04', 1, '2019-04-01T09:00:00.000Z'],
      ],
    );
  });

  it('counts every tick of a long outage without visiting each one', () => {
    const groups = missedTicks('0 9 * * *', at('2020-01-01T10:00:00Z'), at('2021-01-01T08:00:00Z'));
    assert.equal(groups.length, 12);
    assert.equal(groups[0].count, 30, 'January 2 to 31');
    assert.equal(groups[1].count, 29, '2020 is a leap year');
    assert.equal(groups.reduce((n, g) => n + g.count, 0), 365);
    assert.equal(groups.at(-1)!.last.toISOString(), '2020-12-31T09:00:00.000Z');
    const started = Date.now();
    const decade = missedTicks('*/10 * * * * *', at('2010-01-01T00:00:00Z'), at('2019-12-31T23:59:59Z'));
    assert.equal(decade.length, 120);
    assert.equal(decade.reduce((n, g) => n + g.count, 0), 3652 * 8640 - 1, 'the tick at the start instant is not missed');
    assert.ok(Date.now() - started < 5000, 'a decade of 10-second ticks is enumerated day by day');
  });

  it('handles second-level expressions and the special day tokens the live scheduler knows', () => {
    const seconds = missedTicks('*/2 * * * * *', at('2021-05-05T10:00:00Z'), at('2021-05-05T10:00:10Z'));
    assert.equal(seconds[0].count, 5);
    const lastDays = missedTicks('0 0 L * *', at('2021-01-01T00:00:00Z'), at('2021-04-01T00:00:00Z'));
    assert.deepEqual(lastDays.map((g) => g.last.toISOString().slice(0, 10)), ['2021-01-31', '2021-02-28', '2021-03-31']);
  });

  it('lists the next ticks strictly after an instant', () => {
    assert.deepEqual(
      nextTicks('0 10 * * *', at('2021-03-15T10:00:00Z'), 2).map((d) => d.toISOString()),
      ['2021-03-16T10:00:00.000Z', '2021-03-17T10:00:00.000Z'],
    );
    assert.deepEqual(nextTicks('0 0 29 2 *', at('2023-01-01T00:00:00Z'), 1).map((d) => d.toISOString()), ['2024-02-29T00:00:00.000Z']);
  });

  it('shifts a clock by whole seconds and lets it run', async () => {
    const clock = shiftedClock(at('2019-03-10T00:00:00Z'));
    const first = clock.now().getTime();
    assert.ok(Math.abs(first - Date.parse('2019-03-10T00:00:00Z')) <= 500);
    await new Promise((r) => setTimeout(r, 30));
    assert.ok(clock.now().getTime() > first);
  });
});
