import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReplicationMessage, standbyStatusUpdate } from './replication.ts';

describe('replication framing', () => {
  it('reads XLogData: its WAL positions and the plugin message after the 25-byte header', () => {
    const buf = Buffer.alloc(25 + 3);
    buf[0] = 0x77;
    buf.writeBigUInt64BE(0x1_00000010n, 1);
    buf.writeBigUInt64BE(0x1_00000020n, 9);
    buf.writeBigInt64BE(123n, 17);
    buf.write('abc', 25);
    const message = parseReplicationMessage(buf);
    assert.ok(message.kind === 'xlog');
    assert.equal(message.walStart, 0x1_00000010n);
    assert.equal(message.walEnd, 0x1_00000020n);
    assert.equal(message.payload.toString(), 'abc');
  });

  it('reads a primary keepalive and whether it asks for a reply', () => {
    const buf = Buffer.alloc(18);
    buf[0] = 0x6b;
    buf.writeBigUInt64BE(0xabcdefn, 1);
    buf[17] = 1;
    assert.deepEqual(parseReplicationMessage(buf), { kind: 'keepalive', walEnd: 0xabcdefn, replyRequested: true });
    buf[17] = 0;
    assert.deepEqual(parseReplicationMessage(buf), { kind: 'keepalive', walEnd: 0xabcdefn, replyRequested: false });
  });

  it('confirms exactly the given position as written, flushed and applied, with the clock counted from 2000', () => {
    const now = Date.UTC(2024, 0, 1);
    const buf = standbyStatusUpdate(0x16_b374d848n, now);
    assert.equal(buf.length, 34);
    assert.equal(String.fromCharCode(buf[0]), 'r');
    for (const offset of [1, 9, 17]) assert.equal(buf.readBigUInt64BE(offset), 0x16_b374d848n);
    assert.equal(buf.readBigInt64BE(25), BigInt(now - 946_684_800_000) * 1000n);
    assert.equal(buf[33], 0);
  });
});
