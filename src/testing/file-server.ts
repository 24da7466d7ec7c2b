/**
 * A real HTTP server on 127.0.0.1 for tests: serves files from a directory (and `<name>.csv.gz` gzipped
 * on the fly from `<name>.csv`), with scripted faults per path so every failure a download can meet is
 * reproducible: status codes (e.g. 503 twice then 200), HTML pages, truncated bodies, resets, stalls,
 * slow answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'html' }
  | { kind: 'truncate'; bytes: number; /** Announce the full length, as a dropped connection would. */ lieAboutLength?: boolean }
  | { kind: 'reset' }
  | { kind: 'stall'; ms: number }
  /** Answer normally, but only after `ms` (a slow server, a long download). */
  | { kind: 'delay'; ms: number }
  | { kind: 'body'; body: Buffer };

export interface FileServer {
  url: string;
  /** Faults applied to successive requests of a path; when used up, the path is served normally. */
  fault(urlPath: string, ...faults: Fault[]): void;
  /** Requests seen per path. */
  requests: Map<string, number>;
  close(): Promise<void>;
}

export interface FileServerOptions {
  /** Maps a request path to a path under root (default: the same path). */
  mapPath?: (urlPath: string) => string;
}

export async function startFileServer(root: string, options: FileServerOptions = {}): Promise<FileServer> {
  const faults = new Map<string, Fault[]>();
  const requests = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.set(urlPath, (requests.get(urlPath) ?? 0) + 1);
    const fault = faults.get(urlPath)?.shift();
    if (fault?.kind === 'delay') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, fault.ms);
        req.socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (req.socket.destroyed) return;
    }
    if (fault?.kind === 'status') {
      res.statusCode = fault.status;
      res.end(`status ${fault.status}`);
      return;
    }
    if (fault?.kind === 'html') {
      res.setHeader('content-type', 'text/html');
      res.end('<!DOCTYPE html>\n<html><head><title>Page not found</title></head><body>Moved</body></html>\n');
      return;
    }
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'body') {
      res.end(fault.body);
      return;
    }
    const body = await load(root, options.mapPath ? options.mapPath(urlPath) : urlPath);
    if (!body) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    if (fault?.kind === 'stall') {
      res.setHeader('content-length', body.length);
      res.write(body.subarray(0, Math.min(10, body.length)));
      setTimeout(() => res.destroy(), fault.ms);
      return;
    }
    if (fault?.kind === 'truncate') {
      if (fault.lieAboutLength) {
        res.setHeader('content-length', body.length);
        res.write(body.subarray(0, fault.bytes));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.end(body.subarray(0, fault.bytes));
      return;
    }
    res.setHeader('content-length', body.length);
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(urlPath, ...list) {
      faults.set(urlPath, [...(faults.get(urlPath) ?? []), ...list]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function load(root: string, urlPath: string): Promise<Buffer | undefined> {
  const file = path.join(root, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
  const direct = await fs.readFile(file).catch(() => undefined);
  if (direct) return direct;
  // Serve the samples as the mirror publishes them: gzipped CSV.
  if (file.endsWith('.gz')) {
    const plain = await fs.readFile(file.slice(0, -3)).catch(() => undefined);
    if (plain) return gzipSync(plain);
  }
  return undefined;
}
