-- Sample rows for the compose stack's shop database (the schema is config/examples/postgres-cdc.sql).
INSERT INTO customers (name, email)
SELECT 'Customer ' || g, 'customer' || g || '@example.test' FROM generate_series(1, 50) g;

INSERT INTO orders (customer_id, amount, status, ordered_at)
SELECT 1 + (random() * 49)::int, round((5 + random() * 195)::numeric, 2),
       (ARRAY['new', 'paid', 'paid', 'shipped', 'cancelled'])[1 + (random() * 4)::int],
       now() - random() * interval '180 days'
FROM generate_series(1, 500);
