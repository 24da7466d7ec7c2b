/**
 * Benchmark entry point: `npm run bench -- <suite> [options]`.
 *
 * Each suite is its own module exporting `run(args)`, loaded on demand so one suite's imports never
 * slow down another's start. Add a suite with one entry in SUITES, e.g.
 * `silver: { summary: '...', load: () => import('./silver.ts') }`.
 */
interface Suite {
  run(args: string[]): Promise<void>;
}

const SUITES: Record<string, { summary: string; load: () => Promise<Suite> }> = {
  csv: {
    summary: 'lake ingest of a synthetic yellow-taxi CSV month vs DuckDB read_csv → Parquet',
    load: () => import('./csv.ts'),
  },
  silver: {
    summary: 'lake bronze → silver → gold of a synthetic yellow month vs the same SQL run directly in DuckDB',
    load: () => import('./silver.ts'),
  },
  'long-line': {
    summary: 'the CSV normaliser on one 4, 16 and 64 MiB line vs DuckDB read_csv: cost must grow linearly',
    load: () => import('./long-line.ts'),
  },
  cdc: {
    summary: 'lake Postgres CDC → bronze changes/s vs pg_recvlogical on the same WAL, and lag under a steady load',
    load: () => import('./cdc.ts'),
  },
  kafka: {
    summary: "lake Postgres CDC → bronze → Kafka acknowledgement changes/s vs pg_recvlogical on the same WAL (librdkafka's mock cluster)",
    load: () => import('./kafka.ts'),
  },
  startup: {
    summary: 'how long `lake --help` and `lake query "select 1"` take to start (dist/ and tsx) against a bare `node -e 0`',
    load: () => import('./startup.ts'),
  },
  'cdc-scale': {
    summary: 'lake run on a 1M/10M-row table: snapshot vs psql \\copy, silver freshness, CPU and bytes per change under pgbench UPDATEs',
    load: () => import('./cdc-scale.ts'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(SUITES).map((name) => name.length));
  return [
    'usage: npm run bench -- <suite> [options]',
    '',
    'suites:',
    ...Object.entries(SUITES).map(([name, suite]) => `  ${name.padEnd(width)}  ${suite.summary}`),
    '',
    "run `npm run bench -- <suite> --help` for a suite's options",
  ].join('\n');
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  process.stdout.write(usage() + '\n');
  process.exitCode = name ? 0 : 2;
} else if (!Object.hasOwn(SUITES, name)) {
  process.stderr.write(`unknown suite '${name}'\n\n${usage()}\n`);
  process.exitCode = 2;
} else {
  try {
    const suite = await SUITES[name].load();
    await suite.run(rest);
  } catch (error) {
    process.stderr.write(`bench ${name}: ${(error as Error).message}\n`);
    if (process.env.BENCH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}
