/**
 * Typed pipeline events and the bus that carries them, for batch and CDC alike. A leaf contract (it
 * imports only the error and change types), so every layer can emit without importing the observability
 * module or the console, which subscribe and turn the events into log lines, Prometheus series and the
 * console's logbook.
 */
import type { Lsn } from '../changes/index.ts';
import type { LakeError } from '../errors/index.ts';

export type PipelineEvent =
  | { type: 'bronze.started'; source: string; table: string; month: string; url: string }
  | { type: 'bronze.not-published'; source: string; table: string; month: string; reason: string }
  | {
      type: 'bronze.published';
      manifest: { table: string; source: string; month: string; rows: number; malformed_rows: number; key: string };
      durationMs: number;
    }
  | { type: 'bronze.failed'; source: string; table: string; month: string; error: LakeError }
  | { type: 'download.retry'; source: string; url: string; attempt: number; delayMs: number; error: LakeError }
  | {
      type: 'silver.published';
      manifest: {
        table: string;
        month: string;
        counts: { bronze: number; silver: number; quarantined: number; duplicates: number };
        checks: Array<{ check: string; severity: string; unexpected: number; success: boolean }>;
      };
      durationMs: number;
    }
  | { type: 'silver.failed'; table: string; month: string; error: LakeError }
  | { type: 'gold.published'; model: string; month: string; rows: number; durationMs: number }
  | { type: 'gold.failed'; model: string; month: string; error: LakeError }
  | OrchestrationEvent
  /** A CDC source's pipeline (Postgres or Kafka) or its silver promotion, in the daemon or a command. */
  | { type: 'cdc'; source: string; event: CdcEvent };

/** What a streaming pipeline (src/orchestrator/cdc.ts, kafka.ts) reports as it goes. */
export type CdcPipelineEvent =
  | { type: 'snapshot.table'; table: string; rows: number; lsn: Lsn }
  | { type: 'flushed'; lsn: Lsn; rows: number; files: number; tables: string[] }
  | { type: 'heartbeat.acknowledged'; lsn: Lsn }
  | { type: 'reconnecting'; attempt: number; delayMs: number; error: LakeError }
  | { type: 'streaming'; from: Lsn }
  /** Another live process holds the source (a daemon, or `lake snapshot`): waiting for it. */
  | { type: 'lease.waiting'; holder: LockHolder }
  /** A `lake snapshot` request performed by this pipeline. */
  | { type: 'snapshot.request'; id: string; status: 'done' | 'failed'; tables: string[] }
  /** The Kafka sink (`kafka:` on the source) had these messages acknowledged, per topic. */
  | { type: 'kafka.produced'; messages: number; topics: Record<string, number>; unavailable: number }
  /**
   * A `kafka` source (src/orchestrator/kafka.ts) recorded a batch: messages read per topic, how many were
   * quarantined or skipped (tombstones), each partition's lag and recorded next offset, and whether the
   * group commit of those offsets succeeded.
   */
  | {
      type: 'kafka.consumed';
      messages: number;
      quarantined: number;
      skipped: number;
      byTopic: Record<string, number>;
      partitions: Array<{ topic: string; partition: number; lag: number; offset?: string }>;
      committed: boolean;
    };

/** A pipeline's events, and its silver promotions' (src/orchestrator/cdc-service.ts). */
export type CdcEvent =
  | CdcPipelineEvent
  | { type: 'silver.built'; table: string; rows: number }
  | { type: 'failed'; table?: string; model?: string; error: LakeError };

/** One partition of one layer: a source's (bronze), a silver table's or a gold model's month. */
export interface PartitionRef {
  layer: 'bronze' | 'silver' | 'gold';
  name: string;
  month: string;
}

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  run_id?: string;
}

/** What the job runner, the scheduler and the daemon do (src/orchestrator); logs and metrics subscribe. */
export type OrchestrationEvent =
  | { type: 'run.started'; runId: string; kind: string; trigger: string; partitions: number }
  | { type: 'run.finished'; runId: string; kind: string; status: string; durationMs: number; counts: Record<string, number> }
  | { type: 'job.started'; runId: string; partition: PartitionRef; attempt: number }
  | { type: 'job.retry'; runId: string; partition: PartitionRef; attempt: number; delayMs: number; error: LakeError }
  | { type: 'job.succeeded'; runId: string; partition: PartitionRef; status: string; attempts: number; durationMs: number; rows?: number }
  | { type: 'job.failed'; runId: string; partition: PartitionRef; attempts: number; durationMs: number; error: LakeError }
  | { type: 'job.skipped'; runId: string; partition: PartitionRef; status: string; reason: string }
  | { type: 'lock.waiting'; partition: PartitionRef; holder: LockHolder }
  | { type: 'lock.recovered'; partition: PartitionRef; holder: LockHolder; reason: string }
  | { type: 'lock.lost'; partition: PartitionRef; holder?: LockHolder }
  | { type: 'schedule.tick'; source: string; tick: string; month: string; catchUp: boolean }
  | { type: 'daemon.started'; pid: number; schedules: Array<{ source: string; cron: string; next: string | null }> }
  | { type: 'daemon.stopping'; signal: string; running: number; graceMs: number }
  | { type: 'daemon.stopped'; abandoned: number; durationMs: number }
  | { type: 'daemon.error'; context: string; error: LakeError };

export interface PipelineEvents {
  emit(event: PipelineEvent): void;
}

export class EventBus implements PipelineEvents {
  private readonly listeners: Array<(event: PipelineEvent) => void> = [];

  on(listener: (event: PipelineEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  emit(event: PipelineEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // An observer's bug must never break the pipeline.
      }
    }
  }
}
