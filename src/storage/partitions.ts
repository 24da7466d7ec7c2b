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

/** The directory of a monthly partition, `<layer>/<table>/year=YYYY/month=MM/`. */
export function partitionDir(layer: string, table: string, m: Month): string {
  return `${layer}/${table}/${monthPartitionPath(m)}/`;
}

/**
 * The data file of one version of a monthly partition, named by the batch that wrote it. Files are never
 * replaced in place: the partition's manifest names the current one (the commit point), so a data file
 * and the files published with it (silver and its quarantine) become visible together.
 */
export function partitionDataKey(layer: string, table: string, m: Month, batchId: string): string {
  return `${partitionDir(layer, table, m)}part-${batchId}.parquet`;
}

/** The data file of one version of a whole-table (not monthly) partition, named by its batch. */
export function tableDataKey(layer: string, table: string, batchId: string): string {
  return `${layer}/${table}/part-${batchId}.parquet`;
}

/** Fills `{yyyy}` and `{mm}` in a source URL template. */
export function renderTemplate(template: string, m: Month): string {
  return template.replaceAll('{yyyy}', String(m.year)).replaceAll('{mm}', String(m.month).padStart(2, '0'));
}
