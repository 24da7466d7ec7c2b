/**
 * The console's HTTP surface under `/console/`: the static page (plain HTML, CSS and JS from ./public,
 * no build step, nothing fetched from elsewhere) and its JSON API.
 *
 *   GET  /console/                      the page (hash routes: #/runs, #/runs/<id>, #/partitions, #/quality, #/cdc, #/actions)
 *   GET  /console/api/session           refresh interval, whether actions are enabled, the lake
 *   GET  /console/api/status            exactly what `lake status --json` prints
 *   GET  /console/api/runs[?limit=N]    the latest runs
 *   GET  /console/api/runs/<id>         a run record (what `lake report --json` prints) and its log lines
 *   GET  /console/api/partitions        the partitions grid
 *   GET  /console/api/manifest?layer=&table=&month=   a partition's manifest, last attempt and staleness decision
 *   GET  /console/api/quality[?table=&month=]         check results; with a partition, its first quarantined rows
 *   GET  /console/api/cdc               per source: slot, lag, last flush, tables, failures
 *   GET  /console/api/actions           the audit trail of console actions
 *   POST /console/api/actions/<kind>    backfill | retry-failed | snapshot (only with actions enabled)
 *
 * Actions and CSRF: the console sets no cookie and keeps no session, so a browser never attaches a
 * credential by itself. An action must carry `Authorization: Bearer <token>` (the token from the
 * environment variable `console.actions.token_env`, compared in constant time) and a JSON body
 * (`Content-Type: application/json`): neither can be sent cross-site by a form, an image or a link, and a
 * cross-origin script would need a CORS preflight this server never grants. Requests whose `Origin` (or
 * `Sec-Fetch-Site`) says they come from another site are refused before the token is looked at.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Logger } from 'pino';
import { toLakeError } from '../errors/index.ts';
import { lakeStatus } from '../orchestrator/status.ts';
import type { Engine } from '../engine/index.ts';
import { ActionRefused, type ConsoleActions } from './actions.ts';
import { cdcView, manifestDetail, partitionsGrid, qualityDetail, qualityList, runDetail, runsList, type ReadModelContext } from './state.ts';

export const CONSOLE_PATH = '/console/';
const PUBLIC_DIR = path.join(import.meta.dirname, 'public');
/** Identical GETs within this window share one read of the lake (several open tabs, one S3 listing). */
const API_CACHE_MS = 1_000;
/**
 * The grid asks staleness (`decide`) about every cell, a few manifest reads each: on a lake of years of
 * months and a dozen tables that is thousands of small reads, so it is computed at most every 5 s
 * whatever the number of viewers (an action clears it at once).
 */
const GRID_CACHE_MS = 5_000;
const MAX_BODY_BYTES = 16 * 1024;
const RUNS_SHOWN = 30;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface ConsoleHandlerOptions {
  read: ReadModelContext;
  actions: ConsoleActions | undefined;
  /** sha256 of the token; undefined when actions are off. */
  tokenDigest: Buffer | undefined;
  refreshMs: number;
  quarantineRows: number;
  engine: () => Promise<Engine>;
  log?: Logger;
  version: string;
}

function loadAssets(): Map<string, { body: Buffer; type: string }> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const type = TYPES[path.extname(name)];
    if (type) assets.set(name, { body: readFileSync(path.join(PUBLIC_DIR, name)), type });
  }
  return assets;
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function digestToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function createConsoleHandler(options: ConsoleHandlerOptions): (request: IncomingMessage, response: ServerResponse) => boolean {
  const assets = loadAssets();
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  let quarantineReads: Promise<unknown> = Promise.resolve();

  const cached = (key: string, produce: () => Promise<unknown>, ttl = API_CACHE_MS): Promise<unknown> => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < ttl) return hit.value;
    const value = produce();
    cache.set(key, { at: Date.now(), value });
    if (cache.size > 200) for (const [k, v] of cache) if (Date.now() - v.at >= GRID_CACHE_MS) cache.delete(k);
    value.catch(() => cache.delete(key));
    return value;
  };

  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer, head = false, extra: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...extra });
    response.end(head ? undefined : body);
  };
  const json = (response: ServerResponse, status: number, value: unknown, head = false, extra: Record<string, string> = {}) =>
    send(response, status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, head, extra);

  const api = async (route: string, query: URLSearchParams): Promise<{ status: number; body: unknown }> => {
    const read = options.read;
    if (route === 'session') {
      return {
        status: 200,
        body: { lake: read.storage.location, version: options.version, refresh_ms: options.refreshMs, actions_enabled: options.actions !== undefined, quarantine_rows: options.quarantineRows },
      };
    }
    if (route === 'status') return { status: 200, body: await cached('status', () => lakeStatus({ config: read.config, storage: read.storage }, read.clock)) };
    if (route === 'runs') {
      const limit = Math.min(200, Math.max(1, Number(query.get('limit') ?? RUNS_SHOWN) || RUNS_SHOWN));
      return { status: 200, body: await cached(`runs:${limit}`, () => runsList(read, limit)) };
    }
    if (route.startsWith('runs/')) {
      const id = decodeURIComponent(route.slice('runs/'.length));
      const run = await cached(`run:${id}`, () => runDetail(read, id));
      return run ? { status: 200, body: run } : { status: 404, body: { error: `no run '${id}' in ${read.storage.location}` } };
    }
    if (route === 'partitions') return { status: 200, body: await cached('partitions', () => partitionsGrid(read), GRID_CACHE_MS) };
    if (route === 'manifest') {
      const [layer, table, month] = ['layer', 'table', 'month'].map((k) => query.get(k) ?? '');
      const detail = await cached(`manifest:${layer}:${table}:${month}`, () => manifestDetail(read, layer, table, month));
      return detail ? { status: 200, body: detail } : { status: 404, body: { error: `no partition ${layer} ${table} ${month}` } };
    }
    if (route === 'quality') {
      const table = query.get('table');
      const month = query.get('month');
      if (!table || !month) return { status: 200, body: await cached('quality', () => qualityList(read)) };
      const detail = await cached(`quality:${table}:${month}`, () => {
        // One DuckDB connection: reads queue behind each other.
        const next = quarantineReads.then(() => qualityDetail(read, options.engine, table, month, options.quarantineRows));
        quarantineReads = next.catch(() => {});
        return next;
      });
      return detail ? { status: 200, body: detail } : { status: 404, body: { error: `no silver partition ${table} ${month}` } };
    }
    if (route === 'cdc') return { status: 200, body: await cached('cdc', () => cdcView(read)) };
    if (route === 'actions') return { status: 200, body: options.actions ? await options.actions.list() : [] };
    return { status: 404, body: { error: `no API route '${route}'` } };
  };

  const refuse = (request: IncomingMessage, response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) => {
    options.log?.warn({ path: request.url, from: request.socket.remoteAddress, status, reason: message }, 'console action refused');
    json(response, status, { error: message }, false, extra);
  };

  const action = (request: IncomingMessage, response: ServerResponse, kind: string) => {
    if (!options.actions || !options.tokenDigest) {
      refuse(request, response, 403, 'actions are disabled: the console is read-only (console.actions.enabled in the config)');
      return;
    }
    const origin = request.headers.origin;
    const host = request.headers.host;
    if ((origin !== undefined && !sameHost(origin, host)) || request.headers['sec-fetch-site'] === 'cross-site') {
      refuse(request, response, 403, 'cross-origin request refused');
      return;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      refuse(request, response, 415, 'expected Content-Type: application/json');
      return;
    }
    const auth = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    if (!auth || !timingSafeEqual(digestToken(auth[1].trim()), options.tokenDigest)) {
      refuse(request, response, 401, auth ? 'the token is not valid' : 'this action needs the console token (Authorization: Bearer …)', { 'www-authenticate': 'Bearer realm="lake console"' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES && !aborted) {
        aborted = true;
        refuse(request, response, 413, 'request body too large');
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (aborted) return;
      let body: Record<string, unknown>;
      try {
        const parsed: unknown = size === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected an object');
        body = parsed as Record<string, unknown>;
      } catch (error) {
        refuse(request, response, 400, `the body is not a JSON object: ${(error as Error).message}`);
        return;
      }
      const by = { address: request.socket.remoteAddress ?? 'unknown', ...(request.headers['user-agent'] ? { user_agent: String(request.headers['user-agent']).slice(0, 200) } : {}) };
      options.actions!.start(kind, body, by).then(
        (record) => {
          cache.clear();
          json(response, 202, record);
        },
        (error) => {
          if (error instanceof ActionRefused) refuse(request, response, error.status, error.message);
          else json(response, 500, { error: toLakeError(error).describe() });
        },
      );
    });
  };

  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://console');
    const p = url.pathname;
    if (p === '/') {
      response.writeHead(302, { location: CONSOLE_PATH }).end();
      return true;
    }
    if (p === '/console') {
      response.writeHead(301, { location: CONSOLE_PATH }).end();
      return true;
    }
    if (!p.startsWith(CONSOLE_PATH)) return false;
    const method = request.method ?? 'GET';
    const head = method === 'HEAD';
    const rest = p.slice(CONSOLE_PATH.length);
    if (rest.startsWith('api/actions/') && method === 'POST') {
      action(request, response, rest.slice('api/actions/'.length));
      return true;
    }
    if (method !== 'GET' && !head) {
      json(response, 405, { error: 'method not allowed' }, false, { allow: 'GET, HEAD' });
      return true;
    }
    if (rest.startsWith('api/')) {
      api(rest.slice(4), url.searchParams).then(
        ({ status, body }) => json(response, status, body, head),
        (error) => json(response, 500, { error: toLakeError(error).describe() }, head),
      );
      return true;
    }
    const name = rest === '' ? 'index.html' : rest.startsWith('assets/') ? rest.slice('assets/'.length) : undefined;
    const asset = name ? assets.get(name) : undefined;
    if (!asset) {
      send(response, 404, 'text/plain; charset=utf-8', 'not found\n', head);
      return true;
    }
    send(response, 200, asset.type, asset.body, head);
    return true;
  };
}
