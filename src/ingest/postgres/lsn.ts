/** Reading an LSN off the replication wire; the LSN type itself is the change contract's (src/changes). */
import type { Lsn } from '../../changes/index.ts';

export function readLsn(buf: Buffer, offset: number): Lsn {
  return buf.readBigUInt64BE(offset);
}
