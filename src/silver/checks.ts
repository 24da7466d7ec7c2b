/**
 * Quality checks as SQL. Each row-level check yields a "failed" predicate and a reason a person can
 * read; results are reported in the shape Great Expectations users know (evaluated, unexpected count
 * and percent, sample values).
 */
import type { CheckConfig } from '../config/index.ts';
import { sqlIdent, sqlString } from '../engine/index.ts';
import { formatMonth, nextMonth, type Month } from '../storage/index.ts';

export type Severity = 'warn' | 'drop' | 'fail';

export interface CheckResult {
  check: string;
  kind: CheckConfig['kind'];
  severity: Severity;
  column?: string;
  evaluated: number;
  unexpected: number;
  unexpected_percent: number;
  /** Fraction of evaluated rows that had to pass. */
  mostly: number;
  success: boolean;
  sample_values: string[];
}

export function checkName(check: CheckConfig): string {
  if (check.name) return check.name;
  if ('column' in check) return `${check.kind}_${check.column}`;
  if ('columns' in check) return `${check.kind}_${check.columns.join('_')}`;
  return check.kind;
}

export function monthStartLiteral(month: Month): string {
  return `DATE ${sqlString(`${formatMonth(month)}-01`)}`;
}

export function monthEndLiteral(month: Month): string {
  return `DATE ${sqlString(`${formatMonth(nextMonth(month))}-01`)}`;
}

/** SQL that is true when the row fails the check, and SQL for the reason, over typed columns. */
export function rowCheckSql(check: CheckConfig, month: Month): { failed: string; reason: string; sample: string } | null {
  const name = checkName(check);
  const prefix = `${sqlString(name + ': ')} || `;
  switch (check.kind) {
    case 'not_null': {
      const c = sqlIdent(check.column);
      return { failed: `${c} IS NULL`, reason: `${prefix}${sqlString(`${check.column} is null`)}`, sample: `'NULL'` };
    }
    case 'accepted_values': {
      const c = sqlIdent(check.column);
      const values = check.values.map((v) => sqlString(String(v))).join(', ');
      return {
        failed: `(${c} IS NOT NULL AND CAST(${c} AS VARCHAR) NOT IN (${values}))`,
        reason: `${prefix}${sqlString(`${check.column} `)} || '''' || CAST(${c} AS VARCHAR) || '''' || ${sqlString(` is not one of [${check.values.join(', ')}]`)}`,
        sample: `CAST(${c} AS VARCHAR)`,
      };
    }
    case 'range': {
      const c = sqlIdent(check.column);
      const parts = [];
      if (check.min !== undefined) parts.push(`${c} < ${check.min}`);
      if (check.max !== undefined) parts.push(`${c} > ${check.max}`);
      return {
        failed: `(${c} IS NOT NULL AND (${parts.join(' OR ')}))`,
        reason: `${prefix}${sqlString(`${check.column} `)} || CAST(${c} AS VARCHAR) || ${sqlString(` is outside [${check.min ?? '-inf'}, ${check.max ?? 'inf'}]`)}`,
        sample: `CAST(${c} AS VARCHAR)`,
      };
    }
    case 'expression':
      // Like an SQL CHECK constraint: a NULL result passes.
      return { failed: `(NOT coalesce((${check.sql}), true))`, reason: `${prefix}${sqlString(`expected ${check.sql}`)}`, sample: `NULL` };
    case 'in_file_month': {
      const c = sqlIdent(check.column);
      const days = check.tolerance_days;
      const low = `(${monthStartLiteral(month)} - INTERVAL ${days} DAY)`;
      const high = `(${monthEndLiteral(month)} + INTERVAL ${days} DAY)`;
      return {
        failed: `(${c} IS NOT NULL AND (${c} < ${low} OR ${c} >= ${high}))`,
        reason: `${prefix}${sqlString(`${check.column} `)} || CAST(${c} AS VARCHAR) || ${sqlString(` is outside ${formatMonth(month)} ± ${days} day${days === 1 ? '' : 's'}`)}`,
        sample: `CAST(${c} AS VARCHAR)`,
      };
    }
    case 'unique':
    case 'row_count_min':
      return null;
  }
}

export function isRowCheck(check: CheckConfig): boolean {
  return check.kind !== 'unique' && check.kind !== 'row_count_min';
}

export function judge(check: CheckConfig, evaluated: number, unexpected: number, samples: string[]): CheckResult {
  const percent = evaluated === 0 ? 0 : (unexpected / evaluated) * 100;
  const passedFraction = evaluated === 0 ? 1 : (evaluated - unexpected) / evaluated;
  return {
    check: checkName(check),
    kind: check.kind,
    severity: check.severity,
    column: 'column' in check ? check.column : 'columns' in check ? check.columns.join(', ') : undefined,
    evaluated,
    unexpected,
    unexpected_percent: Math.round(percent * 1000) / 1000,
    mostly: check.mostly,
    // A drop check quarantines what fails; it succeeds as a check when the rest is publishable.
    success: check.kind === 'row_count_min' ? unexpected === 0 : check.severity === 'drop' ? true : passedFraction >= check.mostly,
    sample_values: samples,
  };
}
