/**
 * Freshness, the one definition `lake status` and the `lake_table_freshness_seconds` gauge both use.
 * It sits beside the month arithmetic it needs (the catalogue, one floor down in src/config, cannot
 * import it) and below both callers (src/orchestrator and src/observability).
 *
 * A table is complete up to an instant, `completeUntil`, and its freshness is max(0, now − completeUntil):
 * - Monthly tables: complete until the instant their first missing month became due, i.e.
 *   dueAt(newest published month + 1, lag_months). While the newest month the schedule expects is
 *   published that instant is in the future, so freshness is 0; afterwards it grows from the moment the
 *   next month was due. Only the newest month counts, so backfilling an old month never makes a stale
 *   table look fresh. A table with no partition is behind since its `start` became due (or, without
 *   `start`, since the month expected now became due). The lag and `start` are those of the slowest
 *   source under the table (see the catalogue). This is also where `lake status` measures lateness
 *   from: a table two months behind is late since the first missing month was due, not since the newest.
 * - CDC tables: the commit time of the newest change applied (`last_commit_at` of the current state's
 *   manifest); a whole gold model over CDC tables, the oldest of its inputs'. A table nobody writes grows
 *   stale by this measure: that is what "measured on the data" means, so give such a table an SLA that
 *   matches how often it is written. Unknown until a change is applied.
 *
 * Status against the SLA: a monthly table is `fresh` while nothing due is missing, `waiting` while what
 * is missing has been due for at most the SLA, `late` after that; a CDC table is `fresh` while its
 * freshness is within the SLA, `late` otherwise (also while unknown). Without an SLA: `no-sla`.
 */
import type { CatalogTable } from '../config/index.ts';
import { dueAt, expectedMonth, nextMonth, parseMonth, type Month } from './partitions.ts';

/** Where "now" comes from: the system clock, or a shifted one to rehearse a date (`lake run --now`). */
export interface Clock {
  now(): Date;
}

export type FreshnessStatus = 'fresh' | 'waiting' | 'late' | 'no-sla';

/** What the lake says about a table, as its kind needs it. */
export interface FreshnessFacts {
  /** Monthly: the newest published month. */
  newest?: Month;
  /** CDC and whole: the commit time up to which the table has applied every change. */
  lastCommitAt?: Date;
}

export interface Freshness {
  status: FreshnessStatus;
  /** How far behind the data is; undefined while unknown (a CDC table with no change applied yet). */
  seconds?: number;
  completeUntil?: Date;
  slaSeconds?: number;
  /** Seconds past the SLA (late and known only). */
  lateBySeconds?: number;
  /** Monthly: the newest month that should exist now, and when it became due. */
  expected?: { month: Month; dueAt: Date };
}

/** The table's freshness at `now`, or undefined for a table nothing schedules (a monthly table with no source). */
export function freshnessOf(table: Pick<CatalogTable, 'kind' | 'slaSeconds' | 'lagMonths' | 'start'>, facts: FreshnessFacts, now: Date): Freshness | undefined {
  const sla = table.slaSeconds !== undefined ? { slaSeconds: table.slaSeconds } : {};
  let completeUntil: Date | undefined;
  let expected: Freshness['expected'];
  if (table.kind === 'monthly') {
    const lag = table.lagMonths;
    if (lag === undefined) return undefined;
    const month = expectedMonth(now, lag);
    expected = { month, dueAt: dueAt(month, lag) };
    completeUntil = facts.newest ? dueAt(nextMonth(facts.newest), lag) : table.start ? dueAt(parseMonth(table.start), lag) : expected.dueAt;
  } else {
    completeUntil = facts.lastCommitAt;
  }
  const seconds = completeUntil ? Math.max(0, (now.getTime() - completeUntil.getTime()) / 1000) : undefined;
  const base = { ...(completeUntil ? { completeUntil, seconds } : {}), ...sla, ...(expected ? { expected } : {}) };
  if (table.kind === 'monthly' && completeUntil! > now) return { status: 'fresh', ...base };
  if (table.slaSeconds === undefined) return { status: 'no-sla', ...base };
  if (seconds !== undefined && seconds <= table.slaSeconds) return { status: table.kind === 'monthly' ? 'waiting' : 'fresh', ...base };
  return { status: 'late', ...base, ...(seconds !== undefined ? { lateBySeconds: seconds - table.slaSeconds } : {}) };
}
