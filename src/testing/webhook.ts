/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 that keeps every JSON body POSTed to it, as a
 * person's chat bridge or incident tool would receive Alertmanager's (or Grafana's) notifications.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Alertmanager's webhook payload (version 4), the fields the tests read. */
export interface AlertmanagerNotification {
  version: string;
  status: 'firing' | 'resolved';
  receiver: string;
  groupLabels: Record<string, string>;
  alerts: Array<{ status: 'firing' | 'resolved'; labels: Record<string, string>; annotations: Record<string, string>; startsAt: string; endsAt: string }>;
}

export interface WebhookReceiver {
  url: string;
  /** Every body received, in order, parsed as JSON. */
  received: AlertmanagerNotification[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: AlertmanagerNotification[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        received.push(JSON.parse(body) as AlertmanagerNotification);
        res.writeHead(200).end('ok\n');
      } catch {
        res.writeHead(400).end('expected JSON\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
