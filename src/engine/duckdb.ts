/**
 * DuckDB, the engine for CSV parsing, Parquet I/O and SQL. One Engine is one in-process database with
 * bounded memory (it spills to `tempDirectory` beyond `memoryLimit`). DuckDB errors are translated into
 * LakeErrors here, so callers see one error type.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type Json } from '@duckdb/node-api';
import { LakeError } from '../errors/index.ts';

export interface EngineOptions {
  threads: number;
  memoryLimit: string;
  /** Where DuckDB spills; must be writable. */
  tempDirectory?: string;
  /** When set, DuckDB may read and write files only under these directories (and the temp directory). */
  allowedDirectories?: string[];
}

export type Row = Record<string, Json>;

/** One DuckDB connection: the engine's own, or a private one (see `Engine.session`). */
export class EngineSession {
  constructor(protected readonly connection: DuckDBConnection) {}

  async run(sql: string): Promise<void> {
    try {
      await this.connection.run(sql);
    } catch (error) {
      throw engineError(error, sql);
    }
  }

  async all(sql: string): Promise<Row[]> {
    try {
      return (await this.connection.runAndReadAll(sql)).getRowObjectsJson();
    } catch (error) {
      throw engineError(error, sql);
    }
  }

  /** Bulk rows into a temp table of this session, without going through SQL text; `closeSync()` flushes them. */
  async appender(tempTable: string): Promise<DuckDBAppender> {
    try {
      return await this.connection.createAppender(tempTable, 'main', 'temp');
    } catch (error) {
      throw engineError(error, `APPEND ${tempTable}`);
    }
  }

  close(): void {
    this.connection.closeSync();
  }
}

export class Engine extends EngineSession {
  private constructor(
    private readonly instance: DuckDBInstance,
    connection: DuckDBConnection,
  ) {
    super(connection);
  }

  static async open(options: EngineOptions): Promise<Engine> {
    const settings: Record<string, string> = {
      threads: String(options.threads),
      memory_limit: options.memoryLimit,
      // Insertion order is what makes `_row` and the Parquet row order follow the source file.
      preserve_insertion_order: 'true',
      // Tests and the daemon must never reach the network for an extension.
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    };
    if (options.tempDirectory) settings.temp_directory = options.tempDirectory;
    const instance = await DuckDBInstance.create(':memory:', settings);
    const connection = await instance.connect();
    if (options.allowedDirectories) {
      // SQL from the config (gold models, checks) runs here: it may read and write the lake and its work
      // files, not the machine. Once external access is off, no SQL can turn it back on.
      const dirs = [...new Set(options.allowedDirectories.map((d) => (d.endsWith('/') ? d : `${d}/`)))];
      await connection.run(`SET allowed_directories = [${dirs.map(sqlString).join(', ')}]`);
      await connection.run(`SET enable_external_access = false`);
    }
    return new Engine(instance, connection);
  }

  /** Rows with their column names in order, for printing. */
  async table(sql: string): Promise<{ columns: string[]; types: string[]; rows: Row[] }> {
    try {
      const reader = await this.connection.runAndReadAll(sql);
      const types = reader.columnTypes().map((type) => type.toString());
      const rows = reader.getRowObjectsJson();
      const columns = reader.columnNames();
      // JSON mode renders 64-bit integers as strings; give callers numbers where that loses nothing.
      columns.forEach((column, index) => {
        if (!/^(BIGINT|UBIGINT|HUGEINT|UHUGEINT)$/.test(types[index])) return;
        for (const row of rows) {
          const value = row[column];
          if (typeof value === 'string' && Number.isSafeInteger(Number(value))) row[column] = Number(value);
        }
      });
      return { columns, types, rows };
    } catch (error) {
      throw engineError(error, sql);
    }
  }

  async one(sql: string): Promise<Row> {
    const rows = await this.all(sql);
    if (rows.length === 0) throw new LakeError(`query returned no rows: ${sql}`, { kind: 'engine', retry: 'never' });
    return rows[0];
  }

  /** Runs `work` with DuckDB settings changed, restoring them afterwards. */
  async withSettings<T>(settings: Record<string, string>, work: () => Promise<T>): Promise<T> {
    const previous: Record<string, string> = {};
    for (const name of Object.keys(settings)) {
      const row = await this.one(`SELECT current_setting(${sqlString(name)})::VARCHAR AS v`);
      previous[name] = String(row.v);
    }
    const apply = async (values: Record<string, string>) => {
      for (const [name, value] of Object.entries(values)) await this.run(`SET ${name} = ${sqlString(value)}`);
    };
    await apply(settings);
    try {
      return await work();
    } finally {
      await apply(previous);
    }
  }

  interrupt(): void {
    this.connection.interrupt();
  }

  /**
   * A connection of its own on the same database (same memory limit and threads): its temp tables,
   * appenders and session settings are private, and its statements never interleave with this
   * connection's. The caller closes it.
   */
  async session(): Promise<EngineSession> {
    return new EngineSession(await this.instance.connect());
  }

  override close(): void {
    super.close();
    this.instance.closeSync();
  }
}


/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier: any column name a file can have, safely. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function sqlStringList(values: string[]): string {
  return `[${values.map(sqlString).join(', ')}]`;
}

function engineError(error: unknown, sql: string): LakeError {
  const message = error instanceof Error ? error.message : String(error);
  const outOfMemory = /out of memory|could not allocate/i.test(message);
  const diskFull = /no space left on device|disk quota exceeded/i.test(message);
  // The same file needs the same memory next time: retrying an out-of-memory failure only wastes time.
  return new LakeError(`DuckDB: ${message.split('\n')[0]}`, {
    kind: diskFull ? 'storage' : 'engine',
    retry: 'needs-person',
    remedy: outOfMemory
      ? 'raise engine.memory_limit (or lower engine.threads, which share it), then backfill the partition'
      : diskFull
        ? "free space on the disk holding lake.work_dir (DuckDB's spill and staging files), then backfill the partition"
        : undefined,
    cause: Object.assign(error instanceof Error ? error : new Error(message), { sql }),
  });
}
