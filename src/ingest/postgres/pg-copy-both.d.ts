/** pg-copy-streams' COPY BOTH stream (used for START_REPLICATION), missing from @types/pg-copy-streams. */
import type { Duplex, DuplexOptions } from 'node:stream';

declare module 'pg-copy-streams' {
  export function both(text: string, options?: DuplexOptions & { alignOnCopyDataFrame?: boolean }): Duplex & { text: string; submit(connection: unknown): void };
}
