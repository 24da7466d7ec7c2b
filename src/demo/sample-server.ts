/**
 * Serves the bundled TLC samples over HTTP on 127.0.0.1 the way the public mirror publishes them
 * (`/<service>/<file>.csv.gz`, gzipped), so the demo's batch sources download like real ones.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '..', '..', 'samples', 'tlc-heads');

export async function startSampleServer(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.join(SAMPLES_DIR, name.replace(/\.gz$/, ''));
    readFile(file).then(
      (body) => {
        const payload = name.endsWith('.gz') ? gzipSync(body) : body;
        res.setHeader('content-length', payload.length);
        res.end(payload);
      },
      () => {
        res.statusCode = 404;
        res.end('not published');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
