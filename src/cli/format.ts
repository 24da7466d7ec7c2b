/** Renders query results for people (aligned table) and programs (JSON array, CSV). */
import type { Row } from '../engine/index.ts';

export type OutputFormat = 'table' | 'json' | 'csv';

export function formatRows(columns: string[], rows: Row[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') {
    const lines = [columns.map(csvCell).join(',')];
    for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
    return lines.join('\n') + '\n';
  }
  const cells = rows.map((row) => columns.map((c) => display(row[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i].length))));
  const line = (values: string[]) =>
    values.map((v, i) => (v.length > widths[i] ? v.slice(0, widths[i] - 1) + '…' : v.padEnd(widths[i]))).join(' │ ').trimEnd();
  const out = [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  for (const r of cells) out.push(line(r));
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}

function display(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
