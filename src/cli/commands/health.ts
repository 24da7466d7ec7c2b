/** `lake health`: the Docker image's HEALTHCHECK, asking the daemon of this config on its /healthz. */
import type { Command } from 'commander';
import { configOption, EXIT_FAILURE, positiveInt } from '../options.ts';

export function registerHealth(program: Command): void {
  program
    .command('health')
    .description("exit 0 when the daemon of this config answers on its /healthz (observability.metrics host and port), else 1; the image's HEALTHCHECK")
    .addOption(configOption())
    .option('--timeout <ms>', 'how long to wait for the answer', positiveInt, 3000)
    .action(async (options: { config?: string; timeout: number }) => {
      const [{ loadConfig, resolveConfigPath }, { checkHealth, healthUrl }] = await Promise.all([import('../../config/index.ts'), import('../health.ts')]);
      const loaded = loadConfig(resolveConfigPath(options.config));
      const { ok, line } = await checkHealth(healthUrl(loaded.config.observability.metrics), options.timeout);
      (ok ? process.stdout : process.stderr).write(`${line}\n`);
      if (!ok) process.exitCode = EXIT_FAILURE;
    });
}
