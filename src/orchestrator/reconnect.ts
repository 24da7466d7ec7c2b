/**
 * The supervision every streaming source shares (Postgres CDC, Kafka): hold the source's lease (one
 * live process streams a source), run one connection's cycle until it ends; on a transient failure tear
 * down, back off and run again; on a permanent one stop with it. The backoff grows across reconnects
 * (bounded exponential, never giving up: the daemon must outlive outages) and starts over only once a
 * cycle reports progress (something recorded and confirmed), so a failure that repeats at once never
 * turns into a tight reconnect loop.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { LakeError, nextRetry, RECONNECT_BACKOFF, toLakeError } from '../errors/index.ts';
import type { CdcPipelineEvent } from '../events/index.ts';
import { takeLease } from './cdc-requests.ts';
import type { HeldLock } from './locks.ts';
import type { LakeRuntime } from './runtime.ts';

export abstract class SupervisedPipeline {
  protected stopping = false;
  /** The source's lease while this pipeline streams (or, for `lake snapshot`, copies). */
  protected lease: HeldLock | undefined;
  /** Aborted by stop(): ends a wait for the lease or a backoff at once. */
  protected readonly stopSignal = new AbortController();
  /** Resolves when stop() is called: what a stream waits on besides its own batches. */
  protected readonly stopRequested: Promise<void>;
  private requestStop!: () => void;
  private stopped: Promise<void> | undefined;

  protected constructor(
    protected readonly runtime: LakeRuntime,
    readonly sourceName: string,
    protected readonly onEvent: (event: CdcPipelineEvent) => void,
    /** Names the source in the lease's holder and in messages: `cdc` (Postgres) or `kafka`. */
    private readonly kind: 'cdc' | 'kafka',
  ) {
    this.stopRequested = new Promise<void>((resolve) => (this.requestStop = resolve));
  }

  /** Runs until `stop()`: takes the lease, then cycles, reconnecting on failure. */
  start(): Promise<void> {
    this.stopped ??= this.run();
    return this.stopped;
  }

  /** Stops streaming; what was received and committed is written and recorded first. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.requestStop();
    this.stopSignal.abort();
    await this.stopped?.catch(() => {});
  }

  /** One connection: prepare and stream until it ends or fails; calls `progressed` after each durable step. */
  protected abstract cycle(progressed: () => void): Promise<void>;

  /** After every cycle, whatever its outcome. */
  protected abstract teardown(): Promise<void>;

  /** Rejects once the lease held now is lost (this process was paused past the stale limit): a stream races it. */
  protected leaseLost(): Promise<never> {
    const lease = this.lease!;
    const lost = new Promise<never>((_, reject) => {
      const fail = () =>
        reject(new LakeError(`lost the lease of ${this.kind === 'cdc' ? 'CDC' : 'Kafka'} source ${this.sourceName} to another process`, { kind: 'lock', retry: 'automatic' }));
      if (lease.lost.aborted) fail();
      else lease.lost.addEventListener('abort', fail, { once: true });
    });
    lost.catch(() => {});
    return lost;
  }

  private async run(): Promise<void> {
    let attempt = 0;
    try {
      while (!this.stopping) {
        try {
          await this.holdLease();
          await this.cycle(() => (attempt = 0));
        } catch (thrown) {
          const error = toLakeError(thrown);
          if (this.stopping) break;
          const next = nextRetry(RECONNECT_BACKOFF, error, ++attempt);
          if (!next.retry) throw error;
          this.onEvent({ type: 'reconnecting', attempt, delayMs: next.delayMs, error });
          await sleep(next.delayMs, undefined, { signal: this.stopSignal.signal }).catch(() => {});
        } finally {
          await this.teardown();
        }
      }
    } finally {
      await this.lease?.release().catch(() => {});
      this.lease = undefined;
    }
  }

  /** Takes the source's lease, or takes it again after losing it. */
  private async holdLease(): Promise<void> {
    if (this.lease && !this.lease.lost.aborted) return;
    await this.lease?.release().catch(() => {});
    this.lease = undefined;
    this.lease = await takeLease(this.runtime, this.sourceName, `${this.kind} ${this.sourceName}`, this.stopSignal.signal, (holder) =>
      this.onEvent({ type: 'lease.waiting', holder }),
    );
  }
}
