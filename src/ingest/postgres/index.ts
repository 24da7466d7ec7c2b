/** Postgres CDC, protocol side: catalog and slot operations, snapshots, the replication stream, pgoutput decoding, transaction assembly, LSNs, type mapping. */
export * from './catalog.ts';
export * from '../../changes/index.ts';
export * from './change-source.ts';
export * from './lsn.ts';
export * from './pgoutput.ts';
export * from './replication.ts';
export * from './snapshot.ts';
export * from './transactions.ts';
export { columnTypeOf } from './types.ts';
