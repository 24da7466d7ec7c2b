import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UNCHANGED_TOAST } from '../ingest/postgres/index.ts';
import { decimalBytesToText, decodeMessage, encodeEnvelope, encodeKey, encodeValue, microsToTimestampText, OID, UNAVAILABLE_VALUE, type EncodeChange } from './debezium.ts';
import { jsonText, parseJsonExact, JsonNumber } from './json.ts';

const col = (typeOid: number, typeMod = -1) => ({ name: 'c', typeOid, typeMod });

describe('exact JSON', () => {
  it('keeps numbers as written, beyond what a double holds', () => {
    const value = parseJsonExact('{"id": 9223372036854775807, "amount": 12345678901234567890.12, "e": -1.5e3}');
    assert.equal(jsonText(value), '{"id":9223372036854775807,"amount":12345678901234567890.12,"e":-1.5e3}');
    assert.ok((value as Map<string, unknown>).get('id') instanceof JsonNumber);
  });
  it('refuses what is not JSON, with the position', () => {
    assert.throws(() => parseJsonExact('{"a": 1,}'), /position 8/);
    assert.throws(() => parseJsonExact('{"a": 1} x'), /after the JSON value/);
    assert.throws(() => parseJsonExact('NaN'), /expected a value/);
  });
  it('reads escapes and unicode', () => {
    assert.equal(parseJsonExact('"a\\"b\\u00e9\\n"'), 'a"bé\n');
  });
});

describe('Debezium values from Postgres text', () => {
  it('maps each type as the Debezium Postgres connector does', () => {
    assert.equal(encodeValue(col(OID.int8), '9223372036854775807'), '9223372036854775807');
    assert.equal(encodeValue(col(OID.int4), '-42'), '-42');
    assert.equal(encodeValue(col(OID.numeric), '12.50'), '"12.50"');
    assert.equal(encodeValue(col(OID.float8), 'NaN'), '"NaN"');
    assert.equal(encodeValue(col(OID.float8), '-Infinity'), '"-Infinity"');
    assert.equal(encodeValue(col(OID.float8), '1.5e+30'), '1.5e+30');
    assert.equal(encodeValue(col(OID.bool), 't'), 'true');
    assert.equal(encodeValue(col(OID.bool), 'false'), 'false');
    assert.equal(encodeValue(col(OID.date), '1970-01-02'), '1');
    assert.equal(encodeValue(col(OID.date), '1969-12-31'), '-1');
    assert.equal(encodeValue(col(OID.date), '0001-01-01 BC'), String(new Date(0).setUTCFullYear(0, 0, 1) / 86_400_000));
    assert.equal(encodeValue(col(OID.timestamp), '1970-01-01 00:00:01.000002'), '1000002');
    assert.equal(encodeValue(col(OID.timestamp, 3), '1970-01-01 00:00:01.5'), '1500');
    assert.equal(encodeValue(col(OID.timestamptz), '2024-01-05 10:00:00.25+01'), '"2024-01-05T09:00:00.25Z"');
    assert.equal(encodeValue(col(OID.timestamptz), '2024-01-05 10:00:00+05:30'), '"2024-01-05T04:30:00Z"');
    assert.equal(encodeValue(col(OID.time), '01:00:00.5'), '3600500000');
    assert.equal(encodeValue(col(OID.timetz), '10:00:00+02'), '"08:00:00Z"');
    assert.equal(encodeValue(col(OID.bytea), '\\xdeadbeef'), '"3q2+7w=="');
    assert.equal(encodeValue(col(OID.jsonb), '{"a": 1}'), '"{\\"a\\": 1}"');
    assert.equal(encodeValue(col(OID.text), null), 'null');
    assert.equal(encodeValue(col(OID.text), UNCHANGED_TOAST), `"${UNAVAILABLE_VALUE}"`);
    assert.equal(encodeValue(col(OID.date), 'infinity'), '"infinity"');
  });
});

describe('the Debezium envelope', () => {
  const columns = [
    { name: 'id', typeOid: OID.int4, typeMod: -1 },
    { name: 'note', typeOid: OID.text, typeMod: -1 },
  ];
  const change = (op: EncodeChange['op'], values: Array<string | null> | null): EncodeChange => ({
    op,
    columns,
    values,
    keyIndexes: [0],
    lsn: 0x16b374d848n,
    xid: 771,
    commitMs: 1_700_000_000_123,
    seq: 2,
    dataCollectionOrder: 1,
  });
  const source = { name: 'shop', db: 'shop', schema: 'public', table: 'orders', version: 'lake-test' };

  it('encodes an update as Debezium 2.x does, keyed by the primary key', () => {
    const value = JSON.parse(encodeEnvelope(change('u', ['7', 'hi']), source, 1_700_000_000_999));
    assert.equal(encodeKey(change('u', ['7', 'hi'])), '{"id":7}');
    assert.deepEqual(value.before, null);
    assert.deepEqual(value.after, { id: 7, note: 'hi' });
    assert.equal(value.op, 'u');
    assert.equal(value.ts_ms, 1_700_000_000_999);
    assert.deepEqual(
      { ...value.source },
      { version: 'lake-test', connector: 'postgresql', name: 'shop', ts_ms: 1_700_000_000_123, snapshot: 'false', db: 'shop', sequence: `[null,"${0x16b374d848n}"]`, schema: 'public', table: 'orders', txId: 771, lsn: Number(0x16b374d848n), xmin: null },
    );
    assert.deepEqual(value.transaction, { id: `771:${0x16b374d848n}`, total_order: 3, data_collection_order: 1 });
  });

  it('puts a delete in before, and a snapshot row is op r with snapshot "true"', () => {
    const deleted = JSON.parse(encodeEnvelope(change('d', ['7', null]), source, 0));
    assert.deepEqual([deleted.before, deleted.after, deleted.op], [{ id: 7, note: null }, null, 'd']);
    const read = JSON.parse(encodeEnvelope(change('r', ['7', 'x']), source, 0));
    assert.deepEqual([read.op, read.source.snapshot, read.transaction], ['r', 'true', null]);
  });

  it('decodes what it encodes, key checked against the row', () => {
    const key = Buffer.from(encodeKey(change('c', ['7', 'hi']))!);
    const decoded = decodeMessage(key, Buffer.from(encodeEnvelope(change('c', ['7', 'hi']), source, 0)), ['id']);
    assert.equal(decoded.kind, 'change');
    if (decoded.kind !== 'change') return;
    assert.equal(decoded.op, 'c');
    assert.equal(decoded.xid, 771);
    assert.equal(decoded.commitMs, 1_700_000_000_123);
    assert.deepEqual([...decoded.row!].map(([k, f]) => [k, f.typeOid, f.value]), [
      ['id', OID.int8, '7'],
      ['note', OID.text, 'hi'],
    ]);
  });
});

describe('decoding Debezium messages', () => {
  const key = Buffer.from('{"id": 1}');

  it('types columns from a schema-enabled envelope (Decimal, MicroTimestamp, Date, ZonedTimestamp, Json)', () => {
    const value = {
      schema: {
        type: 'struct',
        fields: [
          { type: 'struct', optional: true, field: 'before', fields: [] },
          {
            type: 'struct',
            optional: true,
            field: 'after',
            name: 'shop.public.orders.Value',
            fields: [
              { type: 'int32', optional: false, field: 'id' },
              { type: 'bytes', optional: true, name: 'org.apache.kafka.connect.data.Decimal', parameters: { scale: '2', 'connect.decimal.precision': '10' }, field: 'amount' },
              { type: 'int64', optional: true, name: 'io.debezium.time.MicroTimestamp', field: 'at' },
              { type: 'int32', optional: true, name: 'io.debezium.time.Date', field: 'day' },
              { type: 'string', optional: true, name: 'io.debezium.time.ZonedTimestamp', field: 'zoned' },
              { type: 'string', optional: true, name: 'io.debezium.data.Json', field: 'doc' },
              { type: 'string', optional: true, field: 'big' },
            ],
          },
          { type: 'string', optional: false, field: 'op' },
        ],
      },
      payload: {
        before: null,
        after: { id: 1, amount: Buffer.from([0xff, 0x85]).toString('base64'), at: 1_000_002, day: 19_000, zoned: '2024-01-05T09:00:00Z', doc: '{"a":1}', big: UNAVAILABLE_VALUE },
        source: { ts_ms: 5, txId: 9 },
        op: 'c',
        ts_ms: 6,
      },
    };
    const decoded = decodeMessage(Buffer.from(JSON.stringify({ schema: { type: 'struct' }, payload: { id: 1 } })), Buffer.from(JSON.stringify(value)), ['id']);
    assert.equal(decoded.kind, 'change');
    if (decoded.kind !== 'change') return;
    const row = decoded.row!;
    assert.deepEqual(row.get('id'), { typeOid: OID.int4, typeMod: -1, value: '1' });
    assert.equal(row.get('amount')!.value, '-1.23');
    assert.equal(row.get('amount')!.typeOid, OID.numeric);
    assert.equal(row.get('at')!.value, '1970-01-01 00:00:01.000002');
    assert.equal(row.get('day')!.value, '2022-01-08');
    assert.deepEqual([row.get('zoned')!.typeOid, row.get('zoned')!.value], [OID.timestamptz, '2024-01-05T09:00:00Z']);
    assert.equal(row.get('doc')!.typeOid, OID.jsonb);
    assert.equal(row.get('big')!.value, UNCHANGED_TOAST);
    assert.equal(decoded.commitMs, 5);
    assert.equal(decoded.xid, 9);
  });

  it('says why a message is bad, and skips tombstones', () => {
    const reason = (k: Buffer | null, v: Buffer | null) => {
      const d = decodeMessage(k, v, ['id']);
      return d.kind === 'bad' || d.kind === 'skip' ? `${d.kind}: ${d.reason}` : 'change';
    };
    assert.match(reason(key, Buffer.from('not json')), /^bad: the value is not JSON/);
    assert.match(reason(key, Buffer.from([0, 0, 0, 0, 7, 2, 4])), /^bad: .*Schema Registry wire format.*schema id 7/);
    assert.match(reason(key, Buffer.from('{"after": {"id": 1}}')), /^bad: the envelope has no op/);
    assert.match(reason(key, Buffer.from('{"op": "c", "before": null}')), /^bad: an op 'c' envelope without after/);
    assert.match(reason(Buffer.from('{"uid": 1}'), Buffer.from('{"op": "c", "after": {"id": 1}}')), /^bad: the key's fields \(uid\) do not match the primary key \(id\)/);
    assert.match(reason(Buffer.from('{"id": 2}'), Buffer.from('{"op": "c", "after": {"id": 1}}')), /^bad: the key's id \(2\) differs from after.id \(1\)/);
    assert.match(reason(null, Buffer.from('{"op": "u", "after": {"id": 1}}')), /^bad: an op 'u' message without a key/);
    assert.equal(reason(key, null), 'skip: tombstone');
    assert.match(reason(null, Buffer.from('{"op": "m", "message": {}}')), /^skip: /);
    assert.equal(reason(key, Buffer.from('{"op": "d", "before": {"id": 1}, "after": null}')), 'change');
  });

  it('converts Connect decimals and timestamps exactly', () => {
    assert.equal(decimalBytesToText(Buffer.from([0x01, 0x00]), 2), '2.56');
    assert.equal(decimalBytesToText(Buffer.from([0x80]), 0), '-128');
    assert.equal(decimalBytesToText(Buffer.from([0x05]), 3), '0.005');
    assert.equal(microsToTimestampText(-1n), '1969-12-31 23:59:59.999999');
  });
});
