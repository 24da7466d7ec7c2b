/**
 * The pieces of lake's CDC path measured alone, for `bench cdc`'s breakdown. Each drains its own copy
 * of the same slot (the same WAL as the timed runs) and stops after `changes` row changes. Only the
 * public pieces of src/ingest/postgres and src/bronze are used.
 *
 * argv[2] is JSON (see Job). Parts:
 * - raw: a `pg` replication connection counting XLogData messages, nothing decoded: Node's transport floor.
 * - stream: lake's `ReplicationStream` (the socket, with its flow control) and `decodePgoutput` on every
 *   message, nothing assembled.
 * - source: lake's `PgChangeSource` (stream, decoding, transaction assembly, batching) with lake's
 *   batching settings, every batch confirmed at once and dropped: everything lake does before bronze.
 * - bronze: the batches of `source`, kept in memory, then `writeChanges` on each, timed alone: bronze
 *   writing with nothing else running.
 *
 * Prints one JSON line: { ms, changes, messages?, batches?, writeMs?, files? }.
 */
import './report-rss.ts';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import pg from 'pg';
import { writeChanges } from '../../src/bronze/cdc.ts';
import { decodePgoutput, PgChangeSource, ReplicationStream, type CdcRow } from '../../src/ingest/postgres/index.ts';
import { openRuntime } from '../../src/orchestrator/runtime.ts';

export interface Job {
  part: 'raw' | 'stream' | 'source' | 'bronze';
  connection: string;
  slot: string;
  publication: string;
  changes: number;
  /** source and bronze: the Postgres table (schema.name) and the lake table it maps to. */
  pgTable: string;
  table: string;
  /** The source's flush settings (as in the lake config). */
  maxChanges: number;
  intervalMs: number;
  /** bronze: a lake config (for the engine and storage). */
  config?: string;
}

export interface PartResult {
  /** Connect to the last change received (raw, stream) or handed out in a batch (source, bronze). */
  ms: number;
  changes: number;
  messages?: number;
  batches?: number;
  /** bronze: writeChanges over all batches, summed. */
  writeMs?: number;
  files?: number;
}

const job = JSON.parse(process.argv[2]) as Job;
const result = job.part === 'raw' ? await raw() : job.part === 'stream' ? await stream() : await source();
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
    // pg exposes the copy-both stream only on its connection object.
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

async function stream(): Promise<PartResult> {
  const started = performance.now();
  const replication = await ReplicationStream.open({ connection: job.connection, slot: job.slot, publications: [job.publication], from: 0n });
  let changes = 0;
  let messages = 0;
  const end = await new Promise<number>((resolve, reject) => {
    replication.failed.catch(reject);
    const drain = () => {
      for (let message = replication.read(); message !== null; message = replication.read()) {
        if (message.kind !== 'xlog') continue;
        messages++;
        const decoded = decodePgoutput(message.payload);
        if ((decoded.tag === 'insert' || decoded.tag === 'update' || decoded.tag === 'delete') && ++changes === job.changes) {
          resolve(performance.now());
          return;
        }
      }
    };
    replication.onReadable(drain);
    drain();
  });
  await replication.close();
  return { ms: end - started, changes, messages };
}

async function source(): Promise<PartResult> {
  const started = performance.now();
  const changeSource = await PgChangeSource.open({
    connection: job.connection,
    slot: job.slot,
    publication: job.publication,
    from: 0n,
    tables: new Map([[job.pgTable, { table: job.table, primaryKey: ['id'] }]]),
    maxChanges: job.maxChanges,
    intervalMs: job.intervalMs,
    spillChanges: 1_000_000,
  });
  const keep = job.part === 'bronze';
  const batches: CdcRow[][] = [];
  let changes = 0;
  let handedOut = 0;
  while (changes < job.changes) {
    const batch = await changeSource.next();
    if (!batch) break;
    handedOut++;
    changes += batch.changes.length;
    if (keep && batch.changes.length > 0) batches.push(batch.changes);
    if (batch.endLsn !== undefined) changeSource.confirm(batch.endLsn);
  }
  const end = performance.now();
  await changeSource.close();
  const result: PartResult = { ms: end - started, changes, batches: handedOut };
  if (keep) {
    const runtime = await openRuntime(job.config!);
    const workDir = path.join(runtime.workDir, `${process.pid}-bench`);
    let writeMs = 0;
    let files = 0;
    for (const rows of batches) {
      const start = performance.now();
      files += (await writeChanges(runtime.engine, runtime.storage, workDir, rows)).length;
      writeMs += performance.now() - start;
    }
    await runtime.close();
    Object.assign(result, { writeMs, files });
  }
  return result;
}
