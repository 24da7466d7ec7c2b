/**
 * Bronze: the raw layer. One source file becomes one monthly partition, 1:1: every source column under
 * its original header name (a CSV column as text, a Parquet column with the type the file declares),
 * every data row kept (malformed ones flagged), plus `_source`,
 * `_row`, `_ingested_at`, `_batch_id`, `_field_count`, `_malformed`, `_extra_fields` and `_invalid_utf8`
 * (the row had bytes that are not UTF-8; each is kept as the text `\xNN`).
 *
 * Guarantees: re-ingesting a month replaces its partition (idempotent); the partition is published
 * atomically (storage contract), so a failed or killed ingest leaves the previous version in place.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isBatchSource } from '../config/index.ts';
import { Engine, runBuild, sqlIdent, sqlString, type BuildContext } from '../engine/index.ts';
import { LakeError, toLakeError } from '../errors/index.ts';
import {
  assertParquet,
  cleanHeader,
  fetchSource,
  normalizeCsv,
  openContent,
  redactUrl,
  NULL_TOKEN,
  OutputLineTooLongError,
  type NormalizeOptions,
  type NormalizeStats,
} from '../ingest/index.ts';
import { CanonicalPipe } from './canonical-pipe.ts';
import {
  formatMonth,
  manifestKey,
  partitionDataKey,
  partitionDir,
  readManifest,
  renderTemplate,
  type LakeStorage,
  type Month,
} from '../storage/index.ts';

export const BRONZE_METADATA_COLUMNS = [
  '_source',
  '_row',
  '_ingested_at',
  '_batch_id',
  '_field_count',
  '_malformed',
  '_extra_fields',
  '_invalid_utf8',
] as const;

export interface BronzePartitionManifest {
  layer: 'bronze';
  table: string;
  source: string;
  month: string;
  key: string;
  batch_id: string;
  source_url: string;
  ingested_at: string;
  rows: number;
  malformed_rows: number;
  /** Rows with bytes that are not UTF-8 (absent in manifests written before it was counted). */
  invalid_utf8_rows?: number;
  blank_lines: number;
  columns: string[];
  bytes_in: number;
  gzip: boolean;
  line_endings?: NormalizeStats['lineEndings'];
}

export type BronzeResult =
  | { status: 'published'; manifest: BronzePartitionManifest; durationMs: number; attempts: number }
  | { status: 'not-published'; source: string; table: string; month: string; url: string; reason: string };

export async function readBronzeManifest(
  storage: LakeStorage,
  table: string,
  month: Month,
): Promise<BronzePartitionManifest | undefined> {
  return readManifest<BronzePartitionManifest>(storage, 'bronze', table, month);
}

export async function ingestBronzeMonth(ctx: BuildContext, sourceName: string, month: Month): Promise<BronzeResult> {
  const source = ctx.config.sources[sourceName];
  if (!source || !isBatchSource(source)) {
    throw new LakeError(`unknown source '${sourceName}'`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: source
        ? `${sourceName} is a ${source.type} source: it streams continuously (lake run), it has no monthly files`
        : `configured sources: ${Object.keys(ctx.config.sources).join(', ') || '(none)'}`,
    });
  }
  const table = source.table ?? sourceName;
  const url = renderTemplate(source.url, month);
  const shownUrl = redactUrl(url);
  return runBuild(ctx, {
    kind: 'bronze',
    label: formatMonth(month),
    failed: (error) => ({ type: 'bronze.failed', source: sourceName, table, month: formatMonth(month), error }),
    step: async ({ batchId, workDir, commit }): Promise<BronzeResult> => {
      ctx.events?.emit({ type: 'bronze.started', source: sourceName, table, month: formatMonth(month), url: shownUrl });
      let fetched;
      try {
        fetched = await fetchSource(url, workDir, source.http ?? ctx.config.http, {
          onRetry: (info) => ctx.events?.emit({ type: 'download.retry', source: sourceName, ...info }),
        }, ctx.signal);
      } catch (error) {
        const lakeError = toLakeError(error);
        if (lakeError.kind === 'not-published') {
          ctx.events?.emit({ type: 'bronze.not-published', source: sourceName, table, month: formatMonth(month), reason: lakeError.message });
          return { status: 'not-published', source: sourceName, table, month: formatMonth(month), url: shownUrl, reason: lakeError.message };
        }
        throw lakeError;
      }
      const ingestedAt = new Date();
      const staged = path.join(workDir, 'data.parquet');
      const written =
        source.type === 'csv'
          ? await writeCsvPartition(ctx.engine, fetched.path, staged, workDir, {
              shownUrl,
              batchId,
              ingestedAt,
              delimiter: source.delimiter,
              maxLineBytes: source.max_line_bytes,
              maxDecompressionRatio: source.max_decompression_ratio,
              bytesIn: fetched.bytes,
            })
          : await writeParquetPartition(ctx.engine, fetched.path, staged, { shownUrl, batchId, ingestedAt });
      const key = partitionDataKey('bronze', table, month, batchId);
      const manifest: BronzePartitionManifest = {
        layer: 'bronze',
        table,
        source: sourceName,
        month: formatMonth(month),
        key,
        batch_id: batchId,
        source_url: shownUrl,
        ingested_at: ingestedAt.toISOString(),
        rows: written.rows,
        malformed_rows: written.malformedRows,
        invalid_utf8_rows: written.invalidUtf8Rows,
        blank_lines: written.blankLines,
        columns: written.columns,
        bytes_in: fetched.bytes,
        gzip: written.gzip,
        line_endings: written.lineEndings,
      };
      // Until the manifest names the new file, readers (views, staleness, silver) see the previous version
      // whole; a crash before it leaves only an unnamed file, removed by the next commit of the month.
      const durationMs = await commit({
        files: [{ key, staged }],
        manifestKey: manifestKey('bronze', table, month),
        manifest,
        clears: [{ dir: partitionDir('bronze', table, month), keep: [key] }],
        published: (durationMs) => ({ type: 'bronze.published', manifest, durationMs }),
      });
      return { status: 'published', manifest, durationMs, attempts: fetched.attempts };
    },
  });
}

export interface WriteOptions {
  shownUrl: string;
  batchId: string;
  ingestedAt: Date;
}

interface Written {
  rows: number;
  malformedRows: number;
  invalidUtf8Rows: number;
  blankLines: number;
  columns: string[];
  gzip: boolean;
  lineEndings?: NormalizeStats['lineEndings'];
}

type CsvWriteOptions = WriteOptions & { delimiter: string; maxLineBytes?: number; maxDecompressionRatio?: number; bytesIn?: number };

/**
 * DuckDB's default line limit. A streamed read must be sized before the first row, so rows up to this
 * (nearly every file) stream; a file with a longer row is normalised again into a file first.
 */
const STREAMED_MAX_LINE_SIZE = 2 * 1024 * 1024;

async function writeCsvPartition(engine: Engine, file: string, staged: string, workDir: string, options: CsvWriteOptions): Promise<Written> {
  const pipe = await CanonicalPipe.create(path.join(workDir, 'canonical.fifo'));
  if (pipe) {
    try {
      const streamed = await streamCsvPartition(engine, pipe, file, staged, options);
      if (streamed) return streamed;
    } finally {
      pipe.dispose();
    }
  }
  // The canonical CSV as a file, then DuckDB's COPY of it, sized for its longest line.
  const canonical = path.join(workDir, 'canonical.csv');
  const { stream, gzip } = await openContent(file);
  const stats = await normalizeCsv(stream, canonical, normalizeOptions(options, gzip));
  try {
    await copyCanonicalToParquet(engine, canonical, stats.header, staged, { ...options, delimiter: stats.delimiter, longestLine: stats.longestLine });
  } catch (error) {
    throw explainOutOfMemory(error, stats.header.length, options.shownUrl);
  }
  await fs.rm(canonical, { force: true });
  return written(stats, gzip);
}

/**
 * The normaliser writes into a FIFO that DuckDB's COPY reads at the same time (canonical-pipe.ts), so
 * normalising overlaps parsing and Parquet encoding. Undefined when a row turned out longer than the
 * streamed read allows: the caller starts over through a file.
 */
async function streamCsvPartition(engine: Engine, pipe: CanonicalPipe, file: string, staged: string, options: CsvWriteOptions): Promise<Written | undefined> {
  const { stream, gzip } = await openContent(file);
  let stats: NormalizeStats;
  let columns = 0;
  try {
    stats = await normalizeCsv(stream, pipe, {
      ...normalizeOptions(options, gzip),
      maxOutputLine: STREAMED_MAX_LINE_SIZE - 1024,
      onHeader: (header) => {
        columns = header.length;
        pipe.reader = copyCanonicalToParquet(engine, pipe.path, header, staged, { ...options, longestLine: STREAMED_MAX_LINE_SIZE - 1024 });
      },
    });
  } catch (error) {
    // Whatever stopped the normaliser, the statement has ended (EOF or its own error) before this returns.
    const copyError = await pipe.reader?.then(() => undefined, (e: unknown) => e);
    if (error instanceof OutputLineTooLongError) {
      stream.destroy();
      return undefined;
    }
    // A fault of the file is the normaliser's to report; a broken pipe means DuckDB failed first.
    if (error instanceof LakeError || copyError === undefined) throw error;
    throw explainOutOfMemory(copyError, columns, options.shownUrl);
  }
  try {
    await pipe.reader;
  } catch (error) {
    throw explainOutOfMemory(error, stats.header.length, options.shownUrl);
  }
  return written(stats, gzip);
}

function normalizeOptions(options: CsvWriteOptions, gzip: boolean): NormalizeOptions {
  return {
    delimiter: options.delimiter,
    maxLineBytes: options.maxLineBytes,
    maxInputBytes:
      gzip && options.maxDecompressionRatio !== undefined && options.bytesIn !== undefined
        ? Math.max(options.bytesIn * options.maxDecompressionRatio, 1 << 20)
        : undefined,
    sourceName: options.shownUrl,
    reserved: [...BRONZE_METADATA_COLUMNS],
  };
}

function written(stats: NormalizeStats, gzip: boolean): Written {
  return {
    rows: stats.dataRows,
    malformedRows: stats.malformedRows,
    invalidUtf8Rows: stats.invalidUtf8Rows,
    blankLines: stats.blankLines,
    columns: stats.header,
    gzip,
    lineEndings: stats.lineEndings,
  };
}

/** DuckDB turns the normaliser's canonical CSV into the bronze Parquet file (also used by bench/). */
export async function copyCanonicalToParquet(
  engine: Engine,
  canonical: string,
  header: string[],
  staged: string,
  options: WriteOptions & { delimiter?: string; longestLine?: number },
): Promise<void> {
  // DuckDB's default line limit (2 MB) fails a legitimate 10 MB field with only "CSV Error on Line: 1";
  // its buffers grow with the limit, so it is sized to the longest line the normaliser wrote.
  const maxLineSize = Math.max(2 * 1024 * 1024, (options.longestLine ?? 0) + 1024);
  const width = header.length;
  const columnTypes = [
    `'_row': 'BIGINT'`,
    `'_field_count': 'INTEGER'`,
    `'_bad_bytes': 'INTEGER'`,
    ...header.map((_, i) => `'c${i}': 'VARCHAR'`),
    `'_extra_fields': 'VARCHAR'`,
  ].join(', ');
  const select = [
    ...header.map((name, i) => `c${i} AS ${sqlIdent(name)}`),
    ...metadataSelect(options),
    `_field_count`,
    `_field_count <> ${width} AS _malformed`,
    `_extra_fields`,
    `_bad_bytes > 0 AS _invalid_utf8`,
  ].join(', ');
  await engine.withSettings(
    // `_row` carries the file's order, so the writer may interleave row groups from both threads:
    // about twice as fast and half the peak memory of an order-preserving write (BENCHMARKS.md).
    { preserve_insertion_order: 'false' },
    () =>
      engine.run(
        `COPY (SELECT ${select} FROM read_csv(${sqlString(canonical)}, header = false, auto_detect = false,
           delim = ${sqlString(options.delimiter ?? ',')}, quote = '"', escape = '"', nullstr = ${sqlString(NULL_TOKEN)}, new_line = '\\n', max_line_size = ${maxLineSize},
           columns = {${columnTypes}}))
         TO ${sqlString(staged)} (FORMAT parquet)`,
      ),
  );
}

/**
 * A Parquet file keeps its own column types in bronze (TIMESTAMP stays TIMESTAMP, a code stored as DOUBLE
 * stays DOUBLE): the file already says what each value is, so bronze neither loses that nor makes silver
 * parse it back from text. Names are kept too; only one clashing with a metadata column (or empty) is
 * renamed as the CSV header would be (`_row` → `_row_2`).
 */
async function writeParquetPartition(engine: Engine, file: string, staged: string, options: WriteOptions): Promise<Written> {
  await assertParquet(file, options.shownUrl);
  const described = await engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`);
  const sourceNames = described.map((row) => String(row.column_name));
  const columns = cleanHeader(sourceNames, [...BRONZE_METADATA_COLUMNS]);
  const select = [
    ...sourceNames.map((name, i) => `${sqlIdent(name)} AS ${sqlIdent(columns[i])}`),
    // The row number under a name no file uses, so a source column called `_row` cannot shadow it.
    ...metadataSelect(options).map((item) => (item === '_row' ? '__lake_file_row AS _row' : item)),
    `${columns.length}::INTEGER AS _field_count`,
    `false AS _malformed`,
    `NULL::VARCHAR AS _extra_fields`,
    `false AS _invalid_utf8`,
  ].join(', ');
  await engine.run(
    `COPY (SELECT ${select} FROM (SELECT *, file_row_number + 1 AS __lake_file_row FROM read_parquet(${sqlString(file)}, file_row_number = true)))
     TO ${sqlString(staged)} (FORMAT parquet)`,
  );
  const counted = await engine.one(`SELECT count(*)::BIGINT AS n FROM read_parquet(${sqlString(staged)})`);
  const rows = Number(counted.n);
  if (rows === 0) {
    throw new LakeError(`${options.shownUrl} has a schema but no data rows`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'the file was published without data; the previous partition was kept',
    });
  }
  return { rows, malformedRows: 0, invalidUtf8Rows: 0, blankLines: 0, columns, gzip: false };
}

function metadataSelect(options: WriteOptions): string[] {
  return [
    `${sqlString(options.shownUrl)} AS _source`,
    `_row`,
    `${sqlString(options.ingestedAt.toISOString())}::TIMESTAMPTZ AS _ingested_at`,
    `${sqlString(options.batchId)} AS _batch_id`,
  ];
}

/**
 * DuckDB's Parquet writer keeps buffers per column and thread (measured: a 2,000-column file needs about
 * 3 GB with 2 threads, 1.6 GB with one), so a very wide file needs memory in proportion to its width and
 * does not fit the default 512 MB. Says so, with the number to set, instead of a bare "Out of Memory".
 */
function explainOutOfMemory(error: unknown, columns: number, shownUrl: string): unknown {
  if (!(error instanceof LakeError) || !/out of memory|could not allocate|failed to pin/i.test(error.message)) return error;
  const neededMb = (threads: number) => Math.ceil((columns * 0.75 * threads + 256) / 128) * 128;
  return new LakeError(`${shownUrl} has ${columns} columns, and writing it as Parquet ran out of memory (${error.message})`, {
    kind: 'engine',
    retry: 'needs-person',
    remedy: `DuckDB needs about 0.75 MB per column and thread for this file: set engine.memory_limit to at least ${neededMb(2)}MB with engine.threads: 2, or ${neededMb(1)}MB with engine.threads: 1`,
    cause: error,
  });
}
