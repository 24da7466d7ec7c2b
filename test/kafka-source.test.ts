/**
 * The `kafka` source end to end: the test produces messages exactly as Debezium 2.x's Postgres connector
 * emits them with the JSON converter (a schema-enabled topic and a schema-less one; snapshot reads, a
 * transaction's BEGIN and END on the transaction topic and the `transaction` block on its events, deletes
 * followed by tombstones, unchanged TOAST values as `__debezium_unavailable_value`), plus bad messages
 * (not JSON, Avro in Confluent's wire format, an envelope without op, a key that does not match the row).
 * lake consumes them in a child process that is SIGKILLed at random moments and restarted while the
 * messages keep coming; at the end silver equals the state the messages describe, bronze holds every
 * change exactly once, the SCD2 history every version once, and every bad message is in the quarantine
 * with its topic, partition and offset.
 *
 * The Kafka here is librdkafka's MOCK CLUSTER started through kcat (src/testing/kafka.ts): it speaks the
 * Kafka protocol with three brokers, but it is not Apache Kafka.
 *
 * Every process (kcat, lake children) is stopped in after(); every wait has a deadline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { Engine, sqlString } from '../src/engine/index.ts';
import { attachLakeViews } from '../src/engine/views.ts';
import { kafkaQuarantineFiles } from '../src/ingest/kafka/index.ts';
import { promote, startCdcService } from '../src/orchestrator/cdc-service.ts';
import { readKafkaSourceState } from '../src/orchestrator/kafka.ts';
import { lakeStatus } from '../src/orchestrator/status.ts';
import { cdcSilverFiles, readCdcHistoryManifest, readCdcSilverManifest } from '../src/silver/cdc.ts';
import { ChildProcesses, waitFor, withDeadline, type TrackedChild } from '../src/testing/cdc.ts';
import { startMockKafka, truncatedPartitions, type MockKafka } from '../src/testing/kafka.ts';
import { makeTestLake, REPO_ROOT, type TestLake } from '../src/testing/lake.ts';

const CHILD = path.join(REPO_ROOT, 'src/testing/kafka-source-child.ts');
const KILLS = 4;
const MAX_TRANSACTIONS = 2500;
const CUSTOMERS = 'dbserver1.inventory.customers';
const ORDERS = 'dbserver1.inventory.orders';
const TRANSACTIONS = 'dbserver1.transaction';

function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// ───────────────────────────── Debezium 2.x, as its JSON converter writes it ─────────────────────────────

const CUSTOMER_FIELDS = [
  { type: 'int32', optional: false, default: 0, field: 'id' },
  { type: 'string', optional: false, field: 'first_name' },
  { type: 'string', optional: true, field: 'email' },
  { type: 'bytes', optional: true, name: 'org.apache.kafka.connect.data.Decimal', version: 1, parameters: { scale: '2', 'connect.decimal.precision': '10' }, field: 'balance' },
  { type: 'int64', optional: true, name: 'io.debezium.time.MicroTimestamp', version: 1, field: 'created_at' },
  { type: 'int32', optional: true, name: 'io.debezium.time.Date', version: 1, field: 'birthday' },
  { type: 'string', optional: true, field: 'notes' },
  { type: 'boolean', optional: true, field: 'active' },
];
const SOURCE_FIELDS = [
  { type: 'string', optional: false, field: 'version' },
  { type: 'string', optional: false, field: 'connector' },
  { type: 'string', optional: false, field: 'name' },
  { type: 'int64', optional: false, field: 'ts_ms' },
  { type: 'string', optional: true, name: 'io.debezium.data.Enum', version: 1, parameters: { allowed: 'true,last,false,incremental' }, default: 'false', field: 'snapshot' },
  { type: 'string', optional: false, field: 'db' },
  { type: 'string', optional: true, field: 'sequence' },
  { type: 'string', optional: false, field: 'schema' },
  { type: 'string', optional: false, field: 'table' },
  { type: 'int64', optional: true, field: 'txId' },
  { type: 'int64', optional: true, field: 'lsn' },
  { type: 'int64', optional: true, field: 'xmin' },
];
const CUSTOMER_KEY_SCHEMA = { type: 'struct', fields: [CUSTOMER_FIELDS[0]], optional: false, name: `${CUSTOMERS}.Key` };
const CUSTOMER_VALUE_SCHEMA = {
  type: 'struct',
  fields: [
    { type: 'struct', fields: CUSTOMER_FIELDS, optional: true, name: `${CUSTOMERS}.Value`, field: 'before' },
    { type: 'struct', fields: CUSTOMER_FIELDS, optional: true, name: `${CUSTOMERS}.Value`, field: 'after' },
    { type: 'struct', fields: SOURCE_FIELDS, optional: false, name: 'io.debezium.connector.postgresql.Source', field: 'source' },
    { type: 'string', optional: false, field: 'op' },
    { type: 'int64', optional: true, field: 'ts_ms' },
    {
      type: 'struct',
      fields: [
        { type: 'string', optional: false, field: 'id' },
        { type: 'int64', optional: false, field: 'total_order' },
        { type: 'int64', optional: false, field: 'data_collection_order' },
      ],
      optional: true,
      name: 'event.block',
      version: 1,
      field: 'transaction',
    },
  ],
  optional: false,
  name: `${CUSTOMERS}.Envelope`,
  version: 1,
};

interface Customer {
  id: number;
  first_name: string;
  email: string | null;
  /** Cents. */
  balance: number | null;
  created_at: number | null;
  birthday: number | null;
  notes: string | null;
  active: boolean | null;
}
interface Order {
  order_id: number;
  customer_id: number;
  quantity: number | null;
  note: string | null;
}

/** Connect's Decimal: the unscaled value as big-endian two's complement, base64. */
function decimalBytes(unscaled: number): string {
  let hex = BigInt.asUintN(64, BigInt(unscaled)).toString(16).padStart(16, '0');
  // Minimal length, keeping the sign bit.
  while (hex.length > 2 && ((hex.startsWith('00') && parseInt(hex[2], 16) < 8) || (hex.startsWith('ff') && parseInt(hex[2], 16) >= 8))) hex = hex.slice(2);
  return Buffer.from(hex, 'hex').toString('base64');
}

const customerJson = (c: Customer, notes: string | null = c.notes) => ({
  ...c,
  balance: c.balance === null ? null : decimalBytes(c.balance),
  notes,
});

interface Outgoing {
  topic: string;
  key: string | Buffer | null;
  value: string | Buffer | null;
  /** Set for a message lake must quarantine: the reason it must give. */
  bad?: RegExp;
}

/** The Debezium side of the test: the source tables as a model, and the messages each change becomes. */
class Debezium {
  readonly customers = new Map<number, Customer>();
  readonly orders = new Map<number, Order>();
  /** Valid change messages per table (what bronze must hold exactly once), and customer versions (SCD2). */
  readonly changes = { customers: 0, orders: 0 };
  customerVersions = 0;
  private lsn = 24_023_128;
  private txId = 555;
  private nextCustomer = 1001;
  private nextOrder = 10_001;

  constructor(
    private readonly random: (n: number) => number,
    readonly topics = { customers: CUSTOMERS, orders: ORDERS, transactions: TRANSACTIONS },
  ) {}

  private source(table: string, snapshot: string, ts: number) {
    this.lsn += 8 + this.random(64);
    return { version: '2.5.0.Final', connector: 'postgresql', name: 'dbserver1', ts_ms: ts, snapshot, db: 'inventory', sequence: JSON.stringify([String(this.lsn - 8), String(this.lsn)]), schema: 'inventory', table, txId: this.txId, lsn: this.lsn, xmin: null };
  }

  private customerMessage(op: string, before: unknown, after: unknown, snapshot: string, ts: number, transaction: unknown): Outgoing {
    const id = ((after ?? before) as { id: number }).id;
    const payload = { before, after, source: this.source('customers', snapshot, ts), op, ts_ms: ts + 3, transaction };
    return { topic: this.topics.customers, key: JSON.stringify({ schema: CUSTOMER_KEY_SCHEMA, payload: { id } }), value: JSON.stringify({ schema: CUSTOMER_VALUE_SCHEMA, payload }) };
  }

  private orderMessage(op: string, before: Order | null, after: Order | null, snapshot: string, ts: number, transaction: unknown): Outgoing {
    const orderId = (after ?? before)!.order_id;
    return { topic: this.topics.orders, key: JSON.stringify({ order_id: orderId }), value: JSON.stringify({ before, after, source: this.source('orders', snapshot, ts), op, ts_ms: ts + 3, transaction }) };
  }

  private newCustomer(): Customer {
    const id = this.nextCustomer++;
    return {
      id,
      first_name: `name ${id}`,
      email: this.random(4) === 0 ? null : `c${id}@example.com`,
      balance: this.random(5) === 0 ? null : this.random(200_000) - 50_000,
      created_at: 1_700_000_000_000_000 + this.random(1_000_000_000) * 7,
      birthday: this.random(5) === 0 ? null : this.random(20_000) - 5_000,
      notes: this.random(3) === 0 ? null : `long notes of ${id} `.repeat(1 + this.random(20)),
      active: this.random(4) === 0 ? null : this.random(2) === 0,
    };
  }

  /** The initial snapshot: reads of every row, the last with snapshot "last". */
  snapshot(customers: number, orders: number): Outgoing[] {
    const out: Outgoing[] = [];
    const ts = 1_700_000_000_000;
    for (let i = 0; i < customers; i++) {
      const c = this.newCustomer();
      this.customers.set(c.id, c);
      out.push(this.customerMessage('r', null, customerJson(c), 'true', ts, null));
      this.changes.customers++;
      this.customerVersions++;
    }
    for (let i = 0; i < orders; i++) {
      const o: Order = { order_id: this.nextOrder++, customer_id: 1001 + this.random(customers), quantity: this.random(9), note: null };
      this.orders.set(o.order_id, o);
      out.push(this.orderMessage('r', null, o, i === orders - 1 ? 'last' : 'true', ts, null));
      this.changes.orders++;
    }
    return out;
  }

  /** One transaction: BEGIN, its events (with their `transaction` block), END; sometimes a bad message too. */
  transaction(): Outgoing[] {
    this.txId++;
    const ts = 1_700_000_100_000 + this.txId * 10;
    const id = `${this.txId}:${this.lsn + 1}`;
    const events: Outgoing[] = [];
    const counts = new Map<string, number>();
    const block = (table: string) => {
      counts.set(table, (counts.get(table) ?? 0) + 1);
      return { id, total_order: events.length + 1, data_collection_order: counts.get(table) };
    };
    const anyCustomer = () => [...this.customers.keys()][this.random(this.customers.size)];
    const anyOrder = () => [...this.orders.keys()][this.random(this.orders.size)];
    for (let i = 0, n = 1 + this.random(3); i < n; i++) {
      const roll = this.random(100);
      if (roll < 15 || this.customers.size < 5) {
        const c = this.newCustomer();
        this.customers.set(c.id, c);
        events.push(this.customerMessage('c', null, customerJson(c), 'false', ts, block('inventory.customers')));
        this.changes.customers++;
        this.customerVersions++;
      } else if (roll < 45) {
        const before = this.customers.get(anyCustomer())!;
        const after: Customer = { ...before, email: this.random(3) === 0 ? null : `u${this.txId}@example.com`, balance: before.balance === null ? 0 : before.balance + this.random(1000) - 500, active: this.random(2) === 0 };
        // Half the updates leave the TOASTed notes alone: Debezium sends its placeholder, and the value stands.
        const unchanged = this.random(2) === 0 && before.notes !== null;
        if (!unchanged) after.notes = this.random(2) === 0 ? null : `notes ${this.txId} `.repeat(1 + this.random(30));
        this.customers.set(after.id, after);
        events.push(this.customerMessage('u', null, customerJson(after, unchanged ? '__debezium_unavailable_value' : after.notes), 'false', ts, block('inventory.customers')));
        this.changes.customers++;
        this.customerVersions++;
      } else if (roll < 55) {
        const before = this.customers.get(anyCustomer())!;
        this.customers.delete(before.id);
        const deleted = this.customerMessage('d', customerJson(before), null, 'false', ts, block('inventory.customers'));
        events.push(deleted, { topic: this.topics.customers, key: deleted.key, value: null });
        this.changes.customers++;
      } else if (roll < 70 || this.orders.size < 5) {
        const o: Order = { order_id: this.nextOrder++, customer_id: anyCustomer(), quantity: this.random(5) === 0 ? null : this.random(9), note: this.random(2) === 0 ? null : `order ${this.txId}` };
        this.orders.set(o.order_id, o);
        events.push(this.orderMessage('c', null, o, 'false', ts, block('inventory.orders')));
        this.changes.orders++;
      } else if (roll < 88) {
        const before = this.orders.get(anyOrder())!;
        const after: Order = { ...before, quantity: this.random(9), note: this.random(3) === 0 ? null : `changed ${this.txId}` };
        this.orders.set(after.order_id, after);
        events.push(this.orderMessage('u', before, after, 'false', ts, block('inventory.orders')));
        this.changes.orders++;
      } else {
        const before = this.orders.get(anyOrder())!;
        this.orders.delete(before.order_id);
        const deleted = this.orderMessage('d', before, null, 'false', ts, block('inventory.orders'));
        events.push(deleted, { topic: this.topics.orders, key: deleted.key, value: null });
        this.changes.orders++;
      }
    }
    const collections = [...counts].map(([dataCollection, count]) => ({ data_collection: dataCollection, event_count: count }));
    const boundary = (status: string, extra: object) => ({ topic: this.topics.transactions, key: JSON.stringify({ id }), value: JSON.stringify({ status, id, ts_ms: ts, ...extra }) });
    const out = [boundary('BEGIN', { event_count: null, data_collections: null }), ...events, boundary('END', { event_count: events.filter((e) => e.value !== null).length, data_collections: collections })];
    if (this.random(12) === 0) out.push(this.badMessage());
    return out;
  }

  private badMessage(): Outgoing {
    const kind = this.random(5);
    const key = JSON.stringify({ order_id: this.nextOrder + 1_000_000 });
    if (kind === 0) return { topic: this.topics.orders, key, value: 'this is not json {', bad: /the value is not JSON/ };
    if (kind === 1) return { topic: this.topics.customers, key: Buffer.from([0, 0, 0, 0, 42, 2]), value: Buffer.from([0, 0, 0, 0, 43, 2, 4, 6, 8]), bad: /Schema Registry wire format.*schema id 43/ };
    if (kind === 2) return { topic: this.topics.orders, key, value: JSON.stringify({ before: null, after: { order_id: 1 }, source: {}, ts_ms: 1 }), bad: /the envelope has no op/ };
    if (kind === 3) return { topic: this.topics.orders, key: JSON.stringify({ order_id: 5 }), value: JSON.stringify({ before: null, after: { order_id: 6, customer_id: 1 }, op: 'c', source: {} }), bad: /the key's order_id \(5\) differs from after\.order_id \(6\)/ };
    return { topic: this.topics.orders, key: JSON.stringify({ id: 5 }), value: JSON.stringify({ before: null, after: { order_id: 5, customer_id: 1 }, op: 'c', source: {} }), bad: /the key's fields \(id\) do not match the primary key \(order_id\)/ };
  }
}

describe('the kafka source (librdkafka mock cluster, not Apache Kafka)', () => {
  let kafka: MockKafka;
  let lake: TestLake;
  let producer: Producer;
  const children = new ChildProcesses();
  let producing = false;
  let production: Promise<void> | undefined;
  const extraLakes: TestLake[] = [];

  before(async () => {
    kafka = await startMockKafka();
    process.env.DBZ_KAFKA_BROKERS = kafka.bootstrap;
    producer = new Kafka({ clientId: 'debezium-in-a-test', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).producer({
      idempotent: false,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    lake = await makeTestLake(`sources:
  dbz:
    type: kafka
    connection:
      env_prefix: DBZ_KAFKA
    session_timeout_ms: 6000
    tables:
      - topic: ${CUSTOMERS}
        primary_key: [id]
        scd2: true
      - topic: ${ORDERS}
        primary_key: [order_id]
    flush:
      interval_ms: 100
      max_changes: 300
    silver:
      publish_interval_ms: 0
`);
  });
  after(async () => {
    producing = false;
    await children.killAll();
    if (production) await withDeadline(production.catch(() => {}), 'the producer to stop', 30_000);
    await producer?.disconnect().catch(() => {});
    for (const extra of extraLakes) await extra.cleanup();
    await lake?.cleanup();
    await kafka?.stop();
  });

  /** Sends in order; a bad message alone, so its partition and offset are known. */
  async function send(messages: Outgoing[], bad: Array<{ topic: string; partition: number; offset: string; reason: RegExp }>): Promise<void> {
    let run: Outgoing[] = [];
    const flush = async () => {
      for (const topic of new Set(run.map((m) => m.topic))) {
        await producer.send({ topic, acks: -1, messages: run.filter((m) => m.topic === topic).map(({ key, value }) => ({ key, value })) });
      }
      run = [];
    };
    for (const m of messages) {
      if (!m.bad) {
        run.push(m);
        continue;
      }
      await flush();
      const [ack] = await producer.send({ topic: m.topic, acks: -1, messages: [{ key: m.key, value: m.value }] });
      bad.push({ topic: m.topic, partition: ack.partition, offset: ack.baseOffset!, reason: m.bad });
    }
    await flush();
  }

  async function silverRows(table: string, select: string): Promise<Array<Record<string, unknown>>> {
    const manifest = await readCdcSilverManifest(lake.runtime.storage, table);
    assert.ok(manifest, `silver.${table} was built`);
    const paths = await Promise.all(cdcSilverFiles(manifest).map((k) => lake.runtime.storage.localPath(k)));
    return lake.runtime.engine.all(`SELECT ${select} FROM read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true) ORDER BY 1`);
  }

  async function countRows(keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const paths = await Promise.all(keys.map((k) => lake.runtime.storage.localPath(k)));
    return Number((await lake.runtime.engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true)`)).n);
  }

  it('lands Debezium topics in silver, exactly once across SIGKILLs, and quarantines bad messages with their coordinates', { timeout: 600_000 }, async () => {
    const seed = Number(process.env.KAFKA_SOURCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`workload seed ${seed} (replay with KAFKA_SOURCE_SEED=${seed})`);
    const debezium = new Debezium(generator(seed));
    const bad: Array<{ topic: string; partition: number; offset: string; reason: RegExp }> = [];
    await send(debezium.snapshot(300, 200), bad);
    let transactions = 0;
    producing = true;
    // A bounded amount: librdkafka's mock cluster keeps only a few MB per partition (checked below).
    let produced = false;
    production = (async () => {
      while (producing && transactions < MAX_TRANSACTIONS) {
        await send(debezium.transaction(), bad);
        transactions++;
        await new Promise((r) => setTimeout(r, 4));
      }
      produced = true;
    })();

    const startChild = (): TrackedChild => children.start(process.execPath, ['--import', 'tsx', CHILD, lake.configFile, 'dbz'], { cwd: REPO_ROOT });
    const kills: string[] = [];
    const random = generator(seed + 1);
    for (let round = 0; round < KILLS; round++) {
      const run = startChild();
      // Once everything was produced, an earlier run may have consumed it all: streaming is then enough.
      await waitFor(
        () => /CONSUMED/.test(run.output()) || ((round === 0 || produced) && /STREAMING/.test(run.output())),
        () => `round ${round} to consume: ${run.output().slice(-2000)}`,
        120_000,
      );
      await new Promise((r) => setTimeout(r, random(3000)));
      assert.ok(run.running(), `the lake process is still running when killed (round ${round}): ${run.output()}`);
      run.child.kill('SIGKILL');
      await withDeadline(run.exited, 'the killed lake process to exit', 10_000);
      kills.push(/FLUSHED/.test(run.output()) ? 'flushing' : /CONSUMED/.test(run.output()) ? 'consuming' : 'joining');
    }
    producing = false;
    await withDeadline(production, 'the producer to stop', 30_000);
    console.log(`${transactions} transactions, ${bad.length} bad messages; kills ${kills.join(',')}`);
    assert.ok(transactions > 100 && bad.length > 3, `${transactions} transactions, ${bad.length} bad messages`);
    assert.deepEqual(await truncatedPartitions(kafka.bootstrap, [CUSTOMERS, ORDERS]), [], 'the mock cluster kept every message (it drops old segments past a few MB per partition)');

    // A last run consumes to the end of every partition and stops gracefully.
    const admin = new Kafka({ clientId: 'lake-test-admin', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const ends = new Map<string, string>();
    try {
      for (const topic of [CUSTOMERS, ORDERS]) for (const p of await admin.fetchTopicOffsets(topic)) if (p.high !== '0') ends.set(`${topic}:${p.partition}`, p.high);
    } finally {
      await admin.disconnect();
    }
    const final = startChild();
    // Its SIGTERM handler is in place once it streams (the state may already say everything was consumed).
    await waitFor(() => final.output().includes('STREAMING'), () => `the final run to start: ${final.output().slice(-3000)}`, 180_000);
    await waitFor(
      async () => {
        const state = await readKafkaSourceState(lake.runtime, 'dbz');
        return state !== undefined && [...ends].every(([key, high]) => state.kafka.offsets[key] === high);
      },
      () => `the final run to consume everything: ${final.output().slice(-3000)}`,
      180_000,
    );
    final.child.kill('SIGTERM');
    assert.equal(await withDeadline(final.exited, 'the final run to stop after SIGTERM', 60_000), 0, final.output());

    const failures = (await promote(lake.runtime, 'dbz', null)).failures.map((error) => error.message);
    assert.deepEqual(failures, []);

    // Silver is the state the messages describe.
    const customers = await silverRows(
      'customers',
      `id, first_name, email, CAST(balance AS VARCHAR) AS balance, epoch_us(created_at)::BIGINT AS created_at, (birthday - DATE '1970-01-01')::INTEGER AS birthday, notes, active`,
    );
    const expectedCustomers = [...debezium.customers.values()]
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ ...c, balance: c.balance === null ? null : (c.balance / 100).toFixed(2), created_at: c.created_at === null ? null : String(c.created_at) }));
    assert.equal(customers.length, expectedCustomers.length, 'silver.customers has every key once');
    assert.deepEqual(customers, expectedCustomers);
    const orders = await silverRows('orders', `order_id::INTEGER AS order_id, customer_id::INTEGER AS customer_id, quantity::INTEGER AS quantity, note`);
    assert.deepEqual(orders, [...debezium.orders.values()].sort((a, b) => a.order_id - b.order_id));

    // Exactly once: bronze holds each change message once, the history each version once.
    const bronze = async (table: string) => countRows((await lake.runtime.storage.list(`bronze/${table}/`)).filter((k) => k.endsWith('.parquet')));
    assert.equal(await bronze('customers'), debezium.changes.customers, 'every customers change in bronze exactly once');
    assert.equal(await bronze('orders'), debezium.changes.orders, 'every orders change in bronze exactly once');
    assert.equal((await readCdcHistoryManifest(lake.runtime.storage, 'customers'))?.rows, debezium.customerVersions, 'silver.customers_history holds every version once');

    // Every bad message is in the quarantine, with its coordinates and reason, once.
    const files = await kafkaQuarantineFiles(lake.runtime.storage, 'dbz');
    const paths = await Promise.all(files.map((k) => lake.runtime.storage.localPath(k)));
    const quarantined = (
      await lake.runtime.engine.all(`SELECT topic, "partition", "offset"::VARCHAR AS "offset", reason FROM read_parquet([${paths.map(sqlString).join(', ')}]) ORDER BY ALL`)
    ).map((r) => ({ topic: String(r.topic), partition: Number(r.partition), offset: String(r.offset), reason: String(r.reason) }));
    assert.equal(quarantined.length, bad.length, `quarantined ${quarantined.length} of ${bad.length} bad messages`);
    for (const b of bad) {
      const q = quarantined.find((x) => x.topic === b.topic && x.partition === b.partition && x.offset === b.offset);
      assert.ok(q, `bad message ${b.topic}[${b.partition}]@${b.offset} is quarantined`);
      assert.match(q.reason, b.reason);
    }

    // `lake query` sees the quarantine as a bronze table.
    const engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
    try {
      await attachLakeViews(engine, lake.runtime.storage);
      assert.equal(Number((await engine.one(`SELECT count(*)::BIGINT AS n FROM bronze.dbz_kafka_quarantine`)).n), bad.length);
    } finally {
      engine.close();
    }

    // lake status shows the source with its offsets and quarantine.
    const status = await lakeStatus(lake.runtime, { now: () => new Date() });
    const entry = status.kafka.find((k) => k.source === 'dbz');
    assert.equal(entry?.role, 'source');
    assert.equal(entry?.quarantined, bad.length);
    assert.deepEqual(Object.keys(entry?.offsets ?? {}).sort(), [...ends.keys()].sort());
  });

  it("runs in the daemon's CDC service: silver, SCD2 history and gold over a kafka table", { timeout: 180_000 }, async () => {
    const topics = { customers: 'dbserver2.inventory.customers', orders: 'dbserver2.inventory.orders', transactions: 'dbserver2.transaction' };
    const debezium = new Debezium(generator(7), topics);
    const bad: Array<{ topic: string; partition: number; offset: string; reason: RegExp }> = [];
    await send(debezium.snapshot(100, 50), bad);
    for (let i = 0; i < 600; i++) await send(debezium.transaction(), bad);
    const admin = new Kafka({ clientId: 'lake-test-admin', brokers: kafka.brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const ends = new Map<string, string>();
    try {
      for (const topic of [topics.customers, topics.orders]) for (const p of await admin.fetchTopicOffsets(topic)) if (p.high !== '0') ends.set(`${topic}:${p.partition}`, p.high);
    } finally {
      await admin.disconnect();
    }
    assert.deepEqual(await truncatedPartitions(kafka.bootstrap, [topics.customers, topics.orders]), [], 'the mock cluster kept every message');
    const second = await makeTestLake(`sources:
  again:
    type: kafka
    connection:
      env_prefix: DBZ_KAFKA
    group_id: lake-again
    session_timeout_ms: 6000
    tables:
      - topic: ${topics.customers}
        primary_key: [id]
        scd2: true
      - topic: ${topics.orders}
        as: shop_orders
        primary_key: [order_id]
    silver:
      publish_interval_ms: 0
gold:
  customer_balances:
    depends_on: [customers]
    sql: SELECT count(*)::BIGINT AS customers, sum(balance)::VARCHAR AS balance FROM silver.customers
`);
    extraLakes.push(second);
    const failures: string[] = [];
    second.runtime.events.on((e) => {
      if (e.type === 'cdc' && e.event.type === 'failed') failures.push(e.event.error.message);
    });
    const service = await startCdcService(second.runtime);
    try {
      assert.equal(service.kafkaSources.length, 1);
      await waitFor(
        async () => {
          const state = await readKafkaSourceState(second.runtime, 'again');
          return state !== undefined && [...ends].every(([key, high]) => state.kafka.offsets[key] === high);
        },
        'the service to consume every partition',
        120_000,
      );
      // A stop does not wait for a promotion that has not begun (what is in bronze is promoted on the next
      // start), so wait for the service's own promotion of the last batch: silver, history and gold.
      const { storage } = second.runtime;
      await waitFor(
        async () =>
          (await readCdcSilverManifest(storage, 'customers'))?.rows === debezium.customers.size &&
          (await readCdcSilverManifest(storage, 'shop_orders'))?.rows === debezium.orders.size &&
          (await readCdcHistoryManifest(storage, 'customers'))?.rows === debezium.customerVersions &&
          (await storage.readText('_lake/partitions/gold/customer_balances/current.json')) !== undefined,
        'the service to promote the last batch to silver, history and gold',
        120_000,
      );
    } finally {
      await withDeadline(service.stop(), 'the CDC service to stop', 60_000);
    }
    assert.deepEqual(failures, []);
    const silver = await readCdcSilverManifest(second.runtime.storage, 'customers');
    assert.equal(silver?.rows, debezium.customers.size);
    assert.equal((await readCdcSilverManifest(second.runtime.storage, 'shop_orders'))?.rows, debezium.orders.size);
    assert.equal((await readCdcHistoryManifest(second.runtime.storage, 'customers'))?.rows, debezium.customerVersions);
    const gold = JSON.parse((await second.runtime.storage.readText('_lake/partitions/gold/customer_balances/current.json'))!) as { key: string };
    const [row] = await second.runtime.engine.all(`SELECT * FROM read_parquet(${sqlString(await second.runtime.storage.localPath(gold.key))})`);
    const balances = [...debezium.customers.values()].filter((c) => c.balance !== null).reduce((n, c) => n + c.balance!, 0);
    assert.deepEqual(row, { customers: String(debezium.customers.size), balance: (balances / 100).toFixed(2) });
  });
});
