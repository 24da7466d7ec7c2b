/**
 * The orchestrator's face: what the command line, the console and the test kit use to run the lake.
 * It owns the runtime (config, storage, engine and event bus opened together), runs (backfills,
 * schedule ticks, `lake ingest`, `lake snapshot`) with their history and partition state, the daemon and
 * its schedules, the CDC pipelines and their promotion, and the status of the whole lake.
 *
 * Importing it loads all of that (DuckDB, pg, kafkajs, node-cron): a command imports it when it runs,
 * never at start-up (src/cli/main.ts).
 */
export { openRuntime, engineDirectories, type LakeRuntime } from './runtime.ts';
export { namesForLayer, type Layer } from './pipeline.ts';
export { Runner, type PlanRoot, type PlannedPartition, type RunRequest } from './runner.ts';
export {
  failedPartitions,
  FINAL_STATUSES,
  listRunIds,
  readRun,
  recentRuns,
  type PartitionState,
  type RunKind,
  type RunPartition,
  type RunRecord,
} from './history.ts';
export { decide, type Decision } from './staleness.ts';
export { shiftedClock, systemClock, type Clock } from './schedule.ts';
export { lakeStatus, type LakeStatus, type TableStatus } from './status.ts';
export { Daemon } from './daemon.ts';
export { CdcPipeline, readCdcState, type CdcState, type SnapshotOutcome } from './cdc.ts';
export type { SnapshotRequest } from './cdc-requests.ts';
export { promote, startCdcService, type CdcService } from './cdc-service.ts';
export { KafkaSourcePipeline } from './kafka.ts';
export { snapshotRun, type SnapshotRun, type SnapshotRunRequest } from './snapshot-run.ts';
