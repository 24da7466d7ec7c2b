/**
 * Connecting to Kafka (kafkajs) from a `connection` section, and kafkajs' errors translated into lake's
 * where they enter.
 *
 * Settings come from the environment only, never the config file: `<prefix>_BROKERS` (host:port,
 * comma-separated), `<prefix>_SSL` (true/false), `<prefix>_SASL_MECHANISM` (plain, scram-sha-256,
 * scram-sha-512), `<prefix>_SASL_USERNAME`, `<prefix>_SASL_PASSWORD`, with `env_prefix` from the config
 * (default KAFKA). The broker addresses and the SASL credentials are registered as secrets the moment
 * they are read, so no log line or error message carries them (src/observability/redact.ts); kafkajs'
 * own logging is off, and its errors reach the operator only as LakeErrors naming the source.
 *
 * Producers are never idempotent (`idempotent: false`, one request in flight per broker connection, so
 * retries cannot reorder): lake's at-least-once contract plus the consumer's dedup rule does what
 * idempotence would, and librdkafka's mock cluster used by the tests does not support it.
 */
import { Kafka, logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';
import type { KafkaConnectionConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';
import { registerSecret } from '../errors/index.ts';

export interface KafkaSettings {
  brokers: string[];
  ssl: boolean;
  sasl?: SASLOptions;
}

/** Reads `<prefix>_*` from `env`; fails with the variable's name (never its value) when one is missing or wrong. */
export function kafkaSettings(connection: KafkaConnectionConfig, env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const prefix = connection.env_prefix;
  const need = (suffix: string) => `${prefix}_${suffix}`;
  const configError = (message: string, remedy: string) => new LakeError(message, { kind: 'config', retry: 'needs-person', remedy });
  const brokersText = env[need('BROKERS')]?.trim();
  if (!brokersText) {
    throw configError(`environment variable ${need('BROKERS')} is not set`, `set ${need('BROKERS')} to the Kafka bootstrap servers (host:port, comma-separated)`);
  }
  const brokers = brokersText.split(',').map((b) => b.trim()).filter(Boolean);
  for (const broker of brokers) registerSecret(broker);
  if (brokers.some((b) => !/^[^\s:/]+:\d{1,5}$/.test(b))) {
    throw configError(`environment variable ${need('BROKERS')} is not a list of host:port`, `set ${need('BROKERS')} to host:port pairs separated by commas`);
  }
  const sslText = (env[need('SSL')] ?? 'false').trim().toLowerCase();
  if (!['true', 'false', '1', '0', ''].includes(sslText)) {
    throw configError(`environment variable ${need('SSL')} must be true or false`, `set ${need('SSL')}=true for TLS, or unset it`);
  }
  const ssl = sslText === 'true' || sslText === '1';
  const mechanism = env[need('SASL_MECHANISM')]?.trim().toLowerCase();
  if (!mechanism) return { brokers, ssl };
  const username = env[need('SASL_USERNAME')] ?? '';
  const password = env[need('SASL_PASSWORD')] ?? '';
  registerSecret(username);
  registerSecret(password);
  if (!username || !password) {
    throw configError(`${need('SASL_MECHANISM')} is set but ${need('SASL_USERNAME')} or ${need('SASL_PASSWORD')} is not`, `set both, or unset ${need('SASL_MECHANISM')}`);
  }
  if (mechanism !== 'plain' && mechanism !== 'scram-sha-256' && mechanism !== 'scram-sha-512') {
    throw configError(`${need('SASL_MECHANISM')} must be plain, scram-sha-256 or scram-sha-512`, `set ${need('SASL_MECHANISM')} to one of them`);
  }
  return { brokers, ssl, sasl: { mechanism, username, password } as SASLOptions };
}

/** A kafkajs client for `connection`; nothing connects until a producer, consumer or admin does. */
export function kafkaClient(connection: KafkaConnectionConfig, env: NodeJS.ProcessEnv = process.env): Kafka {
  const settings = kafkaSettings(connection, env);
  const config: KafkaConfig = {
    clientId: connection.client_id,
    brokers: settings.brokers,
    ssl: settings.ssl,
    ...(settings.sasl ? { sasl: settings.sasl } : {}),
    connectionTimeout: connection.connection_timeout_ms,
    requestTimeout: connection.request_timeout_ms,
    // kafkajs retries a request within a few seconds; lake's own loop reconnects with backoff beyond that.
    retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 5_000 },
    logLevel: logLevel.NOTHING,
  };
  return new Kafka(config);
}

/** Protocol errors a retry cannot fix: a person must change the topic, the ACLs or the credentials. */
const NEEDS_PERSON: Record<string, string> = {
  MESSAGE_TOO_LARGE: "raise the topic's max.message.bytes (and the brokers' message.max.bytes), or lower kafka.max_request_bytes",
  RECORD_LIST_TOO_LARGE: "raise the topic's max.message.bytes, or lower kafka.max_request_bytes",
  TOPIC_AUTHORIZATION_FAILED: "grant this client Write (sink) or Read (source) on the topics",
  GROUP_AUTHORIZATION_FAILED: 'grant this client Read on the consumer group',
  CLUSTER_AUTHORIZATION_FAILED: 'grant this client the cluster permissions it needs (IdempotentWrite is not used)',
  SASL_AUTHENTICATION_FAILED: 'check the SASL mechanism, user name and password in the environment',
  UNSUPPORTED_SASL_MECHANISM: 'set the SASL mechanism the brokers accept',
  INVALID_TOPIC_EXCEPTION: 'check the topic names in the config',
  INVALID_REPLICATION_FACTOR: 'create the topics with a replication factor the cluster can hold',
};

function rootOf(error: unknown): { type?: string; name?: string; message: string; retriable?: boolean } {
  let current = error as { type?: string; name?: string; message?: string; retriable?: boolean; cause?: unknown; originalError?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const next = (current.originalError ?? current.cause) as typeof current;
    if (!next || typeof next !== 'object') break;
    current = next;
  }
  return { type: current?.type, name: current?.name, message: String(current?.message ?? error), retriable: current?.retriable };
}

/**
 * kafkajs' error as a LakeError: `what` says what lake was doing ("producing changes of source shop").
 * Protocol errors a person must fix are 'needs-person' with a remedy; everything else (lost connections,
 * leader elections, timeouts, a broker down) is 'automatic': the loop reconnects with backoff and
 * re-sends from the recorded position.
 */
export function kafkaError(error: unknown, what: string): LakeError {
  if (error instanceof LakeError) return error;
  const root = rootOf(error);
  const outer = error as { name?: string; message?: string };
  const message = `Kafka: ${what} failed: ${outer.message ?? String(error)}${root.message && root.message !== outer.message ? ` (${root.message})` : ''}`;
  const remedy = (root.type && NEEDS_PERSON[root.type]) ?? (root.name === 'KafkaJSSASLAuthenticationError' ? NEEDS_PERSON.SASL_AUTHENTICATION_FAILED : undefined);
  if (remedy) return new LakeError(message, { kind: 'replication', retry: 'needs-person', remedy, cause: error });
  if (error instanceof TypeError || error instanceof RangeError) {
    return new LakeError(`internal error while ${what}: ${(error as Error).message}`, { kind: 'internal', retry: 'never', cause: error });
  }
  return new LakeError(message, { kind: 'replication', retry: 'automatic', remedy: 'lake reconnects with backoff; check that the brokers are reachable', cause: error });
}
