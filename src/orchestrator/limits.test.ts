import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobLimits, Slots } from './limits.ts';

describe('job limits', () => {
  it('never runs more jobs than the global limit', async () => {
    const limits = new JobLimits(new Slots(2), {});
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const release = await limits.acquire(undefined, []);
        running++;
        most = Math.max(most, running);
        await sleep(5);
        running--;
        release();
      }),
    );
    assert.equal(most, 2);
  });

  it('applies a source limit below the global one', async () => {
    const limits = new JobLimits(new Slots(4), { yellow: 1 });
    const running = { yellow: 0, green: 0 };
    const most = { yellow: 0, green: 0 };
    await Promise.all(
      (['yellow', 'yellow', 'yellow', 'green', 'green', 'green'] as const).map(async (source) => {
        const release = await limits.acquire(source, []);
        running[source]++;
        most[source] = Math.max(most[source], running[source]);
        await sleep(10);
        running[source]--;
        release();
      }),
    );
    assert.equal(most.yellow, 1);
    assert.equal(most.green, 3);
  });

  it('serves waiters by priority, then in arrival order', async () => {
    const slots = new Slots(1);
    const hold = await slots.acquire([0]);
    const order: string[] = [];
    const wait = (name: string, priority: number[]) => slots.acquire(priority).then((release) => (order.push(name), release()));
    const all = Promise.all([wait('2021-03 bronze', [3, 0]), wait('2021-01 gold', [1, 2]), wait('2021-01 silver', [1, 1]), wait('2021-03 bronze again', [3, 0])]);
    hold();
    await all;
    assert.deepEqual(order, ['2021-01 silver', '2021-01 gold', '2021-03 bronze', '2021-03 bronze again']);
  });

  it('drops a waiter that is cancelled, and gives its turn to the next', async () => {
    const slots = new Slots(1);
    const hold = await slots.acquire();
    const controller = new AbortController();
    const cancelled = slots.acquire([0], controller.signal);
    const next = slots.acquire([1]);
    controller.abort();
    await assert.rejects(cancelled, /stopped waiting/);
    hold();
    const release = await next;
    assert.equal(slots.running, 1);
    release();
    release();
    assert.equal(slots.running, 0, 'releasing twice gives back one slot');
  });
});
