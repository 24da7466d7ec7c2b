/**
 * Backfill progress. On a terminal: finished partitions scroll above one bar that is redrawn in place
 * (`[#####-----] 12/40  3 failed  building silver yellow_trips 2019-03`). Elsewhere (a pipe, a log
 * file, CI): plain lines only, one per finished partition, nothing redrawn. Partitions with nothing to
 * do (up to date, no input) are not listed one by one but folded into one line per table at the end.
 */
import { FINAL_STATUSES, type RunPartition, type RunRecord } from '../orchestrator/index.ts';
import { monthRanges } from './report.ts';

const QUIET: RunPartition['status'][] = ['up-to-date', 'no-input'];

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;

export function partitionLine(p: RunPartition): string {
  const status = p.status === 'failed' ? 'FAILED' : p.status;
  const retried = p.attempts.length > 1 ? ` (after ${p.attempts.length} attempts)` : '';
  return `${p.layer.padEnd(6)} ${p.name} ${p.month}  ${status}  ${p.detail ?? p.reason}${retried}`;
}

export class Progress {
  private readonly reported = new Set<RunPartition>();
  private readonly quiet = new Map<string, string[]>();
  private barShown = false;

  constructor(
    private readonly out: ProgressStream,
    private readonly tty = !!out.isTTY,
  ) {}

  /** Call on every partition change; prints each partition once, when it is final. */
  update(partition: RunPartition, run: RunRecord): void {
    if (FINAL_STATUSES.includes(partition.status) && !this.reported.has(partition)) {
      this.reported.add(partition);
      if (QUIET.includes(partition.status)) {
        const key = `${partition.layer.padEnd(6)} ${partition.name} {months}  ${partition.status}`;
        this.quiet.set(key, [...(this.quiet.get(key) ?? []), partition.month]);
      } else {
        this.clearBar();
        this.out.write(partitionLine(partition) + '\n');
      }
    }
    if (this.tty) this.drawBar(run);
  }

  done(): void {
    this.clearBar();
    for (const [key, months] of this.quiet) this.out.write(key.replace('{months}', monthRanges(months)) + '\n');
    this.quiet.clear();
  }

  private clearBar(): void {
    if (!this.tty || !this.barShown) return;
    this.out.write('\r\x1b[2K');
    this.barShown = false;
  }

  private drawBar(run: RunRecord): void {
    const total = run.partitions.length;
    const done = run.partitions.filter((p) => FINAL_STATUSES.includes(p.status)).length;
    const failed = run.partitions.filter((p) => p.status === 'failed').length;
    const running = run.partitions.filter((p) => p.status === 'running');
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    let text = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
    if (failed) text += `  ${failed} failed`;
    if (running.length) text += `  building ${running.map((p) => `${p.layer} ${p.name} ${p.month}`).join(', ')}`;
    const width = this.out.columns || 80;
    if (text.length > width - 1) text = text.slice(0, width - 2) + '…';
    this.out.write(`\r\x1b[2K${text}`);
    this.barShown = true;
  }
}
