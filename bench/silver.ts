/**
 * `npm run bench -- silver`: lake's bronze → silver promotion and silver → gold builds of one month,
 * against the same SQL run directly in DuckDB, with the same engine threads and memory limit.
 *
 * lake side    a child process (children/lake-statements.ts) that opens the runtime and calls
 *              promoteSilverMonth / buildGoldMonth, the library calls `lake backfill` makes for each
 *              partition, and times every engine statement and storage call on the way.
 * DuckDB side  lake's own SQL. Nothing in src/ exports it, so a first, untimed lake run records every
 *              statement lake's engine executes, and a plain `@duckdb/node-api` process
 *              (children/duckdb-sql.ts) replays only the statements that produce data:
 *                silver  the staging table (read bronze, map, cast, checks, dedup), COPY silver, COPY quarantine
 *                gold    the reference view and the month-restricted silver views, COPY of the model's SQL
 *
 * So the ratio measures lake's orchestration, not a different query: the check-result queries, the row
 * count read back from gold, publishing with fsync, manifests, and a bigger process start.
 *
 * As in bench/csv.ts, every measurement is its own child process, runs alternate between the sides, and
 * the median wall time and the highest peak RSS are reported. Nothing here asserts on timings.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, promises as fs, readFileSync, readdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { LakeStatementsReport, Statement, Task } from './children/lake-statements.ts';
import { formatTable, hasGnuTime, measureChild, median, type ChildResult } from './lib/measure.ts';
import { ensureYellowCsv, type YellowFile } from './lib/yellow.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(REPO, '.bench');
const NODE = process.execPath;
const TLC_CONFIG = path.join(REPO, 'config/tlc.yaml');
const SILVER_TABLE = 'yellow_trips';
const GOLD_MODELS = ['monthly_zone_revenue', 'daily_trips'] as const;
/** Bump when the fault injection changes, so stale cached files are not reused. */
const FAULTS_VERSION = 1;
/** Below this share of all CPUs busy, the machine counts as idle before a measured run. */
const IDLE_BUSY_PERCENT = 15;
/** A run during which other processes used more than this many cores on average is run again. */
const MAX_OTHER_CORES = 0.2;

const HELP = `usage: npm run bench -- silver [options]

  --rows N             rows in the generated yellow month (default 2000000)
  --runs N             runs per side; the median wall time is reported (default 3)
  --month YYYY-MM      month of the data and of the partitions (default 2021-03)
  --threads N          DuckDB threads for both sides (default 2)
  --memory-limit SIZE  DuckDB memory_limit for both sides (default 512MB)
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
  rows: number;
  runs: number;
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
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      rows: { type: 'string', default: '2000000' },
      runs: { type: 'string', default: '3' },
      month: { type: 'string', default: '2021-03' },
      threads: { type: 'string', default: '2' },
      'memory-limit': { type: 'string', default: '512MB' },
      clean: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      'idle-wait': { type: 'string', default: '60' },
      retries: { type: 'string', default: '5' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return undefined;
  }
  const positive = (name: string, text: string) => {
    const n = Number(text.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got '${text}'`);
    return n;
  };
  const nonNegative = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0, got '${text}'`);
    return n;
  };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(values.month);
  if (!month) throw new Error(`--month must be YYYY-MM, got '${values.month}'`);
  return {
    rows: positive('rows', values.rows),
    runs: positive('runs', values.runs),
    year: Number(month[1]),
    month: Number(month[2]),
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

/** One workload measured on both sides. */
interface Pair {
  id: string;
  label: string;
  /** Rows the workload reads: bronze rows for silver and for the chain, silver rows for a gold model. */
  inputRows: number;
  /** What the lake child runs, in order, in one process. */
  tasks: Task[];
  duckdbStatements: string[];
  /** Rows each of the DuckDB side's COPYs must write, in order. */
  duckdbCopyRows: number[];
}

interface PairRuns {
  lake: ChildResult[];
  lakeReports: LakeStatementsReport[];
  duckdb: ChildResult[];
  duckdbReports: DuckdbReport[];
  others: number[];
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');

  // 1. Inputs: the CSV (cached by yellow.ts), with faults, and its bronze partition (cached here).
  const clean = await ensureYellowCsv(path.join(BENCH_DIR, 'data'), { ...options, gzip: false }, log);
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

  log(`machine: ${describeMachine()}`);
  log(`input: ${path.relative(REPO, data.file)}, bronze partition under ${path.relative(REPO, lakeRoot)} (${bronzeRows.toLocaleString('en-US')} rows)`);
  log(`peak RSS from ${hasGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in each child'}`);

  // 2. A first, untimed lake run: captures lake's SQL and publishes silver and gold, so that gold has
  //    its input from here on and both sides start from a warm page cache.
  log("capturing lake's SQL (untimed run) ...");
  const allTasks: Task[] = [{ layer: 'silver', name: SILVER_TABLE }, ...GOLD_MODELS.map((name): Task => ({ layer: 'gold', name }))];
  const capture = JSON.parse((await runLake(allTasks)).stdout) as LakeStatementsReport;
  const [silverTask, ...goldTasks] = capture.tasks;
  const silverManifest = silverTask.result.manifest as { key: string; counts: Counts };
  const counts = silverManifest.counts;
  const silverFile = path.join(lakeRoot, ...silverManifest.key.split('/'));
  const goldRows = Object.fromEntries(goldTasks.map((task) => [task.name, Number(task.result.manifest!.rows)]));
  log(`  bronze ${counts.bronze} = silver ${counts.silver} + quarantined ${counts.quarantined} + duplicates ${counts.duplicates}`);

  const silverOut = path.join(work, 'silver.parquet');
  const silverScript = silverStatements(silverTask.statements, silverOut, path.join(work, 'quarantine.parquet'));
  const goldScripts = Object.fromEntries(
    goldTasks.map((task) => [task.name, goldStatements(task.name, task.statements, path.join(work, `${task.name}.parquet`))]),
  );

  const pairs: Pair[] = [
    {
      id: 'silver',
      label: `bronze → silver.${SILVER_TABLE}`,
      inputRows: counts.bronze,
      tasks: [allTasks[0]],
      duckdbStatements: silverScript,
      duckdbCopyRows: [counts.silver, counts.quarantined],
    },
    ...GOLD_MODELS.map((model): Pair => ({
      id: model,
      label: `silver → gold.${model}`,
      inputRows: counts.silver,
      tasks: [{ layer: 'gold', name: model }],
      duckdbStatements: goldScripts[model],
      duckdbCopyRows: [goldRows[model]],
    })),
    {
      id: 'chain',
      label: 'bronze → silver → both gold models',
      inputRows: counts.bronze,
      // What `lake backfill --layer silver --downstream` builds: the table, then every model over it.
      tasks: allTasks,
      // Here the gold views read DuckDB's own silver output, written by the statements before them.
      duckdbStatements: [
        ...silverScript,
        ...GOLD_MODELS.flatMap((model) => goldScripts[model].map((sql) => replaceLiteral(sql, silverFile, silverOut))),
      ],
      duckdbCopyRows: [counts.silver, counts.quarantined, ...GOLD_MODELS.map((m) => goldRows[m])],
    },
  ];

  // 3. The measured runs, alternating sides.
  const results: Record<string, PairRuns> = {};
  for (const pair of pairs) {
    log(`${pair.label} ...`);
    const r: PairRuns = (results[pair.id] = { lake: [], lakeReports: [], duckdb: [], duckdbReports: [], others: [] });
    for (let i = 0; i < options.runs; i++) {
      const order = i % 2 === 0 ? (['lake', 'duckdb'] as const) : (['duckdb', 'lake'] as const);
      for (const side of order) {
        // A run during which other processes took CPU is thrown away and run again (a shared machine).
        for (let attempt = 1; ; attempt++) {
          await waitForIdle(options.idleWaitMs);
          const before = cpuTimes();
          let result: ChildResult;
          let report: LakeStatementsReport | DuckdbReport;
          if (side === 'lake') {
            result = await runLake(pair.tasks);
            report = JSON.parse(result.stdout) as LakeStatementsReport;
            checkLake(pair, report, counts, goldRows);
          } else {
            await fs.rm(work, { recursive: true, force: true });
            await fs.mkdir(work, { recursive: true });
            result = await childScript('duckdb-sql.ts', { statements: pair.duckdbStatements, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: spill });
            report = JSON.parse(result.stdout) as DuckdbReport;
            const copies = report.rows.filter((n): n is number => n !== null);
            if (copies.join() !== pair.duckdbCopyRows.join()) {
              throw new Error(`duckdb ${pair.id}: its COPYs wrote ${copies.join(' + ')} rows, lake's ${pair.duckdbCopyRows.join(' + ')}`);
            }
          }
          const others = otherCores(before, cpuTimes(), result.wallMs, report.cpuMs);
          const line = `  run ${i + 1}/${options.runs} ${side.padEnd(6)} ${(result.wallMs / 1000).toFixed(2)} s, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB, ` +
            `CPU ${(report.cpuMs / 1000).toFixed(1)} s, others ${others.toFixed(2)} cores`;
          if (Number.isFinite(others) && others > MAX_OTHER_CORES && attempt <= options.retries) {
            log(`${line}: disturbed, run again`);
            continue;
          }
          log(others > MAX_OTHER_CORES ? `${line}: disturbed, kept after ${options.retries} retries` : line);
          r.others.push(others);
          if (side === 'lake') {
            r.lake.push(result);
            r.lakeReports.push(report as LakeStatementsReport);
          } else {
            r.duckdb.push(result);
            r.duckdbReports.push(report as DuckdbReport);
          }
          break;
        }
      }
    }
  }

  const summaries = Object.fromEntries(
    pairs.map((pair) => {
      const r = results[pair.id];
      return [
        pair.id,
        {
          lake: summarize(r.lake, r.lakeReports.map((x) => x.tasks.reduce((sum, task) => sum + task.workMs, 0)), r.lakeReports.map((x) => x.cpuMs), pair.inputRows),
          duckdb: summarize(r.duckdb, r.duckdbReports.map((x) => x.totalMs), r.duckdbReports.map((x) => x.cpuMs), pair.inputRows),
          otherCores: r.others.map((x) => Math.round(x * 100) / 100),
        },
      ];
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
    const s = summaries[pair.id];
    rows.push([pair.label, 'lake', ...summaryCells(s.lake)]);
    rows.push(['', 'duckdb, same SQL', ...summaryCells(s.duckdb)]);
    rows.push(['', 'ratio lake/duckdb', ratio(s.lake.wallMs, s.duckdb.wallMs), '', '', ratio(s.lake.ownMs, s.duckdb.ownMs), ratio(s.lake.cpuMs, s.duckdb.cpuMs)]);
  }
  out.push(formatTable(['workload', 'side', 'wall s', 'rows/s', 'peak RSS MiB', 'in-process s', 'CPU s'], rows));
  out.push('');
  out.push('rows/s counts the rows read: bronze rows for bronze → silver and the chain, silver rows for a gold model.');
  out.push('Ratio lake/duckdb: duckdb time ÷ lake time in each column, i.e. lake rows/s ÷ duckdb rows/s (1.00: as fast as');
  out.push('DuckDB alone). In-process leaves out process start: for lake, promoteSilverMonth / buildGoldMonth (after');
  out.push("openRuntime); for duckdb, the statements. CPU s is the child's user + system time over all threads, which other");
  out.push('processes on the machine disturb much less than wall time.');

  // 4. Where lake's time goes: every engine statement and storage call, from the measured runs.
  const breakdown: Record<string, Step[]> = {};
  for (const pair of pairs.filter((p) => p.id !== 'chain')) {
    const r = results[pair.id];
    const isSilver = pair.id === 'silver';
    const steps = stepsOf(r.lake, r.lakeReports, isSilver ? classifySilver : classifyGold);
    const duckdbMs = medianPerStatement(r.duckdbReports.map((x) => x.ms));
    const duckdbStart = median(r.duckdb.map((x, i) => x.wallMs - r.duckdbReports[i].totalMs));
    const duckdb: Record<string, number> = isSilver
      ? { [STAGE]: duckdbMs[0], 'COPY silver': duckdbMs[1], 'COPY quarantine': duckdbMs[2] }
      : { 'reference and silver views': duckdbMs.slice(0, -1).reduce((a, b) => a + b, 0), 'COPY model SQL': duckdbMs[duckdbMs.length - 1] };
    const s = summaries[pair.id];
    out.push('');
    out.push(`## where lake's ${pair.label} time goes (wall: lake ${(s.lake.wallMs / 1000).toFixed(2)} s, duckdb ${(s.duckdb.wallMs / 1000).toFixed(2)} s)`);
    out.push('');
    out.push(stepTable(steps, duckdb, duckdbStart));
    breakdown[pair.id] = steps;
  }
  out.push('');
  out.push('Medians over the measured runs, timed inside the processes. "process start" is Node, tsx and imports; for duckdb it');
  out.push("also holds creating and closing the instance (its wall time minus its statements). Lake's rows sum to about its wall time.");

  process.stdout.write(out.join('\n') + '\n');
  const record = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    options,
    input: { file: path.relative(REPO, data.file), bronzeRows, counts, goldRows },
    results: summaries,
    breakdown,
    duckdbSql: { silver: silverScript, gold: goldScripts },
  };
  const recordFile = path.join(BENCH_DIR, `silver-${options.rows}${options.faults ? '' : '-clean'}.json`);
  await fs.writeFile(recordFile, JSON.stringify(record, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)} (with the SQL the DuckDB side ran)`);
  await fs.rm(work, { recursive: true, force: true });

  function runLake(tasks: Task[]): Promise<ChildResult> {
    return childScript('lake-statements.ts', { config, month: options!.monthText, tasks });
  }

  function childScript(script: string, job: object): Promise<ChildResult> {
    return measureChild(NODE, ['--import', 'tsx', path.join('bench/children', script), JSON.stringify(job)], { cwd: REPO });
  }
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
  const result = await measureChild(NODE, ['--import', 'tsx', 'bench/children/lake-statements.ts', JSON.stringify(job)], { cwd: REPO });
  const manifest = (JSON.parse(result.stdout) as LakeStatementsReport).tasks[0].result.manifest as { rows: number };
  if (manifest.rows !== data.rows) throw new Error(`bronze has ${manifest.rows} rows, expected ${data.rows}`);
  log(`  done in ${(result.wallMs / 1000).toFixed(1)} s`);
  await fs.writeFile(stampFile, stamp);
  return manifest.rows;
}

// ---------------------------------------------------------------------------------------------------
// lake's SQL, replayed

/** The statements of a silver promotion that produce data: the staging table and the two COPYs. */
function silverStatements(captured: Statement[], silverOut: string, quarantineOut: string): string[] {
  const stage = captured.filter((s) => /^\s*CREATE OR REPLACE TEMP TABLE\b/i.test(s.sql));
  const copies = captured.filter((s) => /^\s*COPY\b/i.test(s.sql));
  const silver = copies.filter((s) => /\/silver\.parquet'/.test(s.sql));
  const quarantine = copies.filter((s) => /\/quarantine\.parquet'/.test(s.sql));
  // The staging table, then (since duplicates are found by aggregate) the table of duplicate rows.
  if (stage.length < 1 || stage.length > 2 || silver.length !== 1 || quarantine.length !== 1 || copies.length !== 2) {
    throw new Error(
      'promoteSilverMonth no longer runs its staging CREATE TEMP TABLEs and two COPYs (silver.parquet, quarantine.parquet); ' +
        `update silverStatements in bench/silver.ts. It ran:\n${captured.map((s) => '  ' + s.sql.slice(0, 80).replace(/\s+/g, ' ')).join('\n')}`,
    );
  }
  return [...stage.map((st) => st.sql), retarget(silver[0].sql, silverOut), retarget(quarantine[0].sql, quarantineOut)];
}

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

const STAGE = 'stage table (read bronze, map, cast, checks, dedup)';

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
  if (/^CREATE OR REPLACE TEMP TABLE/i.test(sql)) return STAGE;
  if (/^COPY/i.test(sql)) return /\/quarantine\.parquet'/.test(sql) ? 'COPY quarantine' : 'COPY silver';
  if (/_dup_rank > 1/.test(sql)) return 'counts (bronze, quarantined, duplicates)';
  if (/FILTER \(WHERE _chk\d+\)/.test(sql)) return 'row check results (one query per check)';
  if (/PARTITION BY/i.test(sql) && /_n > 1/.test(sql)) return 'unique check results';
  if (/_reasons/.test(sql) && /LIMIT 5/i.test(sql)) return 'quarantine reason samples';
  if (/^DROP TABLE/i.test(sql)) return 'drop stage table';
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

/**
 * Waits until other processes leave the CPUs alone (the other side of the bench runs in series, so
 * anything busy here is someone else), for at most `maxMs`. Returns the busy share of the last sample,
 * in percent; NaN where /proc/stat does not exist.
 */
async function waitForIdle(maxMs: number): Promise<number> {
  if (maxMs <= 0 || !existsSync('/proc/stat')) return NaN;
  const started = Date.now();
  let idleSamples = 0;
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTimes();
    const busy = 100 * (1 - (after.idle - before.idle) / Math.max(1, after.total - before.total));
    idleSamples = busy < IDLE_BUSY_PERCENT ? idleSamples + 1 : 0;
    if (idleSamples >= 2 || Date.now() - started >= maxMs) return busy;
  }
}

/** Machine-wide CPU counters (all CPUs, in clock ticks); zeros where /proc/stat does not exist. */
function cpuTimes(): { idle: number; total: number } {
  if (!existsSync('/proc/stat')) return { idle: 0, total: 0 };
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: fields[3] + fields[4], total: fields.reduce((a, b) => a + b, 0) };
}

/**
 * Cores other processes kept busy on average while a child ran: the machine's busy share times the
 * number of CPUs, minus the child's own CPU time over its wall time. NaN without /proc/stat.
 */
function otherCores(before: { idle: number; total: number }, after: { idle: number; total: number }, wallMs: number, childCpuMs: number): number {
  const total = after.total - before.total;
  if (total <= 0) return NaN;
  const busyCores = (1 - (after.idle - before.idle) / total) * os.availableParallelism();
  return Math.max(0, busyCores - childCpuMs / wallMs);
}

function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
