/**
 * The `lake` command line. Every command validates the config before doing anything, prints results on
 * stdout, a one-line reason on stderr when something fails, and exits 0 on success, 1 on any failure,
 * 2 on bad usage or config.
 *
 * One file per command under commands/; this program only registers them, in the order `lake --help`
 * lists them. A command imports what it needs when it runs: `lake --help` loads no config parser, DuckDB,
 * pg or AWS SDK, and `lake query` no pg, daemon or metrics (`npm run bench -- startup`).
 */
import { Command } from 'commander';
// The leaf, not the config folder's face: that would load the YAML and schema parsers for `--help`.
import { packageVersion } from '../config/version.ts';
import { LakeError, redactSecrets, toLakeError } from '../errors/index.ts';
import { registerBackfill } from './commands/backfill.ts';
import { registerDemo } from './commands/demo.ts';
import { registerHealth } from './commands/health.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerQuery } from './commands/query.ts';
import { registerReport } from './commands/report.ts';
import { registerRun } from './commands/run.ts';
import { registerSlots } from './commands/slots.ts';
import { registerSnapshot } from './commands/snapshot.ts';
import { registerStatus } from './commands/status.ts';
import { registerValidate } from './commands/validate.ts';
import { EXIT_FAILURE, EXIT_USAGE } from './options.ts';

function buildProgram(): Command {
  const program = new Command('lake')
    .description('Medallion lakehouse ingestion: batch files and Postgres CDC into bronze, silver and gold Parquet')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    // Subcommands inherit this: usage errors come back to main() for one exit-code policy.
    .exitOverride();
  for (const register of [
    registerValidate,
    registerIngest,
    registerBackfill,
    registerRun,
    registerDemo,
    registerHealth,
    registerReport,
    registerStatus,
    registerSnapshot,
    registerSlots,
    registerQuery,
  ]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `lake query ... | head`: a reader that has seen enough is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
      process.exitCode = 0;
      return;
    }
    if (code?.startsWith('commander.')) {
      process.exitCode = EXIT_USAGE;
      return;
    }
    const lakeError = toLakeError(error);
    // By name: the config module (yaml, zod) is loaded only by the commands that read a config.
    if (error instanceof LakeError && error.name === 'ConfigError') {
      process.stderr.write(`lake: ${error.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`lake: ${lakeError.describe()}\n`);
    if (process.env.LAKE_DEBUG) process.stderr.write(`${redactSecrets(String((error as Error).stack))}\n`);
    process.exitCode = lakeError.kind === 'config' ? EXIT_USAGE : EXIT_FAILURE;
  }
}
