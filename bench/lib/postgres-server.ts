/**
 * A throwaway PostgreSQL cluster from the system's own binaries (Debian's /usr/lib/postgresql/<v>/bin),
 * for benchmarks that must compare lake with that Postgres's own tools (psql, pgbench) on equal terms.
 *
 * Guarantees: the cluster lives in a new temporary directory, listens on 127.0.0.1 on a free port (its
 * Unix socket in that directory, never /var/run), accepts trust connections from 127.0.0.1 only, and keeps
 * every server default (fsync, synchronous_commit, shared_buffers, ...) except the settings passed in.
 * The postmaster is this process's child; `stop()` ends it (fast shutdown, then immediate, then SIGKILL),
 * waits until it has exited and removes the directory. It is registered with bench/lib/cleanup.ts, so a
 * failure or Ctrl-C stops it too. Postgres refuses to run as root: as root, initdb and the server run as
 * the `postgres` user (else `nobody`), which owns the directory. A bench killed with SIGKILL cannot
 * clean up; the next start stops the servers such runs left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { freePort } from '../../src/demo/embedded-postgres.ts';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { onCleanup } from './cleanup.ts';

export interface SystemPostgres {
  bin: string;
  port: number;
  database: string;
  /** Superuser connection string (trust authentication). */
  connectionString: string;
  postmasterPid: number;
  /** Arguments that point psql or pgbench at this server (host, port, user). */
  clientArgs: string[];
  /** Where the server's own log goes. */
  logFile: string;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/** As root, the account the server runs as: `postgres` when it exists, else `nobody`. */
function serverAccount(): { uid: number; gid: number; name: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':'));
  for (const name of ['postgres', 'nobody']) {
    const entry = passwd.find((fields) => fields[0] === name);
    if (entry) return { name, uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run the Postgres server as');
}

function run(command: string, args: string[], options: { account?: { uid: number; gid: number }; cwd: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], ...(options.account ?? {}) });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}:\n${output.trim()}`))));
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  // No pid: the process never started.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const DIR_PREFIX = 'lake-bench-pg-';
/** The bench process that owns a cluster directory, so a later run can tell an abandoned one. */
const OWNER_FILE = 'owner.pid';

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/**
 * Stops the servers of earlier runs whose bench process is gone (killed with SIGKILL, so no cleanup
 * ran) and removes their directories. A postmaster is signalled only while its command line still names
 * that cluster's data directory, so a reused pid is never hit.
 */
async function reapAbandonedClusters(): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(os.tmpdir()).filter((name) => name.startsWith(DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(os.tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // not (yet) ours to judge: a run still starting, or another tool's directory
    }
    if (commandLine(owner)?.includes('node')) continue;
    const dataDir = path.join(dir, 'data');
    try {
      const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (commandLine(postmaster)?.includes(dataDir)) {
        process.kill(postmaster, 'SIGQUIT');
        for (let i = 0; i < 100 && commandLine(postmaster) !== undefined; i++) await new Promise((resolve) => setTimeout(resolve, 100));
        if (commandLine(postmaster) !== undefined) process.kill(postmaster, 'SIGKILL');
      }
    } catch {
      // no postmaster.pid: the server is not running
    }
    await rm(dir, { recursive: true, force: true });
  }
}

export async function startSystemPostgres(options: { bin: string; database: string; settings: Record<string, string> }): Promise<SystemPostgres> {
  const { bin } = options;
  for (const tool of ['initdb', 'postgres']) {
    if (!existsSync(path.join(bin, tool))) {
      throw new Error(`${path.join(bin, tool)} not found: install the server (apt-get install postgresql-15) or pass --pg-bin DIR`);
    }
  }
  await reapAbandonedClusters();
  const account = serverAccount();
  const dir = mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  if (account) chownSync(dir, account.uid, account.gid);
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let unregister = onCleanup(removeDir);
  // --no-sync only skips initdb's final fsync of the new cluster; the server below keeps fsync on.
  try {
    await run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], { account, cwd: dir });
  } catch (error) {
    await removeDir();
    unregister();
    throw error;
  }

  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dir,
    ...options.settings,
  };
  const logFd = openSync(logFile, 'a');
  if (account) chownSync(logFile, account.uid, account.gid);
  const postmaster = spawn(path.join(bin, 'postgres'), ['-D', dataDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])], {
    cwd: dir,
    stdio: ['ignore', logFd, logFd],
    ...(account ?? {}),
  });
  closeSync(logFd);
  let spawnError: Error | undefined;
  postmaster.on('error', (error) => (spawnError = error));
  const serverLog = () => {
    try {
      return readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
    } catch {
      return '';
    }
  };
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      // SIGINT: fast shutdown (roll back sessions, checkpoint); SIGQUIT: immediate; then nothing is left to ask.
      for (const [signal, waitMs] of [['SIGINT', 60_000], ['SIGQUIT', 10_000], ['SIGKILL', 10_000]] as const) {
        if (await exited(postmaster, 0)) break;
        postmaster.kill(signal);
        if (await exited(postmaster, waitMs)) break;
      }
      await removeDir();
      unregister();
    })());
  unregister();
  unregister = onCleanup(stop);

  const connectionString = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 60_000;
  let admin: pg.Client | undefined;
  try {
    for (;;) {
      if (spawnError) throw new Error(`postgres could not start: ${spawnError.message}`);
      if (postmaster.exitCode !== null) throw new Error(`postgres exited with ${postmaster.exitCode}:\n${serverLog()}`);
      const client = new pg.Client({ connectionString });
      client.on('error', () => {});
      try {
        await client.connect();
        admin = client;
        break;
      } catch (error) {
        await client.end().catch(() => {});
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 60 s: ${(error as Error).message}\n${serverLog()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin.query(`CREATE DATABASE "${options.database.replaceAll('"', '""')}"`);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await admin?.end().catch(() => {});
  }

  const databaseUrl = `postgres://${SUPERUSER}@127.0.0.1:${port}/${options.database}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  // A server stopped under an idle session (Ctrl-C reaches both) must not crash the bench.
  client.on('error', () => {});
  await client.connect();
  // The shared client ends before the server stops, so the stop never waits on our own session.
  const stopAll = async () => {
    await client.end().catch(() => {});
    await stop();
  };
  unregister();
  unregister = onCleanup(stopAll);
  return {
    bin,
    port,
    database: options.database,
    connectionString: databaseUrl,
    postmasterPid: postmaster.pid!,
    clientArgs: ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER],
    logFile,
    query: (sql, params) => client.query(sql, params as unknown[]),
    stop: stopAll,
  };
}
