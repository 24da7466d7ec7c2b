/**
 * Backoff with full jitter, shared by downloads and (later) scheduled jobs. Only errors whose verdict
 * is `automatic` are retried; everything else surfaces at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { toLakeError, type LakeError } from './index.ts';

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  /** Delay before the second try; doubles each time. */
  baseDelayMs: number;
  /** Ceiling for one delay. */
  maxDelayMs: number;
}

/** Five tries over roughly half a minute rides out a server restart without hiding a real outage. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };

export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Full jitter: spreads retries of many files so they do not hit the server in lockstep.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetry<T>(
  policy: RetryPolicy,
  work: (attempt: number) => Promise<T>,
  onRetry?: (error: LakeError, attempt: number, delayMs: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (thrown) {
      const error = toLakeError(thrown);
      if (error.retry !== 'automatic' || attempt >= policy.attempts || signal?.aborted) throw error;
      const delay = backoffDelay(policy, attempt);
      onRetry?.(error, attempt, delay);
      await sleep(delay, undefined, { signal });
    }
  }
}
