import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventBus, type PipelineEvent } from '../events/index.ts';
import { LocalStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { lockKey } from '../storage/index.ts';
import { PartitionLocks, type LockRecord } from './locks.ts';

const OPTIONS = { heartbeat_ms: 20, stale_after_ms: 200, poll_ms: 10 };
const PARTITION = { layer: 'bronze' as const, name: 'yellow', month: '2021-03' };
const KEY = lockKey('bronze', 'yellow', '2021-03');

function setup() {
  const storage = new LocalStorage(path.join(makeTempDir('lake-locks-'), 'root'));
  const events = new EventBus();
  const seen: PipelineEvent[] = [];
  events.on((e) => seen.push(e));
  const locks = (command: string) => new PartitionLocks(storage, { command }, OPTIONS, events);
  return { storage, seen, locks };
}

function foreignLock(overrides: Partial<LockRecord['owner']>, heartbeatAgoMs: number): string {
  const at = new Date(Date.now() - heartbeatAgoMs).toISOString();
  return JSON.stringify({
    token: 'foreign-token',
    key: KEY,
    partition: PARTITION,
    owner: { pid: 999_999_999, host: os.hostname(), command: 'lake backfill', ...overrides },
    acquired_at: at,
    heartbeat_at: at,
  });
}

describe('partition locks', () => {
  it('makes a second owner wait until the first releases', async () => {
    const { locks, seen } = setup();
    const first = await locks('daemon').acquire(KEY, PARTITION);
    let secondHeld = false;
    const second = locks('backfill')
      .acquire(KEY, PARTITION)
      .then((held) => {
        secondHeld = true;
        return held;
      });
    await sleep(100);
    assert.equal(secondHeld, false, 'the second owner waits while the first holds the lock');
    assert.ok(seen.some((e) => e.type === 'lock.waiting' && e.holder.command === 'daemon'));
    await first.release();
    const held = await second;
    assert.equal(secondHeld, true);
    await held.release();
  });

  it('lets exactly one of many contenders hold the lock at any time', async () => {
    const { locks } = setup();
    let inside = 0;
    let most = 0;
    let entered = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        for (let round = 0; round < 3; round++) {
          const held = await locks(`contender ${i}`).acquire(KEY, PARTITION);
          inside++;
          entered++;
          most = Math.max(most, inside);
          await sleep(5);
          inside--;
          await held.release();
        }
      }),
    );
    assert.equal(entered, 18);
    assert.equal(most, 1);
  });

  it('recovers at once a lock whose owner process on this host is gone', async () => {
    const { storage, locks, seen } = setup();
    await storage.writeText(KEY, foreignLock({}, 0));
    const held = await locks('daemon').acquire(KEY, PARTITION);
    const recovered = seen.find((e) => e.type === 'lock.recovered');
    assert.ok(recovered && recovered.type === 'lock.recovered');
    assert.match(recovered.reason, /pid 999999999 .* no longer running/);
    assert.equal(JSON.parse((await storage.readText(KEY))!).token, held.token);
    await held.release();
    assert.equal(await storage.exists(KEY), false);
    assert.deepEqual(await storage.list('_lake/locks/'), [], 'no break marker is left behind');
  });

  it("respects a live owner on another host, and recovers its lock once the heartbeat is older than stale_after_ms", async () => {
    const { storage, locks } = setup();
    await storage.writeText(KEY, foreignLock({ host: 'another-host', pid: 1 }, 0));
    const live = await locks('daemon').tryAcquire(KEY, PARTITION);
    assert.ok(!('release' in live), 'a fresh heartbeat on another host is respected');
    await storage.writeText(KEY, foreignLock({ host: 'another-host', pid: 1 }, OPTIONS.stale_after_ms + 50));
    const held = await locks('daemon').acquire(KEY, PARTITION);
    assert.notEqual(held.token, 'foreign-token');
    await held.release();
  });

  it("keeps a held lock fresh with heartbeats, so a long job's lock is not taken for stale", async () => {
    const { storage, locks } = setup();
    const held = await locks('daemon').acquire(KEY, PARTITION);
    await sleep(OPTIONS.stale_after_ms * 2);
    const record = JSON.parse((await storage.readText(KEY))!) as LockRecord;
    assert.ok(Date.now() - Date.parse(record.heartbeat_at) < OPTIONS.stale_after_ms, 'heartbeat was renewed');
    const other = await locks('backfill').tryAcquire(KEY, PARTITION);
    assert.ok(!('release' in other));
    assert.equal(held.lost.aborted, false);
    await held.release();
  });

  it('tells an owner that its lock was taken over, so it does not publish beside another writer', async () => {
    const { storage, locks, seen } = setup();
    const held = await locks('daemon').acquire(KEY, PARTITION);
    await storage.writeText(KEY, foreignLock({ host: 'another-host', pid: 1 }, 0));
    await sleep(OPTIONS.heartbeat_ms * 5);
    assert.equal(held.lost.aborted, true);
    assert.ok(seen.some((e) => e.type === 'lock.lost'));
    await held.release();
    assert.equal(JSON.parse((await storage.readText(KEY))!).token, 'foreign-token', "releasing never deletes someone else's lock");
  });

  it('lets only one of two waiters that find the same stale lock take it', async () => {
    for (let round = 0; round < 10; round++) {
      const { storage, locks } = setup();
      await storage.writeText(KEY, foreignLock({}, 0));
      const a = locks('a').tryAcquire(KEY, PARTITION);
      const b = locks('b').tryAcquire(KEY, PARTITION);
      const results = await Promise.all([a, b]);
      // A breaker deletes the stale lock; whoever then creates it first owns it. Try again until one holds it.
      let holders = results.filter((r) => 'release' in r).length;
      if (holders === 0) {
        const again = await Promise.all([locks('a').tryAcquire(KEY, PARTITION), locks('b').tryAcquire(KEY, PARTITION)]);
        holders = again.filter((r) => 'release' in r).length;
      }
      assert.equal(holders, 1, `round ${round}`);
    }
  });

  it('stops waiting when cancelled', async () => {
    const { locks } = setup();
    const held = await locks('daemon').acquire(KEY, PARTITION);
    const controller = new AbortController();
    const waiting = locks('backfill').acquire(KEY, PARTITION, controller.signal);
    controller.abort();
    await assert.rejects(waiting, /stopped waiting for the lock/);
    await held.release();
  });
});
