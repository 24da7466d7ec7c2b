/**
 * Unchanged TOAST values for the Kafka sink, from lake's own state. Postgres does not resend a TOASTed
 * column an UPDATE left alone (REPLICA IDENTITY DEFAULT); Debezium then emits the placeholder
 * `__debezium_unavailable_value`. lake has the value: it is in the table's silver state (as of its
 * watermark) or in a bronze change above that watermark, including the batch being produced, which the
 * loop wrote to bronze first. For each such change this finds, per key, the newest earlier version
 * (in commit order, `_lsn` then `_seq`) that carried the column, as silver's merge does. Only when lake
 * has no version at all does the placeholder go out: with the snapshot produced (`kafka.snapshot`, the
 * default) the changes older than a table's copy are left out for the keys the copy holds (copies.ts);
 * the others are read against the older bronze files, which a copy redone after a crash no longer has,
 * so a change of a key deleted before such a copy can carry one.
 *
 * Reads race with silver commits and bronze compaction, which delete files this may have listed: a read
 * that fails is retried on a fresh listing, a few times.
 */
import type { CdcRow } from '../../changes/index.ts';
import { sqlIdent, sqlString, type Engine } from '../../engine/index.ts';
import { parseLsn, UNCHANGED_TOAST } from '../../ingest/postgres/index.ts';
import type { EncodeValue } from '../../kafka/index.ts';
import { cdcSilverFiles, readCdcSilverManifest } from '../../silver/cdc.ts';
import { changeFilesBetween, type LakeStorage } from '../../storage/index.ts';
import { keyTextsOf, withRetries } from './lake-reads.ts';

const LSN_STEP = 4294967296n;

/** `CAST(col AS VARCHAR)` in the form the Debezium encoder reads (Postgres text, or DuckDB's for the same value). */
export function renderText(column: string, duckdbType: string): string {
  const c = sqlIdent(column);
  if (duckdbType === 'BLOB') return `'\\x' || lower(hex(${c}))`;
  if (duckdbType === 'BOOLEAN') return `CASE WHEN ${c} THEN 't' WHEN NOT ${c} THEN 'f' END`;
  return `CAST(${c} AS VARCHAR)`;
}

interface Request {
  row: CdcRow;
  index: number;
  keyTexts: string[];
  columns: string[];
}

/**
 * The values to produce for `rows`, with each unchanged TOAST value filled where lake has it; rows
 * without unchanged values are absent from the map. `primaryKey(table)` is the lake table's key.
 */
export async function fillUnchangedToast(
  engine: Engine,
  storage: LakeStorage,
  rows: CdcRow[],
  primaryKey: (table: string) => string[],
): Promise<{ values: Map<CdcRow, EncodeValue[]>; unavailable: number }> {
  const byTable = new Map<string, Request[]>();
  rows.forEach((row, index) => {
    if (!row.values || !row.values.includes(UNCHANGED_TOAST)) return;
    const keyTexts = keyTextsOf(row, primaryKey(row.shape.table));
    if (!keyTexts) return;
    const columns = row.shape.columns.filter((_, i) => row.values![i] === UNCHANGED_TOAST).map((c) => c.name);
    let list = byTable.get(row.shape.table);
    if (!list) byTable.set(row.shape.table, (list = []));
    list.push({ row, index, keyTexts, columns });
  });
  const values = new Map<CdcRow, EncodeValue[]>();
  let unavailable = 0;
  for (const [table, requests] of byTable) {
    const found = await withRetries(() => lookUp(engine, storage, table, primaryKey(table), requests));
    for (const request of requests) {
      const filled: EncodeValue[] = request.row.values!.map((v, i) => {
        if (v !== UNCHANGED_TOAST) return v;
        const hit = found.get(request.index)?.get(request.row.shape.columns[i].name);
        if (hit === undefined) {
          unavailable++;
          return UNCHANGED_TOAST;
        }
        return hit;
      });
      values.set(request.row, filled);
    }
  }
  return { values, unavailable };
}

/** request index → column → value (a string, or null for a carried NULL); a column absent from the map was not found. */
async function lookUp(engine: Engine, storage: LakeStorage, table: string, key: string[], requests: Request[]): Promise<Map<number, Map<string, string | null>>> {
  const manifest = await readCdcSilverManifest(storage, table);
  const watermark = manifest ? parseLsn(manifest.watermark_lsn) : -1n;
  const maxLsn = requests.reduce((m, r) => (r.row.lsn > m ? r.row.lsn : m), 0n);
  // A change older than silver's watermark (one from before a re-copy of its table) can take nothing from
  // silver, which is newer: its versions are in the older bronze files, as long as they are kept.
  const floor = requests.some((r) => r.row.lsn <= watermark) ? -1n : watermark;
  const bronze = await changeFilesBetween(storage, table, floor, maxLsn);
  const silver = manifest ? cdcSilverFiles(manifest) : [];
  const bronzePaths = await Promise.all(bronze.map((k) => storage.localPath(k)));
  const silverPaths = await Promise.all(silver.map((k) => storage.localPath(k)));
  const read = (paths: string[]) => `read_parquet([${paths.map(sqlString).join(', ')}], union_by_name = true, hive_partitioning = false)`;
  const describe = async (paths: string[]) =>
    paths.length === 0 ? new Map<string, string>() : new Map((await engine.all(`DESCRIBE SELECT * FROM ${read(paths)}`)).map((r) => [String(r.column_name), String(r.column_type)]));
  const bronzeTypes = await describe(bronzePaths);
  const silverTypes = await describe(silverPaths);
  const types = new Map([...silverTypes, ...bronzeTypes]);
  const wanted = [...new Set(requests.flatMap((r) => r.columns))].filter((c) => types.has(c));
  if (wanted.length === 0 || !key.every((k) => types.has(k))) return new Map();
  const value = (c: string, has: Map<string, string>) =>
    has.has(c)
      ? `coalesce(${has.has('_pg_text') ? `_pg_text[${sqlString(c)}]` : 'NULL'}, ${renderText(c, has.get(c)!)}) AS ${sqlIdent(c)}`
      : `NULL::VARCHAR AS ${sqlIdent(c)}`;
  const parts: string[] = [];
  if (bronzePaths.length > 0) {
    parts.push(`SELECT ${key.map(sqlIdent).join(', ')}, ${wanted.map((c) => value(c, bronzeTypes)).join(', ')}, _op, _unchanged_toast,
                       CAST(_lsn AS HUGEINT) * ${LSN_STEP} + _seq + 1 AS __ord
                FROM ${read(bronzePaths)} WHERE _lsn > ${floor < 0n ? -1 : floor}`);
  }
  if (silverPaths.length > 0) {
    parts.push(`SELECT ${key.map(sqlIdent).join(', ')}, ${wanted.map((c) => value(c, silverTypes)).join(', ')}, 'p' AS _op, NULL::VARCHAR[] AS _unchanged_toast,
                       CAST(_lsn AS HUGEINT) * ${LSN_STEP} AS __ord
                FROM ${read(silverPaths)}`);
  }
  if (parts.length === 0) return new Map();
  const requestRows = requests.map(
    (r) => `(${r.index}, ${(BigInt(r.row.lsn) * LSN_STEP + BigInt(r.row.seq) + 1n).toString()}::HUGEINT, ${r.keyTexts.map(sqlString).join(', ')})`,
  );
  const keyNames = key.map((_, i) => `__k${i}`);
  const join = key.map((k, i) => `s.${sqlIdent(k)} = TRY_CAST(r.${keyNames[i]} AS ${types.get(k)})`).join(' AND ');
  const picks = wanted.map(
    (c, i) =>
      `arg_max(struct_pack(v := s.${sqlIdent(c)}), s.__ord) FILTER (WHERE s._op <> 'd' AND s._op <> 't' AND NOT coalesce(list_contains(s._unchanged_toast, ${sqlString(c)}), false)) AS __c${i}`,
  );
  const result = await engine.all(
    `SELECT r.__i, ${picks.join(', ')}
     FROM (VALUES ${requestRows.join(', ')}) r(__i, __ord, ${keyNames.join(', ')})
     JOIN (${parts.join(' UNION ALL BY NAME ')}) s ON ${join} AND s.__ord < r.__ord
     GROUP BY r.__i`,
  );
  const out = new Map<number, Map<string, string | null>>();
  for (const row of result) {
    const columns = new Map<string, string | null>();
    wanted.forEach((c, i) => {
      const struct = row[`__c${i}`] as { v: string | null } | null;
      if (struct) columns.set(c, struct.v ?? null);
    });
    out.set(Number(row.__i), columns);
  }
  return out;
}
