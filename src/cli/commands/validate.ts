/** `lake validate`: the config's shape, the places it names, and its SQL bound against the declared silver schemas. */
import type { Command } from 'commander';
import { configOption } from '../options.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a config file and exit non-zero when it is invalid')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const [{ cdcTablesOf, isBatchSource, ConfigError, loadConfig, resolveConfigPath }, { Engine }, { bindConfigSql }, { environmentProblems }] = await Promise.all([
        import('../../config/index.ts'),
        import('../../engine/index.ts'),
        import('../../gold/index.ts'),
        import('../checks.ts'),
      ]);
      const file = resolveConfigPath(options.config);
      const loaded = loadConfig(file);
      // What the config names must be there: a lake root this process can write, local source directories.
      const problems = await environmentProblems(loaded);
      // SQL in the config (gold models, expression checks) is bound against the declared silver schemas;
      // binding reads the reference tables, so with one missing it would only say that again.
      if (!problems.some((p) => p.path.startsWith('reference.'))) {
        const engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
        try {
          problems.push(...(await bindConfigSql(engine, loaded.config)));
        } finally {
          engine.close();
        }
      }
      if (problems.length > 0) throw new ConfigError(file, problems);
      const sources = Object.entries(loaded.config.sources);
      process.stdout.write(`${file}: valid\n  lake root: ${loaded.lakeRoot}\n  sources: ${sources.length}\n`);
      for (const [name, source] of sources) {
        const tables = isBatchSource(source) ? [source.table ?? name] : cdcTablesOf(source).map((t) => t.name);
        process.stdout.write(`    ${name} (${source.type}) → ${tables.map((t) => `bronze.${t}`).join(', ')}\n`);
      }
    });
}
