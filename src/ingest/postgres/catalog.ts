/**
 * Everything lake asks of a Postgres server outside the replication stream: publications, primary
 * keys, slots (create with an exported snapshot, inspect, drop), snapshot reads and heartbeats.
 * Postgres errors are translated into LakeErrors here, with the remedy an operator needs.
 */
import pg from 'pg';
import { LakeError } from '../../errors/index.ts';
import { parseLsn, type Lsn } from '../../changes/index.ts';

export interface TableRef {
  schema: string;
  name: string;
}

export function parseTableRef(qualified: string): TableRef {
  const [schema, name] = qualified.includes('.') ? qualified.split('.') : ['public', qualified];
  return { schema, name };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(table: TableRef): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
}

/** Values arrive as Postgres' text output: nothing is converted to JS numbers or Dates on the way. */
const RAW_TEXT = { getTypeParser: () => (value: string) => value };

export async function connect(connection: string, replication = false): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: connection, ...(replication ? { replication: 'database' } : {}) } as pg.ClientConfig);
  client.on('error', () => {}); // surfaced through the failing query instead
  try {
    await client.connect();
  } catch (error) {
    throw translatePgError(error, 'cannot connect to Postgres');
  }
  return client;
}

/**
 * Ends a connection without waiting on a server that is gone: pg's end() can wait forever for the close
 * of a socket that a Postgres shutdown already dropped.
 */
export async function closeQuietly(closable: { end(): Promise<unknown> } | { stop(): Promise<unknown> } | undefined, timeoutMs = 2_000): Promise<void> {
  if (!closable) return;
  const closing = ('end' in closable ? closable.end() : closable.stop()).catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closing, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

export function translatePgError(error: unknown, context: string): LakeError {
  if (error instanceof LakeError) return error;
  const e = error as { code?: string; message?: string };
  // LakeError redacts its message (connection strings, passwords) on construction.
  const message = `${context}: ${e.message ?? String(error)}`;
  const code = e.code ?? '';
  // Connection problems, shutdowns and serialization conflicts are worth another try.
  const transient =
    /^(08|57P0|53|40001|40P01)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code) ||
    /terminat|Connection ended|ECONNRESET|shutting down/i.test(e.message ?? '');
  if (code === '28P01' || code === '28000') {
    return new LakeError(message, { kind: 'replication', retry: 'needs-person', remedy: 'check the user and password in the connection string', cause: error });
  }
  if (code === '55006') {
    // "replication slot … is active for PID …": usually lake's own previous connection, whose walsender
    // has not noticed yet that it is gone; otherwise another consumer, which the remedy names.
    return new LakeError(message, {
      kind: 'replication',
      retry: 'automatic',
      remedy: 'if this persists, another process streams from the slot: stop it (pg_stat_replication shows it)',
      cause: error,
    });
  }
  if (code === '55000' && /wal_level/i.test(e.message ?? '')) {
    return new LakeError(message, { kind: 'replication', retry: 'needs-person', remedy: 'set wal_level = logical in postgresql.conf and restart Postgres', cause: error });
  }
  return new LakeError(message, { kind: 'replication', retry: transient ? 'automatic' : 'needs-person', cause: error });
}


/** Primary key columns from the catalog, in key order; empty when the table has none. */
export async function primaryKeyOf(client: pg.Client, table: TableRef): Promise<string[]> {
  const result = await client.query(
    `SELECT a.attname FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary
      ORDER BY array_position(i.indkey, a.attnum)`,
    [qualified(table)],
  );
  return result.rows.map((r) => r.attname as string);
}

export async function tableExists(client: pg.Client, table: TableRef): Promise<boolean> {
  const result = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [qualified(table)]);
  return result.rows[0].ok === true;
}

/**
 * Why Postgres could not publish UPDATEs and DELETEs of a table, or undefined when it can. A table in a
 * publication that publishes them must have a replica identity: its primary key (DEFAULT), a unique index
 * (USING INDEX) or the whole row (FULL). Without one, Postgres refuses the application's own UPDATEs and
 * DELETEs on it (`cannot update table … because it does not have a replica identity`), so lake must
 * never publish such a table.
 */
export async function replicaIdentityProblem(client: pg.Client, table: TableRef): Promise<LakeError | undefined> {
  const result = await client.query(
    `SELECT c.relreplident AS identity,
            EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) AS has_primary_key,
            EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisreplident) AS has_identity_index,
            (SELECT min(quote_ident(ic.relname)) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
              WHERE i.indrelid = c.oid AND i.indisunique AND i.indimmediate AND i.indpred IS NULL AND i.indexprs IS NULL
                AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = ANY(i.indkey) AND NOT a.attnotnull)
            ) AS candidate_index
       FROM pg_class c WHERE c.oid = $1::regclass`,
    [qualified(table)],
  );
  const row = result.rows[0] as { identity: string; has_primary_key: boolean; has_identity_index: boolean; candidate_index: string | null };
  const name = `${table.schema}.${table.name}`;
  let why: string | undefined;
  if (row.identity === 'n') why = 'its replica identity is NOTHING';
  else if (row.identity === 'd' && !row.has_primary_key) why = 'it has no primary key and its replica identity is DEFAULT';
  else if (row.identity === 'i' && !row.has_identity_index) why = 'its replica identity index no longer exists';
  if (!why) return undefined;
  const alter = `ALTER TABLE ${qualified(table)} REPLICA IDENTITY`;
  const byIndex = row.candidate_index ? `${alter} USING INDEX ${row.candidate_index}` : `${alter} USING INDEX <a unique index on NOT NULL columns>`;
  return new LakeError(
    `table ${name} cannot be published for CDC: ${why}, so Postgres could not replicate its UPDATEs and DELETEs and would refuse them once the table is in a publication`,
    {
      kind: 'config',
      retry: 'needs-person',
      remedy: `give it a replica identity first: run \`${alter} FULL\` (the whole old row is logged) or \`${byIndex}\`, or add a primary key; lake left the publication unchanged`,
    },
  );
}

/**
 * Creates the publication for the tables when absent; an existing one is used as it is. Every table is
 * checked for a replica identity first, and nothing is created when one lacks it.
 */
export async function ensurePublication(client: pg.Client, name: string, tables: TableRef[]): Promise<'created' | 'existing'> {
  const existing = await client.query(`SELECT 1 FROM pg_publication WHERE pubname = $1`, [name]);
  const published =
    existing.rowCount === 0 ? [] : (await client.query(`SELECT schemaname, tablename FROM pg_publication_tables WHERE pubname = $1`, [name])).rows;
  const have = new Set(published.map((r) => `${r.schemaname}.${r.tablename}`));
  const missing = tables.filter((t) => !have.has(`${t.schema}.${t.name}`));
  // Tables lake would add (or ask to add) to the publication: refuse before touching it.
  for (const table of missing) {
    const problem = await replicaIdentityProblem(client, table);
    if (problem) throw problem;
  }
  if (existing.rowCount === 0) {
    await client.query(`CREATE PUBLICATION ${quoteIdent(name)} FOR TABLE ${tables.map(qualified).join(', ')}`);
    return 'created';
  }
  if (missing.length > 0) {
    throw new LakeError(`publication ${name} does not include ${missing.map((t) => `${t.schema}.${t.name}`).join(', ')}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `run ALTER PUBLICATION ${name} ADD TABLE ${missing.map(qualified).join(', ')}, or list only published tables`,
    });
  }
  return 'existing';
}

export interface SlotInfo {
  slot_name: string;
  plugin: string;
  active: boolean;
  restart_lsn: string | null;
  confirmed_flush_lsn: string | null;
  wal_status: string | null;
  retained_wal_bytes: number | null;
  lag_bytes: number | null;
}

export async function listSlots(client: pg.Client): Promise<SlotInfo[]> {
  const result = await client.query({
    text: `SELECT slot_name, plugin, active, restart_lsn::text, confirmed_flush_lsn::text, wal_status,
                  pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint AS retained_wal_bytes,
                  pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint AS lag_bytes
             FROM pg_replication_slots WHERE slot_type = 'logical' ORDER BY slot_name`,
    types: RAW_TEXT,
  });
  return result.rows.map((r) => ({
    ...r,
    active: r.active === 't' || r.active === true,
    retained_wal_bytes: r.retained_wal_bytes === null ? null : Number(r.retained_wal_bytes),
    lag_bytes: r.lag_bytes === null ? null : Number(r.lag_bytes),
  }));
}

export async function slotInfo(client: pg.Client, slot: string): Promise<SlotInfo | undefined> {
  return (await listSlots(client)).find((s) => s.slot_name === slot);
}

export async function dropSlot(client: pg.Client, slot: string): Promise<void> {
  await client.query(`SELECT pg_drop_replication_slot($1)`, [slot]);
}

export interface ExportedSnapshot {
  /** The replication connection that holds the snapshot open; close it when the copy is done. */
  holder: pg.Client;
  snapshotName: string;
  consistentPoint: Lsn;
}

/**
 * Creates a logical slot and exports the snapshot it starts from: a table copied in that snapshot plus
 * the stream from `consistentPoint` is every change exactly once. A temporary slot does the same for a
 * re-snapshot of one table and disappears with its connection.
 */
export async function createSlotWithSnapshot(connection: string, slot: string, temporary: boolean): Promise<ExportedSnapshot> {
  const holder = await connect(connection, true);
  try {
    const result = await holder.query(
      `CREATE_REPLICATION_SLOT ${quoteIdent(slot)} ${temporary ? 'TEMPORARY ' : ''}LOGICAL pgoutput EXPORT_SNAPSHOT`,
    );
    const row = result.rows[0];
    return { holder, snapshotName: row.snapshot_name, consistentPoint: parseLsn(row.consistent_point) };
  } catch (error) {
    await closeQuietly(holder);
    throw translatePgError(error, `cannot create replication slot ${slot}`);
  }
}

export interface ColumnInfo {
  name: string;
  typeOid: number;
  typeMod: number;
}

/** Column metadata (name, type OID, typmod) as a relation message would carry it. */
export async function columnsOf(client: pg.Client, table: TableRef): Promise<ColumnInfo[]> {
  const result = await client.query(
    `SELECT attname, atttypid::int AS oid, atttypmod AS typmod FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [qualified(table)],
  );
  return result.rows.map((r) => ({ name: r.attname, typeOid: Number(r.oid), typeMod: Number(r.typmod) }));
}

/** A WAL record the slot streams even when no published table changes, so the slot can advance. */
export async function emitHeartbeat(client: pg.Client): Promise<void> {
  await client.query(`SELECT pg_logical_emit_message(false, 'lake_heartbeat', now()::text)`);
}
