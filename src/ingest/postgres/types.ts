/**
 * Postgres column types (type OID and typmod, from relation messages or the catalog) mapped to the DuckDB
 * type bronze and silver store, and the SQL that turns Postgres' text output into it.
 *
 * Guarantee (PLAN decision 1): the conversion never fails a write and never loses a value. Every cast is a
 * TRY_CAST-like expression: text the typed column cannot hold exactly becomes NULL there, and
 * `selectTyped` then keeps the exact Postgres text in `_pg_text MAP(VARCHAR, VARCHAR)` (column name →
 * text; NULL when the row has no such value). A type is mapped to a typed column only where the typed
 * value is the same value Postgres has, checked against Postgres 18 text output; otherwise the column
 * stays VARCHAR holding Postgres' text, which is always exact.
 *
 * The texts are Postgres' output with `DateStyle = ISO`, `IntervalStyle = postgres`, `bytea_output = hex`
 * (the defaults; the connections should set them, as Postgres' own logical replication worker does).
 * Any other style is not misread: it fails the typed cast and lands in `_pg_text`.
 *
 * | Postgres (OID)            | DuckDB / Parquet      | Text handling and why                                                    |
 * |---------------------------|-----------------------|--------------------------------------------------------------------------|
 * | bool (16)                 | BOOLEAN               | `t`/`f`                                                                  |
 * | int2/int4/int8 (21/23/20) | SMALLINT/INTEGER/BIGINT | exact                                                                  |
 * | oid (26)                  | UBIGINT               | exact (uint32)                                                           |
 * | float4/float8 (700/701)   | FLOAT/DOUBLE          | shortest exact text since PG 12; `NaN`, `Infinity`, `-Infinity`, `-0` are held |
 * | numeric(p,s) (1700)       | DECIMAL(p,s)          | p ≤ 38; PG 15 scales: s > p → DECIMAL(s,s), s < 0 → DECIMAL(p−s,0). `NaN` (numeric(p,s) rejects ±Infinity) → NULL + `_pg_text` |
 * | numeric(p>38), numeric    | VARCHAR               | no fixed precision to round into: the exact text (NaN/±Infinity included) |
 * | date (1082)               | DATE                  | `… BC` rewritten to DuckDB's `(BC)` first (DuckDB reads `0044-03-15 BC` as AD!); ±infinity held |
 * | time (1083)               | TIME                  | `24:00:00` is held                                                       |
 * | timestamp (1114)          | TIMESTAMP             | BC as for date; ±infinity held; beyond DuckDB's 294247 AD → `_pg_text`   |
 * | timestamptz (1184)        | TIMESTAMPTZ           | the instant; the offset (+05:30, +05:53:28 LMT) is only the server's display zone, not data |
 * | timetz (1266)             | VARCHAR               | Parquet TIME normalises to UTC and drops the offset, which is part of a timetz value |
 * | interval (1186)           | VARCHAR               | Parquet INTERVAL has millisecond precision and no negative values (DuckDB refuses to write them) |
 * | uuid (2950)               | UUID                  | exact                                                                    |
 * | json/jsonb (114/3802)     | JSON                  | DuckDB keeps the text as is (whitespace, key order, duplicate keys)      |
 * | bytea (17)                | BLOB                  | `\x` hex; any other form (bytea_output = escape) → `_pg_text`            |
 * | text/varchar/bpchar/name/"char" | VARCHAR         | as is (bpchar keeps its padding, as Postgres outputs it)                 |
 * | arrays (int[], text[], …) | VARCHAR               | Postgres array text: lower bounds (`[0:1]={…}`), several dimensions, `NULL` vs `"NULL"` have no lossless LIST form; `string_split`/casts can derive one in queries |
 * | enums, domains            | VARCHAR               | the label / the text (a domain's OID is not its base type's)            |
 * | inet/cidr/macaddr, money  | VARCHAR               | no DuckDB core type (inet is an extension); money's text is locale-formatted |
 * | anything else             | VARCHAR               | the exact text                                                           |
 */
import { sqlIdent, sqlString } from '../../engine/index.ts';

export interface ColumnType {
  /** DuckDB type of the bronze and silver column. */
  duckdb: string;
  /** SQL turning the Postgres text `v` (a VARCHAR expression) into that type: NULL when the type cannot hold it exactly; never raises. */
  cast: (v: string) => string;
  /** The column holds Postgres' text itself, so its values never need `_pg_text`. */
  text: boolean;
}

/** A source column as relation messages and the catalog describe it. */
export interface SourceColumn {
  name: string;
  typeOid: number;
  typeMod: number;
}

/** The column that keeps, per row, the exact text of each value its typed column could not hold. */
export const PG_TEXT_COLUMN = '_pg_text';

const text: ColumnType = { duckdb: 'VARCHAR', cast: (v) => v, text: true };
const tryCast = (duckdb: string, prepare: (v: string) => string = (v) => v): ColumnType => ({
  duckdb,
  cast: (v) => `TRY_CAST(${prepare(v)} AS ${duckdb})`,
  text: false,
});

/**
 * Postgres writes BC as a suffix (`0044-03-15 BC`, `0044-03-15 10:00:00+00 BC`); DuckDB ignores that suffix
 * (an AD date!) but reads `(BC)` right after the date. The test on the suffix keeps the regex off AD values.
 */
const bcDate = (v: string) => `CASE WHEN ends_with(${v}, ' BC') THEN regexp_replace(${v}, '^([0-9]+-[0-9]{2}-[0-9]{2})(.*) BC$', '\\1 (BC)\\2') ELSE ${v} END`;

// OIDs from pg_type.dat; stable across Postgres versions.
const BY_OID: Record<number, ColumnType> = {
  16: tryCast('BOOLEAN'),
  20: tryCast('BIGINT'),
  21: tryCast('SMALLINT'),
  23: tryCast('INTEGER'),
  26: tryCast('UBIGINT'),
  700: tryCast('FLOAT'),
  701: tryCast('DOUBLE'),
  1082: tryCast('DATE', bcDate),
  1083: tryCast('TIME'),
  1114: tryCast('TIMESTAMP', bcDate),
  1184: tryCast('TIMESTAMPTZ', bcDate),
  2950: tryCast('UUID'),
  114: tryCast('JSON'),
  3802: tryCast('JSON'),
  // bytea's hex output is `\x` and an even number of hex digits; unhex raises on anything else, hence try().
  17: {
    duckdb: 'BLOB',
    cast: (v) => `CASE WHEN starts_with(${v}, '\\x') AND length(${v}) % 2 = 0 THEN try(unhex(substr(${v}, 3))) END`,
    text: false,
  },
};

const NUMERIC = 1700;
/** DuckDB's widest DECIMAL. */
const MAX_DECIMAL_PRECISION = 38;

export function columnTypeOf(typeOid: number, typeMod: number): ColumnType {
  if (typeOid === NUMERIC) {
    // Unconstrained numeric has no fixed precision: keep the exact text rather than round it.
    if (typeMod < 4) return text;
    const precision = ((typeMod - 4) >> 16) & 0xffff;
    // Postgres 15+ stores the scale as an 11-bit signed number (numeric(3,-2), numeric(2,5)).
    const scale = (((typeMod - 4) & 0x7ff) ^ 0x400) - 0x400;
    const [p, s] = scale < 0 ? [precision - scale, 0] : scale > precision ? [scale, scale] : [precision, scale];
    if (p > MAX_DECIMAL_PRECISION) return text;
    return tryCast(`DECIMAL(${p},${s})`);
  }
  return BY_OID[typeOid] ?? text;
}

/**
 * `SELECT <typed source columns>, <extra>, _pg_text FROM <from>`: each source column typed from its text
 * expression `textOf(i)` (a column of `from`), and `_pg_text` holding the exact text of every value whose
 * cast gave NULL. Each cast is computed once, in an inner projection.
 */
export function selectTyped(columns: SourceColumn[], from: string, textOf: (index: number) => string, extra: string[]): string {
  const types = columns.map((c) => columnTypeOf(c.typeOid, c.typeMod));
  const typedName = (i: number) => `"__lake_typed_${i}"`;
  const inner = types.flatMap((type, i) => (type.text ? [] : [`${type.cast(textOf(i))} AS ${typedName(i)}`]));
  const outer = types.map((type, i) => `${type.text ? textOf(i) : typedName(i)} AS ${sqlIdent(columns[i].name)}`);
  const lost = types.flatMap((type, i) => (type.text ? [] : [{ name: columns[i].name, text: textOf(i), typed: typedName(i) }]));
  const entry = (l: (typeof lost)[number]) => `(${l.text} IS NOT NULL AND ${l.typed} IS NULL)`;
  // The list is built only for the rare rows that lost a value (CASE evaluates it for those rows alone).
  const pgText =
    lost.length === 0
      ? `NULL::MAP(VARCHAR, VARCHAR)`
      : `CASE WHEN ${lost.map(entry).join(' OR ')} THEN map_from_entries(list_filter([${lost
          .map((l) => `struct_pack(k := ${sqlString(l.name)}, v := CASE WHEN ${entry(l)} THEN ${l.text} END)`)
          .join(', ')}], e -> e.v IS NOT NULL)) END`;
  return `SELECT ${[...outer, ...extra, `${pgText} AS ${PG_TEXT_COLUMN}`].join(', ')}
    FROM (SELECT *${inner.length ? `, ${inner.join(', ')}` : ''} FROM ${from})`;
}
