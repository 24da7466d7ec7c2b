/** Postgres log sequence numbers: `16/B374D848` ⇄ bigint, so they compare and never move backward by accident. */
export type Lsn = bigint;

export function parseLsn(text: string): Lsn {
  const [high, low] = text.split('/');
  if (high === undefined || low === undefined) throw new Error(`not an LSN: ${text}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

export function readLsn(buf: Buffer, offset: number): Lsn {
  return buf.readBigUInt64BE(offset);
}

/** Zero-padded hex, so file names sort in LSN order. */
export function lsnKey(lsn: Lsn): string {
  return lsn.toString(16).padStart(16, '0');
}
