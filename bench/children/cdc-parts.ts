/**
 * The pieces of lake's CDC path measured alone, for `bench cdc`'s breakdown. Each drains its own copy
 * of the same slot (the same WAL as the timed runs) and stops after `changes` row changes.
 *
 * argv[2] is JSON (see Job). Parts:
 * - raw: a `pg` replication connection counting XLogData messages, nothing decoded: Node's transport floor.
 * - decode: pg-logical-replication with lake's PgoutputDecoder and lake's options (flow control on, no
 *   auto-acknowledge), an async no-op handler: everything lake does before its own handler.
 * - decode-nofc: the same with flow control off (handler called synchronously per message).
 * - bronze: decode as above while building lake's CdcRow objects, then `writeChanges` on them in batches
 *   of `batch` (flush.max_changes): bronze writing alone, with nothing else running.
 *
 * Prints one JSON line: { ms, changes, messages, writeMs?, files? }.
 */
import './report-rss.ts';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import pg from 'pg';
import { LogicalReplicationService } from 'pg-logical-replication';
import { writeChanges, type CdcRow, type TableShape } from '../../src/bronze/cdc.ts';
import { PgoutputDecoder, type PgoutputMessage } from '../../src/ingest/postgres/index.ts';
import { openRuntime } from '../../src/orchestrator/runtime.ts';

export interface Job {
  part: 'raw' | 'decode' | 'decode-nofc' | 'bronze';
  connection: string;
  slot: string;
  publication: string;
  changes: number;
  /** bronze: a lake config (for the engine and storage) and the batch size. */
  config?: string;
  batch?: number;
  table?: string;
}

export interface PartResult {
  /** Connect to the last change received (decode parts), or to the last change counted (raw). */
  ms: number;
  changes: number;
  messages: number;
  /** bronze: writeChanges over all rows, summed over batches. */
  writeMs?: number;
  files?: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const result = job.part === 'raw' ? await raw() : await decode();
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);

async function raw(): Promise<PartResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: job.connection, replication: 'database' } as pg.ClientConfig);
  client.on('error', () => {});
  await client.connect();
  let changes = 0;
  let messages = 0;
  const finished = new Promise<number>((resolve) => {
    // pg exposes the copy-both stream only on its connection object, as pg-logical-replication uses it.
    const connection = (client as unknown as { connection: NodeJS.EventEmitter }).connection;
    connection.on('copyData', ({ chunk }: { chunk: Buffer }) => {
      if (chunk[0] !== 0x77) return; // keepalives
      messages++;
      const tag = chunk[25];
      if (tag === 0x49 || tag === 0x55 || tag === 0x44) {
        if (++changes === job.changes) resolve(performance.now());
      }
    });
  });
  void client
    .query(`START_REPLICATION SLOT "${job.slot}" LOGICAL 0/0 (proto_version '1', publication_names '${job.publication}', messages 'true')`)
    .catch(() => {});
  const end = await finished;
  return { ms: end - started, changes, messages };
}

async function decode(): Promise<PartResult> {
  const bronze = job.part === 'bronze';
  const started = performance.now();
  const service = new LogicalReplicationService(
    { connectionString: job.connection },
    { acknowledge: { auto: false, timeoutSeconds: 0 }, flowControl: { enabled: job.part !== 'decode-nofc' } },
  );
  service.on('error', () => {});
  let changes = 0;
  let messages = 0;
  const rows: CdcRow[] = [];
  const shapes = new Map<number, TableShape>();
  let txn: { lsn: bigint; xid: number; commitMs: number; seq: number } | undefined;
  let resolveEnd: (ms: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (resolveEnd = resolve));
  const onMessage = (message: PgoutputMessage) => {
    messages++;
    if (message.tag === 'relation') {
      if (bronze) shapes.set(message.relation.oid, { table: job.table!, version: shapes.size + 1, columns: message.relation.columns });
      return;
    }
    if (message.tag === 'begin') {
      txn = { lsn: message.finalLsn, xid: message.xid, commitMs: Number(message.commitTime / 1000n) + 946_684_800_000, seq: 0 };
      return;
    }
    if (message.tag !== 'insert' && message.tag !== 'update' && message.tag !== 'delete') return;
    if (bronze) {
      const values = message.tag === 'delete' ? (message.oldKey ?? message.oldFull ?? null) : message.values;
      const op = message.tag === 'insert' ? 'c' : message.tag === 'update' ? 'u' : 'd';
      rows.push({ shape: shapes.get(message.relationOid)!, op, lsn: txn!.lsn, xid: txn!.xid, commitMs: txn!.commitMs, seq: txn!.seq++, values });
    }
    if (++changes === job.changes) resolveEnd(performance.now());
  };
  if (job.part === 'decode-nofc') service.on('data', (_lsn: string, message: PgoutputMessage) => onMessage(message));
  else service.on('data', async (_lsn: string, message: PgoutputMessage) => onMessage(message));
  const decoder = new PgoutputDecoder({ publicationNames: [job.publication], messages: true });
  void service.subscribe(decoder as never, job.slot, '0/0').catch(() => {});
  const end = await finished;
  await service.stop().catch(() => {});
  const result: PartResult = { ms: end - started, changes, messages };
  if (bronze) {
    const runtime = await openRuntime(job.config!);
    const workDir = path.join(runtime.workDir, `${process.pid}-bench`);
    let writeMs = 0;
    let files = 0;
    for (let i = 0; i < rows.length; i += job.batch!) {
      const batch = rows.slice(i, i + job.batch!);
      const start = performance.now();
      files += (await writeChanges(runtime.engine, runtime.storage, workDir, batch)).length;
      writeMs += performance.now() - start;
    }
    await runtime.close();
    Object.assign(result, { writeMs, files });
  }
  return result;
}
