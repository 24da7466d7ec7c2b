/**
 * `npm run bench -- silver`: lake's bronze → silver promotion and silver → gold builds of one month,
 * against DuckDB running the same SQL by itself and, for silver, against the statement a data engineer
 * would write by hand, with the same engine threads and memory limit.
 *
 * lake side         a child process (children/lake-statements.ts) that opens the runtime and calls
 *                   promoteSilverMonth / buildGoldMonth, the library calls `lake backfill` makes for each
 *                   partition, and times every engine statement and storage call on the way.
 * duckdb, same SQL  lake's own SQL, from a first, untimed lake run (silver's from its exported
 *                   `silverStatements`, gold's as its engine ran them), which a plain `@duckdb/node-api`
 *                   process (children/duckdb-sql.ts) replays: only the statements that produce data:
 *                     silver  the staging table (read bronze, map, cast, checks), the duplicates, COPY silver,
 *                             COPY quarantine
 *                     gold    the reference view and the month-restricted silver views, COPY of the model's SQL
 * hand-written      (silver only) one COPY over the same bronze file: typed casts with try_strptime and
 *                   TRY_CAST, an md5 unique_row_id, the rows outside the month or without a time dropped,
 *                   duplicates removed with QUALIFY row_number(). No quarantine, reasons, check results or
 *                   manifest: what lake must stay within 0.7 of (issue 14).
 *
 * So "same SQL" measures lake's orchestration, and "hand-written" what lake's checks, quarantine and
 * accounting cost on top of the model itself.
 *
 * As in bench/csv.ts, every measurement is its own child process, runs rotate between the sides, and
 * the median wall time and the highest peak RSS are reported. Several sizes (`--rows 1000000,10000000`)
 * show how cost grows. Nothing here asserts on timings.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, promises as fs, readFileSync, readdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LakeStatementsReport, Statement, Task } from './children/lake-statements.ts';
import { cpuTimes, IDLE_BUSY_PERCENT, otherCores, waitForIdle } from './lib/idle.ts';
import { formatTable, hasGnuTime, median, type ChildResult } from './lib/measure.ts';
import { BENCH_DIR, describeMachine, monthOption, nonNegative, positive, REPO, runChild, suiteOptions } from './lib/harness.ts';
import { ensureYellowCsv, type YellowFile } from './lib/yellow.ts';

const TLC_CONFIG = path.join(REPO, 'config/tlc.yaml');
const SILVER_TABLE = 'yellow_trips';
const GOLD_MODELS = ['monthly_zone_revenue', 'daily_trips'] as const;
/** Bump when the fault injection changes, so stale cached files are not reused. */
const FAULTS_VERSION = 1;
/** A run during which other processes used more than this many cores on average is run again. */
const MAX_OTHER_CORES = 0.2;
/** Issue 14: lake's bronze → silver at least this fraction of the hand-written statement's throughput. */
const TARGET_HAND = 0.7;
const WORKLOADS = ['silver', 'gold', 'chain'] as const;
type Workload = (typeof WORKLOADS)[number];

const HELP = `usage: npm run bench -- silver [options]

  --rows N[,N...]      rows in the generated yellow month (default 2000000); several sizes are
                       measured one after the other and compared
  --runs N             runs per side; the median wall time is reported (default 3)
  --workloads LIST     which of silver, gold, chain to measure (default all three)
  --month YYYY-MM      month of the data and of the partitions (default 2021-03)
  --threads N          DuckDB threads for every side (default 2)
  --memory-limit SIZE  DuckDB memory_limit for every side (default 512MB)
  --clean              use the generated CSV as it is: no duplicates, out-of-month rows or bad
                       timestamps (by default 0.1% / 0.05% / 0.02% of rows are made so)
  --fresh              ingest bronze again even when the cached partition is current
  --idle-wait SECONDS  before each measured run, wait up to this long for the machine to be idle
                       (under ${IDLE_BUSY_PERCENT}% CPU busy for 2 s, from /proc/stat); 0 disables (default 60)
  --retries N          run a measurement again when other processes used more than ${MAX_OTHER_CORES} cores
                       on average during it, up to N times (default 5; Linux only)
  --help               this text

The bronze partition is ingested once and cached under .bench/silver/; DuckDB's outputs go to
.bench/silver/<input>/duckdb/ and are removed.`;

interface Options {
  rows: number[];
  runs: number;
  workloads: Workload[];
  year: number;
  month: number;
  monthText: string;
  threads: number;
  memoryLimit: string;
  faults: boolean;
  fresh: boolean;
  idleWaitMs: number;
  retries: number;
}

function parseOptions(args: string[]): Options | undefined {
  const values = suiteOptions(args, HELP, {
    rows: { type: 'string', default: '2000000' },
    runs: { type: 'string', default: '3' },
    workloads: { type: 'string', default: WORKLOADS.join(',') },
    month: { type: 'string', default: '2021-03' },
    threads: { type: 'string', default: '2' },
    'memory-limit': { type: 'string', default: '512MB' },
    clean: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    'idle-wait': { type: 'string', default: '60' },
    retries: { type: 'string', default: '5' },
  });
  if (!values) return undefined;
  const month = monthOption(values.month);
  const workloads = values.workloads.split(',').map((w) => w.trim());
  for (const w of workloads) if (!(WORKLOADS as readonly string[]).includes(w)) throw new Error(`--workloads: unknown '${w}' (known: ${WORKLOADS.join(', ')})`);
  return {
    rows: values.rows.split(',').map((text) => positive('rows', text.trim())),
    runs: positive('runs', values.runs),
    workloads: workloads as Workload[],
    year: month.year,
    month: month.month,
    monthText: values.month,
    threads: positive('threads', values.threads),
    memoryLimit: values['memory-limit'],
    faults: !values.clean,
    fresh: values.fresh,
    idleWaitMs: nonNegative('idle-wait', values['idle-wait']) * 1000,
    retries: Math.floor(nonNegative('retries', values.retries)),
  };
}

type Counts = { bronze: number; silver: number; quarantined: number; duplicates: number };

interface DuckdbReport {
  ms: number[];
  rows: Array<number | null>;
  totalMs: number;
  cpuMs: number;
}

type SideName = 'lake' | 'duckdb' | 'hand';
const SIDE_LABEL: Record<SideName, string> = { lake: 'lake', duckdb: 'duckdb, same SQL', hand: 'duckdb, hand-written' };

/** One workload measured on two or three sides. */
interface Pair {
  id: string;
  label: string;
  /** Rows the workload reads: bronze rows for silver and for the chain, silver rows for a gold model. */
  inputRows: number;
  /** What the lake child runs, in order, in one process. */
  tasks: Task[];
  /** The DuckDB sides' statements, made when a run starts (gold reads the silver file published last). */
  duckdb: () => Promise<string[]>;
  /** Rows each of the "same SQL" side's COPYs must write, in order. */
  duckdbCopyRows: number[];
  hand?: () => Promise<string[]>;
}

interface SideRuns {
  results: ChildResult[];
  reports: Array<LakeStatementsReport | DuckdbReport>;
}

interface PairSummary {
  sides: Partial<Record<SideName, SideSummary>>;
  otherCores: number[];
}

interface SizeResult {
  rows: number;
  counts: Counts;
  summaries: Record<string, PairSummary>;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');
  log(`machine: ${describeMachine()}`);
  log(`peak RSS from ${hasGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in each child'}`);
  const sizes: SizeResult[] = [];
  const records: object[] = [];
  for (const rows of options.rows) {
    const { result, text, record } = await measureSize(options, rows, log);
    sizes.push(result);
    records.push(record);
    process.stdout.write(text + '\n');
  }
  if (sizes.length > 1 && options.workloads.includes('silver')) process.stdout.write('\n' + scalingTable(sizes) + '\n');
  const recordFile = path.join(BENCH_DIR, `silver-${options.rows.join('-')}${options.faults ? '' : '-clean'}.json`);
  await fs.writeFile(recordFile, JSON.stringify({ date: new Date().toISOString(), machine: describeMachine(), options, sizes: records }, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)} (with the SQL the DuckDB sides ran)`);
}

async function measureSize(options: Options, rowCount: number, log: (line: string) => void): Promise<{ result: SizeResult; text: string; record: object }> {
  // 1. Inputs: the CSV (cached by yellow.ts), with faults, and its bronze partition (cached here).
  const clean = await ensureYellowCsv(path.join(BENCH_DIR, 'data'), { ...options, rows: rowCount, gzip: false }, log);
  const data = options.faults ? await ensureFaultyCsv(clean, log) : clean;
  const home = path.join(BENCH_DIR, 'silver', `${path.basename(data.dir)}-t${options.threads}-${options.memoryLimit}`);
  const lakeRoot = path.join(home, 'lake');
  const config = path.join(home, 'lake.yaml');
  const work = path.join(home, 'duckdb');
  const spill = path.join(work, 'spill');
  await fs.mkdir(home, { recursive: true });
  await writeConfig(config, lakeRoot, data, options);
  const bronzeRows = await ensureBronze(config, lakeRoot, data, options, log);
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });
  log(`input: ${path.relative(REPO, data.file)}, bronze partition under ${path.relative(REPO, lakeRoot)} (${bronzeRows.toLocaleString('en-US')} rows)`);

  const childScript = (script: string, job: object): Promise<ChildResult> =>
    runChild(script, job);
  const runLake = (tasks: Task[]): Promise<ChildResult> => childScript('lake-statements.ts', { config, month: options.monthText, tasks });
  /** The file a layer's manifest names now (each lake run publishes a new one and removes the old). */
  const currentFile = async (layer: 'bronze' | 'silver', table: string): Promise<string> => {
    const manifest = JSON.parse(await fs.readFile(path.join(lakeRoot, '_lake/partitions', layer, table, `${options.monthText}.json`), 'utf8')) as { key: string };
    return path.join(lakeRoot, ...manifest.key.split('/'));
  };

  // 2. A first, untimed lake run: captures lake's SQL and publishes silver and gold, so that gold has
  //    its input from here on and every side starts from a warm page cache.
  log("capturing lake's SQL (untimed run) ...");
  const allTasks: Task[] = [{ layer: 'silver', name: SILVER_TABLE }, ...GOLD_MODELS.map((name): Task => ({ layer: 'gold', name }))];
  const silverOut = path.join(work, 'silver.parquet');
  const replayTo = { silver: silverOut, quarantine: path.join(work, 'quarantine.parquet') };
  const capture = JSON.parse((await runLake([{ ...allTasks[0], replayTo }, ...allTasks.slice(1)])).stdout) as LakeStatementsReport;
  const [silverTask, ...goldTasks] = capture.tasks;
  const silverManifest = silverTask.result.manifest as { key: string; counts: Counts };
  const counts = silverManifest.counts;
  const capturedSilverFile = path.join(lakeRoot, ...silverManifest.key.split('/'));
  const goldRows = Object.fromEntries(goldTasks.map((task) => [task.name, Number(task.result.manifest!.rows)]));
  log(`  bronze ${counts.bronze} = silver ${counts.silver} + quarantined ${counts.quarantined} + duplicates ${counts.duplicates}`);

  const silverScript = silverTask.replay!;
  const goldScripts = Object.fromEntries(
    goldTasks.map((task) => [task.name, goldStatements(task.name, task.statements, path.join(work, `${task.name}.parquet`))]),
  );
  const goldOver = async (model: string) => {
    const silverFile = await currentFile('silver', SILVER_TABLE);
    return goldScripts[model].map((sql) => replaceLiteral(sql, capturedSilverFile, silverFile));
  };
  const handSql = async () => [handWrittenSilver(await currentFile('bronze', 'yellow'), options, path.join(work, 'hand.parquet'))];

  const pairs: Pair[] = [];
  if (options.workloads.includes('silver')) {
    pairs.push({
      id: 'silver',
      label: `bronze → silver.${SILVER_TABLE}`,
      inputRows: counts.bronze,
      tasks: [allTasks[0]],
      duckdb: async () => silverScript,
      duckdbCopyRows: [counts.silver, counts.quarantined],
      hand: handSql,
    });
  }
  if (options.workloads.includes('gold')) {
    pairs.push(
      ...GOLD_MODELS.map((model): Pair => ({
        id: model,
        label: `silver → gold.${model}`,
        inputRows: counts.silver,
        tasks: [{ layer: 'gold', name: model }],
        duckdb: () => goldOver(model),
        duckdbCopyRows: [goldRows[model]],
      })),
    );
  }
  if (options.workloads.includes('chain')) {
    pairs.push({
      id: 'chain',
      label: 'bronze → silver → both gold models',
      inputRows: counts.bronze,
      // What `lake backfill --layer silver --downstream` builds: the table, then every model over it.
      tasks: allTasks,
      // Here the gold views read DuckDB's own silver output, written by the statements before them.
      duckdb: async () => [
        ...silverScript,
        ...GOLD_MODELS.flatMap((model) => goldScripts[model].map((sql) => replaceLiteral(sql, capturedSilverFile, silverOut))),
      ],
      duckdbCopyRows: [counts.silver, counts.quarantined, ...GOLD_MODELS.map((m) => goldRows[m])],
    });
  }

  // 3. The measured runs, rotating the sides.
  const results: Record<string, Partial<Record<SideName, SideRuns>>> = {};
  const others: Record<string, number[]> = {};
  const statementsRun: Record<string, Partial<Record<SideName, string[]>>> = {};
  for (const pair of pairs) {
    log(`${pair.label} ...`);
    const sides: SideName[] = pair.hand ? ['lake', 'duckdb', 'hand'] : ['lake', 'duckdb'];
    const r = (results[pair.id] = Object.fromEntries(sides.map((side) => [side, { results: [], reports: [] }])) as Partial<Record<SideName, SideRuns>>);
    others[pair.id] = [];
    statementsRun[pair.id] = {};
    for (let i = 0; i < options.runs; i++) {
      const order = sides.map((_, k) => sides[(i + k) % sides.length]);
      for (const side of order) {
        // A run during which other processes took CPU is thrown away and run again (a shared machine).
        for (let attempt = 1; ; attempt++) {
          await waitForIdle(options.idleWaitMs);
          let result: ChildResult;
          let report: LakeStatementsReport | DuckdbReport;
          let before: { idle: number; total: number };
          if (side === 'lake') {
            before = cpuTimes();
            result = await runLake(pair.tasks);
            report = JSON.parse(result.stdout) as LakeStatementsReport;
            checkLake(pair, report, counts, goldRows);
          } else {
            await fs.rm(work, { recursive: true, force: true });
            await fs.mkdir(work, { recursive: true });
            const statements = side === 'hand' ? await pair.hand!() : await pair.duckdb();
            statementsRun[pair.id][side] = statements;
            before = cpuTimes();
            result = await childScript('duckdb-sql.ts', { statements, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: spill });
            report = JSON.parse(result.stdout) as DuckdbReport;
            const copies = report.rows.filter((n): n is number => n !== null);
            const expected = side === 'hand' ? [counts.silver] : pair.duckdbCopyRows;
            if (copies.join() !== expected.join()) {
              throw new Error(`${SIDE_LABEL[side]} ${pair.id}: its COPYs wrote ${copies.join(' + ')} rows, lake's ${expected.join(' + ')}`);
            }
          }
          const busy = otherCores(before, cpuTimes(), result.wallMs, report.cpuMs);
          const line = `  run ${i + 1}/${options.runs} ${side.padEnd(6)} ${(result.wallMs / 1000).toFixed(2)} s, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB, ` +
            `CPU ${(report.cpuMs / 1000).toFixed(1)} s, others ${busy.toFixed(2)} cores`;
          if (Number.isFinite(busy) && busy > MAX_OTHER_CORES && attempt <= options.retries) {
            log(`${line}: disturbed, run again`);
            continue;
          }
          log(busy > MAX_OTHER_CORES ? `${line}: disturbed, kept after ${options.retries} retries` : line);
          others[pair.id].push(busy);
          r[side]!.results.push(result);
          r[side]!.reports.push(report);
          break;
        }
      }
    }
  }

  const summaries: Record<string, PairSummary> = Object.fromEntries(
    pairs.map((pair) => {
      const r = results[pair.id];
      const sides: Partial<Record<SideName, SideSummary>> = {};
      for (const [side, runs] of Object.entries(r) as Array<[SideName, SideRuns]>) {
        const own = runs.reports.map((x) => ('tasks' in x ? x.tasks.reduce((sum, task) => sum + task.workMs, 0) : x.totalMs));
        sides[side] = summarize(runs.results, own, runs.reports.map((x) => x.cpuMs), pair.inputRows);
      }
      return [pair.id, { sides, otherCores: others[pair.id].map((x) => Math.round(x * 100) / 100) }];
    }),
  );

  const out: string[] = [];
  out.push(
    `# silver: ${counts.bronze.toLocaleString('en-US')} bronze rows of ${options.monthText} ` +
      `(silver ${counts.silver.toLocaleString('en-US')}, quarantined ${counts.quarantined.toLocaleString('en-US')}, duplicates ${counts.duplicates.toLocaleString('en-US')}), ` +
      `threads ${options.threads}, memory_limit ${options.memoryLimit}, median of ${options.runs}`,
  );
  out.push('');
  const rows: string[][] = [];
  for (const pair of pairs) {
    const s = summaries[pair.id].sides;
    const lake = s.lake!;
    (['lake', 'duckdb', 'hand'] as const).forEach((side, index) => {
      const summary = s[side];
      if (summary) rows.push([index === 0 ? pair.label : '', SIDE_LABEL[side], ...summaryCells(summary)]);
    });
    for (const side of ['duckdb', 'hand'] as const) {
      const other = s[side];
      if (!other) continue;
      rows.push(['', `ratio lake / ${SIDE_LABEL[side].replace('duckdb, ', '')}`, ratio(lake.wallMs, other.wallMs), '', '', ratio(lake.ownMs, other.ownMs), ratio(lake.cpuMs, other.cpuMs)]);
    }
  }
  out.push(formatTable(['workload', 'side', 'wall s', 'rows/s', 'peak RSS MiB', 'in-process s', 'CPU s'], rows));
  out.push('');
  out.push('rows/s counts the rows read: bronze rows for bronze → silver and the chain, silver rows for a gold model.');
  out.push('Ratio lake / x: x\'s time ÷ lake\'s time in each column, i.e. lake rows/s ÷ x rows/s (1.00: as fast). In-process');
  out.push('leaves out process start: for lake, promoteSilverMonth / buildGoldMonth (after openRuntime); for duckdb, the');
  out.push("statements. CPU s is the child's user + system time over all threads, which other processes disturb much less.");
  const silverSides = summaries.silver?.sides;
  if (silverSides?.hand) {
    const r = silverSides.hand.wallMs / silverSides.lake!.wallMs;
    out.push('');
    out.push(`lake bronze → silver vs the hand-written statement (throughput, wall): ${r.toFixed(2)}   (target >= ${TARGET_HAND}: ${r >= TARGET_HAND ? 'met' : 'missed'})`);
  }

  // 4. Where lake's time goes: every engine statement and storage call, from the measured runs.
  const breakdown: Record<string, Step[]> = {};
  for (const pair of pairs.filter((p) => p.id !== 'chain')) {
    const r = results[pair.id];
    const isSilver = pair.id === 'silver';
    const classify = isSilver ? classifySilver : classifyGold;
    const steps = stepsOf(r.lake!.results, r.lake!.reports as LakeStatementsReport[], classify);
    // The same SQL on the DuckDB side, step by step, named as lake's steps are.
    const duckdbReports = r.duckdb!.reports as DuckdbReport[];
    const duckdbStatements = statementsRun[pair.id].duckdb ?? [];
    const duckdb: Record<string, number> = {};
    medianPerStatement(duckdbReports.map((x) => x.ms)).forEach((ms, i) => {
      const name = classify({ method: 'run', sql: duckdbStatements[i] ?? '', ms });
      duckdb[name] = (duckdb[name] ?? 0) + ms;
    });
    const duckdbStart = median(r.duckdb!.results.map((x, i) => x.wallMs - duckdbReports[i].totalMs));
    const s = summaries[pair.id].sides;
    out.push('');
    out.push(`## where lake's ${pair.label} time goes (wall: lake ${(s.lake!.wallMs / 1000).toFixed(2)} s, duckdb same SQL ${(s.duckdb!.wallMs / 1000).toFixed(2)} s)`);
    out.push('');
    out.push(stepTable(steps, duckdb, duckdbStart));
    breakdown[pair.id] = steps;
  }
  if (pairs.some((p) => p.id !== 'chain')) {
    out.push('');
    out.push('Medians over the measured runs, timed inside the processes. "process start" is Node, tsx and imports; for duckdb it');
    out.push("also holds creating and closing the instance (its wall time minus its statements). Lake's rows sum to about its wall time.");
  }

  await fs.rm(work, { recursive: true, force: true });
  const record = { rows: rowCount, input: { file: path.relative(REPO, data.file), bronzeRows, counts, goldRows }, results: summaries, breakdown, sql: statementsRun };
  return { result: { rows: rowCount, counts, summaries }, text: out.join('\n'), record };
}

/** How bronze → silver's time grows with the month's size, per side. */
function scalingTable(sizes: SizeResult[]): string {
  const base = sizes[0];
  const wall = (size: SizeResult, side: SideName) => size.summaries.silver.sides[side]!.wallMs;
  const rows = sizes.map((size) => [
    size.rows.toLocaleString('en-US'),
    (wall(size, 'lake') / 1000).toFixed(2),
    (wall(size, 'lake') / 1000 / (size.rows / 1e6)).toFixed(3),
    (wall(size, 'lake') / wall(base, 'lake') / (size.rows / base.rows)).toFixed(2),
    (wall(size, 'duckdb') / 1000).toFixed(2),
    (wall(size, 'hand') / 1000).toFixed(2),
    (wall(size, 'hand') / wall(base, 'hand') / (size.rows / base.rows)).toFixed(2),
    (wall(size, 'duckdb') / wall(size, 'lake')).toFixed(2),
    (wall(size, 'hand') / wall(size, 'lake')).toFixed(2),
    (size.summaries.silver.sides.lake!.maxRssKb / 1024).toFixed(0),
  ]);
  return [
    '## how bronze → silver grows with the month (wall time, median)',
    '',
    formatTable(
      ['rows', 'lake s', 'lake s per 1M rows', `lake time ÷ rows, vs ${base.rows.toLocaleString('en-US')}`, 'same SQL s', 'hand-written s', `hand-written time ÷ rows, vs ${base.rows.toLocaleString('en-US')}`, 'ratio vs same SQL', 'ratio vs hand-written', 'lake peak RSS MiB'],
      rows,
    ),
    '',
    '"time ÷ rows" is 1.00 when the time grows exactly with the row count; above 1.00, larger months cost more per row.',
  ].join('\n');
}

/**
 * The model a data engineer would write by hand for this bronze file (the 2019+ yellow header the
 * generator writes): one COPY with typed casts (`try_strptime` with the file's one format, `TRY_CAST`),
 * an md5 `unique_row_id`, the rows outside the month (± 1 day, as lake's check) or without a pickup or
 * drop-off time dropped, and duplicates removed with the usual `QUALIFY row_number()`. The output has
 * lake's silver columns, those this file lacks as NULL. It keeps the same rows as lake's silver; the bench
 * checks the count.
 */
function handWrittenSilver(bronzeFile: string, options: Options, out: string): string {
  const first = `${options.monthText}-01`;
  const next = options.month === 12 ? `${options.year + 1}-01-01` : `${options.year}-${String(options.month + 1).padStart(2, '0')}-01`;
  const money = (column: string, name = column) => `TRY_CAST(${column} AS DECIMAL(12,2)) AS ${name}`;
  return `COPY (
  WITH typed AS (
    SELECT
      NULLIF(trim(VendorID), '') AS vendor_id,
      try_strptime(tpep_pickup_datetime, '%Y-%m-%d %H:%M:%S') AS pickup_datetime,
      try_strptime(tpep_dropoff_datetime, '%Y-%m-%d %H:%M:%S') AS dropoff_datetime,
      TRY_CAST(passenger_count AS INTEGER) AS passenger_count,
      TRY_CAST(trip_distance AS DOUBLE) AS trip_distance,
      TRY_CAST(PULocationID AS INTEGER) AS pickup_location_id,
      TRY_CAST(DOLocationID AS INTEGER) AS dropoff_location_id,
      NULL::DOUBLE AS pickup_longitude, NULL::DOUBLE AS pickup_latitude, NULL::DOUBLE AS dropoff_longitude, NULL::DOUBLE AS dropoff_latitude,
      NULLIF(trim(RatecodeID), '') AS rate_code_id,
      NULLIF(trim(store_and_fwd_flag), '') AS store_and_fwd_flag,
      NULLIF(trim(payment_type), '') AS payment_type,
      ${money('fare_amount')}, ${money('extra')}, ${money('mta_tax')}, ${money('tip_amount')}, ${money('tolls_amount')},
      ${money('improvement_surcharge')}, ${money('congestion_surcharge')}, ${money('total_amount')},
      NULL::DECIMAL(12,2) AS cbd_congestion_fee, NULL::DECIMAL(12,2) AS airport_fee,
      _source, _row, _batch_id
    FROM read_parquet(${sqlString(bronzeFile)})
  )
  SELECT *, md5(concat_ws('|', coalesce(vendor_id, ''), coalesce(CAST(pickup_datetime AS VARCHAR), ''), coalesce(CAST(dropoff_datetime AS VARCHAR), ''),
                          coalesce(CAST(pickup_location_id AS VARCHAR), ''), coalesce(CAST(dropoff_location_id AS VARCHAR), ''),
                          coalesce(CAST(fare_amount AS VARCHAR), ''), coalesce(CAST(trip_distance AS VARCHAR), ''))) AS unique_row_id
  FROM typed
  WHERE pickup_datetime >= DATE '${first}' - INTERVAL 1 DAY AND pickup_datetime < DATE '${next}' + INTERVAL 1 DAY
    AND dropoff_datetime IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY unique_row_id ORDER BY _row) = 1
) TO ${sqlString(out)} (FORMAT parquet)`;
}

/** A wrong count would make the timing meaningless, so it stops the bench. */
function checkLake(pair: Pair, report: LakeStatementsReport, counts: Counts, goldRows: Record<string, number>): void {
  for (const task of report.tasks) {
    const manifest = task.result.manifest!;
    if (task.layer === 'silver' && JSON.stringify(manifest.counts) !== JSON.stringify(counts)) {
      throw new Error(`lake ${pair.id}: silver counts ${JSON.stringify(manifest.counts)} differ from the first run's ${JSON.stringify(counts)}`);
    }
    if (task.layer === 'gold' && Number(manifest.rows) !== goldRows[task.name]) {
      throw new Error(`lake ${pair.id}: gold ${task.name} has ${String(manifest.rows)} rows, the first run ${goldRows[task.name]}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Inputs

/**
 * A copy of the generated month with known faults, so silver's quarantine and dedup paths do real work:
 * every 1000th data row repeats the row before it (a duplicate), every 2000th (offset 500) has its
 * pickup a year early (quarantined by pickup_in_file_month), every 5000th (offset 1234) has its pickup as
 * `MM/DD/YYYY H:MM` (quarantined: cannot be cast). The row count stays the same.
 */
async function ensureFaultyCsv(clean: YellowFile, log: (line: string) => void): Promise<YellowFile> {
  const dir = `${clean.dir}-faults-v${FAULTS_VERSION}`;
  const file = path.join(dir, path.basename(clean.file));
  if (!existsSync(file)) {
    await fs.mkdir(dir, { recursive: true });
    log(`adding faults into ${path.relative(REPO, file)} ...`);
    const started = Date.now();
    const output = createWriteStream(`${file}.partial`);
    const lines = createInterface({ input: createReadStream(clean.file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
    let index = -1;
    let previous = '';
    let batch: string[] = [];
    for await (const line of lines) {
      index++;
      let row = line;
      if (index > 0) {
        if (index % 1000 === 0) row = previous;
        else if (index % 2000 === 500) row = editPickup(line, (p) => `${Number(p.slice(0, 4)) - 1}${p.slice(4)}`);
        else if (index % 5000 === 1234) row = editPickup(line, (p) => `${p.slice(5, 7)}/${p.slice(8, 10)}/${p.slice(0, 4)} ${Number(p.slice(11, 13))}:${p.slice(14, 16)}`);
      }
      previous = row;
      batch.push(row);
      if (batch.length === 10_000) {
        if (!output.write(batch.join('\r\n') + '\r\n')) await once(output, 'drain');
        batch = [];
      }
    }
    if (batch.length) output.write(batch.join('\r\n') + '\r\n');
    output.end();
    await once(output, 'finish');
    renameSync(`${file}.partial`, file);
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const bytes = (await fs.stat(file)).size;
  return { dir, file, urlTemplate: path.join(dir, path.basename(clean.urlTemplate)), rows: clean.rows, bytes, csvBytes: bytes };
}

function editPickup(line: string, edit: (pickup: string) => string): string {
  const fields = line.split(',');
  fields[1] = edit(fields[1]);
  return fields.join(',');
}

/**
 * The bench lake: the repository's TLC silver and gold definitions (config/tlc.yaml) over the generated
 * yellow month. tlc.yaml's other silver tables need their sources to exist; they are never fetched.
 */
async function writeConfig(file: string, lakeRoot: string, data: YellowFile, options: Options): Promise<void> {
  const unused = path.join(path.dirname(file), 'unused');
  // JSON strings are valid YAML scalars, which keeps odd characters in paths harmless.
  const text = [
    `include: [${JSON.stringify(TLC_CONFIG)}]`,
    'lake:',
    `  root: ${JSON.stringify(lakeRoot)}`,
    'engine:',
    `  threads: ${options.threads}`,
    `  memory_limit: ${JSON.stringify(options.memoryLimit)}`,
    'sources:',
    '  yellow:',
    '    type: csv',
    `    url: ${JSON.stringify(data.urlTemplate)}`,
    ...['green', 'fhv', 'fhvhv'].flatMap((name) => [`  ${name}:`, '    type: csv', `    url: ${JSON.stringify(path.join(unused, `${name}_tripdata_{yyyy}-{mm}.csv`))}`]),
    '',
  ].join('\n');
  await fs.writeFile(file, text);
}

/**
 * Ingests the month into bronze (ingestBronzeMonth, as `lake ingest` does) unless the cached partition was written from the same CSV by the same
 * bronze code (a hash of src/bronze and src/ingest), since bronze's layout is what silver reads.
 */
async function ensureBronze(config: string, lakeRoot: string, data: YellowFile, options: Options, log: (line: string) => void): Promise<number> {
  const stampFile = path.join(path.dirname(config), 'bronze.stamp');
  const hash = createHash('sha256').update(`${data.file}\n${data.bytes}\n`);
  for (const dir of ['src/bronze', 'src/ingest']) {
    for (const name of readdirSync(path.join(REPO, dir)).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(readFileSync(path.join(REPO, dir, name)));
    }
  }
  const stamp = hash.digest('hex');
  const manifestFile = path.join(lakeRoot, '_lake/partitions/bronze/yellow', `${options.monthText}.json`);
  const cached = await fs.readFile(stampFile, 'utf8').catch(() => '');
  if (!options.fresh && cached === stamp && existsSync(manifestFile)) {
    return (JSON.parse(await fs.readFile(manifestFile, 'utf8')) as { rows: number }).rows;
  }
  log(`ingesting ${path.relative(REPO, data.file)} into bronze (once; cached until the CSV or src/bronze, src/ingest change) ...`);
  await fs.rm(lakeRoot, { recursive: true, force: true });
  await fs.rm(stampFile, { force: true });
  const job = { config, month: options.monthText, tasks: [{ layer: 'bronze', name: 'yellow' }] };
  const result = await runChild('lake-statements.ts', job);
  const manifest = (JSON.parse(result.stdout) as LakeStatementsReport).tasks[0].result.manifest as { rows: number };
  if (manifest.rows !== data.rows) throw new Error(`bronze has ${manifest.rows} rows, expected ${data.rows}`);
  log(`  done in ${(result.wallMs / 1000).toFixed(1)} s`);
  await fs.writeFile(stampFile, stamp);
  return manifest.rows;
}

// ---------------------------------------------------------------------------------------------------
// lake's SQL, replayed

/** The statements of a gold build that produce data: every view it creates, then the COPY of the model. */
function goldStatements(model: string, captured: Statement[], out: string): string[] {
  const copies = captured.filter((s) => /^\s*COPY\b/i.test(s.sql));
  if (copies.length !== 1) throw new Error(`buildGoldMonth(${model}) ran ${copies.length} COPYs, expected 1; update goldStatements in bench/silver.ts`);
  const setup = captured.filter((s) => s.method === 'run' && /^\s*CREATE\b/i.test(s.sql)).map((s) => s.sql);
  return [...setup, retarget(copies[0].sql, out)];
}

/** Points a `COPY ... TO '<file>' (...)` at another file. */
function retarget(sql: string, file: string): string {
  const match = /\bTO '((?:[^']|'')*)'\s*\(FORMAT parquet[^)]*\)\s*$/i.exec(sql);
  if (!match) throw new Error(`cannot find the COPY target in: ${sql.slice(0, 200)}`);
  return sql.slice(0, match.index) + `TO ${sqlString(file)}` + sql.slice(match.index + 3 + match[1].length + 2);
}

function replaceLiteral(sql: string, from: string, to: string): string {
  return sql.replaceAll(sqlString(from), sqlString(to));
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

// ---------------------------------------------------------------------------------------------------
// Breakdown

const STAGE = 'stage table (read bronze, map, cast, checks, unique_row_id)';

interface Step {
  name: string;
  /** Median over the runs, in ms. */
  ms: number;
  /** Calls per run. */
  count: number;
}

/** Per run: the first task's time split into named steps; then the median of each step over the runs. */
function stepsOf(children: ChildResult[], reports: LakeStatementsReport[], classify: (s: Statement) => string): Step[] {
  const perRun = reports.map((report, index) => {
    const task = report.tasks[0];
    const steps = new Map<string, { ms: number; count: number }>();
    const add = (name: string, ms: number) => {
      const step = steps.get(name) ?? { ms: 0, count: 0 };
      step.ms += ms;
      step.count++;
      steps.set(name, step);
    };
    add('process start (Node, tsx, imports)', report.startMs);
    add('openRuntime (config, storage recovery, DuckDB instance)', report.openMs);
    let inside = 0;
    for (const s of task.statements) {
      add(classify(s), s.ms);
      inside += s.ms;
    }
    for (const call of task.storage) {
      const name =
        call.method === 'publishFile'
          ? 'publish Parquet (rename, fsync file and directory)'
          : call.method === 'writeText'
            ? 'write manifest (fsync)'
            : 'read manifests, resolve paths';
      add(name, call.ms);
      inside += call.ms;
    }
    add('rest of the function (hashing, JSON, work dir)', task.workMs - inside);
    add('close engine', report.closeMs);
    add('process exit (wall minus the above)', children[index].wallMs - report.startMs - report.openMs - task.workMs - report.closeMs);
    return steps;
  });
  return [...perRun[0].keys()].map((name) => ({
    name,
    ms: median(perRun.map((steps) => steps.get(name)?.ms ?? 0)),
    count: perRun[0].get(name)!.count,
  }));
}

function classifySilver(s: Statement): string {
  const sql = s.sql.trimStart();
  if (/^CREATE OR REPLACE TEMP TABLE \S+_duplicates\b/i.test(sql)) return 'duplicates (aggregate by unique_row_id)';
  if (/^CREATE OR REPLACE TEMP TABLE/i.test(sql)) return STAGE;
  if (/^COPY/i.test(sql)) return /\/quarantine\.parquet'/.test(sql) ? 'COPY quarantine' : 'COPY silver';
  if (/^DESCRIBE/i.test(sql)) return 'bronze column types (DESCRIBE)';
  if (/AS bronze\b/.test(sql)) return 'counts and row check results (one scan)';
  if (/PARTITION BY/i.test(sql) && /_n > 1/.test(sql)) return 'unique check results';
  if (/_reasons/.test(sql) && /LIMIT 5/i.test(sql)) return 'quarantine reason samples';
  if (/^DROP TABLE/i.test(sql)) return 'drop stage tables';
  return 'other engine statements';
}

function classifyGold(s: Statement): string {
  const sql = s.sql.trimStart();
  if (/^COPY/i.test(sql)) return 'COPY model SQL';
  if (/^CREATE/i.test(sql)) return 'reference and silver views';
  if (/^SELECT count\(\*\)/i.test(sql)) return 'count rows of the written file';
  if (/^DROP SCHEMA/i.test(sql)) return 'drop views';
  return 'other engine statements';
}

function medianPerStatement(runs: number[][]): number[] {
  return runs[0].map((_, i) => median(runs.map((r) => r[i])));
}

function stepTable(steps: Step[], duckdb: Record<string, number>, duckdbStartMs: number): string {
  const lakeTotal = steps.reduce((sum, s) => sum + s.ms, 0);
  const s = (ms: number) => (ms / 1000).toFixed(3);
  const rows = steps.map((step) => [
    step.count > 1 ? `${step.name} ×${step.count}` : step.name,
    s(step.ms),
    `${((step.ms / lakeTotal) * 100).toFixed(0)}%`,
    step.name in duckdb ? s(duckdb[step.name]) : step.name.startsWith('process start') ? s(duckdbStartMs) : '',
  ]);
  const duckdbTotal = duckdbStartMs + Object.values(duckdb).reduce((a, b) => a + b, 0);
  rows.push(['total', s(lakeTotal), '100%', s(duckdbTotal)]);
  return formatTable(['step', 'lake s', 'share', 'duckdb s'], rows);
}

// ---------------------------------------------------------------------------------------------------

interface SideSummary {
  wallMs: number;
  ownMs: number;
  cpuMs: number;
  maxRssKb: number;
  rowsPerSecond: number;
  runsMs: number[];
}

function summarize(results: ChildResult[], own: number[], cpu: number[], inputRows: number): SideSummary {
  const wallMs = median(results.map((r) => r.wallMs));
  return {
    wallMs,
    cpuMs: median(cpu),
    ownMs: median(own),
    maxRssKb: Math.max(...results.map((r) => r.maxRssKb)),
    rowsPerSecond: inputRows / (wallMs / 1000),
    runsMs: results.map((r) => Math.round(r.wallMs)),
  };
}

function summaryCells(s: SideSummary): string[] {
  return [
    (s.wallMs / 1000).toFixed(2),
    Math.round(s.rowsPerSecond).toLocaleString('en-US'),
    (s.maxRssKb / 1024).toFixed(0),
    (s.ownMs / 1000).toFixed(2),
    (s.cpuMs / 1000).toFixed(2),
  ];
}

/** Throughput ratio lake/duckdb from times: duckdb time ÷ lake time. */
function ratio(lakeMs: number, duckdbMs: number): string {
  return (duckdbMs / lakeMs).toFixed(2);
}

