/**
 * The Kafka quarantine: messages of a `kafka` source that cannot become changes (not JSON, not a Debezium
 * envelope, Avro in Confluent's wire format, a key that does not match the primary key, a value that does
 * not fit its schema) are kept, never a reason to stop the partition. Each batch's bad messages are one
 * Parquet file `bronze/<source>_kafka_quarantine/year=/month=/day=/part-<pos>-<pos>-<id>.parquet` (the day
 * it was quarantined; `lake query` shows it as `bronze.<source>_kafka_quarantine`), written in the same
 * durable step as the batch's bronze change files (before the position and offsets are recorded), with
 * `topic`, `partition`, `offset`, `timestamp`, `key` and `value` (the exact bytes), `key_text` and
 * `value_text` (the same as UTF-8 text, when they are), `reason`, `quarantined_at` and `_lsn` (the batch's
 * position). Like bronze change files, a file above the recorded position belongs to a batch that was
 * never recorded and is removed before consuming again; so each message is quarantined once.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sqlString, type Engine } from '../../engine/index.ts';
import { changeDayPrefix, changeFileKey, changeFilesPrefix, kafkaQuarantineTable, lsnRangeOfKey, type LakeStorage } from '../../storage/index.ts';
import type { QuarantinedMessage } from './changes.ts';

/** Quarantine files of `source` (all, or those of positions above `above`). */
export async function kafkaQuarantineFiles(storage: LakeStorage, source: string, above = -1n): Promise<string[]> {
  return (await storage.list(changeFilesPrefix(kafkaQuarantineTable(source)))).filter((k) => (lsnRangeOfKey(k)?.min ?? -1n) > above);
}

/** Writes the batch's quarantined messages as one published file; durable on return. */
export async function writeQuarantine(engine: Engine, storage: LakeStorage, workDir: string, source: string, position: bigint, messages: QuarantinedMessage[]): Promise<string | undefined> {
  if (messages.length === 0) return undefined;
  const id = randomBytes(6).toString('hex');
  const stage = `kafka_quarantine_${id}`;
  await fs.mkdir(workDir, { recursive: true });
  const local = path.join(workDir, `quarantine-${id}.parquet`);
  const session = await engine.session();
  try {
    await session.run(`CREATE TEMP TABLE ${stage} (topic VARCHAR, "partition" INTEGER, "offset" BIGINT, ts_ms DOUBLE, "key" BLOB, "value" BLOB, reason VARCHAR)`);
    const appender = await session.appender(stage);
    try {
      for (const { message, reason } of messages) {
        appender.appendVarchar(message.topic);
        appender.appendInteger(message.partition);
        appender.appendBigInt(message.offset);
        appender.appendDouble(message.timestampMs);
        if (message.key) appender.appendBlob(message.key);
        else appender.appendNull();
        if (message.value) appender.appendBlob(message.value);
        else appender.appendNull();
        appender.appendVarchar(reason);
        appender.endRow();
      }
    } finally {
      appender.closeSync();
    }
    await session.run(
      `COPY (SELECT topic, "partition", "offset", make_timestamptz(CAST(ts_ms * 1000 AS BIGINT)) AS "timestamp", "key", "value",
                    TRY(decode("key")) AS key_text, TRY(decode("value")) AS value_text, reason, now() AS quarantined_at, ${position}::UBIGINT AS _lsn
             FROM ${stage} ORDER BY topic, "partition", "offset") TO ${sqlString(local)} (FORMAT parquet)`,
    );
    const key = changeFileKey(changeDayPrefix(kafkaQuarantineTable(source), Date.now()), position, position, id);
    await storage.publishFile(key, local, { move: true });
    return key;
  } finally {
    await session.run(`DROP TABLE IF EXISTS ${stage}`).catch(() => {});
    session.close();
    await fs.rm(local, { force: true });
  }
}
