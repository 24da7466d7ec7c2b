-- The sample shop schema for config/examples/postgres-cdc.yaml (also used by the tests and `lake demo`).
CREATE TABLE IF NOT EXISTS customers (
  id          serial PRIMARY KEY,
  name        text NOT NULL,
  email       text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS orders (
  id          serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers (id),
  amount      numeric(10, 2) NOT NULL,
  status      text NOT NULL DEFAULT 'new',
  ordered_at  timestamptz NOT NULL DEFAULT now()
);
