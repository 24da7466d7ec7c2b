/** `lake backfill`: rebuild a layer's partitions over a range of months, as one recorded run. */
import { Option, type Command } from 'commander';
import { LakeError } from '../../errors/index.ts';
import type { Layer, PlanRoot, RunRecord } from '../../orchestrator/index.ts';
import { formatMonth, parseMonth, type Month } from '../../storage/partitions.ts';
import { commandLine, configOption, EXIT_FAILURE, failedRun, monthArg, monthsFrom, positiveInt, printRunEvents, runLine, withShutdownSignals } from '../options.ts';

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

export function registerBackfill(program: Command): void {
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
    .action(backfill);
}

async function backfill(options: BackfillOptions): Promise<void> {
  if (!options.layer && !options.retryFailed) {
    throw new LakeError('name the layer: --layer bronze|silver|gold (or use --retry-failed)', { kind: 'config', retry: 'needs-person' });
  }
  if (options.force && options.retryFailed) {
    throw new LakeError('--force and --retry-failed do not go together', { kind: 'config', retry: 'needs-person' });
  }
  const months = options.retryFailed && !options.month && !options.from && !options.to ? undefined : monthsFrom(options);
  const [{ resolveConfigPath }, { openRuntime, Runner, namesForLayer, failedPartitions }, { Progress }, { countsLine, renderPlan }] = await Promise.all([
    import('../../config/index.ts'),
    import('../../orchestrator/index.ts'),
    import('../progress.ts'),
    import('../report.ts'),
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
    printRunEvents(runtime.events);
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
        trigger: { command: commandLine() },
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
    else process.stdout.write(runLine(record.run_id, countsLine(record.counts as Record<string, number>)));
    const unpublished = options.retryFailed ? [] : unpublishedMonths(record, !!names);
    for (const line of unpublished) process.stderr.write(`${line}\n`);
    // A month named with --month must exist; in a range, only a range with nothing published fails.
    const monthsAsked = new Set(record.partitions.filter((p) => p.requested).map((p) => p.month)).size;
    const missingFails = unpublished.length > 0 && (!!options.month || unpublished.length === monthsAsked);
    if (!failedRun(record, 'partition') && missingFails) process.exitCode = EXIT_FAILURE;
  } finally {
    await runtime.close();
  }
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
