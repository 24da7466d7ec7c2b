/** `lake status`: every table by layer with its freshness, failures, locks, schedules and recent runs. */
import { Option, type Command } from 'commander';
import { configOption, instantArg } from '../options.ts';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('every table by layer: partitions, last success, rows, freshness against its SLA; failed partitions, locks, next scheduled runs, recent runs')
    .addOption(configOption())
    .option('--json', 'print as JSON')
    .addOption(new Option('--now <timestamp>', 'judge freshness and next runs as if the clock read this ISO instant').argParser(instantArg).hideHelp())
    .action(async (options: { config?: string; json?: boolean; now?: Date }) => {
      const [{ loadConfig, resolveConfigPath }, { openStorage }, { lakeStatus, shiftedClock, systemClock }, { renderStatus }] = await Promise.all([
        import('../../config/index.ts'),
        import('../../storage/index.ts'),
        import('../../orchestrator/index.ts'),
        import('../report.ts'),
      ]);
      const loaded = loadConfig(resolveConfigPath(options.config));
      const storage = openStorage(loaded.lakeRoot, { s3: loaded.config.lake.s3 });
      const status = await lakeStatus({ config: loaded.config, storage }, options.now ? shiftedClock(options.now) : systemClock);
      process.stdout.write(options.json ? JSON.stringify(status, null, 2) + '\n' : renderStatus(status));
    });
}
