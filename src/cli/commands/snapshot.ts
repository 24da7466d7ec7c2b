/**
 * `lake snapshot`: copy Postgres tables again from a fresh snapshot, as a recorded run (kind `snapshot`).
 * With a daemon streaming the source, the daemon performs it (it owns the state) and rebuilds silver,
 * history and gold; otherwise this process does both (src/orchestrator/snapshot-run.ts).
 */
import type { Command } from 'commander';
import { commandLine, configOption, EXIT_FAILURE, printRunEvents, runLine } from '../options.ts';

export function registerSnapshot(program: Command): void {
  program
    .command('snapshot')
    .description('copy Postgres tables again from a fresh snapshot (recovery from a lost slot or a bad table; a run: lake report shows it)')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .option('-t, --table <name...>', 'tables to re-snapshot, e.g. public.orders (default: all; required slot recreation copies all)')
    .action(async (options: { config?: string; source: string; table?: string[] }) => {
      const [{ resolveConfigPath }, { openRuntime, snapshotRun }] = await Promise.all([import('../../config/index.ts'), import('../../orchestrator/index.ts')]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      try {
        printRunEvents(runtime.events);
        const { record, outcome } = await snapshotRun(runtime, {
          source: options.source,
          tables: options.table,
          command: 'lake snapshot',
          trigger: { command: commandLine() },
        });
        for (const failed of record.partitions.filter((p) => p.status === 'failed')) process.stderr.write(`${failed.detail}\n`);
        if (record.status === 'failed') process.exitCode = EXIT_FAILURE;
        for (const table of outcome.tables) {
          process.stdout.write(`snapshot ${table.table}: ${table.rows} rows at ${table.lsn}${outcome.performedBy === 'self' ? '' : ' (by the running daemon)'}\n`);
        }
        process.stdout.write(runLine(record.run_id));
      } finally {
        await runtime.close();
      }
    });
}
