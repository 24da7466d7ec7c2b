/**
 * The change contract: what a change source produces (Postgres' pgoutput stream and COPY snapshots,
 * Debezium messages from Kafka) and what bronze writes and silver reads back. A leaf: it imports nothing,
 * so the wire decoders below it and the writers above it share one change type without importing each
 * other.
 */

/** Postgres log sequence numbers (and a Kafka source's positions): `16/B374D848` ⇄ bigint, so they compare and never move backward by accident. */
export type Lsn = bigint;

export function parseLsn(text: string): Lsn {
  const [high, low] = text.split('/');
  if (high === undefined || low === undefined) throw new Error(`not an LSN: ${text}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** Zero-padded hex, so file names sort in LSN order. */
export function lsnKey(lsn: Lsn): string {
  return lsn.toString(16).padStart(16, '0');
}

export interface RelationColumn {
  name: string;
  /** Part of the replica identity (the key sent with deletes under REPLICA IDENTITY DEFAULT). */
  isKey: boolean;
  typeOid: number;
  typeMod: number;
}

/** A column value: text, NULL, or the marker for an unchanged TOASTed value Postgres did not resend. */
export type Value = string | null | typeof UNCHANGED_TOAST;
export const UNCHANGED_TOAST: unique symbol = Symbol('unchanged-toast');

/** r snapshot row, c insert, u update, d delete, t truncate. */
export type CdcOp = 'r' | 'c' | 'u' | 'd' | 't';

/** A table's shape as of one relation message (or catalog read); a new version starts whenever the shape changes. */
export interface TableShape {
  table: string;
  version: number;
  columns: RelationColumn[];
}

export interface CdcRow {
  shape: TableShape;
  op: CdcOp;
  /** Commit LSN of the transaction (the snapshot's consistent point for `r` rows). */
  lsn: Lsn;
  xid: number;
  /** Commit time in milliseconds since the epoch. */
  commitMs: number;
  /** Order inside the transaction (inside the table for a snapshot). */
  seq: number;
  /** In the shape's column order; null for a truncate. */
  values: Value[] | null;
}

let shapeVersions = 0;

/**
 * Shape versions are unique within the process, so rows of two shapes are never grouped into one file,
 * even across reconnects and between the snapshot and the stream.
 */
export function nextShapeVersion(): number {
  return ++shapeVersions;
}
