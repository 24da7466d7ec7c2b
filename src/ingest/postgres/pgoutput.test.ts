import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UNCHANGED_TOAST } from '../../changes/index.ts';
import { decodePgoutput } from './pgoutput.ts';
import { pgMicrosToMs } from './transactions.ts';
import { wire } from '../../testing/pgoutput-wire.ts';

const T = Date.UTC(2024, 4, 17, 12, 30, 0, 123);

describe('the pgoutput decoder', () => {
  it('reads begin and commit with their LSNs, commit time and xid', () => {
    const begin = decodePgoutput(wire.begin(0x16_b374d848n, T, 4242));
    assert.equal(begin.tag, 'begin');
    assert.ok(begin.tag === 'begin');
    assert.equal(begin.finalLsn, 0x16_b374d848n);
    assert.equal(begin.xid, 4242);
    assert.equal(pgMicrosToMs(begin.commitTime), T);
    const commit = decodePgoutput(wire.commit(0x100n, 0x128n, T));
    assert.deepEqual(commit, { tag: 'commit', commitLsn: 0x100n, endLsn: 0x128n, commitTime: BigInt(T - 946_684_800_000) * 1000n });
  });

  it('reads a relation with its replica identity, key flags, type OIDs and typmods', () => {
    const message = decodePgoutput(
      wire.relation(16384, 'public', 'orders', 'f', [
        { name: 'id', key: true, typeOid: 23 },
        { name: 'amount', typeOid: 1700, typeMod: ((12 << 16) | 2) + 4 },
        { name: 'note é', typeOid: 25 },
      ]),
    );
    assert.deepEqual(message, {
      tag: 'relation',
      relation: {
        oid: 16384,
        schema: 'public',
        name: 'orders',
        replicaIdentity: 'f',
        columns: [
          { isKey: true, name: 'id', typeOid: 23, typeMod: -1 },
          { isKey: false, name: 'amount', typeOid: 1700, typeMod: 786438 },
          { isKey: false, name: 'note é', typeOid: 25, typeMod: -1 },
        ],
      },
    });
  });

  it('keeps text, NULL and unchanged TOAST apart in tuples', () => {
    assert.deepEqual(decodePgoutput(wire.insert(7, ['1', null, '', 'a,"b"\nc', 'ü'])), { tag: 'insert', relationOid: 7, values: ['1', null, '', 'a,"b"\nc', 'ü'] });
    const update = decodePgoutput(wire.update(7, ['1', 'unchanged-toast']));
    assert.deepEqual(update, { tag: 'update', relationOid: 7, oldKey: undefined, oldFull: undefined, values: ['1', UNCHANGED_TOAST] });
  });

  it('reads the old key (K) and the old row (O) of updates and deletes', () => {
    assert.deepEqual(decodePgoutput(wire.update(7, ['2', 'x'], { kind: 'K', values: ['1', null] })), {
      tag: 'update',
      relationOid: 7,
      oldKey: ['1', null],
      oldFull: undefined,
      values: ['2', 'x'],
    });
    assert.deepEqual(decodePgoutput(wire.update(7, ['2', 'x'], { kind: 'O', values: ['1', 'x'] })), {
      tag: 'update',
      relationOid: 7,
      oldKey: undefined,
      oldFull: ['1', 'x'],
      values: ['2', 'x'],
    });
    assert.deepEqual(decodePgoutput(wire.delete(7, 'K', ['1', null])), { tag: 'delete', relationOid: 7, oldKey: ['1', null] });
    assert.deepEqual(decodePgoutput(wire.delete(7, 'O', ['1', 'x'])), { tag: 'delete', relationOid: 7, oldFull: ['1', 'x'] });
  });

  it('reads truncates with their flags, and logical messages', () => {
    assert.deepEqual(decodePgoutput(wire.truncate([7, 8], 3)), { tag: 'truncate', relationOids: [7, 8], cascade: true, restartIdentity: true });
    const message = decodePgoutput(wire.message(false, 0x2000n, 'lake_heartbeat', 'now'));
    assert.ok(message.tag === 'message');
    assert.equal(message.transactional, false);
    assert.equal(message.lsn, 0x2000n);
    assert.equal(message.prefix, 'lake_heartbeat');
    assert.equal(message.content.toString(), 'now');
  });

  it('recognises origin and type messages without failing on them', () => {
    assert.deepEqual(decodePgoutput(wire.origin(0x10n, 'node_a')), { tag: 'origin' });
    assert.deepEqual(decodePgoutput(wire.type(99999, 'public', 'mood')), { tag: 'type' });
  });
});
