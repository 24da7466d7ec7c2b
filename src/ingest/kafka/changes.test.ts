import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OID } from '../../kafka/index.ts';
import { UNCHANGED_TOAST } from '../postgres/index.ts';
import { ChangeMapper } from './changes.ts';
import type { ConsumedMessage } from './consumer.ts';

let offset = 0n;
function message(topic: string, key: unknown, value: unknown, partition = 0): ConsumedMessage {
  return {
    topic,
    partition,
    offset: offset++,
    key: key === null ? null : Buffer.from(typeof key === 'string' ? key : JSON.stringify(key)),
    value: value === null ? null : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
    timestampMs: 1_700_000_000_000,
  };
}

describe('Debezium messages as lake change rows', () => {
  const tables = new Map([['t.public.items', { table: 'items', primaryKey: ['id'] }]]);

  it('numbers a batch by its position, keeps partition order in _seq, and stores snapshot reads as inserts', () => {
    const mapper = new ChangeMapper(tables, new Map());
    const batch = mapper.map(
      [
        message('t.public.items', { id: 1 }, { op: 'r', after: { id: 1, qty: 5, note: 'a' }, source: { ts_ms: 10, txId: 7 } }),
        message('t.public.items', { id: 1 }, { op: 'u', after: { id: 1, qty: 6, note: '__debezium_unavailable_value' }, source: { ts_ms: 11, txId: 8 } }),
        message('t.public.items', { id: 1 }, { op: 'd', before: { id: 1, qty: 6, note: null }, after: null, source: { ts_ms: 12 } }),
        message('t.public.items', { id: 1 }, null),
        message('t.public.items', { id: 2 }, 'garbage'),
        message('other.topic', { id: 2 }, { op: 'c', after: { id: 2 } }),
      ],
      42n,
    );
    assert.deepEqual(batch.rows.map((r) => [r.op, r.lsn, r.seq, r.xid, r.commitMs]), [
      ['c', 42n, 0, 7, 10],
      ['u', 42n, 1, 8, 11],
      ['d', 42n, 2, 0, 12],
    ]);
    assert.deepEqual(batch.rows[1].values, ['1', '6', UNCHANGED_TOAST]);
    assert.equal(batch.skipped, 1);
    assert.deepEqual(batch.quarantined.map((q) => [q.message.topic, q.message.offset - batch.quarantined[0].message.offset]), [
      ['t.public.items', 0n],
      ['other.topic', 1n],
    ]);
    assert.match(batch.quarantined[0].reason, /^the value is not JSON/);
    assert.match(batch.quarantined[1].reason, /^topic other\.topic is not configured/);
    assert.deepEqual(batch.columns.get('items'), [
      { name: 'id', typeOid: OID.int8, typeMod: -1 },
      { name: 'qty', typeOid: OID.int8, typeMod: -1 },
      { name: 'note', typeOid: OID.text, typeMod: -1 },
    ]);
    assert.equal(batch.lastCommitMs, 12);
  });

  it('grows the shape with new columns, typed by their first value, and keeps recorded types', () => {
    const mapper = new ChangeMapper(tables, new Map([['items', [{ name: 'id', typeOid: OID.int4, typeMod: -1 }]]]));
    const batch = mapper.map(
      [
        message('t.public.items', { id: 3 }, { op: 'c', after: { id: 3, price: null } }),
        message('t.public.items', { id: 4 }, { op: 'c', after: { id: 4, price: 1.25 } }),
      ],
      1n,
    );
    assert.deepEqual(batch.columns.get('items'), [
      { name: 'id', typeOid: OID.int4, typeMod: -1 },
      { name: 'price', typeOid: OID.numeric, typeMod: -1 },
    ]);
    assert.equal(batch.rows[0].shape, batch.rows[1].shape);
    assert.deepEqual(batch.rows[1].values, ['4', '1.25']);
    assert.equal(mapper.map([message('t.public.items', { id: 5 }, { op: 'c', after: { id: 5, price: 2 } })], 2n).columns.size, 0, 'no new shape when nothing new');
  });
});
