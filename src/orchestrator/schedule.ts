/**
 * Time for the daemon: which month a schedule tick should pull, when that month becomes due, and which
 * ticks of a cron expression fall between two instants (for catch-up after downtime and for "next runs"
 * in `lake status`). Schedules are in UTC.
 *
 * node-cron fires the live ticks; this module only enumerates ticks, using node-cron's own matcher for
 * the date fields (so `L`, `W` and `#` mean exactly what they mean to the live scheduler) and the parsed
 * second/minute/hour lists for the time of day, which keeps enumerating years of downtime cheap: one
 * match per day plus the ticks of the two boundary days.
 */
import { createTask, parse, type ScheduledTask } from 'node-cron';
import { formatMonth, monthOf, type Clock } from '../storage/index.ts';

// Month arithmetic lives beside `Month`; re-exported for the schedule's callers.
export { dueAt, expectedMonth, type Clock } from '../storage/index.ts';

export const SCHEDULE_TIMEZONE = 'UTC';


export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `start` at creation and then runs at real speed. The shift is whole seconds, so
 * live cron ticks (which fire on whole seconds of the real clock) land on whole seconds of this one.
 */
export function shiftedClock(start: Date): Clock {
  const offset = Math.round((start.getTime() - Date.now()) / 1000) * 1000;
  return { now: () => new Date(Date.now() + offset) };
}

export interface TickGroup {
  /** The UTC month the ticks fall in (every tick of a month maps to the same expected month). */
  month: string;
  count: number;
  first: Date;
  last: Date;
}

const DAY_MS = 86_400_000;

class CronTicks {
  private readonly task: ScheduledTask;
  private readonly seconds: number[];
  private readonly minutes: number[];
  private readonly hours: number[];

  constructor(readonly expression: string) {
    const fields = parse(expression);
    this.seconds = [...fields.second].sort((a, b) => a - b);
    this.minutes = [...fields.minute].sort((a, b) => a - b);
    this.hours = [...fields.hour].sort((a, b) => a - b);
    this.task = createTask(expression, () => {}, { timezone: SCHEDULE_TIMEZONE });
  }

  get perDay(): number {
    return this.seconds.length * this.minutes.length * this.hours.length;
  }

  /** Whether the date fields match `dayStart` (a UTC midnight). */
  dayMatches(dayStart: number): boolean {
    return this.task.match(new Date(dayStart + (this.hours[0] * 3600 + this.minutes[0] * 60 + this.seconds[0]) * 1000));
  }

  /** The ticks of one matching day, ascending. */
  *ticksOfDay(dayStart: number): Generator<number> {
    for (const h of this.hours) for (const m of this.minutes) for (const s of this.seconds) yield dayStart + (h * 3600 + m * 60 + s) * 1000;
  }

  lastOfDay(dayStart: number): number {
    return dayStart + (this.hours.at(-1)! * 3600 + this.minutes.at(-1)! * 60 + this.seconds.at(-1)!) * 1000;
  }

  firstOfDay(dayStart: number): number {
    return dayStart + (this.hours[0] * 3600 + this.minutes[0] * 60 + this.seconds[0]) * 1000;
  }

  dispose(): void {
    void this.task.destroy();
  }
}

function utcDayStart(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** Ticks in (after, upTo], grouped by the UTC month they fall in, oldest first. */
export function missedTicks(expression: string, after: Date, upTo: Date): TickGroup[] {
  const cron = new CronTicks(expression);
  try {
    const groups = new Map<string, TickGroup>();
    const from = after.getTime();
    const to = upTo.getTime();
    const add = (first: number, last: number, count: number) => {
      if (count <= 0) return;
      const key = formatMonth(monthOf(new Date(first)));
      const group = groups.get(key);
      if (group) {
        group.count += count;
        if (last > group.last.getTime()) group.last = new Date(last);
      } else {
        groups.set(key, { month: key, count, first: new Date(first), last: new Date(last) });
      }
    };
    for (let day = utcDayStart(from); day <= to; day += DAY_MS) {
      if (!cron.dayMatches(day)) continue;
      if (day > from && day + DAY_MS - 1 <= to && cron.firstOfDay(day) > from) {
        add(cron.firstOfDay(day), cron.lastOfDay(day), cron.perDay);
        continue;
      }
      // A boundary day: only part of it is in range.
      let first = -1;
      let last = -1;
      let count = 0;
      for (const t of cron.ticksOfDay(day)) {
        if (t <= from || t > to) continue;
        if (first < 0) first = t;
        last = t;
        count++;
      }
      add(first, last, count);
    }
    return [...groups.values()].sort((a, b) => a.first.getTime() - b.first.getTime());
  } finally {
    cron.dispose();
  }
}

/** The next `count` ticks after `from` (searching at most `maxDays` ahead). */
export function nextTicks(expression: string, from: Date, count: number, maxDays = 800): Date[] {
  const cron = new CronTicks(expression);
  try {
    const out: Date[] = [];
    const start = from.getTime();
    for (let day = utcDayStart(start), n = 0; n <= maxDays && out.length < count; day += DAY_MS, n++) {
      if (!cron.dayMatches(day)) continue;
      for (const t of cron.ticksOfDay(day)) {
        if (t <= start) continue;
        out.push(new Date(t));
        if (out.length >= count) break;
      }
    }
    return out;
  } finally {
    cron.dispose();
  }
}
