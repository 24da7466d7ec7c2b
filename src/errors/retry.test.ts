import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LakeError } from './index.ts';
import { backoffDelay, withRetry } from './retry.ts';

const policy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 4 };

describe('retry', () => {
  it('retries automatic errors until the work succeeds', async () => {
    let calls = 0;
    const value = await withRetry(policy, async () => {
      calls++;
      if (calls < 3) throw new LakeError('503', { kind: 'download', retry: 'automatic' });
      return 'ok';
    });
    assert.equal(value, 'ok');
    assert.equal(calls, 3);
  });

  it('tries a non-retryable error once', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(policy, async () => {
        calls++;
        throw new LakeError('bad config', { kind: 'config', retry: 'needs-person' });
      }),
      /bad config/,
    );
    assert.equal(calls, 1);
  });

  it('never retries programming errors', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(policy, async () => {
        calls++;
        throw new TypeError('x is undefined');
      }),
      /internal error/,
    );
    assert.equal(calls, 1);
  });

  it('gives up after the configured attempts', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(policy, async () => {
        calls++;
        throw new LakeError('reset', { kind: 'download', retry: 'automatic' });
      }),
    );
    assert.equal(calls, 4);
  });

  it('doubles the delay up to the ceiling, with jitter in the upper half', () => {
    const p = { attempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffDelay(p, 1, () => 0), 50);
    assert.equal(backoffDelay(p, 1, () => 1), 100);
    assert.equal(backoffDelay(p, 3, () => 1), 400);
    assert.equal(backoffDelay(p, 9, () => 1), 1000);
  });
});
