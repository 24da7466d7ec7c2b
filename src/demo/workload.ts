/**
 * The demo's shop: seeds customers and orders (config/examples/postgres-cdc.sql) and then keeps placing,
 * paying, cancelling and occasionally deleting orders, so CDC always has something to stream.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { closeQuietly } from '../ingest/postgres/catalog.ts';

export const SHOP_SCHEMA = path.resolve(import.meta.dirname, '..', '..', 'config', 'examples', 'postgres-cdc.sql');

export async function seedShop(connectionString: string, customers = 50, orders = 500): Promise<void> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => {}); // a Postgres shutting down under us surfaces through the failing query
  await client.connect();
  try {
    await client.query(readFileSync(SHOP_SCHEMA, 'utf8'));
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM customers`);
    if (rows[0].n > 0) return; // a restarted demo keeps its data
    await client.query(`INSERT INTO customers (name, email) SELECT 'Customer ' || g, 'customer' || g || '@example.test' FROM generate_series(1, $1::int) g`, [customers]);
    await client.query(
      `INSERT INTO orders (customer_id, amount, status, ordered_at)
       SELECT 1 + (random() * ($1::int - 1))::int, round((5 + random() * 195)::numeric, 2),
              (ARRAY['new', 'paid', 'paid', 'shipped', 'cancelled'])[1 + (random() * 4)::int],
              now() - random() * interval '180 days'
       FROM generate_series(1, $2::int)`,
      [customers, orders],
    );
  } finally {
    await client.end();
  }
}

export interface Workload {
  /** Transactions committed so far. */
  readonly transactions: number;
  stop(): Promise<void>;
}

/** Commits a small shop transaction every `intervalMs` until stopped. */
export function startWorkload(connectionString: string, intervalMs = 200): Workload {
  let stopped = false;
  let transactions = 0;
  const client = new pg.Client({ connectionString });
  client.on('error', () => {}); // Ctrl-C stops Postgres too; the loop ends on the failing query
  const loop = (async () => {
    await client.connect();
    while (!stopped) {
      const roll = Math.random();
      if (roll < 0.6) {
        await client.query(
          `INSERT INTO orders (customer_id, amount) SELECT id, round((5 + random() * 195)::numeric, 2) FROM customers ORDER BY random() LIMIT 1`,
        );
      } else if (roll < 0.9) {
        await client.query(
          `UPDATE orders SET status = CASE status WHEN 'new' THEN 'paid' WHEN 'paid' THEN 'shipped' ELSE status END
           WHERE id = (SELECT id FROM orders WHERE status IN ('new', 'paid') ORDER BY random() LIMIT 1)`,
        );
      } else if (roll < 0.97) {
        await client.query(`UPDATE orders SET status = 'cancelled' WHERE id = (SELECT id FROM orders WHERE status = 'new' ORDER BY random() LIMIT 1)`);
      } else {
        await client.query(`DELETE FROM orders WHERE id = (SELECT id FROM orders WHERE status = 'cancelled' ORDER BY random() LIMIT 1)`);
      }
      transactions++;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })().catch(() => {});
  return {
    get transactions() {
      return transactions;
    },
    async stop() {
      stopped = true;
      // A query to a Postgres that is going away may take a while to fail: never wait past a second.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loop, new Promise((resolve) => (timer = setTimeout(resolve, 1_000)))]);
      clearTimeout(timer);
      await closeQuietly(client, 1_000);
    },
  };
}
