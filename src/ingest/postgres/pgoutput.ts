/**
 * The pgoutput wire format (protocol version 1), decoded into typed change messages. Values stay the
 * text Postgres sent (no lossy conversion to JS numbers or Dates); an unchanged TOAST value is marked as
 * such rather than confused with NULL. Knows nothing of bronze, Parquet or acknowledgements.
 *
 * Reference: https://www.postgresql.org/docs/current/protocol-logicalrep-message-formats.html
 */
import { UNCHANGED_TOAST, type Lsn, type RelationColumn, type Value } from '../../changes/index.ts';
import { readLsn } from './lsn.ts';

export interface Relation {
  oid: number;
  schema: string;
  name: string;
  replicaIdentity: 'd' | 'n' | 'f' | 'i';
  columns: RelationColumn[];
}

export type PgoutputMessage =
  | { tag: 'begin'; finalLsn: Lsn; commitTime: bigint; xid: number }
  | { tag: 'commit'; commitLsn: Lsn; endLsn: Lsn; commitTime: bigint }
  | { tag: 'relation'; relation: Relation }
  | { tag: 'insert'; relationOid: number; values: Value[] }
  | { tag: 'update'; relationOid: number; values: Value[]; oldKey?: Value[]; oldFull?: Value[] }
  | { tag: 'delete'; relationOid: number; oldKey?: Value[]; oldFull?: Value[] }
  | { tag: 'truncate'; relationOids: number[]; cascade: boolean; restartIdentity: boolean }
  | { tag: 'message'; transactional: boolean; lsn: Lsn; prefix: string; content: Buffer }
  | { tag: 'origin' | 'type' | 'unknown' };

export function decodePgoutput(buf: Buffer): PgoutputMessage {
  const reader = new Reader(buf);
  const tag = reader.byte();
  switch (tag) {
    case 0x42: // B
      return { tag: 'begin', finalLsn: reader.lsn(), commitTime: reader.int64(), xid: reader.int32() };
    case 0x43: {
      // C
      reader.byte(); // flags, unused
      return { tag: 'commit', commitLsn: reader.lsn(), endLsn: reader.lsn(), commitTime: reader.int64() };
    }
    case 0x52: {
      // R
      const oid = reader.int32();
      const schema = reader.cstring();
      const name = reader.cstring();
      const replicaIdentity = String.fromCharCode(reader.byte()) as Relation['replicaIdentity'];
      const count = reader.int16();
      const columns: RelationColumn[] = [];
      for (let i = 0; i < count; i++) {
        const flags = reader.byte();
        columns.push({ isKey: (flags & 1) === 1, name: reader.cstring(), typeOid: reader.int32(), typeMod: reader.int32() });
      }
      return { tag: 'relation', relation: { oid, schema, name, replicaIdentity, columns } };
    }
    case 0x49: {
      // I
      const relationOid = reader.int32();
      reader.byte(); // 'N'
      return { tag: 'insert', relationOid, values: reader.tuple() };
    }
    case 0x55: {
      // U
      const relationOid = reader.int32();
      let kind = reader.byte();
      let oldKey: Value[] | undefined;
      let oldFull: Value[] | undefined;
      if (kind === 0x4b) {
        oldKey = reader.tuple();
        kind = reader.byte();
      } else if (kind === 0x4f) {
        oldFull = reader.tuple();
        kind = reader.byte();
      }
      return { tag: 'update', relationOid, oldKey, oldFull, values: reader.tuple() };
    }
    case 0x44: {
      // D
      const relationOid = reader.int32();
      const kind = reader.byte();
      const tuple = reader.tuple();
      return kind === 0x4b ? { tag: 'delete', relationOid, oldKey: tuple } : { tag: 'delete', relationOid, oldFull: tuple };
    }
    case 0x54: {
      // T
      const count = reader.int32();
      const flags = reader.byte();
      const relationOids: number[] = [];
      for (let i = 0; i < count; i++) relationOids.push(reader.int32());
      return { tag: 'truncate', relationOids, cascade: (flags & 1) === 1, restartIdentity: (flags & 2) === 2 };
    }
    case 0x4d: {
      // M
      const flags = reader.byte();
      const lsn = reader.lsn();
      const prefix = reader.cstring();
      const length = reader.int32();
      return { tag: 'message', transactional: (flags & 1) === 1, lsn, prefix, content: reader.bytes(length) };
    }
    case 0x4f:
      return { tag: 'origin' };
    case 0x59:
      return { tag: 'type' };
    default:
      return { tag: 'unknown' };
  }
}

class Reader {
  private offset = 0;
  constructor(private readonly buf: Buffer) {}

  byte(): number {
    return this.buf[this.offset++];
  }
  int16(): number {
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }
  int32(): number {
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }
  int64(): bigint {
    const v = this.buf.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }
  lsn(): Lsn {
    const v = readLsn(this.buf, this.offset);
    this.offset += 8;
    return v;
  }
  cstring(): string {
    const end = this.buf.indexOf(0, this.offset);
    const text = this.buf.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return text;
  }
  bytes(length: number): Buffer {
    const out = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  tuple(): Value[] {
    const count = this.int16();
    const values: Value[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const kind = this.byte();
      if (kind === 0x74 || kind === 0x62) {
        // 't' text (or 'b' binary, not requested): the value as Postgres' text output
        const length = this.int32();
        values[i] = this.buf.toString('utf8', this.offset, this.offset + length);
        this.offset += length;
      } else if (kind === 0x6e) {
        values[i] = null;
      } else if (kind === 0x75) {
        values[i] = UNCHANGED_TOAST;
      } else {
        throw new Error(`pgoutput: unknown tuple value kind ${kind}`);
      }
    }
    return values;
  }
}
