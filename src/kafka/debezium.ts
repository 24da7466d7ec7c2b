/**
 * The Debezium change-event envelope as JSON, both ways; the wire format only (no sockets, no lake).
 *
 * Encoding (lake's Kafka sink) writes what Debezium 2.x's Postgres connector writes with the JSON
 * converter and `schemas.enable=false`, `decimal.handling.mode=string`, `time.precision.mode=adaptive`,
 * `binary.handling.mode=bytes`:
 *   key   `{"<pk column>": value, ...}` (the lake's primary key columns, in key order)
 *   value `{"before", "after", "source": {version, connector, name, ts_ms, snapshot, db, sequence, schema,
 *          table, txId, lsn, xmin}, "op", "ts_ms", "transaction": {id, total_order, data_collection_order}}`
 * Values by Postgres type: int2/int4/int8/oid as JSON numbers (int8 exact, never through a double);
 * float4/float8 as numbers, NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity" (JSON has no
 * such numbers); numeric as its exact decimal string; bool as true/false; date as days since 1970-01-01
 * (io.debezium.time.Date); timestamp as microseconds since the epoch (MicroTimestamp), or milliseconds for
 * timestamp(0..3) (Timestamp); timestamptz as an ISO-8601 string in UTC (ZonedTimestamp); time as
 * microseconds (MicroTime), or milliseconds for time(0..3) (Time); timetz as `HH:MM:SS[.f]Z` in UTC
 * (ZonedTime); bytea as base64; json/jsonb, uuid, text and every other type (interval, arrays, enums,
 * inet, money, ±infinity dates) as Postgres' text. Differences from Debezium, on purpose:
 * `source.lsn` is the transaction's commit LSN (Debezium's is the change's own WAL position; lake
 * records only the commit's), so every change of a transaction shares it and `transaction.total_order`
 * orders them; `source.sequence` is `[null, "<commit lsn>"]`; `source.version` names lake.
 *
 * Decoding (the `kafka` source) accepts both forms of the JSON converter: the bare envelope
 * (`schemas.enable=false`) and `{"schema", "payload"}` (`schemas.enable=true`). With a schema each column
 * gets its Postgres type from the Connect type and Debezium's semantic name (io.debezium.time.*, Decimal,
 * VariableScaleDecimal, Json, Uuid); without one the type is inferred from the JSON: integers int8,
 * other numbers exact numeric, booleans bool, strings text, objects and arrays json. Debezium's
 * `__debezium_unavailable_value` (an unchanged TOAST value) becomes lake's unchanged-TOAST marker, so
 * silver keeps the previous value. Avro (Confluent's wire format: magic byte 0 and a schema id) is
 * recognised and refused with that reason: lake does not talk to a Schema Registry.
 */
import { UNCHANGED_TOAST, type Value } from '../changes/index.ts';
import { isJsonObject, JsonNumber, jsonText, parseJsonExact, type JsonObject, type JsonValue } from './json.ts';

/** What Debezium sends for a value it does not have (an unchanged TOASTed column). */
export const UNAVAILABLE_VALUE = '__debezium_unavailable_value';

export type DebeziumOp = 'r' | 'c' | 'u' | 'd' | 't';

// ───────────────────────────── Postgres type OIDs ─────────────────────────────

export const OID = {
  bool: 16,
  bytea: 17,
  int8: 20,
  int2: 21,
  int4: 23,
  text: 25,
  oid: 26,
  json: 114,
  float4: 700,
  float8: 701,
  date: 1082,
  time: 1083,
  timestamp: 1114,
  timestamptz: 1184,
  interval: 1186,
  timetz: 1266,
  numeric: 1700,
  uuid: 2950,
  jsonb: 3802,
} as const;

// ───────────────────────────── encoding: Postgres text → JSON ─────────────────────────────

export interface EncodeColumn {
  name: string;
  typeOid: number;
  typeMod: number;
}

/** A value to encode: Postgres text (or DuckDB's text of the same value), null, or unavailable. */
export type EncodeValue = string | null | typeof UNCHANGED_TOAST;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a Postgres date text (`2024-01-05`, `0044-03-15 BC`, DuckDB's `0044-03-15 (BC)`). */
export function dateTextToDays(text: string): number | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})( BC| \(BC\))?$/.exec(text);
  if (!m) return undefined;
  const ms = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), m[4] !== undefined);
  return Math.round(ms / DAY_MS);
}

function utcMs(year: number, month: number, day: number, bc: boolean, h = 0, min = 0, s = 0): number {
  const d = new Date(0);
  // Postgres' 1 BC is the proleptic year 0.
  d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  d.setUTCHours(h, min, s, 0);
  return d.getTime();
}

/** Microseconds since the epoch of a timestamp text (no zone), or undefined. */
export function timestampTextToMicros(text: string): bigint | undefined {
  const m = /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?( BC| \(BC\))?$/.exec(text);
  if (!m) return undefined;
  const ms = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), m[8] !== undefined, Number(m[4]), Number(m[5]), Number(m[6]));
  return BigInt(ms) * 1000n + BigInt((m[7] ?? '').padEnd(6, '0').slice(0, 6));
}

/** `2024-01-05 10:00:00.5+01`, `…+05:30`, `…+00:00:00` (Postgres) or `…+00` (DuckDB) → ISO-8601 in UTC. */
export function timestamptzTextToIso(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?|Z)$/.exec(text);
  if (!m) return undefined;
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * ((Number(m[9]) * 60 + Number(m[10] ?? 0)) * 60 + Number(m[11] ?? 0)) : 0;
  const ms = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), false, Number(m[4]), Number(m[5]), Number(m[6])) - offset * 1000;
  const iso = new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) return undefined;
  const fraction = (m[7] ?? '').replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}

/** Microseconds since midnight of `HH:MM:SS[.ffffff]`. */
export function timeTextToMicros(text: string): bigint | undefined {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/.exec(text);
  if (!m) return undefined;
  return (BigInt(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1_000_000n) + BigInt((m[4] ?? '').padEnd(6, '0').slice(0, 6));
}

function timetzTextToUtc(text: string): string | undefined {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const offset = (m[5] === '-' ? -1 : 1) * ((Number(m[6]) * 60 + Number(m[7] ?? 0)) * 60 + Number(m[8] ?? 0));
  const seconds = (((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) - offset) % 86_400) + 86_400) % 86_400;
  const pad = (v: number) => String(v).padStart(2, '0');
  const fraction = (m[4] ?? '').replace(/0+$/, '');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${fraction ? `.${fraction}` : ''}Z`;
}

const FLOAT_SPECIALS: Record<string, string> = { NaN: 'NaN', nan: 'NaN', Infinity: 'Infinity', inf: 'Infinity', '-Infinity': '-Infinity', '-inf': '-Infinity' };

/** Whether `text` is a number JSON accepts as it is. */
function isJsonNumber(text: string): boolean {
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text);
}

/** The JSON fragment of one value of a Postgres column (see the module header for the mapping). */
export function encodeValue(column: EncodeColumn, value: EncodeValue): string {
  if (value === null) return 'null';
  if (value === UNCHANGED_TOAST) return JSON.stringify(UNAVAILABLE_VALUE);
  const text = value;
  switch (column.typeOid) {
    case OID.int2:
    case OID.int4:
    case OID.int8:
    case OID.oid:
      return /^-?\d+$/.test(text) ? text.replace(/^(-?)0+(?=\d)/, '$1') : JSON.stringify(text);
    case OID.float4:
    case OID.float8: {
      if (FLOAT_SPECIALS[text]) return JSON.stringify(FLOAT_SPECIALS[text]);
      return isJsonNumber(text) ? text : JSON.stringify(text);
    }
    case OID.bool:
      if (text === 't' || text === 'true') return 'true';
      if (text === 'f' || text === 'false') return 'false';
      return JSON.stringify(text);
    case OID.date: {
      const days = dateTextToDays(text);
      return days === undefined ? JSON.stringify(text) : String(days);
    }
    case OID.timestamp: {
      const micros = timestampTextToMicros(text);
      if (micros === undefined) return JSON.stringify(text);
      // time.precision.mode=adaptive: up to millisecond precision as milliseconds.
      const precision = column.typeMod < 0 ? 6 : column.typeMod;
      return precision <= 3 ? floorDiv(micros, 1000n).toString() : micros.toString();
    }
    case OID.timestamptz:
      return JSON.stringify(timestamptzTextToIso(text) ?? text);
    case OID.time: {
      const micros = timeTextToMicros(text);
      if (micros === undefined) return JSON.stringify(text);
      const precision = column.typeMod < 0 ? 6 : column.typeMod;
      return precision <= 3 ? (micros / 1000n).toString() : micros.toString();
    }
    case OID.timetz:
      return JSON.stringify(timetzTextToUtc(text) ?? text);
    case OID.bytea:
      return /^\\x([0-9a-fA-F]{2})*$/.test(text) ? JSON.stringify(Buffer.from(text.slice(2), 'hex').toString('base64')) : JSON.stringify(text);
    default:
      return JSON.stringify(text);
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export interface EncodeSource {
  /** Debezium's `topic.prefix` (`source.name`). */
  name: string;
  db: string;
  schema: string;
  table: string;
  version: string;
}

export interface EncodeChange {
  op: DebeziumOp;
  columns: EncodeColumn[];
  /** In column order; null for a truncate. */
  values: EncodeValue[] | null;
  /** Positions in `columns` of the primary key columns, in key order. */
  keyIndexes: number[];
  lsn: bigint;
  xid: number;
  commitMs: number;
  seq: number;
  /** This change's place among the transaction's changes of its table, from 1. */
  dataCollectionOrder: number;
}

function rowJson(columns: EncodeColumn[], values: EncodeValue[]): string {
  return `{${columns.map((c, i) => `${JSON.stringify(c.name)}:${encodeValue(c, values[i] ?? null)}`).join(',')}}`;
}

/** The message key of a change: the primary key as a JSON object; null for a truncate. */
export function encodeKey(change: Pick<EncodeChange, 'columns' | 'values' | 'keyIndexes'>): string | null {
  if (!change.values) return null;
  return `{${change.keyIndexes.map((i) => `${JSON.stringify(change.columns[i].name)}:${encodeValue(change.columns[i], change.values![i] ?? null)}`).join(',')}}`;
}

/** The envelope of a change (the message value). `nowMs` is Debezium's top-level `ts_ms`: when it was processed. */
export function encodeEnvelope(change: EncodeChange, source: EncodeSource, nowMs: number): string {
  const row = change.values ? rowJson(change.columns, change.values) : 'null';
  const before = change.op === 'd' ? row : 'null';
  const after = change.op === 'd' || change.op === 't' ? 'null' : row;
  const lsn = change.lsn.toString();
  const xid = change.xid >>> 0;
  const sourceJson =
    `{"version":${JSON.stringify(source.version)},"connector":"postgresql","name":${JSON.stringify(source.name)},"ts_ms":${Math.trunc(change.commitMs)},` +
    `"snapshot":${change.op === 'r' ? '"true"' : '"false"'},"db":${JSON.stringify(source.db)},"sequence":${JSON.stringify(JSON.stringify([null, lsn]))},` +
    `"schema":${JSON.stringify(source.schema)},"table":${JSON.stringify(source.table)},"txId":${xid},"lsn":${lsn},"xmin":null}`;
  const transaction = change.op === 'r' ? 'null' : `{"id":${JSON.stringify(`${xid}:${lsn}`)},"total_order":${change.seq + 1},"data_collection_order":${change.dataCollectionOrder}}`;
  return `{"before":${before},"after":${after},"source":${sourceJson},"op":"${change.op}","ts_ms":${Math.trunc(nowMs)},"transaction":${transaction}}`;
}

// ───────────────────────────── decoding: JSON → typed columns ─────────────────────────────

/** A column of a decoded row: its Postgres type and its value as Postgres text. */
export interface DecodedField {
  typeOid: number;
  typeMod: number;
  value: Value;
}

export type DecodedRow = Map<string, DecodedField>;

export type Decoded =
  | {
      kind: 'change';
      op: DebeziumOp;
      /** The row the change leaves (c, u, r) or removes (d): what bronze stores; null for a truncate. */
      row: DecodedRow | null;
      /** The message key as JSON text per field (null for a truncate's null key). */
      key: Map<string, string> | null;
      /** Commit time in the source database (`source.ts_ms`), else the envelope's `ts_ms`. */
      commitMs: number | undefined;
      /** `source.txId` (Postgres) or `source.gtid`-less 0. */
      xid: number;
    }
  /** A tombstone (null value) after a delete, or a message that carries no row change (op `m`). */
  | { kind: 'skip'; reason: string }
  | { kind: 'bad'; reason: string };

interface FieldSchema {
  type: string;
  name?: string;
  parameters?: Map<string, string>;
}

/** `{"schema":…, "payload":…}` → the payload and the schema; anything else is a bare payload. */
function unwrap(document: JsonValue): { payload: JsonValue; schema?: JsonObject } {
  if (isJsonObject(document) && document.size === 2 && document.has('schema') && document.has('payload')) {
    const schema = document.get('schema');
    return { payload: document.get('payload')!, schema: isJsonObject(schema) ? schema : undefined };
  }
  return { payload: document };
}

/** The field schemas of a struct schema's `fields`, by field name. */
function fieldSchemas(struct: JsonValue | undefined): Map<string, FieldSchema> | undefined {
  if (!isJsonObject(struct)) return undefined;
  const fields = struct.get('fields');
  if (!Array.isArray(fields)) return undefined;
  const out = new Map<string, FieldSchema>();
  for (const f of fields) {
    if (!isJsonObject(f)) continue;
    const name = f.get('field');
    const type = f.get('type');
    if (typeof name !== 'string' || typeof type !== 'string') continue;
    const parameters = f.get('parameters');
    const semantic = f.get('name');
    out.set(name, {
      type,
      ...(typeof semantic === 'string' ? { name: semantic } : {}),
      ...(isJsonObject(parameters) ? { parameters: new Map([...parameters].map(([k, v]) => [k, typeof v === 'string' ? v : jsonText(v)])) } : {}),
    });
  }
  return out;
}

/** The schema of the envelope's `after` (or `before`) struct. */
function rowSchema(valueSchema: JsonObject | undefined, which: 'after' | 'before'): Map<string, FieldSchema> | undefined {
  const fields = valueSchema?.get('fields');
  if (!Array.isArray(fields)) return undefined;
  const struct = fields.find((f) => isJsonObject(f) && f.get('field') === which);
  return fieldSchemas(struct);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days since the epoch → Postgres date text (years before 1 as `… BC`). */
export function daysToDateText(days: number): string {
  return msToText(days * DAY_MS, false);
}

function msToText(ms: number, withTime: boolean): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new RangeError('date out of range');
  const y = d.getUTCFullYear();
  const bc = y <= 0;
  const date = `${pad(bc ? 1 - y : y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = withTime ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
  return `${date}${time}${bc ? ' BC' : ''}`;
}

/** Microseconds since the epoch → Postgres timestamp text. */
export function microsToTimestampText(micros: bigint): string {
  const ms = floorDiv(micros, 1000n);
  const seconds = floorDiv(ms, 1000n);
  const fraction = micros - seconds * 1_000_000n;
  const base = msToText(Number(seconds * 1000n), true);
  const f = fraction === 0n ? '' : `.${fraction.toString().padStart(6, '0').replace(/0+$/, '')}`;
  return base.endsWith(' BC') ? `${base.slice(0, -3)}${f} BC` : `${base}${f}`;
}

function microsToTimeText(micros: bigint): string {
  const seconds = Number(micros / 1_000_000n);
  const fraction = micros % 1_000_000n;
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${fraction === 0n ? '' : `.${fraction.toString().padStart(6, '0').replace(/0+$/, '')}`}`;
}

/** Big-endian two's-complement bytes (Kafka Connect's Decimal) → decimal text with `scale` digits. */
export function decimalBytesToText(bytes: Buffer, scale: number): string {
  if (bytes.length === 0) return '0';
  let unscaled = BigInt(`0x${bytes.toString('hex')}`);
  if (bytes[0] & 0x80) unscaled -= 1n << BigInt(bytes.length * 8);
  const negative = unscaled < 0n;
  let digits = (negative ? -unscaled : unscaled).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  } else if (scale < 0) {
    digits = digits + '0'.repeat(-scale);
  }
  return negative ? `-${digits}` : digits;
}

class BadValue extends Error {}

function asInteger(value: JsonValue, what: string): bigint {
  if (value instanceof JsonNumber && value.isInteger) return BigInt(value.text);
  throw new BadValue(`expected an integer for ${what}`);
}

function asString(value: JsonValue, what: string): string {
  if (typeof value === 'string') return value;
  throw new BadValue(`expected a string for ${what}`);
}

function base64Bytes(value: JsonValue, what: string): Buffer {
  const text = asString(value, what);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new BadValue(`expected base64 for ${what}`);
  return Buffer.from(text, 'base64');
}

/** numeric(p,s)'s typmod, as Postgres encodes it. */
function numericTypmod(precision: number, scale: number): number {
  return ((precision << 16) | (scale & 0x7ff)) + 4;
}

/** One value with its Connect schema → Postgres type and text. */
function typedField(schema: FieldSchema, value: JsonValue, column: string): DecodedField {
  const name = schema.name ?? '';
  if (value === null) return { ...typeOfSchema(schema), value: null };
  if (value === UNAVAILABLE_VALUE) return { ...typeOfSchema(schema), value: UNCHANGED_TOAST };
  const type = typeOfSchema(schema);
  const what = `column ${column}`;
  switch (name) {
    case 'io.debezium.time.Date':
      return { ...type, value: daysToDateText(Number(asInteger(value, what))) };
    case 'io.debezium.time.Timestamp':
      return { ...type, value: microsToTimestampText(asInteger(value, what) * 1000n) };
    case 'io.debezium.time.MicroTimestamp':
      return { ...type, value: microsToTimestampText(asInteger(value, what)) };
    case 'io.debezium.time.NanoTimestamp':
      return { ...type, value: microsToTimestampText(floorDiv(asInteger(value, what), 1000n)) };
    case 'io.debezium.time.Time':
      return { ...type, value: microsToTimeText(asInteger(value, what) * 1000n) };
    case 'io.debezium.time.MicroTime':
      return { ...type, value: microsToTimeText(asInteger(value, what)) };
    case 'io.debezium.time.NanoTime':
      return { ...type, value: microsToTimeText(asInteger(value, what) / 1000n) };
    case 'org.apache.kafka.connect.data.Decimal':
      if (typeof value === 'string' && schema.type === 'bytes') {
        return { ...type, value: decimalBytesToText(base64Bytes(value, what), Number(schema.parameters?.get('scale') ?? 0)) };
      }
      break;
    case 'io.debezium.data.VariableScaleDecimal':
      if (isJsonObject(value)) {
        const scale = Number(asInteger(value.get('scale') ?? null, `${what}.scale`));
        return { ...type, value: decimalBytesToText(base64Bytes(value.get('value') ?? null, `${what}.value`), scale) };
      }
      throw new BadValue(`expected {scale, value} for ${what}`);
  }
  switch (schema.type) {
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
      return { ...type, value: asInteger(value, what).toString() };
    case 'float32':
    case 'float64':
      if (value instanceof JsonNumber) return { ...type, value: value.text };
      if (typeof value === 'string' && ['NaN', 'Infinity', '-Infinity'].includes(value)) return { ...type, value };
      throw new BadValue(`expected a number for ${what}`);
    case 'boolean':
      if (typeof value === 'boolean') return { ...type, value: value ? 't' : 'f' };
      throw new BadValue(`expected true or false for ${what}`);
    case 'bytes':
      return { ...type, value: `\\x${base64Bytes(value, what).toString('hex')}` };
    case 'string':
      return { ...type, value: asString(value, what) };
    default:
      return { ...type, value: typeof value === 'string' ? value : jsonText(value) };
  }
}

function typeOfSchema(schema: FieldSchema): { typeOid: number; typeMod: number } {
  switch (schema.name) {
    case 'io.debezium.time.Date':
      return { typeOid: OID.date, typeMod: -1 };
    case 'io.debezium.time.Timestamp':
    case 'io.debezium.time.MicroTimestamp':
    case 'io.debezium.time.NanoTimestamp':
      return { typeOid: OID.timestamp, typeMod: -1 };
    case 'io.debezium.time.ZonedTimestamp':
      return { typeOid: OID.timestamptz, typeMod: -1 };
    case 'io.debezium.time.Time':
    case 'io.debezium.time.MicroTime':
    case 'io.debezium.time.NanoTime':
      return { typeOid: OID.time, typeMod: -1 };
    case 'org.apache.kafka.connect.data.Decimal': {
      const scale = Number(schema.parameters?.get('scale') ?? 0);
      const precision = Number(schema.parameters?.get('connect.decimal.precision') ?? 0);
      return precision > 0 && scale >= 0 && scale <= precision ? { typeOid: OID.numeric, typeMod: numericTypmod(precision, scale) } : { typeOid: OID.numeric, typeMod: -1 };
    }
    case 'io.debezium.data.VariableScaleDecimal':
      return { typeOid: OID.numeric, typeMod: -1 };
    case 'io.debezium.data.Json':
      return { typeOid: OID.jsonb, typeMod: -1 };
    case 'io.debezium.data.Uuid':
      return { typeOid: OID.uuid, typeMod: -1 };
  }
  switch (schema.type) {
    case 'int8':
    case 'int16':
      return { typeOid: OID.int2, typeMod: -1 };
    case 'int32':
      return { typeOid: OID.int4, typeMod: -1 };
    case 'int64':
      return { typeOid: OID.int8, typeMod: -1 };
    case 'float32':
      return { typeOid: OID.float4, typeMod: -1 };
    case 'float64':
      return { typeOid: OID.float8, typeMod: -1 };
    case 'boolean':
      return { typeOid: OID.bool, typeMod: -1 };
    case 'bytes':
      return { typeOid: OID.bytea, typeMod: -1 };
    case 'array':
    case 'map':
    case 'struct':
      return { typeOid: OID.jsonb, typeMod: -1 };
    default:
      return { typeOid: OID.text, typeMod: -1 };
  }
}

/** int8's range: a larger integer is kept as exact numeric text. */
const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;

/** One value without a schema: the type follows the JSON. */
function inferredField(value: JsonValue): DecodedField {
  if (value === null) return { typeOid: OID.text, typeMod: -1, value: null };
  if (value === UNAVAILABLE_VALUE) return { typeOid: OID.text, typeMod: -1, value: UNCHANGED_TOAST };
  if (typeof value === 'string') return { typeOid: OID.text, typeMod: -1, value };
  if (typeof value === 'boolean') return { typeOid: OID.bool, typeMod: -1, value: value ? 't' : 'f' };
  if (value instanceof JsonNumber) {
    if (value.isInteger) {
      const n = BigInt(value.text);
      if (n >= INT8_MIN && n <= INT8_MAX) return { typeOid: OID.int8, typeMod: -1, value: n.toString() };
    }
    return { typeOid: OID.numeric, typeMod: -1, value: value.text };
  }
  return { typeOid: OID.jsonb, typeMod: -1, value: jsonText(value) };
}

function decodeRow(row: JsonObject, schema: Map<string, FieldSchema> | undefined): DecodedRow {
  const out: DecodedRow = new Map();
  for (const [column, value] of row) {
    const fieldSchema = schema?.get(column);
    out.set(column, fieldSchema ? typedField(fieldSchema, value, column) : inferredField(value));
  }
  return out;
}

function parseDocument(bytes: Buffer, what: string): JsonValue | { bad: string } {
  if (bytes.length >= 5 && bytes[0] === 0) {
    return { bad: `the ${what} is in Confluent's Schema Registry wire format (magic byte 0, schema id ${bytes.readUInt32BE(1)}; Avro, Protobuf or JSON Schema): lake reads JSON only, so produce the topic with the JsonConverter` };
  }
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) return { bad: `the ${what} is not UTF-8 text` };
  try {
    return parseJsonExact(text);
  } catch (error) {
    return { bad: `the ${what} is not JSON: ${(error as Error).message}` };
  }
}

const OPS = new Set(['r', 'c', 'u', 'd', 't']);

/**
 * Decodes one Kafka message of a Debezium topic. `primaryKey` is the table's key (config): the message
 * key must be an object of exactly those fields, equal to the row's values of them.
 */
export function decodeMessage(key: Buffer | null, value: Buffer | null, primaryKey: string[], timestampMs?: number): Decoded {
  if (value === null || value.length === 0) return { kind: 'skip', reason: 'tombstone' };
  const document = parseDocument(value, 'value');
  if (document !== null && typeof document === 'object' && 'bad' in document) return { kind: 'bad', reason: (document as { bad: string }).bad };
  const { payload, schema } = unwrap(document as JsonValue);
  if (!isJsonObject(payload)) return { kind: 'bad', reason: 'the value is not a Debezium envelope (expected a JSON object with op, before, after and source)' };
  const op = payload.get('op');
  if (typeof op !== 'string') return { kind: 'bad', reason: 'the envelope has no op' };
  if (op === 'm') return { kind: 'skip', reason: 'a logical decoding message (op m) carries no row' };
  if (!OPS.has(op)) return { kind: 'bad', reason: `unknown op '${op}' (expected c, u, d, r or t)` };
  const which = op === 'd' ? 'before' : 'after';
  const rowJsonValue = payload.get(which);
  if (op !== 't' && !isJsonObject(rowJsonValue)) return { kind: 'bad', reason: `an op '${op}' envelope without ${which}` };
  const source = payload.get('source');
  const sourceObject = isJsonObject(source) ? source : undefined;
  const tsMs = sourceObject?.get('ts_ms') ?? payload.get('ts_ms');
  const commitMs = tsMs instanceof JsonNumber ? Number(tsMs.text) : timestampMs;
  const txId = sourceObject?.get('txId');
  const xid = txId instanceof JsonNumber && txId.isInteger ? Number(BigInt(txId.text) & 0xffffffffn) : 0;
  let row: DecodedRow | null = null;
  try {
    if (op !== 't') row = decodeRow(rowJsonValue as JsonObject, rowSchema(schema, which));
  } catch (error) {
    if (error instanceof BadValue || error instanceof RangeError) return { kind: 'bad', reason: `${which}: ${error.message}` };
    throw error;
  }
  // The key: an object of exactly the primary key's fields, equal to the row's.
  let keyFields: Map<string, string> | null = null;
  if (key !== null && key.length > 0) {
    const keyDocument = parseDocument(key, 'key');
    if (keyDocument !== null && typeof keyDocument === 'object' && 'bad' in keyDocument) return { kind: 'bad', reason: (keyDocument as { bad: string }).bad };
    const keyPayload = unwrap(keyDocument as JsonValue).payload;
    if (!isJsonObject(keyPayload)) return { kind: 'bad', reason: `the key is not a JSON object of the primary key (${primaryKey.join(', ')})` };
    keyFields = new Map([...keyPayload].map(([k, v]) => [k, jsonText(v)]));
  }
  if (op === 't') return { kind: 'change', op, row: null, key: keyFields, commitMs, xid };
  if (!keyFields) return { kind: 'bad', reason: `an op '${op}' message without a key (expected the primary key ${primaryKey.join(', ')})` };
  const names = [...keyFields.keys()];
  if (names.length !== primaryKey.length || !primaryKey.every((k) => keyFields!.has(k))) {
    return { kind: 'bad', reason: `the key's fields (${names.join(', ') || 'none'}) do not match the primary key (${primaryKey.join(', ')})` };
  }
  const rowObject = rowJsonValue as JsonObject;
  for (const k of primaryKey) {
    if (!rowObject.has(k)) return { kind: 'bad', reason: `${which} has no primary key column ${k}` };
    const inRow = jsonText(rowObject.get(k)!);
    if (inRow !== keyFields.get(k)) return { kind: 'bad', reason: `the key's ${k} (${keyFields.get(k)}) differs from ${which}.${k} (${inRow})` };
    if (rowObject.get(k) === null) return { kind: 'bad', reason: `primary key column ${k} is null` };
  }
  return { kind: 'change', op: op as DebeziumOp, row, key: keyFields, commitMs, xid };
}
