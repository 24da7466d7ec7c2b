/**
 * `npm run bench -- csv`: `lake ingest` of one CSV month against DuckDB's own CSV-to-Parquet COPY of
 * the same file, typed (what DuckDB does by default) and with `all_varchar` (text columns, like bronze),
 * with the same engine threads and memory limit.
 *
 * Every measurement is a separate child process, so wall time includes process start (Node, tsx,
 * loading DuckDB) as a user would see it, and peak RSS is that workload's alone. Runs rotate between the
 * three sides so drift (page cache, thermal) hits all alike; the median wall time and the highest peak
 * RSS over the runs are reported. Several sizes (`--rows 1000000,10000000`) show how cost grows with the
 * input. Nothing here asserts on timings: it reports, and says which targets are met.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { busyCores, cpuTimes, IDLE_BUSY_PERCENT, waitForIdle } from './lib/idle.ts';
import { formatTable, hasGnuTime, measureChild, median, MiB, type ChildResult } from './lib/measure.ts';
import { BENCH_DIR, describeMachine, monthOption, NODE, positive, REPO, runChild, suiteOptions } from './lib/harness.ts';
import { ensureYellowCsv, type YellowFile } from './lib/yellow.ts';


/** Issue 14's targets: lake's throughput against each DuckDB COPY (wall time), and its memory. */
const TARGET_TYPED = 0.8;
const TARGET_VARCHAR = 1.0;
const RSS_BUDGET_MIB = 1024;
/** The memory budget is stated for a 2 GiB file; smaller inputs only indicate. */
const RSS_BUDGET_INPUT = 1.9 * 1024 * MiB;

const HELP = `usage: npm run bench -- csv [options]

  --rows N[,N...]      rows in the generated CSV (default 2000000; ~105 bytes a row, so 20500000 is
                       about 2 GiB); several sizes are measured one after the other and compared
  --runs N             runs per side; the median wall time is reported (default 3)
  --gzip               gzip the input (every side reads the .csv.gz)
  --month YYYY-MM      month of the generated data and of the ingest (default 2021-03)
  --threads N          DuckDB threads for every side (default 2)
  --memory-limit SIZE  DuckDB memory_limit for every side (default 512MB)
  --skip-breakdown     do not time lake's steps separately
  --idle-wait SECONDS  before each measured run, wait up to this long for the machine to be idle
                       (under ${IDLE_BUSY_PERCENT}% CPU busy for 2 s, from /proc/stat); 0 disables (default 60)
  --help               this text

Generated inputs are cached under .bench/data/; run outputs go to .bench/csv/ and are removed.`;

interface Options {
  rows: number[];
  runs: number;
  gzip: boolean;
  year: number;
  month: number;
  threads: number;
  memoryLimit: string;
  breakdown: boolean;
  idleWaitMs: number;
}

function parseOptions(args: string[]): Options | undefined {
  const values = suiteOptions(args, HELP, {
    rows: { type: 'string', default: '2000000' },
    runs: { type: 'string', default: '3' },
    gzip: { type: 'boolean', default: false },
    month: { type: 'string', default: '2021-03' },
    threads: { type: 'string', default: '2' },
    'memory-limit': { type: 'string', default: '512MB' },
    'skip-breakdown': { type: 'boolean', default: false },
    'idle-wait': { type: 'string', default: '60' },
  });
  if (!values) return undefined;
  const month = monthOption(values.month);
  return {
    rows: values.rows.split(',').map((text) => positive('rows', text.trim())),
    runs: positive('runs', values.runs),
    gzip: values.gzip,
    year: month.year,
    month: month.month,
    threads: positive('threads', values.threads),
    memoryLimit: values['memory-limit'],
    breakdown: !values['skip-breakdown'],
    idleWaitMs: Math.max(0, Number(values['idle-wait'])) * 1000,
  };
}

const SIDES = ['lake', 'typed', 'varchar'] as const;
type Side = (typeof SIDES)[number];
const SIDE_LABEL: Record<Side, string> = {
  lake: 'lake ingest',
  typed: 'duckdb COPY (typed)',
  varchar: 'duckdb COPY (all_varchar)',
};

interface SizeResult {
  input: YellowFile;
  sides: Record<Side, SideSummary>;
  breakdown?: Record<string, number>;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');
  log(`machine: ${describeMachine()}`);
  log(`peak RSS from ${hasGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in each child'}`);

  const results: SizeResult[] = [];
  for (const rows of options.rows) {
    const { result, text } = await measureSize(options, rows, log);
    results.push(result);
    process.stdout.write(text + '\n');
  }
  if (results.length > 1) process.stdout.write('\n' + scalingTable(results) + '\n');

  const record = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    options,
    results: results.map((r) => ({ ...r, input: { ...r.input, file: path.relative(REPO, r.input.file) } })),
  };
  const recordFile = path.join(BENCH_DIR, `csv-${options.rows.join('-')}${options.gzip ? '-gz' : ''}.json`);
  await fs.writeFile(recordFile, JSON.stringify(record, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)}`);
}

async function measureSize(options: Options, rows: number, log: (line: string) => void): Promise<{ result: SizeResult; text: string }> {
  const monthText = `${options.year}-${String(options.month).padStart(2, '0')}`;
  const data = await ensureYellowCsv(path.join(BENCH_DIR, 'data'), { ...options, rows }, log);
  const work = path.join(BENCH_DIR, 'csv');
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });

  const lakeRoot = path.join(work, 'lake');
  const config = path.join(work, 'lake.yaml');
  // JSON strings are valid YAML scalars, which keeps odd characters in paths harmless.
  await fs.writeFile(
    config,
    [
      'lake:',
      `  root: ${JSON.stringify(lakeRoot)}`,
      'engine:',
      `  threads: ${options.threads}`,
      `  memory_limit: ${JSON.stringify(options.memoryLimit)}`,
      'sources:',
      '  yellow:',
      '    type: csv',
      `    url: ${JSON.stringify(data.urlTemplate)}`,
      '',
    ].join('\n'),
  );
  const duckdbOut = path.join(work, 'duckdb.parquet');
  const duckdbSpill = path.join(work, 'duckdb-spill');
  log(`input: ${path.relative(REPO, data.file)} (${(data.bytes / MiB).toFixed(1)} MiB${options.gzip ? `, ${(data.csvBytes / MiB).toFixed(1)} MiB uncompressed` : ''})`);

  const childScript = (script: string, job: object): Promise<ChildResult> =>
    runChild(script, job);
  const runLake = async (): Promise<ChildResult> => {
    await fs.rm(lakeRoot, { recursive: true, force: true });
    const lakeArgs = ['ingest', '--config', config, '--source', 'yellow', '--month', monthText, '--json'];
    const result = hasGnuTime
      ? await measureChild(NODE, [path.join(REPO, 'bin/lake.js'), ...lakeArgs], { cwd: REPO })
      : await measureChild(NODE, ['--import', 'tsx', 'bench/children/lake-main.ts', ...lakeArgs], { cwd: REPO });
    const [outcome] = JSON.parse(result.stdout) as Array<{ status: string; manifest?: { rows: number }; error?: string }>;
    if (outcome?.status !== 'published') throw new Error(`lake ingest did not publish: ${result.stdout}`);
    checkRows('lake ingest', outcome.manifest!.rows, data);
    return result;
  };
  const runDuckdb = async (allVarchar: boolean): Promise<ChildResult> => {
    await fs.rm(duckdbOut, { force: true });
    const job = { input: data.file, output: duckdbOut, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: duckdbSpill, allVarchar };
    const result = await childScript('duckdb-copy.ts', job);
    checkRows('duckdb COPY', (JSON.parse(result.stdout) as { rows: number }).rows, data);
    return result;
  };
  const runSide = (side: Side) => (side === 'lake' ? runLake() : runDuckdb(side === 'varchar'));

  const measured: Record<Side, ChildResult[]> = { lake: [], typed: [], varchar: [] };
  for (let i = 0; i < options.runs; i++) {
    // Each run starts with another side, so no side always runs right after the same one.
    const order = SIDES.map((_, k) => SIDES[(i + k) % SIDES.length]);
    for (const side of order) {
      // The machine is shared: each run starts on an idle machine, and says how busy it was during it.
      await waitForIdle(options.idleWaitMs);
      const before = cpuTimes();
      const result = await runSide(side);
      measured[side].push(result);
      const busy = busyCores(before, cpuTimes());
      log(`  run ${i + 1}/${options.runs} ${side.padEnd(7)} ${(result.wallMs / 1000).toFixed(2)} s, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB, machine busy ${busy.toFixed(2)} cores (this run included)`);
    }
  }

  // Lake reports the ingest's own duration (fetch to publish); the DuckDB child times its COPY.
  const sides: Record<Side, SideSummary> = {
    lake: summarize(measured.lake, data, (r) => (JSON.parse(r.stdout) as Array<{ durationMs: number }>)[0].durationMs),
    typed: summarize(measured.typed, data, (r) => (JSON.parse(r.stdout) as { copyMs: number }).copyMs),
    varchar: summarize(measured.varchar, data, (r) => (JSON.parse(r.stdout) as { copyMs: number }).copyMs),
  };
  const mib = (bytes: number) => (bytes / MiB).toFixed(1);
  const out: string[] = [];
  out.push(`# csv: ${data.rows.toLocaleString('en-US')} rows, ${mib(data.bytes)} MiB ${options.gzip ? `gzip (${mib(data.csvBytes)} MiB CSV)` : 'CSV'}, ` +
    `threads ${options.threads}, memory_limit ${options.memoryLimit}, median of ${options.runs}`);
  out.push('');
  out.push(formatTable(
    ['side', 'wall s', 'rows/s', 'CSV MiB/s', 'peak RSS MiB', 'in-process s'],
    SIDES.map((side) => [SIDE_LABEL[side], ...summaryCells(sides[side])]),
  ));
  out.push('');
  const verdict = (ratio: number, target: number) => `${ratio.toFixed(2)}   (target >= ${target.toFixed(1)}: ${ratio >= target ? 'met' : 'missed'})`;
  out.push(`ratio lake/duckdb typed COPY (throughput, wall): ${verdict(sides.typed.wallMs / sides.lake.wallMs, TARGET_TYPED)}`);
  out.push(`ratio lake/duckdb all_varchar COPY (throughput, wall): ${verdict(sides.varchar.wallMs / sides.lake.wallMs, TARGET_VARCHAR)}`);
  out.push(`ratios without process start (in-process): typed ${(sides.typed.ownMs / sides.lake.ownMs).toFixed(2)}, all_varchar ${(sides.varchar.ownMs / sides.lake.ownMs).toFixed(2)}`);
  const rssMiB = sides.lake.maxRssKb / 1024;
  out.push(
    `lake peak RSS: ${rssMiB.toFixed(0)} MiB   (budget < ${RSS_BUDGET_MIB} MiB for a 2 GiB input: ` +
      (data.csvBytes >= RSS_BUDGET_INPUT ? (rssMiB < RSS_BUDGET_MIB ? 'met' : 'missed') : `this input is ${mib(data.csvBytes)} MiB, indicative only`) + ')',
  );

  let breakdown: Record<string, number> | undefined;
  if (options.breakdown) {
    log('breakdown of lake ingest ...');
    const canonical = path.join(work, 'canonical.csv');
    const stepOut = path.join(work, 'steps.parquet');
    const steps: Record<string, ChildResult[]> = { read: [], normalize: [], copy: [] };
    let header: string[] = [];
    let canonicalBytes = 0;
    let longestLine = 0;
    for (let i = 0; i < options.runs; i++) {
      await waitForIdle(options.idleWaitMs);
      steps.read.push(await childScript('lake-steps.ts', { step: 'read', input: data.file }));
      const normalized = await childScript('lake-steps.ts', { step: 'normalize', input: data.file, canonical });
      ({ header, canonicalBytes, longestLine } = JSON.parse(normalized.stdout) as { header: string[]; canonicalBytes: number; longestLine: number });
      steps.normalize.push(normalized);
      await fs.rm(stepOut, { force: true });
      await waitForIdle(options.idleWaitMs);
      steps.copy.push(await childScript('lake-steps.ts', {
        step: 'copy', canonical, output: stepOut, header, longestLine, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: duckdbSpill,
      }));
    }
    await fs.rm(canonical, { force: true });
    // In-process times: process start is counted once, in "everything else".
    const own = (results: ChildResult[]) => median(results.map((r) => (JSON.parse(r.stdout) as { ms: number }).ms));
    const peak = (results: ChildResult[]) => (Math.max(...results.map((r) => r.maxRssKb)) / 1024).toFixed(0);
    const share = (ms: number) => `${((ms / sides.lake.wallMs) * 100).toFixed(0)}%`;
    const normalizeMs = own(steps.normalize);
    const copyMs = own(steps.copy);
    const streamedMs = sides.lake.ownMs;
    breakdown = { normalizeMs, copyMs, streamedMs, overlapMs: normalizeMs + copyMs - streamedMs, restMs: sides.lake.wallMs - streamedMs, readMs: own(steps.read), canonicalBytes };
    const cells = (name: string, ms: number, rss: string) => [name, (ms / 1000).toFixed(2), share(ms), rss];
    out.push('');
    out.push(`## where lake ingest's ${(sides.lake.wallMs / 1000).toFixed(2)} s go (canonical CSV ${mib(canonicalBytes)} MiB)`);
    out.push('');
    out.push(formatTable(
      ['step', 's', 'of lake wall', 'peak RSS MiB'],
      [
        cells('normalizeCsv → canonical CSV file, alone', normalizeMs, peak(steps.normalize)),
        cells('DuckDB COPY canonical file → Parquet, alone', copyMs, peak(steps.copy)),
        cells('lake: both at once through a FIFO (in-process)', streamedMs, ''),
        cells('  saved by running them at once', normalizeMs + copyMs - streamedMs, ''),
        cells('everything else (process start, publish, ...)', sides.lake.wallMs - streamedMs, ''),
        cells(`(ref) read${options.gzip ? ' + gunzip' : ''} only, as normalizeCsv gets it`, own(steps.read), peak(steps.read)),
      ],
    ));
    out.push('');
    out.push('The steps alone run one process each, timed inside the process. "lake" is the ingest\'s own duration (fetch to publish).');
  }

  await fs.rm(work, { recursive: true, force: true });
  return { result: { input: data, sides, breakdown }, text: out.join('\n') };
}

/** How each side's time grows with the input, and whether the ratios hold. */
function scalingTable(results: SizeResult[]): string {
  const base = results[0];
  const perMillion = (r: SizeResult, side: Side) => r.sides[side].wallMs / 1000 / (r.input.rows / 1e6);
  const rows = results.map((r) => [
    r.input.rows.toLocaleString('en-US'),
    (r.input.csvBytes / MiB).toFixed(0),
    (r.sides.lake.wallMs / 1000).toFixed(2),
    perMillion(r, 'lake').toFixed(3),
    `${(r.sides.lake.wallMs / base.sides.lake.wallMs / (r.input.rows / base.input.rows)).toFixed(2)}`,
    (r.sides.typed.wallMs / 1000).toFixed(2),
    (r.sides.varchar.wallMs / 1000).toFixed(2),
    (r.sides.typed.wallMs / r.sides.lake.wallMs).toFixed(2),
    (r.sides.varchar.wallMs / r.sides.lake.wallMs).toFixed(2),
    (r.sides.lake.maxRssKb / 1024).toFixed(0),
  ]);
  return [
    '## how cost grows with the input (wall time, median)',
    '',
    formatTable(
      ['rows', 'CSV MiB', 'lake s', 'lake s per 1M rows', `lake time ÷ rows, vs ${base.input.rows.toLocaleString('en-US')}`, 'typed COPY s', 'all_varchar COPY s', 'ratio vs typed', 'ratio vs all_varchar', 'lake peak RSS MiB'],
      rows,
    ),
    '',
    '"lake time ÷ rows" is 1.00 when lake\'s time grows exactly with the row count; below 1.00, larger inputs are cheaper per row (process start is paid once).',
  ].join('\n');
}

interface SideSummary {
  wallMs: number;
  /** Median time measured inside the child, without process start. */
  ownMs: number;
  maxRssKb: number;
  rowsPerSecond: number;
  csvMiBPerSecond: number;
  runsMs: number[];
}

function summarize(results: ChildResult[], data: YellowFile, own: (r: ChildResult) => number): SideSummary {
  const wallMs = median(results.map((r) => r.wallMs));
  return {
    wallMs,
    ownMs: median(results.map(own)),
    // The budget is about the worst case, so the highest run counts, not the median.
    maxRssKb: Math.max(...results.map((r) => r.maxRssKb)),
    rowsPerSecond: data.rows / (wallMs / 1000),
    csvMiBPerSecond: data.csvBytes / MiB / (wallMs / 1000),
    runsMs: results.map((r) => Math.round(r.wallMs)),
  };
}

function summaryCells(s: SideSummary): string[] {
  return [
    (s.wallMs / 1000).toFixed(2),
    Math.round(s.rowsPerSecond).toLocaleString('en-US'),
    s.csvMiBPerSecond.toFixed(1),
    (s.maxRssKb / 1024).toFixed(0),
    (s.ownMs / 1000).toFixed(2),
  ];
}

/** A wrong row count would make the timing meaningless, so it stops the bench. */
function checkRows(what: string, rows: number, data: YellowFile): void {
  if (rows !== data.rows) throw new Error(`${what} wrote ${rows} rows, expected ${data.rows}`);
}

