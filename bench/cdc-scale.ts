/**
 * `npm run bench -- cdc-scale`: does lake's CDC keep up with a large table? Issue 12's scale table:
 * initial snapshot time against `psql \copy`, and silver freshness, CPU and bytes written per change,
 * and file counts under a steady stream of single-row UPDATEs, for each table size and key pattern.
 *
 * Only lake's external surface is used, so the bench measures whatever the CDC code does inside: a
 * `lake run` daemon (bin/lake.js) with a generated config, the files it writes under its lake root, and
 * the silver manifest `_lake/partitions/silver/big/current.json` (`rows`, `last_commit_at`,
 * `built_at`, and `files` or `key` for the file count). `_lake/cdc/shop/state.json` is read for one
 * optional figure (snapshot in bronze).
 *
 * For each size (a fresh cluster each time):
 *   1. Postgres: the system's PostgreSQL (Debian's 15 by default) in a temporary cluster with its
 *      defaults (fsync on) plus wal_level=logical, max_wal_senders, max_replication_slots
 *      (bench/lib/postgres-server.ts). Table big(id bigint primary key, v int, payload text,
 *      updated_at timestamptz), loaded with generate_series, ~100-byte md5 payloads, then
 *      VACUUM (FREEZE, ANALYZE) and CHECKPOINT so neither reader pays for hint bits.
 *   2. Baseline: `psql -c "\copy big TO '<file>' WITH (FORMAT csv)"`, wall time of the psql process
 *      (the file is on the same disk as the lake).
 *   3. lake: `lake run` starts on the loaded table; the time from spawning it until the silver manifest
 *      exists with rows = the table's rows. Both sides include their process start.
 *   4. Each key pattern in turn, on the same daemon: `pgbench -n -R <rate> -T <seconds> -c 4 -j 2`, one
 *      single-row UPDATE of v, payload and updated_at = now() per transaction, of a key drawn uniformly
 *      from all ids (random) or from the newest 1% (recent). The pattern's window runs from pgbench's
 *      start until silver holds its last change ("caught up": a marker UPDATE after pgbench, see
 *      measureLoad); all figures of the pattern are over that window. BENCHMARKS.md says what each
 *      figure means exactly.
 *
 * Every process started here (Postgres, lake, pgbench, psql) is stopped on return, error or Ctrl-C
 * (bench/lib/cleanup.ts). Nothing is asserted on timings: the bench reports, and says which targets are
 * met. A size fails when lake exits on its own or its CDC source stops for good (`cdc.failed`); a
 * snapshot that never reaches silver skips that size's load.
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, stopRequested, withCleanup } from './lib/cleanup.ts';
import { BENCH_DIR, positive, REPO, runTool, sleep, suiteOptions } from './lib/harness.ts';
import { reapAbandonedDaemons, startLakeDaemon, type LakeDaemon } from './lib/lake-daemon.ts';
import { formatTable, MiB } from './lib/measure.ts';
import { startSystemPostgres, type SystemPostgres } from './lib/postgres-server.ts';
import { machineBusyMs, peakRssKb, selfAndReapedCpuMs, treeCpuMs, treeIo } from './lib/proc.ts';

const TABLE = 'big';
const SOURCE = 'shop';
const DATABASE = 'bench';
/** How often the bench reads the silver manifest: often enough to count publishes a flush apart. */
const POLL_MS = 50;
/** Freshness is sampled on this grid (the issue asks for 250 ms). */
const SAMPLE_MS = 250;
/** A publish's log line arrives this long after its manifest at most (a cross-check, not a figure). */
const LOG_GRACE_MS = 200;
const PATTERNS = ['random', 'recent'] as const;
type Pattern = (typeof PATTERNS)[number];

const HELP = `usage: npm run bench -- cdc-scale [options]

  --rows LIST            table sizes, comma-separated (default 1000000,10000000)
  --rate N               UPDATEs per second sent by pgbench (default 1000)
  --seconds N            duration of the load, per pattern (default 120)
  --patterns LIST        key patterns: random (uniform over all ids), recent (uniform over the newest
                         1% of ids) (default random,recent)
  --quick                smoke run: 100000 rows, 20 s per pattern, snapshot timeout 300 s
                         (explicit options still win)
  --clients N            pgbench clients, -c (default 4)
  --jobs N               pgbench threads, -j (default 2)
  --flush-ms N           the source's flush.interval_ms (default: lake's default, not written)
  --source-yaml TEXT     extra YAML for the postgres source block, e.g.
                         'silver: { target_file_mb: 128, publish_interval_ms: 5000 }'
  --snapshot-timeout S   give up on the initial snapshot after this long; the size's load is then
                         skipped (default 3600, with --quick 300)
  --catch-up-timeout S   after the load, wait this long at most for silver to hold its last change
                         (default 600)
  --pg-bin DIR           PostgreSQL server binaries (default /usr/lib/postgresql/15/bin)
  --lake DIR             run bin/lake.js of another checkout of lake (its node_modules installed),
                         e.g. to compare a commit with the working tree (default: this repository)
  --keep                 keep the work directory .bench/cdc-scale/ (lake root, logs)
  --help                 this text

Results are printed and written to .bench/cdc-scale-<rows>.json (sizes joined by '-'); each size's
daemon log is kept in .bench/cdc-scale-<size>.lake.log.`;

interface Options {
  rows: number[];
  rate: number;
  seconds: number;
  patterns: Pattern[];
  clients: number;
  jobs: number;
  flushMs?: number;
  sourceYaml?: string;
  snapshotTimeoutS: number;
  catchUpTimeoutS: number;
  pgBin: string;
  lake: string;
  keep: boolean;
  quick: boolean;
}

function parseOptions(args: string[]): Options | undefined {
  const values = suiteOptions(args, HELP, {
    rows: { type: 'string' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string' },
    patterns: { type: 'string', default: 'random,recent' },
    quick: { type: 'boolean', default: false },
    clients: { type: 'string', default: '4' },
    jobs: { type: 'string', default: '2' },
    'flush-ms': { type: 'string' },
    'source-yaml': { type: 'string' },
    'snapshot-timeout': { type: 'string' },
    'catch-up-timeout': { type: 'string', default: '600' },
    'pg-bin': { type: 'string', default: '/usr/lib/postgresql/15/bin' },
    lake: { type: 'string', default: REPO },
    keep: { type: 'boolean', default: false },
  });
  if (!values) return undefined;
  const quick = values.quick;
  const rows = (values.rows ?? (quick ? '100000' : '1000000,10000000')).split(',').map((v) => positive('rows', v.trim()));
  for (const n of rows) if (n < 100) throw new Error(`--rows: at least 100 rows, so the newest 1% is a key or more (got ${n})`);
  const patterns = values.patterns.split(',').map((p) => p.trim());
  for (const p of patterns) if (!(PATTERNS as readonly string[]).includes(p)) throw new Error(`--patterns: expected random and/or recent, got '${p}'`);
  return {
    rows,
    rate: positive('rate', values.rate),
    seconds: positive('seconds', values.seconds ?? (quick ? '20' : '120')),
    patterns: patterns as Pattern[],
    clients: positive('clients', values.clients),
    jobs: positive('jobs', values.jobs),
    flushMs: values['flush-ms'] === undefined ? undefined : positive('flush-ms', values['flush-ms']),
    sourceYaml: values['source-yaml'],
    snapshotTimeoutS: positive('snapshot-timeout', values['snapshot-timeout'] ?? (quick ? '300' : '3600')),
    catchUpTimeoutS: positive('catch-up-timeout', values['catch-up-timeout']),
    pgBin: values['pg-bin'],
    lake: path.resolve(values.lake),
    keep: values.keep,
    quick,
  };
}

// ---------------------------------------------------------------------------------------------------
// Results

interface SnapshotResult {
  rows: number;
  tableBytes: number;
  loadMs: number;
  copyMs: number;
  copyBytes: number;
  /** `lake run` spawned → silver manifest with rows = table rows; undefined when it timed out. */
  lakeMs?: number;
  /** `lake run` spawned → its `daemon.started` log line (Node, tsx, config, DuckDB): the process start inside lakeMs. */
  startMs?: number;
  /** `lake run` spawned → state.json marks the table's snapshot done (bronze holds it). */
  bronzeMs?: number;
  lakeCpuMs?: number;
  lakePeakRssKb?: number;
}

interface LoadResult {
  pattern: Pattern;
  keys: number;
  /** UPDATEs pgbench committed (each changes one row), plus the marker change that closes the load. */
  changes: number;
  loadMs: number;
  pgbenchLatencyMs?: number;
  pgbenchScheduleLagMs?: number;
  /** pgbench's end → silver holds the load's last change; undefined when it never did within the timeout. */
  catchUpMs?: number;
  /** pgbench's start → caught up (or the timeout). */
  windowMs: number;
  freshness: { samples: number; p50Ms: number; p99Ms: number; maxMs: number };
  /** built_at values seen change in the window. */
  publishes: number;
  /** `cdc.silver.built` log lines in the window (a cross-check; 0 if the daemon stops logging them). */
  publishesLogged: number;
  lakeCpuMs: number;
  postgresCpuMs: number;
  /** Share of all CPUs used by processes other than lake, Postgres, pgbench and the bench. */
  otherShare: number;
  writeBytes?: number;
  cancelledWriteBytes?: number;
  lakeDirGrowthBytes: number;
  silverFiles: { manifest: number; onDisk: number };
  bronzeFiles: number;
  silverRows?: number;
  /** lake's peak RSS so far (VmHWM of the daemon process), at the end of the window. */
  lakePeakRssKb?: number;
  problems: number;
}

interface SizeResult {
  snapshot: SnapshotResult;
  loads: LoadResult[];
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');
  if (!existsSync(path.join(options.lake, 'bin', 'lake.js'))) throw new Error(`--lake ${options.lake}: no bin/lake.js there`);
  for (const tool of ['psql', 'pgbench', 'initdb', 'postgres']) {
    if (!existsSync(path.join(options.pgBin, tool))) {
      throw new Error(`${path.join(options.pgBin, tool)} not found: install PostgreSQL 15 (apt-get install postgresql-15) or pass --pg-bin DIR`);
    }
  }
  const label = options.rows.join('-');
  const work = path.join(BENCH_DIR, 'cdc-scale');
  reapAbandonedDaemons(work);
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });
  log(`machine: ${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}`);
  const busy = await machineBusyShare(1000);
  if (busy > 0.1) log(`warning: the CPUs were ${(busy * 100).toFixed(0)}% busy before the bench started: other processes are running, so the figures will be noisy`);

  const results: SizeResult[] = [];
  const failures: Array<{ rows: number; error: string }> = [];
  let server = '';
  try {
    await withCleanup(async () => {
      // Registered first, so it runs last: also on Ctrl-C, after the daemon and the server have stopped.
      if (!options.keep) onCleanup(() => fs.rm(work, { recursive: true, force: true }));
      for (const rows of options.rows) {
        // A size that fails (lake exits, pgbench cannot connect) is reported; the other sizes still run,
        // so an hour of 1M figures is not lost to a 10M failure.
        try {
          results.push(await measureSize(rows, options, path.join(work, String(rows)), log, (v) => (server = v)));
        } catch (error) {
          if (stopRequested()) throw error;
          log(`  ${rows.toLocaleString('en-US')} rows failed: ${(error as Error).message}`);
          failures.push({ rows, error: (error as Error).message });
        }
        // Each size's daemon log is kept: the thing to read after a surprising figure.
        await fs.copyFile(path.join(work, String(rows), 'lake.log'), path.join(BENCH_DIR, `cdc-scale-${rows}.lake.log`)).catch(() => {});
      }
    }, log);
  } finally {
    if (!options.keep) await fs.rm(work, { recursive: true, force: true });
  }
  const text = report(results, failures, options, server, busy);
  process.stdout.write(text + '\n');
  const recordFile = path.join(BENCH_DIR, `cdc-scale-${label}.json`);
  await fs.writeFile(recordFile, JSON.stringify({ date: new Date().toISOString(), machine: os.cpus()[0]?.model, cores: os.availableParallelism(), cpuBusyBefore: busy, postgres: server, options, results, failures }, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)}`);
  if (failures.length > 0) {
    throw new Error(`${failures.map((f) => f.rows.toLocaleString('en-US')).join(', ')} rows failed (see above and .bench/cdc-scale-<size>.lake.log)`);
  }
}

// ---------------------------------------------------------------------------------------------------
// One table size

async function measureSize(rows: number, options: Options, dir: string, log: (line: string) => void, onServer: (version: string) => void): Promise<SizeResult> {
  const n = rows.toLocaleString('en-US');
  await fs.mkdir(dir, { recursive: true });
  log(`${n} rows: starting PostgreSQL from ${options.pgBin} ...`);
  const pg = await startSystemPostgres({
    bin: options.pgBin,
    database: DATABASE,
    settings: { wal_level: 'logical', max_wal_senders: '10', max_replication_slots: '10' },
  });
  let daemon: LakeDaemon | undefined;
  try {
    onServer((await pg.query<{ v: string }>(`SELECT version() AS v`)).rows[0].v.split(' on ')[0]);
    const fsync = (await pg.query<{ f: string }>(`SELECT current_setting('fsync') AS f`)).rows[0].f;
    if (fsync !== 'on') throw new Error(`fsync is ${fsync}: the comparison needs the server's defaults`);

    log(`  loading ${n} rows ...`);
    const loadStarted = Date.now();
    await pg.query(`CREATE TABLE ${TABLE} (id bigint NOT NULL, v int, payload text, updated_at timestamptz)`);
    // Four md5s make ~100 bytes of incompressible-looking text per row; the key is added after the load
    // (one index build instead of ten million inserts into it).
    await pg.query(`INSERT INTO ${TABLE}
      SELECT g, ((g::bigint * 7919) % 1000000)::int, md5(g::text) || md5((g + 1)::text) || md5((g * 3)::text) || left(md5((g * 7)::text), 4),
             now() - make_interval(secs => ${rows} - g)
      FROM generate_series(1::bigint, ${rows}::bigint) g`);
    await pg.query(`ALTER TABLE ${TABLE} ADD PRIMARY KEY (id)`);
    await pg.query(`VACUUM (FREEZE, ANALYZE) ${TABLE}`);
    await pg.query(`CHECKPOINT`);
    const loadMs = Date.now() - loadStarted;
    const tableBytes = Number((await pg.query<{ b: string }>(`SELECT pg_table_size('${TABLE}')::bigint AS b`)).rows[0].b);
    log(`  loaded in ${s(loadMs)} s, table ${(tableBytes / MiB).toFixed(0)} MiB (without the index)`);

    // The baseline: psql's \copy to a file on the lake's disk.
    const copyFile = path.join(dir, `${TABLE}.csv`);
    const copyStarted = Date.now();
    await runTool(path.join(options.pgBin, 'psql'), [...pg.clientArgs, '-d', DATABASE, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${TABLE} TO '${copyFile}' WITH (FORMAT csv)`]);
    const copyMs = Date.now() - copyStarted;
    const copyBytes = (await fs.stat(copyFile)).size;
    await fs.rm(copyFile);
    log(`  psql \\copy: ${s(copyMs)} s, ${(copyBytes / MiB).toFixed(0)} MiB of CSV`);

    // lake: the daemon on the loaded table, timed until silver holds every row.
    const root = path.join(dir, 'lake');
    const config = path.join(dir, 'lake.yaml');
    await fs.writeFile(config, lakeYaml(root, pg.connectionString, options));
    const manifestFile = path.join(root, '_lake', 'partitions', 'silver', TABLE, 'current.json');
    const stateFile = path.join(root, '_lake', 'cdc', SOURCE, 'state.json');
    log(`  lake run: initial snapshot → first silver ...`);
    const lakeStarted = Date.now();
    daemon = startLakeDaemon(config, path.join(dir, 'lake.log'), options.lake);
    const snapshot: SnapshotResult = { rows, tableBytes, loadMs, copyMs, copyBytes };
    const snapshotDeadline = lakeStarted + options.snapshotTimeoutS * 1000;
    for (;;) {
      if (daemon.exit) throw new Error(`lake run exited (${daemon.exit.code ?? daemon.exit.signal}) before the first silver:\n${daemon.tail()}`);
      failedSource(daemon, 'before the first silver');
      if (snapshot.bronzeMs === undefined && snapshotDone(stateFile)) snapshot.bronzeMs = Date.now() - lakeStarted;
      const manifest = await readManifest(manifestFile);
      if (manifest && manifest.rows === rows) {
        snapshot.lakeMs = Date.now() - lakeStarted;
        break;
      }
      if (Date.now() > snapshotDeadline) break;
      await sleep(100);
    }
    const ready = daemon.eventTimes('daemon.started')[0];
    if (ready !== undefined) snapshot.startMs = ready - lakeStarted;
    snapshot.lakeCpuMs = treeCpuMs(daemon.pid);
    snapshot.lakePeakRssKb = peakRssKb(daemon.pid);
    if (snapshot.lakeMs === undefined) {
      log(`  no silver with ${n} rows after ${options.snapshotTimeoutS} s: the load is skipped for this size`);
      return { snapshot, loads: [] };
    }
    log(`  first silver after ${s(snapshot.lakeMs)} s (ratio lake/psql ${(snapshot.lakeMs / copyMs).toFixed(2)})` +
      `${snapshot.bronzeMs !== undefined ? `; snapshot in bronze after ${s(snapshot.bronzeMs)} s` : ''}`);

    const loads: LoadResult[] = [];
    for (const pattern of options.patterns) {
      loads.push(await measureLoad(pattern, rows, options, pg, daemon, { dir, root, manifestFile }, log));
    }
    return { snapshot, loads };
  } finally {
    await daemon?.stop();
    await pg.stop();
  }
}

function lakeYaml(root: string, connection: string, options: Options): string {
  // JSON strings are valid YAML scalars, which keeps odd characters in paths harmless.
  const extra = (options.sourceYaml ?? '').split('\n').filter((line) => line.trim() !== '').map((line) => `    ${line}`);
  return [
    'lake:',
    `  root: ${JSON.stringify(root)}`,
    'sources:',
    `  ${SOURCE}:`,
    '    type: postgres',
    `    connection: ${JSON.stringify(connection)}`,
    '    publication: lake_bench_pub',
    '    slot: lake_bench_slot',
    '    tables:',
    `      - name: public.${TABLE}`,
    ...(options.flushMs !== undefined ? [`    flush: { interval_ms: ${options.flushMs} }`] : []),
    ...extra,
    'observability:',
    // Port 0: a free port, so the bench never collides with a daemon already running on this machine.
    '  metrics: { port: 0 }',
    '  log: { level: info, format: json }',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// One key pattern under load

interface ManifestView {
  builtAt: string;
  rows: number;
  lastCommitMs?: number;
  files: number;
}

let warnedUnparsable = false;

async function readManifest(file: string): Promise<ManifestView | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const m = JSON.parse(text) as { built_at?: string; rows?: number; last_commit_at?: string | null; files?: unknown[]; key?: string };
    const lastCommitMs = m.last_commit_at ? Date.parse(m.last_commit_at) : undefined;
    if (m.last_commit_at && !Number.isFinite(lastCommitMs) && !warnedUnparsable) {
      warnedUnparsable = true;
      process.stderr.write(`warning: the silver manifest's last_commit_at '${m.last_commit_at}' is not a date JavaScript can read: freshness and catch-up cannot be measured\n`);
    }
    return {
      builtAt: String(m.built_at),
      rows: Number(m.rows),
      lastCommitMs: Number.isFinite(lastCommitMs) ? lastCommitMs : undefined,
      files: Array.isArray(m.files) ? m.files.length : m.key ? 1 : 0,
    };
  } catch {
    return undefined; // caught mid-write by a writer that does not replace atomically: read again next time
  }
}

/**
 * A CDC source that failed for good (`cdc.failed`: retry needs a person) stops while the daemon lives
 * on, so waiting for silver would only run into the timeout: the size fails at once, with the log.
 */
function failedSource(daemon: LakeDaemon, when: string): void {
  if (daemon.eventTimes('cdc.failed').length === 0) return;
  const line = daemon.problems.find((text) => text.includes('"cdc.failed"')) ?? '';
  throw new Error(`lake's CDC source stopped (cdc.failed) ${when}: ${line}\n${daemon.tail()}`);
}

function snapshotDone(stateFile: string): boolean {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { tables?: Record<string, { snapshot?: string }> };
    return state.tables?.[TABLE]?.snapshot === 'done';
  } catch {
    return false;
  }
}

function pgbenchScript(pattern: Pattern): string {
  const key =
    pattern === 'random'
      ? ['\\set id random(1, :rows)']
      : ['\\set low :rows - :rows / 100 + 1', '\\set id random(:low, :rows)'];
  return [
    ...key,
    '\\set v random(0, 1000000)',
    `UPDATE ${TABLE} SET v = :v,`,
    `  payload = md5(random()::text) || md5(random()::text) || md5(random()::text) || left(md5(random()::text), 4),`,
    `  updated_at = now()`,
    `  WHERE id = :id;`,
    '',
  ].join('\n');
}

async function measureLoad(
  pattern: Pattern,
  rows: number,
  options: Options,
  pg: SystemPostgres,
  daemon: LakeDaemon,
  paths: { dir: string; root: string; manifestFile: string },
  log: (line: string) => void,
): Promise<LoadResult> {
  const keys = pattern === 'random' ? rows : Math.floor(rows / 100);
  log(`  ${pattern} keys (${keys.toLocaleString('en-US')}): pgbench -R ${options.rate} -T ${options.seconds} -c ${options.clients} -j ${options.jobs} ...`);
  const script = path.join(paths.dir, `${pattern}.sql`);
  await fs.writeFile(script, pgbenchScript(pattern));

  const lakeCpu0 = treeCpuMs(daemon.pid);
  const io0 = treeIo(daemon.pid);
  const dir0 = await dirBytes(paths.root);
  const pgCpu0 = treeCpuMs(pg.postmasterPid) ?? 0;
  const bench0 = selfAndReapedCpuMs();
  const machine0 = machineBusyMs();
  const logged0 = daemon.eventTimes('cdc.silver.built').length;
  const started = Date.now();

  // The watcher: reads the manifest every POLL_MS, counts built_at changes, and takes a freshness sample
  // on every SAMPLE_MS grid point.
  const samples: number[] = [];
  let publishes = 0;
  let current = await readManifest(paths.manifestFile);
  let nextSample = started;
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const now = Date.now();
      const seen = await readManifest(paths.manifestFile);
      if (seen) {
        if (current && seen.builtAt !== current.builtAt) publishes++;
        current = seen;
      }
      if (now >= nextSample) {
        // The oldest change silver does not show yet committed just after last_commit_at; before the
        // load's first change is visible, it committed just after the load started.
        samples.push(now - Math.max(current?.lastCommitMs ?? 0, started));
        nextSample += SAMPLE_MS * Math.max(1, Math.ceil((now - nextSample + 1) / SAMPLE_MS));
      }
      await sleep(POLL_MS - ((Date.now() - now) % POLL_MS));
    }
  })();

  let loadEnded = started;
  let pgbenchOut = '';
  let caughtUpAt: number | undefined;
  try {
    pgbenchOut = await runTool(path.join(options.pgBin, 'pgbench'), [
      ...pg.clientArgs, '-n', '-R', String(options.rate), '-T', String(options.seconds), '-c', String(options.clients), '-j', String(options.jobs),
      '-D', `rows=${rows}`, '-f', script, DATABASE,
    ]);
    loadEnded = Date.now();
    // A marker change closes the load: one more UPDATE, committed after every pgbench transaction.
    // Silver holds the load's last change once its last_commit_at reaches the marker's start (now(), at
    // or before its commit), because silver applies commits in order and nothing else commits after it.
    // The 10 ms pause keeps pgbench's last commit out of the marker's millisecond, so the comparison
    // holds when lake keeps commit times to the millisecond only.
    await sleep(10);
    const marker = await pg.query<{ ms: string }>(
      `UPDATE ${TABLE} SET updated_at = now() WHERE id = $1 RETURNING floor(extract(epoch FROM now()) * 1000)::bigint AS ms`, [rows]);
    const target = Number(marker.rows[0].ms);
    const deadline = loadEnded + options.catchUpTimeoutS * 1000;
    while (Date.now() < deadline) {
      if (daemon.exit) throw new Error(`lake run exited (${daemon.exit.code ?? daemon.exit.signal}) during the ${pattern} load:\n${daemon.tail()}`);
      failedSource(daemon, `during the ${pattern} load`);
      if (current?.lastCommitMs !== undefined && current.lastCommitMs >= target) {
        caughtUpAt = Date.now();
        break;
      }
      await sleep(POLL_MS);
    }
  } finally {
    watching = false;
    await watch;
  }
  const ended = caughtUpAt ?? Date.now();
  const lakeCpuMs = (treeCpuMs(daemon.pid) ?? Number.NaN) - (lakeCpu0 ?? Number.NaN);
  const io1 = treeIo(daemon.pid);
  const postgresCpuMs = (treeCpuMs(pg.postmasterPid) ?? 0) - pgCpu0;
  const benchCpuMs = selfAndReapedCpuMs() - bench0;
  const machineMs = machineBusyMs() - machine0;
  const windowMs = ended - started;
  const otherShare = Math.max(0, machineMs - lakeCpuMs - postgresCpuMs - benchCpuMs) / (windowMs * os.availableParallelism());
  const dir1 = await dirBytes(paths.root);
  const manifest = await readManifest(paths.manifestFile);

  // pgbench's UPDATEs, plus the marker.
  const changes = Number(/number of transactions actually processed: (\d+)/.exec(pgbenchOut)?.[1] ?? Number.NaN) + 1;
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  const result: LoadResult = {
    pattern,
    keys,
    changes,
    loadMs: loadEnded - started,
    pgbenchLatencyMs: numberAfter(pgbenchOut, /latency average = ([\d.]+) ms/),
    pgbenchScheduleLagMs: numberAfter(pgbenchOut, /schedule lag: avg ([\d.]+)/),
    catchUpMs: caughtUpAt === undefined ? undefined : caughtUpAt - loadEnded,
    windowMs,
    freshness: { samples: samples.length, p50Ms: pick(0.5), p99Ms: pick(0.99), maxMs: sorted[sorted.length - 1] ?? Number.NaN },
    publishes,
    // The log line follows the manifest write that ended the window by a few ms, hence the grace.
    publishesLogged: daemon.eventTimes('cdc.silver.built').slice(logged0).filter((at) => at <= ended + LOG_GRACE_MS).length,
    lakeCpuMs,
    postgresCpuMs,
    otherShare,
    writeBytes: io0 && io1 ? io1.writeBytes - io0.writeBytes : undefined,
    cancelledWriteBytes: io0 && io1 ? io1.cancelledWriteBytes - io0.cancelledWriteBytes : undefined,
    lakeDirGrowthBytes: dir1 - dir0,
    silverFiles: { manifest: manifest?.files ?? 0, onDisk: await countParquet(path.join(paths.root, 'silver', TABLE)) },
    bronzeFiles: await countParquet(path.join(paths.root, 'bronze', TABLE)),
    silverRows: manifest?.rows,
    lakePeakRssKb: peakRssKb(daemon.pid),
    problems: daemon.problems.length,
  };
  log(`    ${changes.toLocaleString('en-US')} changes in ${s(result.loadMs)} s; ` +
    (caughtUpAt === undefined ? `silver NOT caught up ${options.catchUpTimeoutS} s after the load` : `silver caught up ${s(result.catchUpMs!)} s after the load`) +
    `; freshness p50 ${s(result.freshness.p50Ms)} s, p99 ${s(result.freshness.p99Ms)} s, max ${s(result.freshness.maxMs)} s; ` +
    `${publishes} publishes; lake CPU ${s(lakeCpuMs)} s (${(lakeCpuMs / windowMs).toFixed(2)} cores), peak RSS ${((result.lakePeakRssKb ?? Number.NaN) / 1024).toFixed(0)} MiB; ` +
    `other processes ${pct(otherShare)} of the CPUs`);
  const achieved = result.changes / (result.loadMs / 1000);
  if (achieved < options.rate * 0.95) {
    log(`    warning: pgbench sent ${Math.round(achieved)} changes/s, not ${options.rate} (schedule lag avg ${result.pgbenchScheduleLagMs ?? '?'} ms): ` +
      'Postgres or the machine could not keep the rate, so this pattern ran lighter than asked');
  }
  if (manifest && manifest.rows !== rows) log(`    warning: silver has ${manifest.rows} rows, the table ${rows} (the load only updates)`);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Report

function report(results: SizeResult[], failures: Array<{ rows: number; error: string }>, options: Options, server: string, busyBefore: number): string {
  const out: string[] = [];
  const flush = options.flushMs !== undefined ? `flush.interval_ms ${options.flushMs}` : "lake's default flush settings";
  out.push(`# cdc-scale: lake run against ${server} (server defaults, fsync on), table ${TABLE}(id bigint pk, v int, payload text ~100 B, updated_at timestamptz)`);
  out.push(`# ${flush}${options.sourceYaml ? `, source also has: ${options.sourceYaml.replaceAll('\n', ' ')}` : ''}; ` +
    `${os.availableParallelism()} cores; CPUs ${pct(busyBefore)} busy before the start${options.lake === path.resolve(REPO) ? '' : `; lake from ${options.lake}`}`);
  out.push('');
  out.push('## initial snapshot');
  out.push('');
  out.push(formatTable(
    ['rows', 'table MiB', 'psql \\copy s', 'lake → first silver s', 'ratio lake/psql', 'of which daemon start s', 'snapshot in bronze s', 'lake CPU s', 'lake peak RSS MiB'],
    results.map(({ snapshot: r }) => [
      r.rows.toLocaleString('en-US'), (r.tableBytes / MiB).toFixed(0), s(r.copyMs),
      r.lakeMs === undefined ? `> ${options.snapshotTimeoutS}` : s(r.lakeMs),
      r.lakeMs === undefined ? 'n/a' : (r.lakeMs / r.copyMs).toFixed(2),
      r.startMs === undefined ? 'n/a' : s(r.startMs),
      r.bronzeMs === undefined ? 'n/a' : s(r.bronzeMs),
      r.lakeCpuMs === undefined ? 'n/a' : s(r.lakeCpuMs),
      r.lakePeakRssKb === undefined ? 'n/a' : (r.lakePeakRssKb / 1024).toFixed(0),
    ]),
  ));
  out.push('');
  out.push(`## under load: pgbench -R ${options.rate} -T ${options.seconds} -c ${options.clients} -j ${options.jobs}, one single-row UPDATE per transaction; ` +
    'window = load start → silver holds the last change');
  out.push('');
  const rowsOut: string[][] = [];
  for (const { snapshot, loads } of results) {
    for (const l of loads) {
      const perK = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? 'n/a' : ((value / l.changes) * 1000).toFixed(2));
      rowsOut.push([
        snapshot.rows.toLocaleString('en-US'), l.pattern, l.changes.toLocaleString('en-US'), Math.round(l.changes / (l.loadMs / 1000)).toLocaleString('en-US'),
        `${s(l.freshness.p50Ms)} / ${s(l.freshness.p99Ms)} / ${s(l.freshness.maxMs)}`,
        l.catchUpMs === undefined ? `> ${options.catchUpTimeoutS}` : s(l.catchUpMs),
        String(l.publishes), s(l.lakeCpuMs), (l.lakeCpuMs / l.windowMs).toFixed(2), perK(l.lakeCpuMs / 1000),
        perK(l.writeBytes === undefined ? undefined : l.writeBytes / MiB), perK(l.lakeDirGrowthBytes / MiB),
        `${l.silverFiles.manifest} (${l.silverFiles.onDisk})`, l.bronzeFiles.toLocaleString('en-US'), pct(l.otherShare),
      ]);
    }
  }
  out.push(formatTable(
    ['rows', 'keys', 'changes', 'changes/s', 'freshness p50 / p99 / max s', 'catch-up s', 'silver publishes', 'lake CPU s', 'cores',
      'CPU s / 1k changes', 'written MiB / 1k', 'lake dir +MiB / 1k', 'silver files (on disk)', 'bronze files', 'other procs'],
    rowsOut,
  ));
  out.push('');
  out.push('freshness: every 250 ms, now − max(silver manifest last_commit_at, load start) until caught up; catch-up: pgbench end → silver holds the last change;');
  out.push('cores: lake CPU s / window s; written: /proc/<lake>/io write_bytes; lake dir: growth of the lake root; files: *.parquet at the end of the window.');
  for (const { snapshot, loads } of results) {
    // The daemon's count only grows, so its last pattern holds the size's total.
    const problems = loads.at(-1)?.problems ?? 0;
    if (problems > 0) out.push(`lake logged ${problems} warning/error line(s) at ${snapshot.rows.toLocaleString('en-US')} rows; see .bench/cdc-scale-${snapshot.rows}.lake.log`);
  }
  const slow = results.flatMap((r) => r.loads.filter((l) => l.changes / (l.loadMs / 1000) < options.rate * 0.95).map((l) => `${r.snapshot.rows.toLocaleString('en-US')} ${l.pattern}`));
  if (slow.length > 0) out.push(`pgbench fell short of ${options.rate} changes/s (Postgres or the machine could not keep the rate): ${slow.join('; ')}`);
  const mismatch = results.flatMap((r) => r.loads.filter((l) => l.publishesLogged > 0 && l.publishesLogged !== l.publishes).map((l) => `${r.snapshot.rows} ${l.pattern}: ${l.publishesLogged} logged`));
  if (mismatch.length > 0) out.push(`silver publishes counted from the log (cdc.silver.built) differ: ${mismatch.join('; ')}`);
  for (const f of failures) out.push(`FAILED at ${f.rows.toLocaleString('en-US')} rows: ${f.error.split('\n')[0]}`);
  out.push('');
  out.push('## targets (issue 12)');
  out.push('');
  out.push(...targets(results));
  return out.join('\n');
}

function targets(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const withLoads = results.filter((r) => r.loads.length > 0);
  const sizes = results.map((r) => r.snapshot.rows);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');
  for (const { snapshot } of results) {
    const ratio = snapshot.lakeMs === undefined ? undefined : snapshot.lakeMs / snapshot.copyMs;
    lines.push(`- ${snapshot.rows.toLocaleString('en-US')} rows: initial snapshot → first silver within 2x of psql \\copy: ` +
      `${ratio === undefined ? 'never finished' : `${ratio.toFixed(2)}x`} — ${verdict(ratio === undefined ? false : ratio <= 2)}`);
  }
  if (withLoads.length === 0) return lines;
  const big = withLoads.reduce((a, b) => (b.snapshot.rows > a.snapshot.rows ? b : a));
  const small = withLoads.reduce((a, b) => (b.snapshot.rows < a.snapshot.rows ? b : a));
  const at = (r: SizeResult) => r.snapshot.rows.toLocaleString('en-US');
  const note = (r: SizeResult, target: number) => (r.snapshot.rows === target ? '' : ` (measured at ${at(r)} rows; the target is set at ${target.toLocaleString('en-US')}: indicative only)`);
  const load = (r: SizeResult, pattern: Pattern) => r.loads.find((l) => l.pattern === pattern);
  const bigTarget = sizes.includes(10_000_000) ? withLoads.find((r) => r.snapshot.rows === 10_000_000) ?? big : big;
  for (const [pattern, limitS] of [['recent', 30], ['random', 120]] as const) {
    const l = load(bigTarget, pattern);
    if (!l) continue;
    const p99 = l.catchUpMs === undefined ? Number.POSITIVE_INFINITY : l.freshness.p99Ms;
    lines.push(`- ${at(bigTarget)} rows, ${pattern} keys: freshness p99 under ${limitS} s: ${Number.isFinite(p99) ? `${s(p99)} s` : 'never caught up'} — ${verdict(p99 < limitS * 1000)}${note(bigTarget, 10_000_000)}`);
  }
  for (const l of bigTarget.loads) {
    const cores = l.lakeCpuMs / l.windowMs;
    lines.push(`- ${at(bigTarget)} rows, ${l.pattern} keys: lake uses at most one core: ${cores.toFixed(2)} cores — ${verdict(cores <= 1)}${note(bigTarget, 10_000_000)}`);
  }
  const smallTarget = withLoads.find((r) => r.snapshot.rows === 1_000_000) ?? small;
  const a = load(bigTarget, 'recent');
  const b = load(smallTarget, 'recent');
  if (a && b && bigTarget !== smallTarget) {
    const ratio = a.lakeCpuMs / a.changes / (b.lakeCpuMs / b.changes);
    const exact = bigTarget.snapshot.rows === 10_000_000 && smallTarget.snapshot.rows === 1_000_000;
    lines.push(`- recent keys: CPU per change at ${at(bigTarget)} rows within 2x of ${at(smallTarget)} rows: ${ratio.toFixed(2)}x — ${verdict(ratio <= 2)}` +
      `${exact ? '' : ' (the target compares 10M with 1M: indicative only)'}`);
  } else {
    lines.push('- recent keys: CPU per change at 10M rows within 2x of 1M rows — n/a (needs two sizes with the recent pattern)');
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await dirBytes(full);
    else if (entry.isFile()) total += await fs.stat(full).then((st) => st.size, () => 0);
  }
  return total;
}

async function countParquet(dir: string): Promise<number> {
  try {
    const entries = await fs.readdir(dir, { recursive: true });
    return entries.filter((name) => name.endsWith('.parquet')).length;
  } catch {
    return 0;
  }
}

function numberAfter(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Share of all CPUs busy over `ms`, from /proc/stat. */
async function machineBusyShare(ms: number): Promise<number> {
  const before = machineBusyMs();
  await sleep(ms);
  return (machineBusyMs() - before) / (ms * os.availableParallelism());
}

function s(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) : 'n/a';
}

function pct(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

