/**
 * `npm run bench -- csv`: `lake ingest` of one CSV month against DuckDB's own CSV-to-Parquet COPY of
 * the same file, with the same engine threads and memory limit.
 *
 * Every measurement is a separate child process, so wall time includes process start (Node, tsx,
 * loading DuckDB) as a user would see it, and peak RSS is that workload's alone. Runs alternate
 * between the two sides so drift (page cache, thermal) hits both alike; the median wall time and the
 * highest peak RSS over the runs are reported. Nothing here asserts on timings: it reports.
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable, hasGnuTime, measureChild, median, MiB, type ChildResult } from './lib/measure.ts';
import { ensureYellowCsv, type YellowFile } from './lib/yellow.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(REPO, '.bench');
const NODE = process.execPath;

const HELP = `usage: npm run bench -- csv [options]

  --rows N             rows in the generated CSV (default 2000000; ~105 bytes a row,
                       so 20500000 is about 2 GiB)
  --runs N             runs per side; the median wall time is reported (default 3)
  --gzip               gzip the input (both sides read the .csv.gz)
  --month YYYY-MM      month of the generated data and of the ingest (default 2021-03)
  --threads N          DuckDB threads for both sides (default 2)
  --memory-limit SIZE  DuckDB memory_limit for both sides (default 512MB)
  --skip-breakdown     do not time lake's steps separately
  --help               this text

Generated inputs are cached under .bench/data/; run outputs go to .bench/csv/ and are removed.`;

interface Options {
  rows: number;
  runs: number;
  gzip: boolean;
  year: number;
  month: number;
  threads: number;
  memoryLimit: string;
  breakdown: boolean;
}

function parseOptions(args: string[]): Options | undefined {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      rows: { type: 'string', default: '2000000' },
      runs: { type: 'string', default: '3' },
      gzip: { type: 'boolean', default: false },
      month: { type: 'string', default: '2021-03' },
      threads: { type: 'string', default: '2' },
      'memory-limit': { type: 'string', default: '512MB' },
      'skip-breakdown': { type: 'boolean', default: false },
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
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(values.month);
  if (!month) throw new Error(`--month must be YYYY-MM, got '${values.month}'`);
  return {
    rows: positive('rows', values.rows),
    runs: positive('runs', values.runs),
    gzip: values.gzip,
    year: Number(month[1]),
    month: Number(month[2]),
    threads: positive('threads', values.threads),
    memoryLimit: values['memory-limit'],
    breakdown: !values['skip-breakdown'],
  };
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (!options) return;
  const log = (line: string) => process.stderr.write(line + '\n');
  const monthText = `${options.year}-${String(options.month).padStart(2, '0')}`;

  const data = await ensureYellowCsv(path.join(BENCH_DIR, 'data'), options, log);
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

  log(`machine: ${describeMachine()}`);
  log(`input: ${path.relative(REPO, data.file)} (${(data.bytes / MiB).toFixed(1)} MiB${options.gzip ? `, ${(data.csvBytes / MiB).toFixed(1)} MiB uncompressed` : ''})`);
  log(`peak RSS from ${hasGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS in each child'}`);

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
  const runDuckdb = async (allVarchar = false): Promise<ChildResult> => {
    await fs.rm(duckdbOut, { force: true });
    const job = { input: data.file, output: duckdbOut, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: duckdbSpill, allVarchar };
    const result = await childScript('duckdb-copy.ts', job);
    checkRows('duckdb COPY', (JSON.parse(result.stdout) as { rows: number }).rows, data);
    return result;
  };

  const lake: ChildResult[] = [];
  const duckdb: ChildResult[] = [];
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 === 0 ? (['lake', 'duckdb'] as const) : (['duckdb', 'lake'] as const);
    for (const side of order) {
      const result = side === 'lake' ? await runLake() : await runDuckdb();
      (side === 'lake' ? lake : duckdb).push(result);
      log(`  run ${i + 1}/${options.runs} ${side.padEnd(6)} ${(result.wallMs / 1000).toFixed(2)} s, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MiB`);
    }
  }

  // Lake reports the ingest's own duration (fetch to publish); the DuckDB child times its COPY.
  const lakeSummary = summarize(lake, data, (r) => (JSON.parse(r.stdout) as Array<{ durationMs: number }>)[0].durationMs);
  const duckdbSummary = summarize(duckdb, data, (r) => (JSON.parse(r.stdout) as { copyMs: number }).copyMs);
  const ratio = duckdbSummary.wallMs / lakeSummary.wallMs;
  const mib = (bytes: number) => (bytes / MiB).toFixed(1);
  const out: string[] = [];
  out.push(`# csv: ${data.rows.toLocaleString('en-US')} rows, ${mib(data.bytes)} MiB ${options.gzip ? `gzip (${mib(data.csvBytes)} MiB CSV)` : 'CSV'}, ` +
    `threads ${options.threads}, memory_limit ${options.memoryLimit}, median of ${options.runs}`);
  out.push('');
  out.push(formatTable(
    ['side', 'wall s', 'rows/s', 'CSV MiB/s', 'peak RSS MiB', 'in-process s'],
    [
      ['lake ingest', ...summaryCells(lakeSummary)],
      ['duckdb COPY', ...summaryCells(duckdbSummary)],
    ],
  ));
  out.push('');
  out.push(`ratio lake/duckdb (throughput, wall): ${ratio.toFixed(2)}   (target >= 0.8)`);
  out.push(`ratio lake/duckdb (in-process, without process start): ${(duckdbSummary.ownMs / lakeSummary.ownMs).toFixed(2)}`);
  out.push(`lake peak RSS: ${(lakeSummary.maxRssKb / 1024).toFixed(0)} MiB   (budget < 1024 MiB for a 2 GiB input)`);

  let breakdown: Record<string, number> | undefined;
  if (options.breakdown) {
    log('breakdown of lake ingest ...');
    const canonical = path.join(work, 'canonical.csv');
    const stepOut = path.join(work, 'steps.parquet');
    const steps: Record<string, ChildResult[]> = { read: [], normalize: [], copy: [], varchar: [] };
    let header: string[] = [];
    let canonicalBytes = 0;
    for (let i = 0; i < options.runs; i++) {
      steps.read.push(await childScript('lake-steps.ts', { step: 'read', input: data.file }));
      const normalized = await childScript('lake-steps.ts', { step: 'normalize', input: data.file, canonical });
      ({ header, canonicalBytes } = JSON.parse(normalized.stdout) as { header: string[]; canonicalBytes: number });
      steps.normalize.push(normalized);
      await fs.rm(stepOut, { force: true });
      steps.copy.push(await childScript('lake-steps.ts', {
        step: 'copy', canonical, output: stepOut, header, threads: options.threads, memoryLimit: options.memoryLimit, tempDirectory: duckdbSpill,
      }));
      steps.varchar.push(await runDuckdb(true));
    }
    await fs.rm(canonical, { force: true });
    // In-process times: process start is counted once, in "everything else".
    const own = (results: ChildResult[], key = 'ms') => median(results.map((r) => (JSON.parse(r.stdout) as Record<string, number>)[key]));
    const peak = (results: ChildResult[]) => (Math.max(...results.map((r) => r.maxRssKb)) / 1024).toFixed(0);
    const share = (ms: number) => `${((ms / lakeSummary.wallMs) * 100).toFixed(0)}%`;
    const normalizeMs = own(steps.normalize);
    const copyMs = own(steps.copy);
    const restMs = lakeSummary.wallMs - normalizeMs - copyMs;
    breakdown = { normalizeMs, copyMs, restMs, readMs: own(steps.read), varcharMs: own(steps.varchar, 'copyMs'), canonicalBytes };
    const cells = (name: string, ms: number, rss: string) => [name, (ms / 1000).toFixed(2), share(ms), rss];
    out.push('');
    out.push(`## where lake ingest's ${(lakeSummary.wallMs / 1000).toFixed(2)} s go (steps run alone, one process each; canonical CSV ${mib(canonicalBytes)} MiB)`);
    out.push('');
    out.push(formatTable(
      ['step', 's', 'of lake wall', 'peak RSS MiB'],
      [
        cells('normalizeCsv → canonical CSV', normalizeMs, peak(steps.normalize)),
        cells('DuckDB COPY canonical → Parquet', copyMs, peak(steps.copy)),
        cells('everything else (start, publish, ...)', restMs, ''),
        cells(`(ref) read${options.gzip ? ' + gunzip' : ''} only, as normalizeCsv gets it`, own(steps.read), peak(steps.read)),
        cells('(ref) DuckDB COPY source, all_varchar', own(steps.varchar, 'copyMs'), peak(steps.varchar)),
      ],
    ));
    out.push('');
    out.push('Step times are measured inside each process (no process start); "everything else" is the rest of lake\'s wall time.');
    // Bronze stores every column as text, so DuckDB writing all-VARCHAR Parquet is the like-for-like floor.
    out.push(`ratio lake/duckdb all_varchar (in-process, like-for-like text output): ${(breakdown.varcharMs / lakeSummary.ownMs).toFixed(2)}`);
  }

  process.stdout.write(out.join('\n') + '\n');
  const record = { date: new Date().toISOString(), machine: describeMachine(), options, input: { ...data, file: path.relative(REPO, data.file) }, lake: lakeSummary, duckdb: duckdbSummary, ratio, breakdown };
  const recordFile = path.join(BENCH_DIR, `csv-${data.rows}${options.gzip ? '-gz' : ''}.json`);
  await fs.writeFile(recordFile, JSON.stringify(record, null, 2) + '\n');
  log(`results also in ${path.relative(REPO, recordFile)}`);
  await fs.rm(work, { recursive: true, force: true });

  function childScript(script: string, job: object): Promise<ChildResult> {
    return measureChild(NODE, ['--import', 'tsx', path.join('bench/children', script), JSON.stringify(job)], { cwd: REPO });
  }
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

function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
