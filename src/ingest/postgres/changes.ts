/**
 * The one change type of Postgres CDC: what the Postgres side produces (snapshot rows and streamed
 * changes), what bronze writes and what silver reads back as `_op`, `_lsn`, `_xid`, `_commit_ts`, `_seq`.
 */
import type { Lsn } from './lsn.ts';
import type { RelationColumn, Value } from './pgoutput.ts';

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
