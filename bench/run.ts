/**
 * Benchmark entry point: `npm run bench -- <suite> [options]`.
 *
 * Each suite is its own module exporting `run(args)`, loaded on demand so one suite's imports never
 * slow down another's start. Add a suite by adding a line to SUITES (e.g. `silver: () => import('./silver.ts')`).
 */
export interface Suite {
  /** One line for the usage message. */
  summary: string;
  run(args: string[]): Promise<void>;
}

const SUITES: Record<string, () => Promise<Suite>> = {
  csv: () => import('./csv.ts'),
};

function usage(): string {
  return [
    'usage: npm run bench -- <suite> [options]',
    '',
    'suites:',
    ...Object.keys(SUITES).map((name) => `  ${name}`),
    '',
    'run `npm run bench -- <suite> --help` for a suite\'s options',
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
  const suite = await SUITES[name]();
  try {
    await suite.run(rest);
  } catch (error) {
    process.stderr.write(`bench ${name}: ${(error as Error).message}\n`);
    if (process.env.BENCH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}
