/** Postgres CDC, protocol side: catalog and slot operations, the pgoutput decoder, LSNs, type mapping. */
export * from './catalog.ts';
export * from './lsn.ts';
export * from './pgoutput.ts';
export { columnTypeOf } from './types.ts';
