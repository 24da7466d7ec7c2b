/** `lake query`: SQL over every layer's views. */
import { Option, type Command } from 'commander';
import type { OutputFormat } from '../format.ts';
import { configOption } from '../options.ts';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run SQL over the lake: bronze.<table>, silver.<table>, gold.<table>, quarantine.<table>, ref.<name>')
    .argument('<sql>', 'the SQL to run')
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (sql: string, options: { config?: string; format: OutputFormat }) => {
      const [{ resolveConfigPath }, { openRuntime }, { attachLakeViews }, { attachReferenceViews }, { formatRows }] = await Promise.all([
        import('../../config/index.ts'),
        // Around the orchestrator's face, on purpose: the face loads pg, kafkajs and the daemon, which a
        // query never uses and whose loading would be most of its start-up (`npm run bench -- startup`).
        import('../../orchestrator/runtime.ts'),
        import('../../engine/views.ts'),
        import('../../gold/index.ts'),
        import('../format.ts'),
      ]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      try {
        await attachLakeViews(runtime.engine, runtime.storage);
        await attachReferenceViews(runtime.engine, runtime.config);
        const { columns, rows } = await runtime.engine.table(sql);
        process.stdout.write(formatRows(columns, rows, options.format));
      } finally {
        await runtime.close();
      }
    });
}
