/**
 * The operator's web console: runs on a timeline, the partitions grid, quality, CDC health, and (when
 * enabled and authenticated) a few actions. Served by the daemon (`lake run`, `lake demo`) under
 * `/console/` on the observability port, or on its own port when `console.port` is set. It reads the
 * state `lake status` and `lake report` read (state.ts) and is read-only unless `console.actions.enabled`.
 *
 * Public surface: `createConsole` (undefined when `console.enabled` is false) and the `LakeConsole` it
 * returns; serve.ts wires it between the runtime and the observability server.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { Engine } from '../engine/index.ts';
import { LakeError } from '../errors/index.ts';
import type { CdcSourceStats } from '../observability/collector.ts';
import { engineDirectories, type LakeRuntime } from '../orchestrator/runtime.ts';
import type { Clock } from '../orchestrator/schedule.ts';
import { ConsoleActions } from './actions.ts';
import { Logbook } from './logbook.ts';
import { CONSOLE_PATH, createConsoleHandler, digestToken } from './server.ts';

export { CONSOLE_PATH } from './server.ts';
export type { ActionRecord } from './actions.ts';
export type { PartitionsGrid, GridTable, GridCell, CellState, RunSummary, CdcSourceView } from './state.ts';

/** A token shorter than this is refused at start: it would be guessable. */
const MIN_TOKEN_LENGTH = 16;
/** The console's own DuckDB reads only quarantine files, a page of rows at a time. */
const ENGINE = { threads: 1, memoryLimit: '128MB' };

export interface LakeConsole {
  /** Whether it answers on the observability port (pass `routes` to the metrics server) or its own. */
  readonly sharesMetricsPort: boolean;
  readonly routes: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** `http://host:port/console/`, once started. */
  url: string | undefined;
  /** Starts its own server (with `console.port`) and connects the collector's CDC figures. */
  start(options: { metricsUrl: string; cdcStats?: () => CdcSourceStats[] }): Promise<void>;
  /** Stops actions (running ones get `graceMs` before they are cancelled), the server and the engine. */
  close(graceMs?: number): Promise<void>;
}

export interface CreateConsoleOptions {
  clock: Clock;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function createConsole(runtime: LakeRuntime, options: CreateConsoleOptions): LakeConsole | undefined {
  const settings = runtime.config.console;
  if (!settings.enabled) return undefined;
  const log = options.log?.child({ component: 'console' });
  let tokenDigest: Buffer | undefined;
  if (settings.actions.enabled) {
    const token = (options.env ?? process.env)[settings.actions.token_env];
    if (!token || token.length < MIN_TOKEN_LENGTH) {
      throw new LakeError(`console.actions.enabled is true but ${settings.actions.token_env} is ${token ? `shorter than ${MIN_TOKEN_LENGTH} characters` : 'not set'}`, {
        kind: 'config',
        retry: 'needs-person',
        remedy: `set ${settings.actions.token_env} to a long random secret (e.g. \`openssl rand -hex 32\`), or set console.actions.enabled to false`,
      });
    }
    tokenDigest = digestToken(token);
  }
  const logbook = new Logbook(() => options.clock.now());
  const detach = runtime.events.on((event) => logbook.onPipelineEvent(event));
  const actions = settings.actions.enabled ? new ConsoleActions(runtime, log) : undefined;
  let engine: Promise<Engine> | undefined;
  let cdcStats: (() => CdcSourceStats[]) | undefined;
  const routes = createConsoleHandler({
    read: { config: runtime.config, storage: runtime.storage, clock: options.clock, logbook, cdcStats: () => cdcStats?.() ?? [] },
    actions,
    tokenDigest,
    refreshMs: settings.refresh_ms,
    quarantineRows: settings.quarantine_rows,
    engine: () =>
      (engine ??= Engine.open({
        ...ENGINE,
        tempDirectory: path.join(runtime.workDir, `${process.pid}-duckdb-spill-console`),
        allowedDirectories: engineDirectories(runtime.loaded, runtime.workDir),
      })),
    ...(log ? { log } : {}),
    version: packageVersion(),
  });
  let server: Server | undefined;
  let closing: Promise<void> | undefined;
  const lakeConsole: LakeConsole = {
    sharesMetricsPort: settings.port === undefined,
    routes,
    url: undefined,
    async start(start) {
      cdcStats = start.cdcStats;
      if (settings.port === undefined) {
        lakeConsole.url = `${start.metricsUrl}${CONSOLE_PATH}`;
      } else {
        const host = settings.host ?? runtime.config.observability.metrics.host;
        const own = createServer((request, response) => {
          if (!routes(request, response)) response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: the console is at ${CONSOLE_PATH}\n`);
        });
        await new Promise<void>((resolve, reject) => {
          own.once('error', (error: NodeJS.ErrnoException) =>
            reject(new LakeError(`cannot serve the console on ${host}:${settings.port}: ${error.code ?? error.message}`, { kind: 'config', retry: 'needs-person', remedy: 'set console.port to a free port (or remove it to share the observability port)', cause: error })),
          );
          own.listen(settings.port, host, () => resolve());
        });
        server = own;
        const { port } = own.address() as AddressInfo;
        lakeConsole.url = `http://${host.includes(':') ? `[${host}]` : host}:${port}${CONSOLE_PATH}`;
      }
      log?.info({ url: lakeConsole.url, actions: actions !== undefined }, 'serving the console');
    },
    close(graceMs = runtime.config.daemon.shutdown_grace_ms / 2) {
      closing ??= closeNow(graceMs);
      return closing;
    },
  };
  const closeNow = async (graceMs: number): Promise<void> => {
    detach();
    await actions?.close(graceMs);
    if (server) {
      const s = server;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    }
    if (engine) (await engine.catch(() => undefined))?.close();
  };
  return lakeConsole;
}
