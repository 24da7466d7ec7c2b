/** `lake run`: the daemon. */
import { Option, type Command } from 'commander';
import { configOption, instantArg } from '../options.ts';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      "the daemon: pulls each scheduled source's newest month on its cron schedule (UTC), promotes it through silver to gold, catches up missed ticks, and stops gracefully on SIGTERM/SIGINT; logs JSON lines on stdout",
    )
    .addOption(configOption())
    .addOption(new Option('--now <timestamp>', 'run as if the clock read this ISO instant at start (rehearse schedules and catch-up)').argParser(instantArg).hideHelp())
    .action(async (options: { config?: string; now?: Date }) => {
      const [{ resolveConfigPath }, { openRuntime, shiftedClock, systemClock }, { serveDaemon }] = await Promise.all([
        import('../../config/index.ts'),
        import('../../orchestrator/index.ts'),
        import('../serve.ts'),
      ]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      await serveDaemon(runtime, { clock: options.now ? shiftedClock(options.now) : systemClock });
    });
}
