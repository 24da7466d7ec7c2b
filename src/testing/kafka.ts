/**
 * A Kafka-protocol server for tests: librdkafka's MOCK CLUSTER, started by Debian's `kcat`
 * (`kcat -X test.mock.num.brokers=3 -b x -C -t <topic>` prints `Mock cluster enabled … 127.0.0.1:PORT,…`
 * on stderr and serves for as long as kcat runs). It is NOT Apache Kafka: it speaks the wire protocol
 * (produce with acks=-1, fetch, consumer groups, offset commits) with three in-process brokers and
 * auto-created topics of four partitions; it does not support the idempotent producer, and it does not
 * model replication failures, disks or transactions the way a real cluster does. No Kafka broker can be
 * installed on the test machines (Kafka is not packaged for Debian); `.ci/run` installs `kcat`.
 *
 * Also a consumer for assertions that shares no code with lake: kcat itself (`kcat -C -J`), reading a
 * topic from the beginning to its end. Every process started here is stopped by `stop()` with deadlines.
 */
import { execFileSync, spawn } from 'node:child_process';
import { stopChild } from './server-process.ts';

export interface MockKafka {
  /** `host:port` of the mock brokers. */
  brokers: string[];
  /** The same, comma-separated: what `KAFKA_BROKERS` is set to. */
  bootstrap: string;
  stop(): Promise<void>;
}

/** The message kcat -J prints per record. */
export interface KcatRecord {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  payload: string | null;
}

function kcatPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v kcat'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('kcat is not installed: the Kafka tests run librdkafka\'s mock cluster through it (apt-get install kcat; .ci/run does this)');
  }
}

/** Starts librdkafka's mock cluster (three brokers) through kcat and waits for its addresses. */
export async function startMockKafka(options: { brokers?: number; timeoutMs?: number } = {}): Promise<MockKafka> {
  const kcat = kcatPath();
  const child = spawn(kcat, ['-X', `test.mock.num.brokers=${options.brokers ?? 3}`, '-b', 'mock', '-C', '-t', '__lake_mock_keepalive', '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  try {
    const bootstrap = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`librdkafka's mock cluster did not start within ${(options.timeoutMs ?? 15_000) / 1000} s: ${stderr}`)), options.timeoutMs ?? 15_000);
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        const match = /replaced with (\S+)/.exec(stderr) ?? /Mock cluster enabled.*?(127\.0\.0\.1:\d+(?:,127\.0\.0\.1:\d+)*)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`kcat exited (${code}) before the mock cluster started: ${stderr}`));
      });
    });
    return { brokers: bootstrap.split(','), bootstrap, stop: () => stopChild(child, exited) };
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
}

/** Every record of `topic` from the beginning to its current end, read by kcat (`-C -J -e`). */
export async function kcatConsume(bootstrap: string, topic: string, timeoutMs = 60_000): Promise<KcatRecord[]> {
  const child = spawn(kcatPath(), ['-b', bootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-J', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (err += c));
  let timer: NodeJS.Timeout | undefined;
  try {
    const code = await Promise.race([
      exited,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`kcat -C -J ${topic} did not finish within ${timeoutMs / 1000} s`)), timeoutMs))),
    ]);
    if (code !== 0) throw new Error(`kcat -C -J ${topic} exited with ${code}: ${err}`);
  } finally {
    clearTimeout(timer);
    await stopChild(child, exited);
  }
  return out
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => {
      const r = JSON.parse(l) as { topic: string; partition: number; offset: number; key: string | null; payload: string | null };
      return { topic: r.topic, partition: r.partition, offset: r.offset, key: r.key ?? null, payload: r.payload ?? null };
    });
}

/**
 * Every record of `topics` up to their ends at the time of the call, read by a plain kafkajs consumer
 * (a fresh consumer group, from the beginning): what any Kafka application would see.
 */
export async function kafkajsConsume(bootstrap: string, topics: string[], timeoutMs = 60_000): Promise<KcatRecord[]> {
  const { Kafka, logLevel } = await import('kafkajs');
  const kafka = new Kafka({ clientId: 'lake-test-reader', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const consumer = kafka.consumer({ groupId: `lake-test-${Math.random().toString(16).slice(2)}` });
  const records: KcatRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    const remaining = new Map<string, number>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.high) > Number(p.low)) remaining.set(`${topic}:${p.partition}`, Number(p.high));
    }
    if (remaining.size === 0) return records;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await Promise.race([
      new Promise<void>((resolve) => {
        void consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            const end = remaining.get(`${topic}:${partition}`);
            const offset = Number(message.offset);
            if (end === undefined || offset >= end) return;
            records.push({ topic, partition, offset, key: message.key?.toString('utf8') ?? null, payload: message.value?.toString('utf8') ?? null });
            if (offset + 1 >= end) remaining.delete(`${topic}:${partition}`);
            if (remaining.size === 0) resolve();
          },
        });
      }),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`kafkajs did not read ${topics.join(', ')} to the end within ${timeoutMs / 1000} s`)), timeoutMs))),
    ]);
    return records;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}

/**
 * Partitions whose log no longer starts at offset 0. librdkafka's mock cluster keeps only a few MB per
 * partition and deletes older segments beyond that; a test proving "nothing missing" must check that it
 * did not, or it would blame lake for the mock's retention.
 */
export async function truncatedPartitions(bootstrap: string, topics: string[]): Promise<string[]> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'lake-test-admin', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const out: string[] = [];
    for (const topic of topics) for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.low) > 0) out.push(`${topic}:${p.partition} starts at ${p.low}`);
    return out;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}
