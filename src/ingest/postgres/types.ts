/**
 * Postgres column types (from relation messages: type OID and typmod) mapped to the DuckDB/Parquet
 * type bronze stores, and the SQL that turns Postgres' text output into it. Anything without a safe
 * mapping stays text, so nothing is lost.
 */
export interface ColumnType {
  /** DuckDB type of the bronze column. */
  duckdb: string;
  /** SQL turning the text value `v` into that type. */
  cast: (v: string) => string;
}

const text: ColumnType = { duckdb: 'VARCHAR', cast: (v) => v };
const plain = (duckdb: string): ColumnType => ({ duckdb, cast: (v) => `CAST(${v} AS ${duckdb})` });

// OIDs from pg_type.h; stable across Postgres versions.
const BY_OID: Record<number, ColumnType> = {
  16: plain('BOOLEAN'),
  20: plain('BIGINT'),
  21: plain('SMALLINT'),
  23: plain('INTEGER'),
  26: plain('UBIGINT'), // oid
  700: plain('FLOAT'),
  701: plain('DOUBLE'),
  1082: plain('DATE'),
  1083: plain('TIME'),
  1114: plain('TIMESTAMP'),
  1184: plain('TIMESTAMPTZ'),
  2950: plain('UUID'),
  114: { duckdb: 'JSON', cast: (v) => `CAST(${v} AS JSON)` },
  3802: { duckdb: 'JSON', cast: (v) => `CAST(${v} AS JSON)` },
  // bytea's text form is \x followed by hex digits.
  17: { duckdb: 'BLOB', cast: (v) => `unhex(substr(${v}, 3))` },
};

const NUMERIC = 1700;

export function columnTypeOf(typeOid: number, typeMod: number): ColumnType {
  if (typeOid === NUMERIC) {
    // numeric(p,s): typmod = ((p << 16) | s) + 4. Unconstrained numeric has no fixed precision: keep
    // the exact text rather than round it into a DECIMAL or a DOUBLE.
    if (typeMod < 4) return text;
    const precision = ((typeMod - 4) >> 16) & 0xffff;
    const scale = (typeMod - 4) & 0xffff;
    if (precision > 38) return text;
    return plain(`DECIMAL(${precision},${scale})`);
  }
  return BY_OID[typeOid] ?? text;
}
