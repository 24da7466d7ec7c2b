/**
 * The daemon's HTTP endpoint (`observability.metrics.host`/`port`):
 *
 * - `GET /metrics`: the Prometheus text exposition of the registry.
 * - `GET /healthz`: 200 while the process is alive and its event loop answers (a liveness probe).
 * - `GET /readyz`: 200 when every readiness check passes, else 503; the body lists each check as JSON
 *   (`{"ready":false,"checks":[{"name":"cdc:shop","ok":false,"detail":"reconnecting"}]}`).
 *
 * It serves nothing else and accepts no input beyond the path, so exposing it reveals metrics only,
 * unless `routes` is given: the operator's console (src/console) mounts itself there and answers its own
 * paths (any method) before the rules above.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { LakeError } from '../errors/index.ts';

export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface MetricsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  readiness: () => Promise<ReadinessCheck[]>;
  /** Other handlers on the same port: returns true when it answered the request. */
  routes?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

export interface MetricsServer {
  /** `http://host:port`, with the port actually bound (port 0 picks one). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (options.routes?.(request, response)) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const reply = (status: number, contentType: string, body: string) => {
      response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (path === '/healthz') {
      reply(200, 'text/plain; charset=utf-8', 'ok\n');
      return;
    }
    if (path === '/metrics') {
      options.registry.metrics().then(
        (text) => reply(200, options.registry.contentType, text),
        (error: Error) => reply(500, 'text/plain; charset=utf-8', `metrics failed: ${error.message}\n`),
      );
      return;
    }
    if (path === '/readyz') {
      options.readiness().then(
        (checks) => {
          const ready = checks.every((c) => c.ok);
          reply(ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, checks })}\n`);
        },
        (error: Error) => reply(503, 'application/json', `${JSON.stringify({ ready: false, checks: [{ name: 'readiness', ok: false, detail: error.message }] })}\n`),
      );
      return;
    }
    reply(404, 'text/plain; charset=utf-8', 'not found: try /metrics, /healthz or /readyz\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LakeError(`cannot serve metrics on ${options.host}:${options.port}: ${error.code ?? error.message}`, {
          kind: 'config',
          retry: 'needs-person',
          remedy: error.code === 'EADDRINUSE' ? 'another process has that port: set observability.metrics.port to a free one' : 'check observability.metrics.host and port',
          cause: error,
        }),
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
