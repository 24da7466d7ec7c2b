import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diffColumns, widensSafely } from './cdc-schema.ts';

const col = (name: string, typeOid = 23, typeMod = -1) => ({ name, typeOid, typeMod });
const numeric = (p: number, s: number) => ((p << 16) | s) + 4;

describe('CDC schema changes', () => {
  it('recognises an added and a dropped column', () => {
    assert.deepEqual(diffColumns([col('id'), col('a')], [col('id'), col('a'), col('b', 25)]), [{ kind: 'add', column: 'b' }]);
    assert.deepEqual(diffColumns([col('id'), col('a'), col('b')], [col('id'), col('b')]), [{ kind: 'drop', column: 'a' }]);
  });

  it('recognises a rename as one name changed in place with the same type', () => {
    assert.deepEqual(diffColumns([col('id'), col('qty'), col('note', 25)], [col('id'), col('quantity'), col('note', 25)]), [
      { kind: 'rename', from: 'qty', to: 'quantity' },
    ]);
  });

  it('does not take a drop plus an add of another type for a rename', () => {
    assert.deepEqual(diffColumns([col('id'), col('qty')], [col('id'), col('colour', 25)]), [
      { kind: 'add', column: 'colour' },
      { kind: 'drop', column: 'qty' },
    ]);
  });

  it('accepts widening integer, float, numeric and varchar changes', () => {
    assert.equal(widensSafely(col('a', 21), col('a', 23)), true);
    assert.equal(widensSafely(col('a', 23), col('a', 20)), true);
    assert.equal(widensSafely(col('a', 700), col('a', 701)), true);
    assert.equal(widensSafely(col('a', 1700, numeric(10, 2)), col('a', 1700, numeric(12, 2))), true);
    assert.equal(widensSafely(col('a', 1700, numeric(10, 2)), col('a', 1700, -1)), true);
    assert.equal(widensSafely(col('a', 23), col('a', 1700, numeric(12, 2))), true);
    assert.equal(widensSafely(col('a', 1043, 14), col('a', 1043, 54)), true);
    assert.equal(widensSafely(col('a', 1043, 14), col('a', 25)), true);
  });

  it('refuses narrowing and unrelated type changes', () => {
    assert.equal(widensSafely(col('a', 20), col('a', 23)), false);
    assert.equal(widensSafely(col('a', 1700, numeric(12, 2)), col('a', 1700, numeric(10, 2))), false);
    assert.equal(widensSafely(col('a', 1700, numeric(12, 4)), col('a', 1700, numeric(12, 2))), false);
    assert.equal(widensSafely(col('a', 25), col('a', 23)), false);
    assert.equal(widensSafely(col('a', 701), col('a', 700)), false);
    const [change] = diffColumns([col('id'), col('code', 25)], [col('id'), col('code', 23)]);
    assert.equal(change.kind, 'incompatible');
  });
});
