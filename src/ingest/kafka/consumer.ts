/**
 * The Kafka side of a `kafka` source as the durable loop sees it: a consumer (kafkajs, one consumer
 * group) that hands out batches of messages across the source's topics and partitions, and takes the
 * offsets to commit once the loop made a batch durable. It knows nothing of bronze or Debezium.
 *
 * Contract:
 * - `next()` resolves with the next batch once one is due: as soon as every partition fetched so far is
 *   caught up (at most every MIN_BATCH_SPACING_MS), else when the oldest message waited `intervalMs` or
 *   `maxMessages` gathered. Within a partition, messages are in offset order and each offset is handed
 *   out at most once per consumer; across partitions the order is the order they were fetched. It
 *   rejects with a LakeError when the consumer fails (retry 'automatic': reconnect). After `end()` it
 *   hands out what was buffered, then resolves undefined. One call at a time.
 * - `from` (the loop's recorded next offset per partition) wins over the group's committed offset: each
 *   assigned partition with a recorded offset is sought to it, and anything below it that still arrives
 *   is dropped. So the recorded state, not the group, says what was ingested, and a commit that was lost
 *   (a crash between recording and committing) costs nothing. A partition with no recorded offset starts
 *   at the group's committed offset, else at `startFrom`.
 * - `commit(offsets)` commits next offsets to the group; the loop calls it only after recording them.
 *   A failed commit is reported, never fatal (the recorded state is the truth); the committed offsets
 *   serve monitoring and other tools.
 * - Backpressure: while `maxMessages` wait for the loop, the fetch loop is held (and keeps the group
 *   session alive with heartbeats): memory holds at most about one fetch beyond `maxMessages`.
 */
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { LakeError } from '../../errors/index.ts';
import { kafkaError } from '../../kafka/index.ts';

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: bigint;
  key: Buffer | null;
  value: Buffer | null;
  /** The record's timestamp (ms since the epoch). */
  timestampMs: number;
}

export interface PartitionProgress {
  topic: string;
  partition: number;
  /** Messages after the last one handed out, as of its fetch (high watermark minus next offset). */
  lag: number;
}

export interface ConsumedBatch {
  messages: ConsumedMessage[];
  /** Lag of the partitions fetched since the previous batch. */
  progress: PartitionProgress[];
}

export interface KafkaChangeSourceOptions {
  client: Kafka;
  groupId: string;
  topics: string[];
  startFrom: 'earliest' | 'latest';
  sessionTimeoutMs: number;
  /** `topic:partition` → the next offset to ingest (recorded by the loop). */
  from: Map<string, bigint>;
  maxMessages: number;
  intervalMs: number;
  /** For messages: the source's name. */
  source: string;
}

/** At most five caught-up batches a second, as for Postgres: a trickle does not become one file per message. */
export const MIN_BATCH_SPACING_MS = 200;
/** How often a held fetch loop heartbeats the group while it waits for the loop to take a batch. */
const HEARTBEAT_WHILE_HELD_MS = 1_000;

export function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

export class KafkaChangeSource {
  private buffer: ConsumedMessage[] = [];
  private progress = new Map<string, PartitionProgress>();
  /** Per partition, the next offset expected: anything below was handed out or buffered already. */
  private readonly next_ = new Map<string, bigint>();
  private readonly lagZero = new Set<string>();
  private readonly fetched = new Set<string>();
  private waiter: { resolve: (b: ConsumedBatch | undefined) => void; reject: (e: unknown) => void } | undefined;
  private drained: (() => void) | undefined;
  private failure: unknown;
  private ended = false;
  private oldestAt: number | undefined;
  private lastRelease = 0;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly options: KafkaChangeSourceOptions,
    private readonly consumer: Consumer,
  ) {
    for (const [key, offset] of options.from) this.next_.set(key, offset);
  }

  static async open(options: KafkaChangeSourceOptions): Promise<KafkaChangeSource> {
    const consumer = options.client.consumer({
      groupId: options.groupId,
      sessionTimeout: options.sessionTimeoutMs,
      rebalanceTimeout: options.sessionTimeoutMs,
      heartbeatInterval: Math.max(100, Math.floor(options.sessionTimeoutMs / 10)),
      // lake's loop reconnects with backoff; kafkajs restarting on its own would hide the failure from it.
      retry: { retries: 5, restartOnFailure: async () => false },
      allowAutoTopicCreation: false,
    });
    const source = new KafkaChangeSource(options, consumer);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: options.topics, fromBeginning: options.startFrom === 'earliest' });
      consumer.on(consumer.events.CRASH, (event) => source.fail(kafkaError(event.payload.error, `consuming the topics of source ${options.source}`)));
      // The recorded offsets, not the group's, decide where each partition resumes.
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        for (const [topic, partitions] of Object.entries(event.payload.memberAssignment)) {
          for (const partition of partitions) {
            const from = source.next_.get(partitionKey(topic, partition));
            if (from !== undefined) consumer.seek({ topic, partition, offset: from.toString() });
          }
        }
      });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => source.onBatch(payload) });
    } catch (error) {
      await consumer.disconnect().catch(() => {});
      throw kafkaError(error, `connecting the consumer of source ${options.source}`);
    }
    return source;
  }

  next(): Promise<ConsumedBatch | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiter) return Promise.reject(new LakeError('KafkaChangeSource.next() called while a call is pending', { kind: 'internal', retry: 'never' }));
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.release();
    });
  }

  /** Commits next offsets (`topic:partition` → offset) to the group; resolves false when the commit failed. */
  async commit(offsets: Map<string, bigint>): Promise<boolean> {
    if (offsets.size === 0) return true;
    const list = [...offsets].map(([key, offset]) => {
      const at = key.lastIndexOf(':');
      return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)), offset: offset.toString() };
    });
    try {
      await this.consumer.commitOffsets(list);
      return true;
    } catch {
      return false;
    }
  }

  end(): void {
    this.ended = true;
    this.release();
  }

  async close(): Promise<void> {
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.drained?.();
    await this.consumer.disconnect().catch(() => {});
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = error;
    this.drained?.();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const key = partitionKey(batch.topic, batch.partition);
    let next = this.next_.get(key);
    for (const message of batch.messages) {
      const offset = BigInt(message.offset);
      // Below the recorded offset (ingested before), or already buffered (a fetch repeated after a rebalance).
      if (next === undefined || offset >= next) {
        this.buffer.push({
          topic: batch.topic,
          partition: batch.partition,
          offset,
          key: message.key ?? null,
          value: message.value ?? null,
          timestampMs: Number(message.timestamp),
        });
        next = offset + 1n;
        this.oldestAt ??= Date.now();
      }
      resolveOffset(message.offset);
    }
    if (next !== undefined) this.next_.set(key, next);
    const high = BigInt(batch.highWatermark);
    const lag = next === undefined ? 0 : Number(high > next ? high - next : 0n);
    this.progress.set(key, { topic: batch.topic, partition: batch.partition, lag });
    this.fetched.add(key);
    if (lag === 0) this.lagZero.add(key);
    else this.lagZero.delete(key);
    this.release();
    // Hold the fetch loop while a full batch waits for the durable loop.
    while (this.buffer.length >= this.options.maxMessages && !this.ended && !this.failure && isRunning() && !isStale()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HEARTBEAT_WHILE_HELD_MS);
        this.drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.drained = undefined;
      await heartbeat().catch(() => {});
    }
  }

  /** Whether every partition fetched so far had nothing left after its last fetch. */
  private caughtUp(): boolean {
    return this.fetched.size > 0 && this.lagZero.size === this.fetched.size;
  }

  private release(): void {
    if (!this.waiter || this.failure) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    let due: number | undefined;
    if (this.buffer.length === 0) {
      if (this.ended) {
        const waiter = this.waiter;
        this.waiter = undefined;
        waiter.resolve(undefined);
      }
      return;
    }
    if (this.ended || this.buffer.length >= this.options.maxMessages) due = now;
    else if (this.caughtUp()) due = Math.max(now, this.lastRelease + Math.min(MIN_BATCH_SPACING_MS, this.options.intervalMs));
    else due = this.oldestAt! + this.options.intervalMs;
    if (due > now) {
      this.timer = setTimeout(() => this.release(), due - now);
      return;
    }
    const messages = this.buffer.splice(0, this.options.maxMessages);
    this.oldestAt = this.buffer.length > 0 ? now : undefined;
    const progress = [...this.progress.values()];
    this.progress = new Map();
    const waiter = this.waiter;
    this.waiter = undefined;
    this.lastRelease = now;
    this.drained?.();
    waiter.resolve({ messages, progress });
  }
}
