/**
 * pgoutput (protocol version 1) messages as bytes, built by hand the way the walsender lays them out,
 * so the decoder and transaction assembly are tested against the wire format rather than against
 * themselves. Test support only.
 */
import type { Lsn } from '../changes/index.ts';

export type WireValue = string | null | 'unchanged-toast';

class Writer {
  private readonly parts: Buffer[] = [];
  byte(v: number): this {
    this.parts.push(Buffer.from([v]));
    return this;
  }
  char(c: string): this {
    return this.byte(c.charCodeAt(0));
  }
  int16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  int64(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    this.parts.push(b);
    return this;
  }
  cstring(s: string): this {
    this.parts.push(Buffer.from(s, 'utf8'), Buffer.from([0]));
    return this;
  }
  bytes(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  tuple(values: WireValue[]): this {
    this.int16(values.length);
    for (const v of values) {
      if (v === null) this.char('n');
      else if (v === 'unchanged-toast') this.char('u');
      else {
        const text = Buffer.from(v, 'utf8');
        this.char('t').int32(text.length).bytes(text);
      }
    }
    return this;
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** Microseconds since 2000-01-01 for a JS time in ms. */
export function pgTime(ms: number): bigint {
  return BigInt(ms - 946_684_800_000) * 1000n;
}

export const wire = {
  begin: (finalLsn: Lsn, commitMs: number, xid: number) => new Writer().char('B').int64(finalLsn).int64(pgTime(commitMs)).int32(xid).done(),
  commit: (commitLsn: Lsn, endLsn: Lsn, commitMs: number) => new Writer().char('C').byte(0).int64(commitLsn).int64(endLsn).int64(pgTime(commitMs)).done(),
  relation: (oid: number, schema: string, name: string, identity: 'd' | 'n' | 'f' | 'i', columns: Array<{ name: string; key?: boolean; typeOid: number; typeMod?: number }>) => {
    const w = new Writer().char('R').int32(oid).cstring(schema).cstring(name).char(identity).int16(columns.length);
    for (const c of columns) w.byte(c.key ? 1 : 0).cstring(c.name).int32(c.typeOid).int32(c.typeMod ?? -1);
    return w.done();
  },
  insert: (oid: number, values: WireValue[]) => new Writer().char('I').int32(oid).char('N').tuple(values).done(),
  update: (oid: number, values: WireValue[], old?: { kind: 'K' | 'O'; values: WireValue[] }) => {
    const w = new Writer().char('U').int32(oid);
    if (old) w.char(old.kind).tuple(old.values);
    return w.char('N').tuple(values).done();
  },
  delete: (oid: number, kind: 'K' | 'O', values: WireValue[]) => new Writer().char('D').int32(oid).char(kind).tuple(values).done(),
  truncate: (oids: number[], flags = 0) => {
    const w = new Writer().char('T').int32(oids.length).byte(flags);
    for (const oid of oids) w.int32(oid);
    return w.done();
  },
  message: (transactional: boolean, lsn: Lsn, prefix: string, content: string) =>
    new Writer().char('M').byte(transactional ? 1 : 0).int64(lsn).cstring(prefix).int32(Buffer.byteLength(content)).bytes(Buffer.from(content)).done(),
  origin: (lsn: Lsn, name: string) => new Writer().char('O').int64(lsn).cstring(name).done(),
  type: (oid: number, schema: string, name: string) => new Writer().char('Y').int32(oid).cstring(schema).cstring(name).done(),
};
