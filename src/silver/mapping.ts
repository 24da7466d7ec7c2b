/**
 * Maps a bronze partition's header (whatever year it is from) onto a silver table's canonical columns,
 * using the alias lists from config, and says how each bronze column's values become the canonical
 * column's type. Pure: no I/O, so every header variant and every source type is unit-testable.
 *
 * Bronze columns are text (CSV files) or typed (Parquet files keep the types the file declares), and one
 * silver column reads them alike:
 *   - a typed timestamp is kept as it is (TIMESTAMP_NS truncated to microseconds), never re-parsed from
 *     text; text goes through the column's strptime formats;
 *   - an INTEGER-family column takes whole numbers only, from text or numbers: `1`, `1.0` and 1.0 are 1,
 *     while `1.5` is quarantined (a plain cast would round it to 2);
 *   - a VARCHAR column holds codes: a number that is whole becomes its integer text (1.0 and `1.0` are
 *     the code `1`, so value maps and accepted values see one spelling); a floating-point number that is
 *     not whole is quarantined; other text is kept as it is;
 *   - numbers feed number columns directly (no detour through text).
 */
import type { SilverTableConfig } from '../config/index.ts';
import { sqlIdent, sqlString } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';

export interface ColumnMapping {
  canonical: string;
  /** The bronze column feeding it, or null when this file has none (the column is NULL). */
  bronze: string | null;
}

export interface MappingPlan {
  columns: ColumnMapping[];
  /** Bronze columns matching an alias of a column already fed by a higher-priority alias. */
  shadowed: Array<{ bronze: string; canonical: string; winner: string }>;
  /** Bronze columns listed under `ignore`. */
  ignored: string[];
}

/** Case- and space-insensitive form of a header name. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

export function planMapping(tableName: string, table: SilverTableConfig, bronzeColumns: string[]): MappingPlan {
  const byNormal = new Map<string, string>();
  for (const column of bronzeColumns) byNormal.set(normalizeName(column), column);
  const used = new Map<string, string>(); // bronze column → canonical
  const columns: ColumnMapping[] = [];
  const shadowed: MappingPlan['shadowed'] = [];

  for (const [canonical, def] of Object.entries(table.columns)) {
    const matches = def.aliases.map((alias) => byNormal.get(normalizeName(alias))).filter((c): c is string => !!c);
    const unique = [...new Set(matches)];
    const winner = unique.find((c) => !used.has(c)) ?? null;
    if (winner) used.set(winner, canonical);
    for (const other of unique) {
      if (other !== winner && !used.has(other)) shadowed.push({ bronze: other, canonical, winner: winner ?? '' });
    }
    columns.push({ canonical, bronze: winner });
  }

  const ignoredNormal = new Set(table.ignore.map(normalizeName));
  const ignored: string[] = [];
  const unmapped: string[] = [];
  for (const column of bronzeColumns) {
    if (used.has(column)) continue;
    if (ignoredNormal.has(normalizeName(column))) ignored.push(column);
    else if (!shadowed.some((s) => s.bronze === column)) unmapped.push(column);
  }
  // A column that lost to a higher-priority alias is carried nowhere: only tolerated when it is also
  // claimed by no other canonical column (it is then reported, not failed).
  if (unmapped.length > 0) {
    throw new LakeError(
      `silver.${tableName}: cannot map source column${unmapped.length > 1 ? 's' : ''} ${unmapped.map((c) => `'${c}'`).join(', ')}`,
      {
        kind: 'mapping',
        retry: 'needs-person',
        remedy: `add ${unmapped.length > 1 ? 'them' : 'it'} to the aliases of a column (or to ignore) under silver.tables.${tableName} in the config`,
      },
    );
  }
  if (columns.every((c) => c.bronze === null)) {
    throw new LakeError(`silver.${tableName}: no source column matches any alias`, {
      kind: 'mapping',
      retry: 'needs-person',
      remedy: `check silver.tables.${tableName}.from and the column aliases`,
    });
  }
  return { columns, shadowed, ignored };
}

/** What a bronze column holds, from its DuckDB type (CSV bronze: always text). */
export type SourceKind = 'text' | 'integer' | 'float' | 'decimal' | 'timestamp' | 'timestamptz' | 'date' | 'other';

export function sourceKind(duckdbType: string | undefined): SourceKind {
  const type = (duckdbType ?? 'VARCHAR').toUpperCase();
  if (type === 'VARCHAR' || type.startsWith('VARCHAR(')) return 'text';
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type)) return 'integer';
  if (type === 'FLOAT' || type === 'DOUBLE' || type === 'REAL') return 'float';
  if (type.startsWith('DECIMAL')) return 'decimal';
  if (type === 'TIMESTAMP WITH TIME ZONE' || type === 'TIMESTAMPTZ') return 'timestamptz';
  if (/^TIMESTAMP(_NS|_MS|_S)?$/.test(type)) return 'timestamp';
  if (type === 'DATE') return 'date';
  return 'other';
}

const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/i;
const NUMBER_TYPES = /^(DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL)/i;
/** A whole number written with a zero fraction (`1.0`, `-2.00`): the text a float column's export gives a code. */
const ZERO_FRACTION = `'^([+-]?[0-9]+)\\.0+$'`;

/** Whole and finite, and small enough that its integer text is exact. */
function wholeSql(value: string): string {
  return `(isfinite(${value}) AND ${value} = trunc(${value}) AND abs(${value}) < 1e15)`;
}

/**
 * The raw text of a canonical column: what value maps compare, what quarantine shows, and what text
 * columns are parsed from. NULL for an empty field or a column this file does not have.
 */
export function rawTextSql(column: string | null, kind: SourceKind, targetType: string): string {
  if (column === null) return `NULL::VARCHAR`;
  const c = sqlIdent(column);
  switch (kind) {
    case 'text': {
      const text = `NULLIF(trim(${c}), '')`;
      if (targetType.toUpperCase() !== 'VARCHAR') return text;
      // The LIKE spares the regular expression on the values that cannot match (nearly all of them).
      return `CASE WHEN ${text} LIKE '%.0%' THEN regexp_replace(${text}, ${ZERO_FRACTION}, '\\1') ELSE ${text} END`;
    }
    case 'float':
    case 'decimal':
      return `CASE WHEN ${wholeSql(c)} THEN CAST(CAST(${c} AS BIGINT) AS VARCHAR) ELSE CAST(${c} AS VARCHAR) END`;
    default:
      return `CAST(${c} AS VARCHAR)`;
  }
}

/**
 * Whether the typed value is taken from the bronze column itself rather than from its raw text: a typed
 * timestamp or a number feeding a column of a matching kind when no value map rewrites it, and a float
 * feeding a code column (to check that it is whole).
 */
export function readsSourceValue(kind: SourceKind, targetType: string, mapped: boolean): boolean {
  const type = targetType.toUpperCase();
  // A code stored as a fractional number is checked on the number itself (is it whole?), mapped or not.
  if (type === 'VARCHAR' && (kind === 'float' || kind === 'decimal')) return true;
  if (mapped || kind === 'text' || kind === 'other') return false;
  if (type === 'TIMESTAMP' || type === 'DATE') return kind === 'timestamp' || kind === 'timestamptz' || kind === 'date';
  if (INTEGER_TYPES.test(type) || NUMBER_TYPES.test(type)) return kind === 'integer' || kind === 'float' || kind === 'decimal';
  return false;
}

export interface TypedSqlInput {
  /** The raw text column (after value maps), as an SQL expression. */
  raw: string;
  /** The bronze column's own value, when `readsSourceValue` says it is used. */
  source: string | null;
  kind: SourceKind;
  type: string;
  /** strptime formats for text into TIMESTAMP/DATE. */
  formats: string[];
  /** Numbers in the text use a decimal comma. */
  decimalComma: boolean;
}

/** The typed value of a canonical column, NULL when the value cannot be read as its type (a quarantine reason). */
export function typedSql({ raw, source, kind, type, formats, decimalComma }: TypedSqlInput): string {
  const upper = type.toUpperCase();
  if (upper === 'TIMESTAMP' || upper === 'DATE') {
    if (source !== null) {
      // A zone-aware timestamp is an instant: silver keeps its UTC wall time, whatever the session's zone.
      const value = kind === 'timestamptz' ? `timezone('UTC', ${source})` : source;
      return `CAST(${value} AS ${upper})`;
    }
    const parsed = `try_strptime(${raw}, [${formats.map(sqlString).join(', ')}])`;
    return upper === 'DATE' ? `CAST(${parsed} AS DATE)` : parsed;
  }
  if (INTEGER_TYPES.test(upper)) {
    if (source !== null) return kind === 'integer' ? `TRY_CAST(${source} AS ${type})` : `CASE WHEN ${wholeSql(source)} THEN TRY_CAST(${source} AS ${type}) END`;
    // DuckDB reads the text '1.5' as the integer 2: only text that is a whole number is cast.
    const number = `TRY_CAST(${raw} AS DOUBLE)`;
    return `CASE WHEN ${number} = trunc(${number}) THEN TRY_CAST(${raw} AS ${type}) END`;
  }
  if (NUMBER_TYPES.test(upper)) {
    if (source !== null) return `TRY_CAST(${source} AS ${type})`;
    // A decimal comma is turned into a point only for number columns; a thousands mark is not guessed
    // away, so `1.234,5` fails the cast and is quarantined rather than read as 1.2345.
    return `TRY_CAST(${decimalComma ? `replace(${raw}, ',', '.')` : raw} AS ${type})`;
  }
  if (upper === 'VARCHAR' && source !== null) return `CASE WHEN ${wholeSql(source)} THEN ${raw} END`;
  return `TRY_CAST(${raw} AS ${type})`;
}

/** How a cast failure names what was expected (`cannot read '1.5' as INTEGER`). */
export function castLabel(kind: SourceKind, type: string): string {
  return type.toUpperCase() === 'VARCHAR' && (kind === 'float' || kind === 'decimal') ? 'a whole-number code' : type;
}
