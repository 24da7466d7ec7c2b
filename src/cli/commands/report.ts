/** `lake report`: one run's summary (default: the latest), whatever started it. */
import type { Command } from 'commander';
import { LakeError } from '../../errors/index.ts';
import { configOption, EXIT_FAILURE } from '../options.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('summarise a run (default: the latest): what succeeded, what failed and why, what to do; exits 1 when that run failed')
    .argument('[run_id]', 'a run id from `lake status` or the last line of a backfill, ingest or snapshot')
    .addOption(configOption())
    .option('--json', 'print the run record as JSON')
    .action(async (runId: string | undefined, options: { config?: string; json?: boolean }) => {
      const [{ loadConfig, resolveConfigPath }, { openStorage }, { listRunIds, readRun }, { renderRunReport }] = await Promise.all([
        import('../../config/index.ts'),
        import('../../storage/index.ts'),
        import('../../orchestrator/index.ts'),
        import('../report.ts'),
      ]);
      const loaded = loadConfig(resolveConfigPath(options.config));
      const storage = openStorage(loaded.lakeRoot, { s3: loaded.config.lake.s3 });
      const id = runId ?? (await listRunIds(storage)).at(-1);
      const run = id ? await readRun(storage, id) : undefined;
      if (!run) {
        throw new LakeError(id ? `no run '${id}' in ${storage.location}` : `no run recorded yet in ${storage.location}`, {
          kind: 'not-published',
          retry: 'never',
          remedy: 'lake status lists the recent runs',
        });
      }
      process.stdout.write(options.json ? JSON.stringify(run, null, 2) + '\n' : renderRunReport(run));
      if (run.status !== 'succeeded' && run.status !== 'running') process.exitCode = EXIT_FAILURE;
    });
}
