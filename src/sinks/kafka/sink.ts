/**
 * The Kafka sink of a `postgres` source: every change the CDC loop made durable in bronze is produced to
 * `<topic_prefix>.<schema>.<table>` (or the table's configured topic), keyed by the primary key, in
 * Debezium's JSON envelope (src/kafka/debezium.ts), so a consumer written for Debezium reads it unchanged.
 *
 * Contract (what the loop in src/orchestrator/cdc.ts relies on):
 * - `send(rows)` resolves only when Kafka acknowledged every message of `rows` with `acks: -1` (all
 *   in-sync replicas); it rejects when any was not, and then any subset may have been written. The loop
 *   records and confirms a position only after both bronze and `send` covering it resolved, so a crash or a
 *   failure re-sends everything after the confirmed position: delivery is at least once, never lossy.
 * - Order: messages are produced in commit order (`lsn`, then `seq`), one request at a time with one
 *   request in flight per broker connection, so kafkajs' retries cannot reorder them; a key always maps to
 *   the same partition (the Java client's murmur2 partitioner), so a consumer sees each key's changes in
 *   commit order, possibly followed (after a crash) by a replay of some of them.
 * - Deduplication, for consumers: every change of one transaction carries the transaction's commit LSN as
 *   `source.lsn`, and `transaction.total_order` its place in the transaction; (`source.lsn`,
 *   `transaction.total_order`) identifies a change exactly. A consumer keeping current state per key
 *   applies a message only if its (`source.lsn`, `transaction.total_order`) is above the last one it
 *   applied for that key (equivalently: by (`source.lsn`, key), the last message of the transaction wins);
 *   replays then change nothing. Snapshot rows (op `r`, `source.snapshot` "true") carry the snapshot's LSN.
 * - A change older than its table's newest copy produced as `r` messages is left out when the copy holds
 *   its key (copies.ts): no key moves back in time in arrival order.
 * - After each delete a tombstone (key, null value) follows when `tombstones` is on; truncates are produced
 *   only when `truncates` is on, to every partition of the topic, with a null key.
 * - Unchanged TOAST values are filled from lake's silver and bronze state (toast.ts) instead of Debezium's
 *   `__debezium_unavailable_value`, which is sent only when lake has no earlier version of the row.
 * - One sink per CDC stream (connection): opened when the stream starts, closed with it. Not reentrant.
 */
import { Partitioners, type Admin, type Message, type Producer } from 'kafkajs';
import type { CdcRow, Lsn, TableShape } from '../../changes/index.ts';
import type { WrittenFile } from '../../bronze/cdc.ts';
import { kafkaSinkTopic, packageVersion, type KafkaSinkConfig } from '../../config/index.ts';
import { sqlString, type Engine } from '../../engine/index.ts';
import { encodeEnvelope, encodeKey, kafkaClient, kafkaError, type EncodeChange, type EncodeValue } from '../../kafka/index.ts';
import type { LakeStorage } from '../../storage/index.ts';
import { heldByCopy } from './copies.ts';
import { fillUnchangedToast, renderText } from './toast.ts';

export interface KafkaSinkTable {
  /** `schema.table` in Postgres. */
  sourceTable: string;
  primaryKey: string[];
}

export interface KafkaSinkOptions {
  source: string;
  config: KafkaSinkConfig;
  /** The source database's name (`source.db`). */
  database: string;
  /** Lake table → its Postgres table and primary key. */
  tables: Map<string, KafkaSinkTable>;
  engine: Engine;
  storage: LakeStorage;
  env?: NodeJS.ProcessEnv;
}

export interface ProducedReport {
  /** Messages acknowledged, tombstones included. */
  messages: number;
  byTopic: Record<string, number>;
  /** Unchanged TOAST values lake had no version of (sent as Debezium's placeholder). */
  unavailable: number;
}

/** Snapshot rows are read back from bronze this many at a time: bounded memory whatever the table's size. */
const SNAPSHOT_CHUNK_ROWS = 20_000;

/** `source.version` of the envelope, as Debezium's names its connector and version. */
function lakeVersion(): string {
  const version = packageVersion();
  return version === 'unknown' ? 'lake' : `lake-${version}`;
}

export class KafkaSink {
  private readonly version = lakeVersion();
  private admin: Admin | undefined;
  private readonly partitionCounts = new Map<string, number>();
  /** Key column positions per shape version. */
  private readonly keyIndexes = new Map<TableShape, number[]>();
  /** Per table, how many changes of the current transaction were produced (Debezium's data_collection_order). */
  private collectionOrder = new Map<string, number>();
  private currentLsn: bigint | undefined;

  private constructor(
    private readonly options: KafkaSinkOptions,
    private readonly producer: Producer,
    private readonly client: ReturnType<typeof kafkaClient>,
  ) {}

  /** Connects a producer; fails with a LakeError (needs-person for missing settings, automatic for an unreachable cluster). */
  static async open(options: KafkaSinkOptions): Promise<KafkaSink> {
    const client = kafkaClient(options.config.connection, options.env);
    const producer = client.producer({
      idempotent: false,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    try {
      await producer.connect();
    } catch (error) {
      await producer.disconnect().catch(() => {});
      throw kafkaError(error, `connecting the Kafka sink of source ${options.source}`);
    }
    return new KafkaSink(options, producer, client);
  }

  /** The topic of a lake table. */
  topicOf(table: string): string {
    return kafkaSinkTopic(this.options.config, this.options.source, this.options.tables.get(table)?.sourceTable ?? table);
  }

  /**
   * Produces `rows` (streamed changes, in commit order) and waits for every acknowledgement. `copies`:
   * per table, the LSN of its newest copy produced as `r` messages; a change older than it is left out
   * when the copy holds its key (copies.ts).
   */
  async send(all: CdcRow[], copies: Map<string, Lsn> = new Map()): Promise<ProducedReport> {
    const rows = await this.withoutHeldByCopies(all, copies);
    const { values, unavailable } = await fillUnchangedToast(this.options.engine, this.options.storage, rows, (table) => this.options.tables.get(table)?.primaryKey ?? []);
    const batch = new Batch(this.producer, this.options.config.max_request_bytes, this.options.config.connection.request_timeout_ms, this.options.source);
    const now = Date.now();
    for (const row of rows) {
      if (row.op === 't' && !this.options.config.truncates) continue;
      if (row.lsn !== this.currentLsn) {
        this.currentLsn = row.lsn;
        this.collectionOrder = new Map();
      }
      const order = (this.collectionOrder.get(row.shape.table) ?? 0) + 1;
      this.collectionOrder.set(row.shape.table, order);
      const change = this.change(row, values.get(row) ?? (row.values as EncodeValue[] | null), order);
      const topic = this.topicOf(row.shape.table);
      const value = encodeEnvelope(change, this.sourceBlock(row.shape.table), now);
      if (row.op === 't') {
        for (let partition = 0; partition < (await this.partitions(topic)); partition++) await batch.add(topic, { key: null, value, partition });
        continue;
      }
      const key = encodeKey(change);
      await batch.add(topic, { key, value });
      if (row.op === 'd' && this.options.config.tombstones) await batch.add(topic, { key, value: null });
    }
    await batch.flush();
    return { messages: batch.messages, byTopic: batch.byTopic, unavailable };
  }

  private async withoutHeldByCopies(rows: CdcRow[], copies: Map<string, Lsn>): Promise<CdcRow[]> {
    const older = new Map<string, CdcRow[]>();
    for (const row of rows) {
      const copyLsn = copies.get(row.shape.table);
      if (copyLsn === undefined || row.lsn >= copyLsn) continue;
      const list = older.get(row.shape.table) ?? [];
      list.push(row);
      older.set(row.shape.table, list);
    }
    if (older.size === 0) return rows;
    const held = new Set<CdcRow>();
    for (const [table, list] of older) {
      const primaryKey = this.options.tables.get(table)?.primaryKey ?? [];
      for (const row of await heldByCopy(this.options.engine, this.options.storage, table, copies.get(table)!, primaryKey, list)) held.add(row);
    }
    return rows.filter((row) => !held.has(row));
  }

  /**
   * Produces the snapshot rows of bronze snapshot `files` (op r, the snapshot's LSN), read back from
   * bronze in chunks. Called by the loop after each snapshot file is written and before the table's
   * snapshot is recorded as done, so a crash in between copies and produces the table again.
   */
  async sendSnapshot(files: WrittenFile[], shape: TableShape, commitMs: number): Promise<ProducedReport> {
    const batch = new Batch(this.producer, this.options.config.max_request_bytes, this.options.config.connection.request_timeout_ms, this.options.source);
    const topic = this.topicOf(shape.table);
    const source = this.sourceBlock(shape.table);
    const now = Date.now();
    const { engine, storage } = this.options;
    for (const file of files) {
      const local = await storage.localPath(file.key);
      const from = `read_parquet(${sqlString(local)}, hive_partitioning = false)`;
      const present = new Map((await engine.all(`DESCRIBE SELECT * FROM ${from}`)).map((r) => [String(r.column_name), String(r.column_type)]));
      const hasPgText = present.has('_pg_text');
      const select = shape.columns.map((c, i) =>
        present.has(c.name)
          ? `coalesce(${hasPgText ? `_pg_text[${sqlString(c.name)}]` : 'NULL'}, ${renderText(c.name, present.get(c.name)!)}) AS __v${i}`
          : `NULL::VARCHAR AS __v${i}`,
      );
      const range = await engine.one(`SELECT min(_seq)::BIGINT AS lo, max(_seq)::BIGINT AS hi FROM ${from}`);
      if (range.lo === null) continue;
      for (let lo = Number(range.lo); lo <= Number(range.hi); lo += SNAPSHOT_CHUNK_ROWS) {
        const rows = await engine.all(
          `SELECT _seq::BIGINT AS __seq, ${select.join(', ')} FROM ${from} WHERE _seq >= ${lo} AND _seq < ${lo + SNAPSHOT_CHUNK_ROWS} ORDER BY _seq`,
        );
        for (const r of rows) {
          const values = shape.columns.map((_, i) => (r[`__v${i}`] as string | null) ?? null);
          const change = this.change({ shape, op: 'r', lsn: file.minLsn, xid: 0, commitMs, seq: Number(r.__seq), values }, values, 0);
          await batch.add(topic, { key: encodeKey(change), value: encodeEnvelope(change, source, now) });
        }
      }
    }
    await batch.flush();
    return { messages: batch.messages, byTopic: batch.byTopic, unavailable: 0 };
  }

  async close(): Promise<void> {
    await this.producer.disconnect().catch(() => {});
    await this.admin?.disconnect().catch(() => {});
    this.admin = undefined;
  }

  private change(row: CdcRow, values: EncodeValue[] | null, dataCollectionOrder: number): EncodeChange {
    let keyIndexes = this.keyIndexes.get(row.shape);
    if (!keyIndexes) {
      const key = this.options.tables.get(row.shape.table)?.primaryKey ?? row.shape.columns.filter((c) => c.isKey).map((c) => c.name);
      keyIndexes = key.map((k) => row.shape.columns.findIndex((c) => c.name === k)).filter((i) => i >= 0);
      this.keyIndexes.set(row.shape, keyIndexes);
    }
    return { op: row.op, columns: row.shape.columns, values, keyIndexes, lsn: row.lsn, xid: row.xid, commitMs: row.commitMs, seq: row.seq, dataCollectionOrder };
  }

  private sourceBlock(table: string) {
    const sourceTable = this.options.tables.get(table)?.sourceTable ?? `public.${table}`;
    const [schema, name] = sourceTable.split('.');
    return { name: this.options.config.topic_prefix ?? this.options.source, db: this.options.database, schema, table: name, version: this.version };
  }

  /** Partitions of `topic` (for truncates, which go to every partition); 1 when the metadata cannot be read. */
  private async partitions(topic: string): Promise<number> {
    const known = this.partitionCounts.get(topic);
    if (known !== undefined) return known;
    let count = 1;
    try {
      if (!this.admin) {
        this.admin = this.client.admin();
        await this.admin.connect();
      }
      const metadata = await this.admin.fetchTopicMetadata({ topics: [topic] });
      count = Math.max(1, metadata.topics[0]?.partitions.length ?? 1);
    } catch {
      count = 1;
    }
    this.partitionCounts.set(topic, count);
    return count;
  }
}

/** Messages gathered into produce requests of at most `maxBytes`, sent one request at a time, in order. */
class Batch {
  messages = 0;
  readonly byTopic: Record<string, number> = {};
  private pending = new Map<string, Message[]>();
  private bytes = 0;

  constructor(
    private readonly producer: Producer,
    private readonly maxBytes: number,
    private readonly timeoutMs: number,
    private readonly source: string,
  ) {}

  async add(topic: string, message: Message): Promise<void> {
    const size = (typeof message.key === 'string' ? Buffer.byteLength(message.key) : 0) + (typeof message.value === 'string' ? Buffer.byteLength(message.value) : 0) + 64;
    if (this.bytes > 0 && this.bytes + size > this.maxBytes) await this.flush();
    let list = this.pending.get(topic);
    if (!list) this.pending.set(topic, (list = []));
    list.push(message);
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const topicMessages = [...this.pending].map(([topic, messages]) => ({ topic, messages }));
    try {
      await this.producer.sendBatch({ acks: -1, timeout: this.timeoutMs, topicMessages });
    } catch (error) {
      throw kafkaError(error, `producing changes of source ${this.source}`);
    }
    for (const { topic, messages } of topicMessages) {
      this.messages += messages.length;
      this.byTopic[topic] = (this.byTopic[topic] ?? 0) + messages.length;
    }
    this.pending = new Map();
    this.bytes = 0;
  }
}
