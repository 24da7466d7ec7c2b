import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, cdcTablesOf, kafkaSinkTopic, parseConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { LakeMetrics, redactSecrets } from '../observability/index.ts';
import { openStorage } from '../storage/index.ts';
import { makeTempDir } from '../testing/lake.ts';
import { kafkaError, kafkaSettings } from './connection.ts';

const CONFIG = `
lake:
  root: ./lake
sources:
  shop:
    type: postgres
    connection: postgres://lake@127.0.0.1:1/shop
    publication: lake_shop
    slot: lake_shop
    tables:
      - name: public.orders
      - name: sales.items
    kafka:
      topics:
        sales.items: items-cdc
  dbz:
    type: kafka
    tables:
      - topic: dbserver1.inventory.customers
        primary_key: [id]
        scd2: true
      - topic: dbserver1.inventory.orders
        as: dbz_orders
        primary_key: [order_id]
gold:
  customer_count:
    depends_on: [customers]
    sql: SELECT count(*) AS n FROM silver.customers
observability:
  metrics: { port: 0, collect_interval_ms: 60000 }
`;

describe('Kafka in the config', () => {
  it('validates a kafka source and a postgres source with a kafka target, with named defaults', () => {
    const { config } = parseConfig(CONFIG, '/tmp/lake.yaml', {});
    const shop = config.sources.shop;
    const dbz = config.sources.dbz;
    assert.equal(shop.type, 'postgres');
    assert.equal(dbz.type, 'kafka');
    if (shop.type !== 'postgres' || dbz.type !== 'kafka') return;
    assert.deepEqual(shop.kafka, {
      connection: { env_prefix: 'KAFKA', client_id: 'lake', connection_timeout_ms: 10_000, request_timeout_ms: 30_000 },
      topics: { 'sales.items': 'items-cdc' },
      tombstones: true,
      snapshot: true,
      truncates: false,
      max_request_bytes: 900 * 1024,
    });
    assert.equal(kafkaSinkTopic(shop.kafka!, 'shop', 'public.orders'), 'shop.public.orders');
    assert.equal(kafkaSinkTopic(shop.kafka!, 'shop', 'sales.items'), 'items-cdc');
    assert.deepEqual(cdcTablesOf(dbz).map((t) => [t.name, t.from, t.scd2]), [
      ['customers', 'dbserver1.inventory.customers', true],
      ['dbz_orders', 'dbserver1.inventory.orders', false],
    ]);
    assert.equal(dbz.start_from, 'earliest');
    assert.equal(dbz.session_timeout_ms, 30_000);
  });

  it('names the path of what is wrong', () => {
    const bad = CONFIG.replace('topic: dbserver1.inventory.orders', 'topic: "bad topic!"').replace('primary_key: [id]', 'primary_key: []');
    assert.throws(
      () => parseConfig(bad, '/tmp/lake.yaml', {}),
      (error: unknown) => {
        const problems = (error as ConfigError).problems.map((p) => p.path);
        assert.ok(problems.includes('sources.dbz.tables.1.topic'), problems.join(', '));
        assert.ok(problems.includes('sources.dbz.tables.0.primary_key'), problems.join(', '));
        return true;
      },
    );
    const clash = CONFIG.replace('as: dbz_orders', 'as: orders');
    assert.throws(() => parseConfig(clash, '/tmp/lake.yaml', {}), /sources\.dbz\.tables\.1\.as: lake table 'orders' is also used by sources\.shop/);
  });
});

describe('Kafka connection settings', () => {
  const connection = { env_prefix: 'TESTK', client_id: 'lake', connection_timeout_ms: 1000, request_timeout_ms: 1000 };

  it('come from the environment only, and a missing one is named, never its value', () => {
    assert.throws(() => kafkaSettings(connection, {}), /environment variable TESTK_BROKERS is not set/);
    assert.throws(() => kafkaSettings(connection, { TESTK_BROKERS: 'nohost' }), /TESTK_BROKERS is not a list of host:port/);
    assert.deepEqual(kafkaSettings(connection, { TESTK_BROKERS: 'a.example:9092, b.example:9093', TESTK_SSL: 'true' }), { brokers: ['a.example:9092', 'b.example:9093'], ssl: true });
    const sasl = kafkaSettings(connection, { TESTK_BROKERS: 'a.example:9092', TESTK_SASL_MECHANISM: 'SCRAM-SHA-512', TESTK_SASL_USERNAME: 'lake-user', TESTK_SASL_PASSWORD: 's3cret-pass' });
    assert.deepEqual(sasl.sasl, { mechanism: 'scram-sha-512', username: 'lake-user', password: 's3cret-pass' });
    assert.throws(() => kafkaSettings(connection, { TESTK_BROKERS: 'a:1', TESTK_SASL_MECHANISM: 'plain' }), /TESTK_SASL_USERNAME or TESTK_SASL_PASSWORD is not/);
  });

  it('are never logged: brokers and credentials read are redacted from every message', () => {
    kafkaSettings(connection, { TESTK_BROKERS: 'kafka-1.internal.example:9094', TESTK_SASL_MECHANISM: 'plain', TESTK_SASL_USERNAME: 'svc-lake', TESTK_SASL_PASSWORD: 'hunter2-hunter2' });
    assert.equal(redactSecrets('connect to kafka-1.internal.example:9094 as svc-lake with hunter2-hunter2'), 'connect to *** as *** with ***');
    const error = kafkaError(new Error('Connection error: connect ECONNREFUSED kafka-1.internal.example:9094'), 'producing changes of source shop');
    assert.ok(error instanceof LakeError);
    assert.equal(error.retry, 'automatic');
    assert.doesNotMatch(error.message, /kafka-1\.internal/);
  });

  it('turn errors a person must fix into needs-person with a remedy', () => {
    const tooLarge = Object.assign(new Error('The request included a message larger than the max message size the server will accept'), { type: 'MESSAGE_TOO_LARGE', retriable: false });
    const wrapped = Object.assign(new Error('retries exceeded'), { cause: tooLarge });
    const error = kafkaError(wrapped, 'producing changes of source shop');
    assert.equal(error.retry, 'needs-person');
    assert.match(error.remedy ?? '', /max\.message\.bytes/);
  });
});

describe('Kafka metrics', () => {
  it('count produced, consumed and quarantined messages, and show lag and committed offsets per partition', async () => {
    const dir = makeTempDir();
    const { config } = parseConfig(CONFIG, `${dir}/lake.yaml`, {});
    const metrics = new LakeMetrics({ config, storage: openStorage(`${dir}/lake`, { s3: config.lake.s3, workDir: `${dir}/work` }), defaultMetrics: false });
    metrics.onEvent({ type: 'cdc', source: 'shop', event: { type: 'kafka.produced', messages: 3, topics: { 'shop.public.orders': 3 }, unavailable: 1 } });
    metrics.onEvent({
      type: 'cdc',
      source: 'dbz',
      event: {
        type: 'kafka.consumed',
        messages: 5,
        quarantined: 2,
        skipped: 1,
        byTopic: { 'dbserver1.inventory.customers': 5 },
        partitions: [{ topic: 'dbserver1.inventory.customers', partition: 2, lag: 17, offset: '40' }],
        committed: true,
      },
    });
    const text = await metrics.metricsText();
    assert.match(text, /lake_kafka_produced_messages_total\{source="shop",topic="shop.public.orders"\} 3/);
    assert.match(text, /lake_kafka_unavailable_toast_values_total\{source="shop"\} 1/);
    assert.match(text, /lake_kafka_consumed_messages_total\{source="dbz",topic="dbserver1.inventory.customers"\} 5/);
    assert.match(text, /lake_kafka_quarantined_messages_total\{source="dbz"\} 2/);
    assert.match(text, /lake_kafka_consumer_lag_messages\{source="dbz",topic="dbserver1.inventory.customers",partition="2"\} 17/);
    assert.match(text, /lake_kafka_committed_offset\{source="dbz",topic="dbserver1.inventory.customers",partition="2"\} 40/);
    await metrics.close();
  });
});
