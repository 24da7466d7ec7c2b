/**
 * The supervision every streaming source shares (Postgres CDC, Kafka): run one connection's cycle until
 * it ends; on a transient failure tear down, back off and run again; on a permanent one stop with it.
 * The backoff grows across reconnects (bounded exponential, never giving up: the daemon must outlive
 * outages) and starts over only once a cycle reports progress (something recorded and confirmed), so a
 * failure that repeats at once never turns into a tight reconnect loop.
 */
import { toLakeError, type LakeError } from '../errors/index.ts';
import { backoffDelay } from '../errors/retry.ts';

/** Quick at first, at most every 30 s. */
export const RECONNECT = { attempts: Number.POSITIVE_INFINITY, baseDelayMs: 250, maxDelayMs: 30_000 };

export interface Supervised {
  stopping(): boolean;
  /** One connection: prepare and stream until it ends or fails; calls `progressed` after each durable step. */
  cycle(progressed: () => void): Promise<void>;
  /** After every cycle, whatever its outcome. */
  teardown(): Promise<void>;
  onRetry(attempt: number, delayMs: number, error: LakeError): void;
  /** Waits `ms`, or less when a stop wakes it. */
  sleep(ms: number): Promise<void>;
}

export async function superviseReconnecting(source: Supervised): Promise<void> {
  let attempt = 0;
  while (!source.stopping()) {
    try {
      await source.cycle(() => (attempt = 0));
    } catch (thrown) {
      const error = toLakeError(thrown);
      if (source.stopping()) break;
      if (error.retry !== 'automatic') throw error;
      attempt++;
      const delayMs = backoffDelay(RECONNECT, attempt);
      source.onRetry(attempt, delayMs, error);
      await source.sleep(delayMs);
    } finally {
      await source.teardown();
    }
  }
}
