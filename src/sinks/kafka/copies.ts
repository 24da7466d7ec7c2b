/**
 * What a table's copy already holds. A table copied again (`lake snapshot`, or its first copy redone
 * after a crash) is copied at an LSN ahead of the stream, and its rows are produced as `r` messages at
 * that LSN. The stream then still brings the changes from before it. For a key the copy holds, those
 * changes are contained in its `r` message: produced after it they would move the key back in time for a
 * consumer that applies messages in arrival order (and lake keeps no version older than the copy to fill
 * their unchanged TOAST values from). For a key the copy does not hold, they are how the key went away
 * (the last of them is a delete), and a consumer needs them.
 */
import type { CdcRow, Lsn } from '../../changes/index.ts';
import { sqlIdent, sqlString, type Engine } from '../../engine/index.ts';
import { changeFilesBetween, type LakeStorage } from '../../storage/index.ts';
import { keyTextsOf, withRetries } from './lake-reads.ts';

/** The rows among `rows` (changes of `table` older than its copy at `copyLsn`) whose key the copy holds. */
export async function heldByCopy(
  engine: Engine,
  storage: LakeStorage,
  table: string,
  copyLsn: Lsn,
  primaryKey: string[],
  rows: CdcRow[],
): Promise<Set<CdcRow>> {
  const keyed = rows.flatMap((row) => {
    const texts = keyTextsOf(row, primaryKey);
    return texts ? [{ row, texts }] : [];
  });
  if (keyed.length === 0) return new Set();
  return withRetries(async () => {
    const files = await changeFilesBetween(storage, table, copyLsn - 1n, copyLsn);
    if (files.length === 0) return new Set<CdcRow>();
    const paths = await Promise.all(files.map((k) => storage.localPath(k)));
    const read = `read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)`;
    const types = new Map((await engine.all(`DESCRIBE SELECT * FROM ${read}`)).map((r) => [String(r.column_name), String(r.column_type)]));
    if (!primaryKey.every((k) => types.has(k))) return new Set<CdcRow>();
    const keyNames = primaryKey.map((_, i) => `__k${i}`);
    const values = keyed.map(({ texts }, i) => `(${i}, ${texts.map(sqlString).join(', ')})`);
    const join = primaryKey.map((k, i) => `s.${sqlIdent(k)} = TRY_CAST(r.${keyNames[i]} AS ${types.get(k)})`).join(' AND ');
    const held = await engine.all(
      `SELECT r.__i FROM (VALUES ${values.join(', ')}) r(__i, ${keyNames.join(', ')})
       SEMI JOIN (SELECT ${primaryKey.map(sqlIdent).join(', ')} FROM ${read} WHERE _op = 'r' AND _lsn = ${copyLsn}) s ON ${join}`,
    );
    return new Set(held.map((r) => keyed[Number(r.__i)].row));
  });
}
