/**
 * `lake ingest`: pull source files for months into bronze, as a recorded run (kind `ingest`): every
 * named month is pulled again (a forced bronze build), under the partition locks, with the job retries of
 * `jobs.retry`, and `lake report` shows it like a backfill. Nothing downstream is built (`lake backfill
 * --downstream` does that).
 */
import type { Command } from 'commander';
import { LakeError } from '../../errors/index.ts';
import type { RunPartition } from '../../orchestrator/index.ts';
import { formatMonth, parseMonth, type Month } from '../../storage/partitions.ts';
import { commandLine, configOption, failedRun, monthArg, monthsFrom, printRunEvents, runLine, withShutdownSignals } from '../options.ts';

interface IngestOptions {
  config?: string;
  source?: string[];
  month?: Month;
  from?: Month;
  to?: Month;
  json?: boolean;
}

/** What bronze reported of a publish: what the line and the JSON of a file show. */
interface Published {
  manifest: { rows: number; malformed_rows: number; key: string };
  durationMs: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('pull source files for the given months into bronze partitions (a run: lake report shows it)')
    .addOption(configOption())
    .option('-s, --source <name...>', 'source(s) to ingest (default: every configured batch source)')
    .option('--month <YYYY-MM>', 'one month', monthArg)
    .option('--from <YYYY-MM>', 'first month (inclusive)', monthArg)
    .option('--to <YYYY-MM>', 'last month (inclusive)', monthArg)
    .option('--json', 'print the results as JSON')
    .action(ingest);
}

async function ingest(options: IngestOptions): Promise<void> {
  const months = monthsFrom(options);
  const [{ bronzeTableOf, resolveConfigPath }, { openRuntime, Runner, namesForLayer, FINAL_STATUSES }, { readBronzeManifest }] = await Promise.all([
    import('../../config/index.ts'),
    import('../../orchestrator/index.ts'),
    import('../../bronze/index.ts'),
  ]);
  const runtime = await openRuntime(resolveConfigPath(options.config));
  try {
    const sources = runtime.config.sources;
    const names = options.source ?? namesForLayer(runtime.config, 'bronze');
    for (const name of names) {
      if (!sources[name]) {
        throw new LakeError(`unknown source '${name}'`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: `configured sources: ${Object.keys(sources).join(', ') || '(none)'}`,
        });
      }
    }
    const published = new Map<string, Published>();
    runtime.events.on((event) => {
      if (event.type === 'download.retry') {
        process.stderr.write(`  retry ${event.attempt} for ${event.url} in ${event.delayMs} ms: ${event.error.message}\n`);
      } else if (event.type === 'bronze.published') {
        published.set(`${event.manifest.source} ${event.manifest.month}`, event);
      }
    });
    printRunEvents(runtime.events);
    const line = (p: RunPartition): string => {
      const bronze = published.get(`${p.name} ${p.month}`);
      if (p.status === 'published' && bronze) {
        const { manifest: m, durationMs } = bronze;
        const flagged = m.malformed_rows > 0 ? ` (${m.malformed_rows} malformed, kept and flagged)` : '';
        return `${p.name} ${p.month}  published  ${m.rows.toLocaleString('en-US')} rows${flagged} in ${(durationMs / 1000).toFixed(1)}s → ${m.key}`;
      }
      if (p.status === 'not-published' || p.status === 'no-input') return `${p.name} ${p.month}  not published yet  (${p.detail})`;
      return `${p.name} ${p.month}  ${p.status === 'published' ? p.status : p.status.toUpperCase()}  ${p.detail}`;
    };
    const runner = new Runner(runtime, { command: 'lake ingest' });
    const record = await withShutdownSignals(runtime.config.daemon.shutdown_grace_ms, (stop, abandon) =>
      runner.execute({
        kind: 'ingest',
        trigger: { command: commandLine() },
        options: { sources: names, months: `${formatMonth(months[0])}..${formatMonth(months.at(-1)!)}` },
        // Asked for by name: pulled again even when bronze has the month already.
        roots: names.flatMap((name) => months.map((month) => ({ layer: 'bronze' as const, name, month, force: true }))),
        downstream: false,
        stop,
        abandon,
        // Each file as it finishes; one bad file never stops the others.
        onChange: (p) => {
          if (!options.json && FINAL_STATUSES.includes(p.status)) process.stdout.write(`${line(p)}\n`);
        },
      }),
    );
    if (options.json) {
      const results = await Promise.all(
        record.partitions.map(async (p) => {
          if (p.status === 'published') {
            const manifest = await readBronzeManifest(runtime.storage, bronzeTableOf(p.name, runtime.config), parseMonth(p.month));
            return { status: p.status, manifest, durationMs: published.get(`${p.name} ${p.month}`)?.durationMs, attempts: p.attempts.length };
          }
          if (p.status === 'failed') return { status: p.status, source: p.name, month: p.month, error: p.detail };
          return { status: p.status, source: p.name, table: bronzeTableOf(p.name, runtime.config), month: p.month, reason: p.detail };
        }),
      );
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    } else {
      process.stdout.write(runLine(record.run_id));
    }
    const missing = (record.counts['not-published'] ?? 0) + (record.counts['no-input'] ?? 0);
    if (missing > 0) process.stderr.write(`${missing} month(s) not published yet\n`);
    failedRun(record, 'file');
  } finally {
    await runtime.close();
  }
}
