/**
 * The durable loop of one `kafka` source: Debezium topics in (src/ingest/kafka), bronze CDC change files
 * out through the same writer as Postgres CDC, the position and offsets recorded, the offsets committed
 * to the consumer group. Silver, SCD2 history and gold follow through the CDC service's promotion, as for
 * a postgres source (the state file has the same shape: `_lake/cdc/<source>/state.json`).
 *
 *   waiting for the lease ─▶ preparing (state, removing unrecorded files) ─▶ consuming ─▶ stopped
 *                                 ▲                                                 │ consumer or write failed (transient)
 *                                 └──────────── reconnect after backoff ◀───────────┘
 *   A permanent failure (retry 'needs-person' or 'never') stops the source, with its remedy.
 *
 * The durability contract, per batch: write (published bronze change files, and the quarantine file of
 * the batch's bad messages) → record (`state.json`: the batch's position as `flushed_lsn`, the next offset
 * of every partition it read, the tables' columns) → commit (the offsets, to the consumer group). Every
 * change of the batch carries the position as `_lsn` (src/ingest/kafka/changes.ts explains why a position,
 * not an offset). Exactly once into bronze:
 * - a message at or above a partition's recorded offset is read again after a crash; anything below it
 *   never is (the recorded offsets, not the group's, decide where consumption resumes);
 * - files of a batch that was never recorded lie above the recorded position, and are deleted before
 *   consuming starts (only the lease holder writes them, and compaction only touches files at or below
 *   silver's watermark, which never passes the recorded position).
 * So silver neither loses nor duplicates a message, and SCD2 history holds each version once. A bad
 * message (not JSON, not an envelope, Avro, a key that does not match) goes to the quarantine with its
 * coordinates and reason, and the partition goes on.
 *
 * Ownership: the pipeline holds the source's lease (as a postgres source's pipeline does), and only the
 * lease holder writes the state and the source's bronze files.
 */
import path from 'node:path';
import { writeChanges } from '../bronze/cdc.ts';
import { kafkaTableName, type KafkaSourceConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { ChangeMapper, KafkaChangeSource, kafkaQuarantineFiles, partitionKey, writeQuarantine, type ColumnDef, type ConsumedBatch } from '../ingest/kafka/index.ts';
import { formatLsn, parseLsn, type Lsn } from '../ingest/postgres/index.ts';
import { kafkaClient } from '../kafka/index.ts';
import type { CdcPipelineEvent } from '../events/index.ts';
import { cdcStateKey, changeFilesPrefix, lsnRangeOfKey } from '../storage/index.ts';
import { readCdcState, type CdcState, type CdcTableState } from './cdc.ts';
import { SupervisedPipeline } from './reconnect.ts';
import type { LakeRuntime } from './runtime.ts';

export interface KafkaSourceState extends CdcState {
  kafka: {
    /** `topic:partition` → the next offset to ingest: everything below is in recorded bronze files (or the quarantine). */
    offsets: Record<string, string>;
    /** Messages quarantined so far. */
    quarantined: number;
  };
}


export async function readKafkaSourceState(runtime: Pick<LakeRuntime, 'storage'>, source: string): Promise<KafkaSourceState | undefined> {
  const state = await readCdcState(runtime, source);
  return state ? ({ ...state, kafka: (state as Partial<KafkaSourceState>).kafka ?? { offsets: {}, quarantined: 0 } } as KafkaSourceState) : undefined;
}

export class KafkaSourcePipeline extends SupervisedPipeline {
  private readonly config: KafkaSourceConfig;
  private state!: KafkaSourceState;
  private source: KafkaChangeSource | undefined;
  /** Table shapes across the batches of one connection (seeded from the recorded columns). */
  private mapper: ChangeMapper | undefined;

  constructor(runtime: LakeRuntime, sourceName: string, onEvent: (event: CdcPipelineEvent) => void = () => {}) {
    super(runtime, sourceName, onEvent, 'kafka');
    const source = runtime.config.sources[sourceName];
    if (!source || source.type !== 'kafka') {
      throw new LakeError(`'${sourceName}' is not a kafka source`, { kind: 'config', retry: 'needs-person' });
    }
    this.config = source;
  }

  /** The recorded position (`_lsn` of the newest recorded batch); -1 before the state is prepared. */
  get flushedLsn(): Lsn {
    return this.state ? parseLsn(this.state.flushed_lsn) : -1n;
  }

  protected async cycle(progressed: () => void): Promise<void> {
    await this.prepare();
    await this.consume(progressed);
  }

  protected async teardown(): Promise<void> {
    await this.source?.close();
    this.source = undefined;
  }

  /** Reads (or starts) the state and deletes the files of batches that were never recorded. */
  private async prepare(): Promise<void> {
    const existing = await readKafkaSourceState(this.runtime, this.sourceName);
    const tables: Record<string, CdcTableState> = {};
    for (const t of this.config.tables) {
      const name = kafkaTableName(t);
      const known = existing?.tables[name];
      tables[name] = { ...(known ?? {}), source_table: t.topic, primary_key: t.primary_key, snapshot: 'done' };
    }
    this.state = {
      source: this.sourceName,
      slot: '',
      flushed_lsn: existing?.flushed_lsn ?? formatLsn(0n),
      ...(existing?.last_commit_at ? { last_commit_at: existing.last_commit_at } : {}),
      tables,
      kafka: existing?.kafka ?? { offsets: {}, quarantined: 0 },
      updated_at: new Date().toISOString(),
    };
    await this.save(this.state);
    const position = this.flushedLsn;
    const { storage } = this.runtime;
    for (const name of Object.keys(tables)) {
      for (const key of await storage.list(changeFilesPrefix(name))) {
        const range = lsnRangeOfKey(key);
        if (range && range.min > position) await storage.delete(key);
      }
    }
    for (const key of await kafkaQuarantineFiles(storage, this.sourceName, position)) await storage.delete(key);
  }

  private async save(state: KafkaSourceState): Promise<void> {
    await this.runtime.storage.writeText(cdcStateKey(this.sourceName), JSON.stringify(state, null, 2));
  }

  private workDir(): string {
    return path.join(this.runtime.workDir, `${process.pid}-kafka-${this.sourceName}`);
  }

  private async consume(onProgress: () => void): Promise<void> {
    const recordedColumns = new Map<string, ColumnDef[]>();
    for (const [name, t] of Object.entries(this.state.tables)) if (t.columns) recordedColumns.set(name, t.columns);
    this.mapper = new ChangeMapper(
      new Map(this.config.tables.map((t) => [t.topic, { table: kafkaTableName(t), primaryKey: t.primary_key }])),
      recordedColumns,
    );
    const source = (this.source = await KafkaChangeSource.open({
      client: kafkaClient(this.config.connection),
      groupId: this.config.group_id ?? `lake-${this.sourceName}`,
      topics: this.config.tables.map((t) => t.topic),
      startFrom: this.config.start_from,
      sessionTimeoutMs: this.config.session_timeout_ms,
      from: new Map(Object.entries(this.state.kafka.offsets).map(([k, v]) => [k, BigInt(v)])),
      maxMessages: this.config.flush.max_changes,
      intervalMs: this.config.flush.interval_ms,
      source: this.sourceName,
    }));
    this.onEvent({ type: 'streaming', from: this.flushedLsn });
    const leaseLost = this.leaseLost();
    let ending = false;
    let nextBatch = source.next();
    for (;;) {
      if (this.stopping && !ending) {
        ending = true;
        source.end();
      }
      const stop = ending ? new Promise<never>(() => {}) : this.stopRequested.then(() => 'stop' as const);
      const got = await Promise.race([nextBatch.then((batch) => ({ batch })), stop, leaseLost]);
      if (got === 'stop') continue;
      if (got.batch === undefined) return;
      await this.apply(source, got.batch);
      onProgress();
      nextBatch = source.next();
    }
  }

  /** write → record → commit, for one batch. */
  private async apply(source: KafkaChangeSource, batch: ConsumedBatch): Promise<void> {
    const position = this.flushedLsn + 1n;
    const mapped = this.mapper!.map(batch.messages, position);
    const { engine, storage } = this.runtime;
    const files = mapped.rows.length > 0 ? await writeChanges(engine, storage, this.workDir(), mapped.rows) : [];
    const quarantined = await writeQuarantine(engine, storage, this.workDir(), this.sourceName, position, mapped.quarantined);
    const offsets = { ...this.state.kafka.offsets };
    const advanced = new Map<string, bigint>();
    for (const m of batch.messages) {
      const key = partitionKey(m.topic, m.partition);
      const next = m.offset + 1n;
      if (offsets[key] === undefined || next > BigInt(offsets[key])) {
        offsets[key] = next.toString();
        advanced.set(key, next);
      }
    }
    const tables = { ...this.state.tables };
    for (const [name, columns] of mapped.columns) tables[name] = { ...tables[name], columns };
    const wrote = files.length > 0 || quarantined !== undefined;
    const next: KafkaSourceState = {
      ...this.state,
      flushed_lsn: wrote ? formatLsn(position) : this.state.flushed_lsn,
      ...(mapped.lastCommitMs !== undefined ? { last_commit_at: new Date(mapped.lastCommitMs).toISOString() } : {}),
      tables,
      kafka: { offsets, quarantined: this.state.kafka.quarantined + mapped.quarantined.length },
      updated_at: new Date().toISOString(),
    };
    await this.save(next);
    this.state = next;
    const committed = await source.commit(advanced);
    if (files.length > 0) {
      this.onEvent({ type: 'flushed', lsn: position, rows: mapped.rows.length, files: files.length, tables: [...new Set(files.map((f) => f.table))] });
    }
    this.onEvent({
      type: 'kafka.consumed',
      messages: batch.messages.length,
      quarantined: mapped.quarantined.length,
      skipped: mapped.skipped,
      byTopic: countByTopic(batch.messages),
      partitions: batch.progress.map((p) => ({ ...p, offset: offsets[partitionKey(p.topic, p.partition)] })),
      committed,
    });
  }
}

function countByTopic(messages: ConsumedBatch['messages']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of messages) out[m.topic] = (out[m.topic] ?? 0) + 1;
  return out;
}
