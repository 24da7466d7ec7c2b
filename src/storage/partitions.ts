/** Monthly partitions and their Hive-style keys (`year=2021/month=03`). */
import { LakeError } from '../errors/index.ts';

export interface Month {
  year: number;
  /** 1..12 */
  month: number;
}

export function parseMonth(text: string, what = 'month'): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new LakeError(`${what} must be YYYY-MM (for example 2021-03), got '${text}'`, {
      kind: 'config',
      retry: 'needs-person',
    });
  }
  return { year: Number(match[1]), month };
}

export function formatMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

export function nextMonth(m: Month): Month {
  return m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 };
}

export function compareMonths(a: Month, b: Month): number {
  return a.year - b.year || a.month - b.month;
}

export function addMonths(m: Month, delta: number): Month {
  const index = m.year * 12 + (m.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The UTC month `date` falls in. */
export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The newest month whose file should exist at `at`: month(at) − lag. */
export function expectedMonth(at: Date, lagMonths: number): Month {
  return addMonths(monthOf(at), -lagMonths);
}

/** The instant `month` starts being expected: the first day of month + lag (UTC). */
export function dueAt(month: Month, lagMonths: number): Date {
  const due = addMonths(month, lagMonths);
  return new Date(Date.UTC(due.year, due.month - 1, 1));
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: Month, to: Month): Month[] {
  if (compareMonths(from, to) > 0) {
    throw new LakeError(`--from ${formatMonth(from)} is after --to ${formatMonth(to)}`, {
      kind: 'config',
      retry: 'needs-person',
    });
  }
  const months: Month[] = [];
  for (let m = from; compareMonths(m, to) <= 0; m = nextMonth(m)) months.push(m);
  return months;
}

export function monthPartitionPath(m: Month): string {
  return `year=${m.year}/month=${String(m.month).padStart(2, '0')}`;
}

/** Fills `{yyyy}` and `{mm}` in a source URL template. */
export function renderTemplate(template: string, m: Month): string {
  return template.replaceAll('{yyyy}', String(m.year)).replaceAll('{mm}', String(m.month).padStart(2, '0'));
}
