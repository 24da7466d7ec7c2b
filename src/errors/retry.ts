/**
 * The one retry module: backoff with full jitter, the verdict on whether a failed attempt is followed
 * by another, and the three places that retry use it: downloads (`withRetry`, `http.retry`), partition
 * jobs (the runner, `jobs.retry`) and streaming sources' reconnects (`RECONNECT_BACKOFF`). Only errors
 * whose verdict is `automatic` are retried; everything else surfaces at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { toLakeError, type LakeError } from './lake-error.ts';

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  /** Delay before the second try; doubles each time. */
  baseDelayMs: number;
  /** Ceiling for one delay. */
  maxDelayMs: number;
}

/**
 * Streaming sources (Postgres CDC, Kafka) never give up (the daemon must outlive outages): quick at
 * first, then at most every 30 s.
 */
export const RECONNECT_BACKOFF: RetryPolicy = { attempts: Number.POSITIVE_INFINITY, baseDelayMs: 250, maxDelayMs: 30_000 };

/** A policy from the config's snake_case form (`http.retry`, `jobs.retry`). */
export function retryPolicyOf(config: { attempts: number; base_delay_ms: number; max_delay_ms: number }): RetryPolicy {
  return { attempts: config.attempts, baseDelayMs: config.base_delay_ms, maxDelayMs: config.max_delay_ms };
}

export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Full jitter: spreads retries of many files so they do not hit the server in lockstep.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export type RetryStep = { retry: true; delayMs: number } | { retry: false; why: string };

/** After attempt `attempt` (counting from 1) failed with `error`: another try after `delayMs`, or why not. */
export function nextRetry(policy: RetryPolicy, error: LakeError, attempt: number, stopping = false): RetryStep {
  if (error.retry !== 'automatic') return { retry: false, why: 'not retried: a retry cannot fix it' };
  if (attempt >= policy.attempts) return { retry: false, why: `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}` };
  if (stopping) return { retry: false, why: 'not retried: shutting down' };
  return { retry: true, delayMs: backoffDelay(policy, attempt) };
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
      const next = nextRetry(policy, error, attempt, signal?.aborted);
      if (!next.retry) throw error;
      onRetry?.(error, attempt, next.delayMs);
      await sleep(next.delayMs, undefined, { signal });
    }
  }
}
