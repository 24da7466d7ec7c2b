import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UNCHANGED_TOAST } from '../../changes/index.ts';
import { decodePgoutput } from './pgoutput.ts';
import { TransactionAssembler, type Assembled } from './transactions.ts';
import { wire } from '../../testing/pgoutput-wire.ts';

const T = Date.UTC(2024, 0, 2, 3, 4, 5, 6);
const DOCS = 16400;
const OTHER = 16500;

function assembler(spillChanges = 1000, primaryKey = ['id']) {
  const a = new TransactionAssembler({ tables: new Map([['public.docs', { table: 'docs', primaryKey }]]), spillChanges });
  return {
    feed: (...buffers: Buffer[]): Assembled[] => buffers.map((b) => a.push(decodePgoutput(b))).filter((x): x is Assembled => x !== undefined),
    assembler: a,
  };
}

const docsRelation = (identity: 'd' | 'f' = 'd') =>
  wire.relation(DOCS, 'public', 'docs', identity, [
    { name: 'id', key: true, typeOid: 23 },
    { name: 'title', key: identity === 'f', typeOid: 25 },
    { name: 'body', key: identity === 'f', typeOid: 25 },
  ]);

/** A compact view of rows: op, lsn, seq, values (unchanged TOAST shown as 'U'). */
const rows = (out: Assembled | undefined) =>
  out && 'changes' in out ? out.changes.map((r) => [r.op, r.lsn, r.seq, r.values?.map((v) => (v === UNCHANGED_TOAST ? 'U' : v)) ?? null]) : undefined;

describe('transaction assembly', () => {
  it('hands out a transaction at its commit, every change carrying the commit LSN, xid, commit time and its order', () => {
    const { feed } = assembler();
    const out = feed(
      wire.begin(0x500n, T, 77),
      docsRelation(),
      wire.insert(DOCS, ['1', 'one', 'b']),
      wire.update(DOCS, ['1', 'ONE', 'unchanged-toast']),
      wire.delete(DOCS, 'K', ['1', null, null]),
      wire.commit(0x4f0n, 0x520n, T),
    );
    assert.equal(out.length, 2);
    assert.deepEqual(out[0], { kind: 'relation', table: 'docs', columns: out[0].kind === 'relation' ? out[0].columns : [], lsn: 0x500n });
    const commit = out[1];
    assert.ok(commit.kind === 'commit');
    assert.equal(commit.endLsn, 0x520n);
    assert.equal(commit.commitMs, T);
    assert.deepEqual(rows(commit), [
      ['c', 0x500n, 0, ['1', 'one', 'b']],
      ['u', 0x500n, 1, ['1', 'ONE', 'U']],
      ['d', 0x500n, 2, ['1', null, null]],
    ]);
    assert.ok(commit.changes.every((r) => r.xid === 77 && r.commitMs === T && r.shape.table === 'docs'));
  });

  it('turns a key change sent with the old key (K) into a delete of the old key, then the new row', () => {
    const { feed } = assembler();
    const [, commit] = feed(wire.begin(0x600n, T, 1), docsRelation(), wire.update(DOCS, ['2', 't', 'b'], { kind: 'K', values: ['1', null, null] }), wire.commit(0x5f0n, 0x610n, T));
    assert.deepEqual(rows(commit), [
      ['d', 0x600n, 0, ['1', null, null]],
      ['u', 0x600n, 1, ['2', 't', 'b']],
    ]);
  });

  it('turns a key change under REPLICA IDENTITY FULL (old row O) into a delete of the old key, then the new row', () => {
    const { feed } = assembler();
    const [, commit] = feed(
      wire.begin(0x700n, T, 1),
      docsRelation('f'),
      wire.update(DOCS, ['2', 't', 'unchanged-toast'], { kind: 'O', values: ['1', 't', 'long body'] }),
      wire.commit(0x6f0n, 0x710n, T),
    );
    assert.deepEqual(rows(commit), [
      ['d', 0x700n, 0, ['1', 't', 'long body']],
      ['u', 0x700n, 1, ['2', 't', 'long body']], // unchanged TOAST filled from the old row
    ]);
  });

  it('compares the lake primary key, not the replica identity, to tell an update under REPLICA IDENTITY FULL from a key change', () => {
    const { feed } = assembler(1000, ['id', 'title']);
    const [, commit] = feed(
      wire.begin(0x800n, T, 1),
      docsRelation('f'),
      wire.update(DOCS, ['1', 'same', 'new body'], { kind: 'O', values: ['1', 'same', 'old body'] }),
      wire.update(DOCS, ['1', 'renamed', 'new body'], { kind: 'O', values: ['1', 'same', 'new body'] }),
      wire.commit(0x7f0n, 0x810n, T),
    );
    assert.deepEqual(rows(commit), [
      ['u', 0x800n, 0, ['1', 'same', 'new body']],
      ['d', 0x800n, 1, ['1', 'same', 'new body']],
      ['u', 0x800n, 2, ['1', 'renamed', 'new body']],
    ]);
  });

  it('drops changes of tables it was not given, and keeps truncates of those it was', () => {
    const { feed } = assembler();
    const out = feed(
      wire.begin(0x900n, T, 1),
      wire.relation(OTHER, 'public', 'other', 'd', [{ name: 'id', key: true, typeOid: 23 }]),
      wire.insert(OTHER, ['1']),
      docsRelation(),
      wire.truncate([OTHER, DOCS]),
      wire.commit(0x8f0n, 0x910n, T),
    );
    assert.deepEqual(out.map((o) => o.kind), ['relation', 'commit']);
    assert.deepEqual(rows(out[1]), [['t', 0x900n, 0, null]]);
  });

  it('spills an open transaction at the limit without committing it, and continues its order at the commit', () => {
    const { feed, assembler: a } = assembler(2);
    const out = feed(
      wire.begin(0xa00n, T, 9),
      docsRelation(),
      wire.insert(DOCS, ['1', 'a', 'b']),
      wire.insert(DOCS, ['2', 'a', 'b']),
      wire.insert(DOCS, ['3', 'a', 'b']),
    );
    assert.deepEqual(out.map((o) => o.kind), ['relation', 'spill']);
    assert.deepEqual(rows(out[1])?.map((r) => r[2]), [0, 1]);
    assert.equal(a.openChanges, 1);
    assert.ok(a.inTransaction);
    const [commit] = feed(wire.commit(0x9f0n, 0xa10n, T));
    assert.ok(commit.kind === 'commit');
    assert.deepEqual(rows(commit), [['c', 0xa00n, 2, ['3', 'a', 'b']]]);
    assert.equal(a.inTransaction, false);
  });

  it('reports a non-transactional message outside a transaction as a position, and ignores it inside one', () => {
    const { feed } = assembler();
    assert.deepEqual(feed(wire.message(false, 0xb00n, 'lake_heartbeat', 'x')), [{ kind: 'position', lsn: 0xb00n }]);
    assert.deepEqual(feed(wire.message(true, 0xb10n, 'app', 'x')), []);
    const out = feed(wire.begin(0xc00n, T, 1), wire.message(false, 0xb20n, 'lake_heartbeat', 'x'), wire.commit(0xbf0n, 0xc10n, T));
    assert.deepEqual(out.map((o) => o.kind), ['commit']);
  });

  it('keeps one shape version while a relation is unchanged and starts a new one when its columns change', () => {
    const { feed } = assembler();
    const first = feed(wire.begin(0xd00n, T, 1), docsRelation(), wire.insert(DOCS, ['1', 'a', 'b']), wire.commit(0xcf0n, 0xd10n, T))[1];
    const again = feed(wire.begin(0xe00n, T, 2), docsRelation(), wire.insert(DOCS, ['2', 'a', 'b']), wire.commit(0xdf0n, 0xe10n, T))[1];
    const changed = feed(
      wire.begin(0xf00n, T, 3),
      wire.relation(DOCS, 'public', 'docs', 'd', [{ name: 'id', key: true, typeOid: 20 }, { name: 'title', typeOid: 25 }, { name: 'body', typeOid: 25 }]),
      wire.insert(DOCS, ['3', 'a', 'b']),
      wire.commit(0xef0n, 0xf10n, T),
    )[1];
    assert.ok(first.kind === 'commit' && again.kind === 'commit' && changed.kind === 'commit');
    assert.equal(first.changes[0].shape, again.changes[0].shape);
    assert.notEqual(changed.changes[0].shape.version, first.changes[0].shape.version);
    assert.equal(changed.changes[0].shape.columns[0].typeOid, 20);
  });
});
