/**
 * Text for people: a run report readable in ten seconds (what succeeded, what failed and why, what to do)
 * and the lake's status on one screen. `--json` prints the underlying records instead.
 */
import type { LakeStatus, PlannedPartition, RunPartition, RunRecord, TableStatus } from '../orchestrator/index.ts';
import { formatMonth, kafkaQuarantineTable, nextMonth, parseMonth } from '../storage/index.ts';

const STATUS_ORDER = ['failed', 'abandoned', 'skipped', 'published', 'not-published', 'up-to-date', 'no-input', 'running', 'planned'] as const;
const STATUS_WORDS: Record<string, string> = {
  failed: 'failed',
  abandoned: 'abandoned',
  skipped: 'skipped',
  published: 'published',
  'not-published': 'not published yet',
  'up-to-date': 'up to date',
  'no-input': 'no input',
  running: 'running',
  planned: 'planned',
};

/** `2019-01..2019-03, 2019-05`: consecutive months folded into ranges. */
export function monthRanges(months: string[]): string {
  const sorted = [...new Set(months)].sort();
  const out: string[] = [];
  let start: string | undefined;
  let prev: string | undefined;
  for (const m of sorted) {
    if (prev && formatMonth(nextMonth(parseMonth(prev))) === m) {
      prev = m;
      continue;
    }
    if (start) out.push(start === prev ? start : `${start}..${prev}`);
    start = prev = m;
  }
  if (start) out.push(start === prev ? start : `${start}..${prev}`);
  return out.join(', ');
}

function seconds(ms: number | undefined): string {
  if (ms === undefined) return '?';
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function when(iso: string | undefined): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC') : '—';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsLine(counts: Record<string, number | undefined>): string {
  const parts = STATUS_ORDER.filter((s) => counts[s]).map((s) => `${counts[s]} ${STATUS_WORDS[s]}`);
  return parts.join(', ') || 'nothing';
}

function rowsOf(group: RunPartition[]): string {
  const sum = (f: (p: RunPartition) => number | undefined) => group.reduce((n, p) => n + (f(p) ?? 0), 0);
  const layer = group[0].layer;
  if (layer === 'silver') return `${plural(sum((p) => p.rows_in), 'row')} in → ${sum((p) => p.rows_out)} out, ${sum((p) => p.quarantined)} quarantined`;
  return plural(sum((p) => p.rows_out), 'row');
}

/** Groups partitions by layer and name, keeping plan order. */
function byTable(partitions: RunPartition[]): RunPartition[][] {
  const groups = new Map<string, RunPartition[]>();
  for (const p of partitions) {
    const key = `${p.layer} ${p.name}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

export function renderRunReport(run: RunRecord): string {
  const lines: string[] = [];
  const title = run.status === 'succeeded' ? 'succeeded' : run.status.toUpperCase();
  lines.push(`Run ${run.run_id}: ${run.kind}, ${title}`);
  const trigger = run.trigger.command ?? `${run.trigger.source} schedule '${run.trigger.cron}' tick ${when(run.trigger.tick)}, pulling ${run.trigger.month}`;
  lines.push(`  ${trigger}`);
  lines.push(`  started ${when(run.started_at)}, ${run.finished_at ? `took ${seconds(run.duration_ms)}` : 'not finished'}, pid ${run.owner.pid} on ${run.owner.host}`);
  lines.push(`  ${plural(run.partitions.length, 'partition')}: ${countsLine(run.counts as Record<string, number>)}`);

  const failed = run.partitions.filter((p) => p.status === 'failed');
  if (failed.length > 0) {
    lines.push('', `Failed (${failed.length})`);
    for (const p of failed) {
      lines.push(`  ${p.layer} ${p.name} ${p.month}: ${p.error?.message ?? p.detail ?? 'failed'}`);
      const verdict = p.error?.retry === 'automatic' ? 'transient, retries ran out' : p.error?.retry === 'needs-person' ? 'a retry cannot fix it' : 'not retryable';
      lines.push(`    cause: ${p.error?.kind ?? 'unknown'} (${verdict}), ${plural(p.attempts.length, 'attempt')}`);
      if (p.error?.remedy) lines.push(`    do: ${p.error.remedy}`);
    }
  }
  const skipped = run.partitions.filter((p) => p.status === 'skipped' || p.status === 'abandoned');
  if (skipped.length > 0) {
    lines.push('', `Not built (${skipped.length})`);
    for (const p of skipped) lines.push(`  ${p.layer} ${p.name} ${p.month}: ${p.status}, ${p.detail ?? ''}`.trimEnd());
  }
  const published = run.partitions.filter((p) => p.status === 'published');
  if (published.length > 0) {
    lines.push('', `Published (${published.length})`);
    for (const group of byTable(published)) {
      const retried = group.filter((p) => p.attempts.length > 1).length;
      lines.push(`  ${group[0].layer} ${group[0].name} ${monthRanges(group.map((p) => p.month))}: ${rowsOf(group)}${retried ? `; ${retried} after retries` : ''}`);
    }
  }
  const quiet = run.partitions.filter((p) => ['up-to-date', 'no-input', 'not-published'].includes(p.status));
  if (quiet.length > 0) {
    lines.push('', `Nothing to do (${quiet.length})`);
    for (const group of byTable(quiet)) {
      const statuses = [...new Set(group.map((p) => STATUS_WORDS[p.status]))].join(' / ');
      lines.push(`  ${group[0].layer} ${group[0].name} ${monthRanges(group.map((p) => p.month))}: ${statuses}`);
    }
  }
  lines.push('');
  if (failed.length > 0) {
    const needsPerson = failed.some((p) => p.error?.retry !== 'automatic');
    lines.push(
      needsPerson
        ? 'Next: fix the causes above, then run `lake backfill --retry-failed` (it rebuilds only the failed partitions and what depends on them).'
        : 'Next: the failures were transient; `lake backfill --retry-failed` tries them again.',
    );
  } else if (run.status === 'interrupted' || run.status === 'crashed') {
    lines.push('Next: run the same command again; partitions already built are up to date and are skipped.');
  } else {
    lines.push('Next: nothing to do.');
  }
  return lines.join('\n') + '\n';
}

export function renderPlan(plan: PlannedPartition[]): string {
  const words = { build: 'rebuild', 'after-upstream': 'rebuild', 'up-to-date': 'up to date', 'no-input': 'no input' } as const;
  const lines = plan.map((p) => `${words[p.action].padEnd(10)} ${p.layer.padEnd(6)} ${p.name} ${p.month}  (${p.reason})`);
  const builds = plan.filter((p) => p.action === 'build' || p.action === 'after-upstream').length;
  lines.push(`plan: ${builds} of ${plural(plan.length, 'partition')} to rebuild (dry run: nothing was changed)`);
  return lines.join('\n') + '\n';
}

function freshnessText(t: TableStatus): string {
  const f = t.freshness;
  if (!f) return '';
  // Lateness counts from the first missing month's due date (complete_until), as the freshness gauge does.
  const since = f.complete_until.slice(0, 10);
  if (f.freshness_seconds === 0) return t.partitions === 0 ? 'nothing due yet' : `fresh (has ${f.expected_month})`;
  if (f.status === 'no-sla') return `behind: a month missing since ${since}, ${f.expected_month} expected (no SLA)`;
  if (f.status === 'waiting') return `waiting: a month missing since ${since}, ${f.expected_month} expected (SLA ${f.sla_days} d)`;
  return `LATE by ${f.late_by_days} d: a month missing since ${since} + SLA ${f.sla_days} d, ${f.expected_month} expected`;
}

export function renderStatus(status: LakeStatus): string {
  const lines: string[] = [`Lake ${status.lake} at ${when(status.at)}`];
  for (const layer of ['bronze', 'silver', 'gold'] as const) {
    const tables = status.tables.filter((t) => t.layer === layer);
    if (tables.length === 0) continue;
    lines.push('', layer);
    const width = Math.max(...tables.map((t) => t.table.length));
    for (const t of tables) {
      const parts = [
        t.partitions === 0 ? 'no partitions' : `${plural(t.partitions, 'partition')} ${t.first_month === t.newest_month ? t.first_month : `${t.first_month}..${t.newest_month}`}`,
        t.last_success ? `last success ${when(t.last_success)}` : undefined,
        t.partitions > 0 ? `${plural(t.rows, 'row').replace(/^\d+/, (n) => Number(n).toLocaleString('en-US'))}${t.quarantined ? ` (+${t.quarantined.toLocaleString('en-US')} quarantined)` : ''}` : undefined,
        freshnessText(t) || undefined,
        t.failed.length > 0 ? `FAILED ${monthRanges(t.failed.map((f) => f.month))}` : undefined,
        t.configured ? undefined : 'not in the config',
      ].filter(Boolean);
      lines.push(`  ${t.table.padEnd(width)}  ${parts.join('; ')}`);
    }
  }
  const failed = status.tables.flatMap((t) => t.failed.map((f) => ({ t, f })));
  if (failed.length > 0) {
    lines.push('', `Failed partitions (${failed.length}); after fixing the cause: lake backfill --retry-failed`);
    for (const { t, f } of failed.slice(0, 10)) lines.push(`  ${t.layer} ${t.table} ${f.month}: ${f.error?.message ?? 'failed'} (run ${f.run_id})`);
    if (failed.length > 10) lines.push(`  … and ${failed.length - 10} more (lake status --json)`);
  }
  if (status.locks.length > 0) {
    lines.push('', 'Partitions being built');
    for (const l of status.locks) {
      lines.push(`  ${l.partition.layer} ${l.partition.name} ${l.partition.month}: ${l.owner.command} (pid ${l.owner.pid} on ${l.owner.host})${l.stale ? `, STALE: ${l.stale}` : ''}`);
    }
  }
  if (status.cdc.length > 0) {
    lines.push('', 'CDC tables (silver is the current state; freshness is now minus the newest applied commit)');
    const width = Math.max(...status.cdc.map((t) => t.table.length));
    for (const t of status.cdc) {
      const parts = [
        `${t.source} ${t.source_table}`,
        t.rows !== undefined ? plural(t.rows, 'row').replace(/^\d+/, (n) => Number(n).toLocaleString('en-US')) : 'no silver yet',
        t.last_change_at ? `newest change ${when(t.last_change_at)}` : undefined,
        t.freshness_seconds !== undefined ? `freshness ${t.freshness_seconds}s${t.sla_seconds !== undefined ? ` of ${t.sla_seconds}s SLA` : ''}` : undefined,
        t.status === 'late' ? 'LATE' : t.status === 'failed' ? `FAILED: ${t.failed}` : t.status === 'not-started' ? 'not started (lake run starts it)' : undefined,
      ].filter(Boolean);
      lines.push(`  ${t.table.padEnd(width)}  ${parts.join('; ')}`);
    }
  }
  if (status.kafka?.length > 0) {
    lines.push('', 'Kafka (sinks: changes out in Debezium\'s envelope, acknowledged up to the position; sources: Debezium topics in)');
    for (const k of status.kafka) {
      const offsets = k.offsets ? Object.entries(k.offsets).map(([p, o]) => `${p}@${o}`).join(', ') : undefined;
      const parts = [
        k.role === 'sink' ? `sink → ${k.topics.join(', ')}` : `source ← ${k.topics.join(', ')}`,
        k.position ? `${k.role === 'sink' ? 'acknowledged up to' : 'position'} ${k.position}` : 'not started (lake run starts it)',
        offsets ? `next offsets ${offsets}` : undefined,
        k.quarantined ? `${plural(k.quarantined, 'message')} quarantined (bronze.${kafkaQuarantineTable(k.source)})` : undefined,
        k.last_commit_at ? `newest change ${when(k.last_commit_at)}` : undefined,
      ].filter(Boolean);
      lines.push(`  ${k.source}  ${parts.join('; ')}`);
    }
  }
  lines.push('', 'Schedules (UTC)');
  if (status.schedules.length === 0) lines.push('  none (add sources.<name>.schedule to let `lake run` pull new months)');
  const sourceWidth = Math.max(0, ...status.schedules.map((s) => s.source.length));
  const cronWidth = Math.max(0, ...status.schedules.map((s) => s.cron.length + 2));
  for (const s of status.schedules) {
    const next = s.next_runs.map((r) => `${when(r.at)} → ${r.month}`).join(', ');
    lines.push(`  ${s.source.padEnd(sourceWidth)}  ${`'${s.cron}'`.padEnd(cronWidth)}  catch-up ${s.catch_up}  next: ${next || 'none within two years'}`);
  }
  lines.push('', 'Recent runs');
  if (status.recent_runs.length === 0) lines.push('  none yet');
  for (const r of status.recent_runs) {
    lines.push(`  ${r.run_id}  ${r.kind.padEnd(8)} ${r.status.padEnd(11)} ${countsLine(r.counts)}  (${r.trigger})`);
  }
  return lines.join('\n') + '\n';
}
