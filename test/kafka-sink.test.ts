/**
 * The Kafka sink end to end: a Postgres workload streams through lake into Kafka topics in Debezium's
 * envelope, and two consumers that share no code with lake (a plain kafkajs consumer and `kcat -C -J`)
 * read them back.
 *
 * The Kafka here is librdkafka's MOCK CLUSTER started through kcat (src/testing/kafka.ts): it speaks the
 * Kafka protocol with three brokers, but it is not Apache Kafka.
 *
 * What is proven: every committed change arrives at least once, nothing is missing (an append-only table
 * gets one row per transaction: every id arrives; and the folded state of every table equals Postgres),
 * each key's changes arrive in commit order (a replay after a crash only repeats changes already seen),
 * unchanged TOAST values are filled from lake's state (no Debezium placeholder), and deletes are followed
 * by tombstones, across several SIGKILLs of the lake process at random moments.
 *
 * Every process (Postgres, kcat, lake children) is stopped in after(); every wait has a deadline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type pg from 'pg';
import { parseLsn } from '../src/ingest/postgres/index.ts';
import { CdcPipeline, promote, readCdcState } from '../src/orchestrator/index.ts';
import { ChildProcesses, currentLsn, runPipeline, waitFor, withDeadline, type TrackedChild } from '../src/testing/cdc.ts';
import { kafkajsConsume, kcatConsume, startMockKafka, truncatedPartitions, type KcatRecord, type MockKafka } from '../src/testing/kafka.ts';
import { makeTestLake, REPO_ROOT, type TestLake } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const CHILD = path.join(REPO_ROOT, 'src/testing/cdc-child.ts');
const KILLS = 5;

/** A seeded generator (mulberry32), so a failing workload can be replayed with KAFKA_SINK_SEED. */
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

/**
 * Random base64 that Postgres stores out of line (TOAST), so updates of other columns do not resend it:
 * 180 kB once, 4 kB in the workload (the mock cluster keeps only a few MB per partition).
 */
function bigText(bytes = 135_000): string {
  return randomBytes(bytes).toString('base64');
}

interface Envelope {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  op: string;
  source: { lsn: number | string; snapshot: string; txId: number; table: string; ts_ms: number };
  transaction: { total_order: number } | null;
}

/**
 * A consumer's view of a topic: per key, the messages in partition order. Folding applies a message
 * only when its (source.lsn, transaction.total_order) is above the last one applied for the key (the
 * dedup rule lake documents); the result is the table as the topic describes it.
 */
function fold(records: KcatRecord[]) {
  const state = new Map<string, Record<string, unknown>>();
  const last = new Map<string, [bigint, number]>();
  const streamed = new Map<string, Array<[bigint, number]>>();
  let tombstones = 0;
  let deletes = 0;
  let placeholders = 0;
  /** The positions of the messages that carry a placeholder. */
  const unfilled: bigint[] = [];
  for (const r of records) {
    if (r.payload === null) {
      tombstones++;
      continue;
    }
    // The JSON is read with big integers intact: LSNs pass 2^53 on a long-lived server.
    const value = JSON.parse(r.payload.replace(/"lsn":(\d+)/, '"lsn":"$1"')) as Envelope;
    if (r.payload.includes('__debezium_unavailable_value')) {
      placeholders++;
      unfilled.push(BigInt(value.source.lsn));
    }
    const key = r.key!;
    const position: [bigint, number] = [BigInt(value.source.lsn), value.transaction?.total_order ?? 0];
    if (value.op !== 'r') {
      const list = streamed.get(key) ?? [];
      list.push(position);
      streamed.set(key, list);
    }
    if (value.op === 'd') deletes++;
    const previous = last.get(key);
    if (previous && (position[0] < previous[0] || (position[0] === previous[0] && position[1] <= previous[1]))) continue;
    last.set(key, position);
    if (value.op === 'd') state.delete(key);
    else state.set(key, value.after!);
  }
  return { state, streamed, tombstones, deletes, placeholders, unfilled };
}

/** Per key, the streamed changes' positions with replays removed must rise strictly: commit order. */
function assertCommitOrderPerKey(streamed: Map<string, Array<[bigint, number]>>, topic: string): void {
  for (const [key, positions] of streamed) {
    const seen = new Set<string>();
    let previous: [bigint, number] | undefined;
    for (const p of positions) {
      const id = `${p[0]}/${p[1]}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (previous) assert.ok(p[0] > previous[0] || (p[0] === previous[0] && p[1] > previous[1]), `${topic} key ${key}: change ${id} arrived after ${previous.join('/')}`);
      previous = p;
    }
  }
}

describe('the Kafka sink (librdkafka mock cluster, not Apache Kafka)', () => {
  let pg: TestPostgres;
  let kafka: MockKafka;
  const lakes: TestLake[] = [];
  const children = new ChildProcesses();
  let writing = false;
  let workload: Promise<void> | undefined;

  before(async () => {
    // One after the other: had they started together and one failed, the other would run on unrecorded.
    pg = await startPostgres();
    kafka = await startMockKafka();
    process.env.SHOP_DATABASE_URL = pg.connectionString;
    process.env.KAFKA_BROKERS = kafka.bootstrap;
  });
  after(async () => {
    writing = false;
    await children.killAll();
    if (workload) await withDeadline(workload.catch(() => {}), 'the workload to stop', 30_000);
    for (const lake of lakes) await lake.cleanup();
    await kafka?.stop();
    await pg?.stop();
  });

  async function lakeFor(name: string, tables: string[]): Promise<TestLake> {
    const lake = await makeTestLake(`sources:
  ${name}:
    type: postgres
    connection: \${SHOP_DATABASE_URL}
    publication: ${name}_pub
    slot: ${name}_slot
    tables:
${tables.map((t) => `      - name: public.${t}`).join('\n')}
    flush:
      interval_ms: 50
      max_changes: 500
    heartbeat_ms: 200
    kafka:
      topic_prefix: ${name}
`);
    lakes.push(lake);
    return lake;
  }

  it('produces the snapshot and every change in Debezium\'s envelope, with TOAST values and tombstones', { timeout: 120_000 }, async () => {
    await pg.query(`CREATE TABLE items (id int PRIMARY KEY, qty int, price numeric(10,2), ok boolean, doc text)`);
    await pg.query(`INSERT INTO items SELECT g, g, g * 1.5, g % 2 = 0, NULL FROM generate_series(1, 20) g`);
    const doc = bigText();
    await pg.query(`UPDATE items SET doc = $1 WHERE id = 1`, [doc]);
    const lake = await lakeFor('one', ['items']);
    await runPipeline(
      lake,
      pg,
      async (run) => {
        await pg.query(`UPDATE items SET qty = 100 WHERE id = 1`); // doc not resent by Postgres
        await pg.query(`DELETE FROM items WHERE id = 2`);
        await pg.query(`INSERT INTO items VALUES (21, NULL, NULL, NULL, 'x')`);
        assert.deepEqual(await run.catchUp(), []);
        assert.ok(run.events.some((e) => e.type === 'kafka.produced'));
      },
      'one',
    );
    const records = await kafkajsConsume(kafka.bootstrap, ['one.public.items']);
    const { state, tombstones, deletes, placeholders } = fold(records);
    assert.equal(placeholders, 0, 'no __debezium_unavailable_value: lake filled the TOAST value');
    assert.equal(deletes, 1);
    assert.equal(tombstones, 1);
    assert.equal(state.size, 20);
    assert.deepEqual(state.get('{"id":1}'), { id: 1, qty: 100, price: '1.50', ok: false, doc });
    assert.deepEqual(state.get('{"id":21}'), { id: 21, qty: null, price: null, ok: null, doc: 'x' });
    assert.equal(state.has('{"id":2}'), false);
    const update = records.map((r) => (r.payload ? (JSON.parse(r.payload) as Envelope) : undefined)).find((v) => v?.op === 'u');
    assert.deepEqual(Object.keys(update!), ['before', 'after', 'source', 'op', 'ts_ms', 'transaction']);
    assert.equal(update!.source.table, 'items');
  });

  it('does not produce the changes a re-copy of a table already holds: no key goes back in time, no TOAST placeholder', { timeout: 180_000 }, async () => {
    await pg.query(`CREATE TABLE notes (id int PRIMARY KEY, note text, doc text)`);
    await pg.query(`INSERT INTO notes SELECT g, 'n' || g, NULL FROM generate_series(1, 10) g`);
    const doc = bigText(20_000);
    await pg.query(`UPDATE notes SET doc = $1 WHERE id = 1`, [doc]);
    const lake = await lakeFor('three', ['notes']);
    await runPipeline(lake, pg, async (run) => assert.deepEqual(await run.catchUp(), []), 'three');
    // While nothing streams: changes the slot still holds, then a copy of the table at a later position.
    await pg.query(`UPDATE notes SET note = 'while stopped' WHERE id = 1`); // doc is not resent
    await pg.query(`DELETE FROM notes WHERE id = 2`);
    const outcome = await new CdcPipeline(lake.runtime, 'three').snapshot(['notes']);
    assert.equal(outcome.performedBy, 'self');
    assert.deepEqual((await promote(lake.runtime, 'three', ['notes'])).failures, []);
    // The stream now brings the two changes from before the copy, then one after it.
    await runPipeline(
      lake,
      pg,
      async (run) => {
        await pg.query(`UPDATE notes SET note = 'after the copy' WHERE id = 1`);
        assert.deepEqual(await run.catchUp(), []);
      },
      'three',
    );
    const records = (await kafkajsConsume(kafka.bootstrap, ['three.public.notes'])).sort((a, b) => a.partition - b.partition || a.offset - b.offset);
    assert.equal(fold(records).placeholders, 0, 'no __debezium_unavailable_value');
    // In arrival order (what a consumer applying messages as they come sees), no key's position goes back.
    const seen = new Map<string, bigint>();
    for (const r of records) {
      if (r.payload === null) continue;
      const lsn = BigInt(/"lsn":(\d+)/.exec(r.payload)![1]);
      assert.ok(lsn >= (seen.get(r.key!) ?? -1n), `${r.key}: a message at ${lsn} after one at ${seen.get(r.key!)}`);
      seen.set(r.key!, lsn);
    }
    const state = fold(records).state;
    assert.deepEqual(state.get('{"id":1}'), { id: 1, note: 'after the copy', doc });
    assert.equal(state.has('{"id":2}'), false, 'the copy holds the delete');
  });

  it('loses nothing and keeps commit order per key across SIGKILLs of lake', { timeout: 600_000 }, async () => {
    await pg.query(`CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric(10,2), note text, doc text)`);
    await pg.query(`INSERT INTO orders SELECT g, g % 50, g * 0.25, 'seed ' || g, NULL FROM generate_series(1, 2000) g`);
    for (let id = 100; id <= 2000; id += 100) await pg.query(`UPDATE orders SET doc = $1 WHERE id = $2`, [bigText(3_000), id]);
    await pg.query(`CREATE TABLE events (id bigserial PRIMARY KEY, tx int NOT NULL)`);
    const lake = await lakeFor('two', ['orders', 'events']);
    const startChild = (): TrackedChild => children.start(process.execPath, ['--import', 'tsx', CHILD, lake.configFile, 'two'], { cwd: REPO_ROOT });

    const seed = Number(process.env.KAFKA_SINK_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`workload seed ${seed} (replay with KAFKA_SINK_SEED=${seed})`);
    const random = generator(seed);
    let nextOrder = 2001;
    let committed = 0;
    const anyOrder = () => 1 + random(nextOrder - 1);
    async function statement(client: pg.Client): Promise<void> {
      const roll = random(100);
      if (roll < 25) await client.query(`INSERT INTO orders VALUES ($1, $2, $3, $4, NULL)`, [nextOrder++, random(50), (random(100000) / 100).toFixed(2), `new ${random(1000)}`]);
      else if (roll < 50) await client.query(`UPDATE orders SET amount = amount + 1, note = coalesce(note, '') || '+' WHERE id = $1`, [anyOrder()]);
      // Another column changes on a row with a TOASTed doc: Postgres does not resend the doc.
      else if (roll < 65) await client.query(`UPDATE orders SET note = 'toast kept ' || $1 WHERE id = $2`, [random(1000), 100 * (1 + random(20))]);
      else if (roll < 72) await client.query(`UPDATE orders SET note = NULL, customer_id = NULL WHERE id = $1`, [anyOrder()]);
      else if (roll < 80) await client.query(`DELETE FROM orders WHERE id = $1`, [anyOrder()]);
      else if (roll < 88) {
        const id = anyOrder();
        await client.query(`DELETE FROM orders WHERE id = $1`, [id]);
        await client.query(`INSERT INTO orders (id, note) VALUES ($1, 'reinserted')`, [id]);
        // A key change that leaves a TOASTed value unchanged is README's known limit under REPLICA IDENTITY
        // DEFAULT (Postgres sends neither the value nor the old row): only rows without one move here.
      } else if (roll < 92) await client.query(`UPDATE orders SET id = $1 WHERE id = $2 AND (doc IS NULL OR length(doc) < 1000)`, [nextOrder++, anyOrder()]);
      else await client.query(`UPDATE orders SET doc = $1 WHERE id = $2`, [random(2) === 0 ? null : 'short doc', anyOrder()]);
    }
    writing = true;
    workload = (async () => {
      const client = await pg.client();
      try {
        while (writing) {
          await client.query('BEGIN');
          for (let i = 0, n = 1 + random(4); i < n; i++) await statement(client);
          await client.query(`INSERT INTO events (tx) VALUES ($1)`, [committed]);
          if (random(15) === 0) await client.query('ROLLBACK');
          else {
            await client.query('COMMIT');
            committed++;
          }
          await new Promise((r) => setTimeout(r, 3));
        }
      } finally {
        await client.end();
      }
    })();

    const kills: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      const run = startChild();
      if (round >= 1) await run.waitForOutput(/FLUSHED/, 120_000);
      await new Promise((r) => setTimeout(r, round < 1 ? 500 + random(3000) : random(2500)));
      assert.ok(run.running(), `the lake process is still running when killed (round ${round}): ${run.output()}`);
      run.child.kill('SIGKILL');
      await withDeadline(run.exited, 'the killed lake process to exit', 10_000);
      kills.push(/FLUSHED/.test(run.output()) ? 'streaming' : /STREAMING/.test(run.output()) ? 'started' : 'early');
    }
    writing = false;
    await withDeadline(workload, 'the workload to stop', 30_000);
    console.log(`committed ${committed} transactions; kills ${kills.join(',')}`);
    assert.ok(committed > 100, `the workload committed ${committed} transactions`);

    // A last, uninterrupted run catches up and stops gracefully.
    const target = await currentLsn(pg);
    const final = startChild();
    await waitFor(
      async () => {
        const state = await readCdcState(lake.runtime, 'two');
        return state !== undefined && parseLsn(state.flushed_lsn) >= target;
      },
      () => `the final run to flush everything: ${final.output().slice(-3000)}`,
      180_000,
    );
    final.child.kill('SIGTERM');
    assert.equal(await withDeadline(final.exited, 'the final run to stop after SIGTERM', 60_000), 0, final.output());

    const topics = ['two.public.orders', 'two.public.events'];
    assert.deepEqual(await truncatedPartitions(kafka.bootstrap, topics), [], 'the mock cluster kept every message (it drops old segments past a few MB per partition)');
    const [viaKafkajs, viaKcat] = await Promise.all([kafkajsConsume(kafka.bootstrap, topics, 120_000), Promise.all(topics.map((t) => kcatConsume(kafka.bootstrap, t, 120_000))).then((r) => r.flat())]);
    const id = (r: KcatRecord) => `${r.topic}/${r.partition}/${r.offset}`;
    const sorted = (rs: KcatRecord[]) => [...rs].sort((a, b) => id(a).localeCompare(id(b)));
    assert.equal(viaKcat.length, viaKafkajs.length, 'kcat and kafkajs read the same number of records');
    assert.deepEqual(sorted(viaKcat), sorted(viaKafkajs), 'kcat and kafkajs read the same records');

    for (const topic of topics) {
      // Partition order is what a consumer sees; keys never span partitions.
      const records = viaKcat.filter((r) => r.topic === topic).sort((a, b) => a.partition - b.partition || a.offset - b.offset);
      const { state, streamed, tombstones, deletes, unfilled } = fold(records);
      // A first copy redone after a kill leaves lake no version older than the copy: a change from before
      // it of a key the copy no longer holds (deleted meanwhile) goes out with Debezium's placeholder, as
      // README says. Any other placeholder is a value lake had and did not fill.
      const table = topic.split('.').at(-1)!;
      const copiedAt = (await readCdcState(lake.runtime, 'two'))?.tables[table]?.snapshot_lsn;
      const copy = copiedAt ? parseLsn(copiedAt) : -1n;
      assert.deepEqual(unfilled.filter((lsn) => lsn >= copy), [], `${topic}: no __debezium_unavailable_value after the table's copy`);
      assert.equal(tombstones, deletes, `${topic}: a tombstone after every delete`);
      assertCommitOrderPerKey(streamed, topic);
      const rows = (await pg.query(`SELECT * FROM ${table} ORDER BY id`)).rows as Array<Record<string, unknown>>;
      assert.equal(state.size, rows.length, `${topic}: as many keys as rows in Postgres`);
      for (const row of rows) {
        const expected = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) && k === 'id' ? Number(v) : v]));
        assert.deepEqual(state.get(`{"id":${row.id}}`), expected, `${topic}: row ${row.id}`);
      }
    }
    // The workload did exercise TOAST filling: Postgres left values out, and lake filled them (no placeholder above).
    const bronzeOrders = await Promise.all((await lake.runtime.storage.list('bronze/orders/')).map((k) => lake.runtime.storage.localPath(k)));
    const unchanged = await lake.runtime.engine.one(
      `SELECT count(*)::BIGINT AS n FROM read_parquet([${bronzeOrders.map((p) => `'${p}'`).join(', ')}], union_by_name = true) WHERE len(_unchanged_toast) > 0`,
    );
    assert.ok(Number(unchanged.n) > 0, 'some updates left a TOASTed value out');
    // Nothing missing: every committed transaction's event row arrived (the state check above holds them all).
    const events = (await pg.query<{ n: string }>(`SELECT count(*) AS n FROM events`)).rows[0].n;
    assert.equal(Number(events), committed);
  });
});
