/**
 * Turns a real-world CSV (the TLC files: CRLF, LF and CR line endings mixed, quoted and unquoted
 * headers and fields, blank lines, spaces after delimiters, rows with too few or too many fields) into
 * a canonical CSV that DuckDB reads with a fixed schema and no sniffing:
 *
 *   _row,_field_count,_bad_bytes,<field 1>,...,<field N>,_extra_fields
 *
 * with LF line endings, `\N` for "no such field", and every data row of the source kept: a short row is
 * padded with `\N`, a long row keeps its first N fields and the rest verbatim in `_extra_fields`.
 * Nothing is dropped but blank lines, which are counted.
 *
 * Bytes that are not UTF-8 (a Latin-1 export, a damaged file) never fail the file and are never replaced
 * silently: each invalid byte becomes the text `\xNN` and the row's `_bad_bytes` counts them, so bronze
 * keeps every byte recoverably and silver quarantines the row with a reason.
 *
 * The output keeps the source's delimiter (`,`, `;`, tab, `|`, ...) so the fast path can copy lines
 * verbatim; its reader must use `stats.delimiter`.
 *
 * Most lines take a fast path that copies bytes; only lines with quotes or stray CRs are parsed field by
 * field. Time is linear in the input: a line longer than a chunk is re-examined only each time the
 * buffered remainder has doubled, so a 10 MB line costs a few passes over it, not one per chunk. Memory
 * is bounded by `maxLineBytes` (a longer record is a file-level error naming its line).
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_LINE_BYTES } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;

/** DuckDB reads this token as NULL; the TLC files never contain it. */
export const NULL_TOKEN = '\\N';

export interface NormalizeStats {
  /** The delimiter of the output (the source's). */
  delimiter: string;
  /** Column names, trimmed of quotes and surrounding spaces, made unique. */
  header: string[];
  dataRows: number;
  /** Rows whose field count differs from the header's. */
  malformedRows: number;
  /** Rows with bytes that are not UTF-8 (kept as `\xNN` text). */
  invalidUtf8Rows: number;
  blankLines: number;
  /** The longest output line in bytes, so the reader's line buffer can be sized to fit it. */
  longestLine: number;
  lineEndings: { crlf: number; lf: number; cr: number };
  bytesIn: number;
}

export interface NormalizeOptions {
  delimiter?: string;
  /** Where the data came from, for error messages. */
  sourceName: string;
  /** Names the output adds itself; a source column of that name gets a suffix. */
  reserved?: string[];
  /** Longest record (bytes, quoted line breaks included) before the file is refused. */
  maxLineBytes?: number;
  /** Most bytes the (decompressed) input may have: a gzip bomb stops here, not at a full disk. */
  maxInputBytes?: number;
  /** Called once with the cleaned header, before any row is written (a reader of the output can start). */
  onHeader?: (header: string[]) => void;
  /**
   * Longest output line the reader was prepared for: a longer one stops the run with
   * `OutputLineTooLongError`, so the caller can start over with a reader sized from `longestLine`.
   */
  maxOutputLine?: number;
}

/** Where the canonical CSV goes when it is not a file: a pipe a reader consumes while it is written. */
export interface CanonicalOutput {
  writev(parts: Buffer[]): Promise<unknown>;
  close(): Promise<void>;
}

/** A row longer than `maxOutputLine` (see NormalizeOptions); not a fault of the file. */
export class OutputLineTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`a canonical CSV line is longer than ${limit} bytes`);
  }
}


interface ParsedLine {
  fields: string[];
  /** Index just past the line terminator. */
  next: number;
  terminator: 'crlf' | 'lf' | 'cr' | 'eof';
}

export async function normalizeCsv(input: Readable, output: string | CanonicalOutput, options: NormalizeOptions): Promise<NormalizeStats> {
  const delimiterChar = options.delimiter ?? ',';
  if (Buffer.byteLength(delimiterChar) !== 1) {
    throw new LakeError(`CSV delimiter must be a single byte, got ${JSON.stringify(delimiterChar)}`, {
      kind: 'config',
      retry: 'needs-person',
    });
  }
  const DELIM = delimiterChar.charCodeAt(0);
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  // A decompressor may fail (truncated gzip) before the loop below starts reading: keep that error for
  // the loop to report instead of letting it escape as an uncaught 'error' event.
  let earlyError: unknown;
  const keepError = (error: unknown) => (earlyError ??= error);
  input.on('error', keepError);
  const out: CanonicalOutput = typeof output === 'string' ? await open(output, 'w') : output;
  const writer = new BufferedWriter(out);
  const stats: NormalizeStats = {
    delimiter: delimiterChar,
    header: [],
    dataRows: 0,
    malformedRows: 0,
    invalidUtf8Rows: 0,
    blankLines: 0,
    longestLine: 0,
    lineEndings: { crlf: 0, lf: 0, cr: 0 },
    bytesIn: 0,
  };
  let width = -1; // number of header columns, known after the header line
  let pending: Buffer = Buffer.alloc(0);
  let first = true;
  const nullPad = Buffer.from(`${delimiterChar}${NULL_TOKEN}`);
  const nullTail = `${delimiterChar}${NULL_TOKEN}\n`;

  /** Invalid bytes escaped in the record being written (0 for almost every row). */
  let badBytes = 0;
  const emitRow = (fields: string[] | null, line: Buffer | null, fieldCount: number): void => {
    const start = writer.position;
    writeRow(fields, line, fieldCount);
    if (writer.position - start > stats.longestLine) {
      stats.longestLine = writer.position - start;
      if (options.maxOutputLine !== undefined && stats.longestLine > options.maxOutputLine) throw new OutputLineTooLongError(options.maxOutputLine);
    }
    badBytes = 0;
  };
  const writeRow = (fields: string[] | null, line: Buffer | null, fieldCount: number): void => {
    stats.dataRows++;
    if (fieldCount !== width) stats.malformedRows++;
    if (badBytes > 0) stats.invalidUtf8Rows++;
    writer.intDelimited(stats.dataRows, DELIM);
    writer.intDelimited(fieldCount, DELIM);
    writer.intDelimited(badBytes, DELIM);
    if (line && fieldCount <= width) {
      writer.bytes(line);
      for (let i = fieldCount; i < width; i++) writer.bytes(nullPad);
      writer.text(nullTail);
      return;
    }
    if (line) {
      // Too many fields on an unquoted line: split at the width-th delimiter.
      let seen = 0;
      let cut = 0;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === DELIM && ++seen === width) {
          cut = i;
          break;
        }
      }
      writer.bytes(line.subarray(0, cut));
      writer.text(delimiterChar);
      writer.text(quoteField(line.subarray(cut + 1).toString('utf8')));
      writer.ascii('\n');
      return;
    }
    const values = fields!;
    for (let i = 0; i < width; i++) {
      if (i > 0) writer.text(delimiterChar);
      writer.text(i < values.length ? quoteField(values[i]) : NULL_TOKEN);
    }
    writer.text(delimiterChar);
    writer.text(values.length > width ? quoteField(values.slice(width).join(delimiterChar)) : NULL_TOKEN);
    writer.ascii('\n');
  };

  const handleFields = (fields: string[], terminator: ParsedLine['terminator']): void => {
    countEnding(stats, terminator);
    if (fields.length === 1 && isBlank(fields[0])) {
      stats.blankLines++;
      badBytes = 0;
      return;
    }
    if (width < 0) {
      stats.header = cleanHeader(fields, options.reserved);
      width = stats.header.length;
      badBytes = 0;
      options.onHeader?.(stats.header);
      return;
    }
    emitRow(fields, null, fields.length);
  };

  // Next known position of each special byte at or after `pos`; recomputed only when passed, so the
  // native indexOf scans every byte once.
  const process = (buf: Buffer, final: boolean): number => {
    let pos = 0;
    // One native check of the complete lines answers for almost every chunk; only a chunk that fails it
    // checks its records one by one.
    const lastLf = buf.lastIndexOf(LF);
    const checkedUpTo = isUtf8(buf.subarray(0, lastLf + 1)) ? lastLf + 1 : 0;
    const invalid = (from: number, to: number) => to > checkedUpTo && !isUtf8(buf.subarray(from, to));
    let nextLf = -2;
    let nextCr = -2;
    let nextQuote = -2;
    const seek = (cached: number, byte: number): number =>
      cached !== -1 && cached < pos ? buf.indexOf(byte, pos) : cached;
    while (pos < buf.length) {
      if (width >= 0 && pos < checkedUpTo) {
        pos = writer.plainLines(buf, pos, checkedUpTo, width, DELIM, stats);
        if (pos >= buf.length) break;
      }
      nextLf = nextLf === -2 ? buf.indexOf(LF, pos) : seek(nextLf, LF);
      nextCr = nextCr === -2 ? buf.indexOf(CR, pos) : seek(nextCr, CR);
      nextQuote = nextQuote === -2 ? buf.indexOf(QUOTE, pos) : seek(nextQuote, QUOTE);
      const lf = nextLf === -1 ? Infinity : nextLf;
      const cr = nextCr === -1 ? Infinity : nextCr;
      let end = Math.min(lf, cr);
      if (end === Infinity) {
        if (!final) return pos;
        end = buf.length;
      }
      if ((nextQuote !== -1 && nextQuote < end) || width < 0) {
        let parsed = parseLine(buf, pos, DELIM, final);
        if (!parsed) return pos;
        const next = parsed.next;
        if (invalid(pos, next)) {
          const escaped = escapeInvalidUtf8(buf.subarray(pos, next));
          badBytes = escaped.bad;
          parsed = parseLine(escaped.bytes, 0, DELIM, true)!;
        }
        handleFields(parsed.fields, parsed.terminator);
        pos = next;
        continue;
      }
      let terminator: ParsedLine['terminator'];
      let next: number;
      if (end === buf.length) {
        terminator = 'eof';
        next = end;
      } else if (buf[end] === CR) {
        if (end + 1 === buf.length && !final) return pos; // CRLF may straddle the chunk boundary
        if (buf[end + 1] === LF) {
          terminator = 'crlf';
          next = end + 2;
        } else {
          terminator = 'cr';
          next = end + 1;
        }
      } else {
        terminator = 'lf';
        next = end + 1;
      }
      let line = buf.subarray(pos, end);
      if (invalid(pos, end)) {
        const escaped = escapeInvalidUtf8(line);
        line = escaped.bytes;
        badBytes = escaped.bad;
      }
      pos = next;
      countEnding(stats, terminator);
      let count = 1;
      let blank = true;
      for (let i = 0; i < line.length; i++) {
        const byte = line[i];
        if (byte === DELIM) count++;
        else if (blank && byte !== SPACE && byte !== TAB) blank = false;
      }
      if (count === 1 && blank) {
        stats.blankLines++;
        badBytes = 0;
        continue;
      }
      emitRow(null, line, count);
    }
    return pos;
  };

  // Chunks behind an incomplete record wait here until the remainder has doubled since the last look.
  let waiting: Buffer[] = [];
  let waitingBytes = 0;
  const tooLong = (): LakeError => {
    const line = stats.lineEndings.crlf + stats.lineEndings.lf + stats.lineEndings.cr + 1;
    return new LakeError(`${options.sourceName}: the record starting on line ${line} is longer than ${maxLineBytes} bytes`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'the file is probably damaged (an unclosed quote runs to its end) or not line-based; if the rows are really that long, raise sources.<name>.max_line_bytes',
    });
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      stats.bytesIn += chunk.length;
      if (options.maxInputBytes !== undefined && stats.bytesIn > options.maxInputBytes) {
        throw new LakeError(`${options.sourceName} decompresses to more than ${options.maxInputBytes} bytes`, {
          kind: 'bad-file',
          retry: 'needs-person',
          remedy: 'the file is far larger than its download suggests (a damaged or hostile gzip); if it is genuine, raise sources.<name>.max_decompression_ratio',
        });
      }
      if (pending.length > 0) {
        waiting.push(chunk);
        waitingBytes += chunk.length;
        if (pending.length + waitingBytes > maxLineBytes) throw tooLong();
        if (waitingBytes < pending.length) continue;
      }
      let buf = pending.length > 0 ? Buffer.concat([pending, ...waiting]) : chunk;
      waiting = [];
      waitingBytes = 0;
      if (first) {
        first = false;
        checkLooksLikeCsv(buf, options.sourceName);
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      }
      const consumed = process(buf, false);
      // Copied only when small: a long remainder is already its own buffer's tail and is rarely re-copied.
      pending = buf.length - consumed > 65_536 ? buf.subarray(consumed) : Buffer.from(buf.subarray(consumed));
      if (pending.length > maxLineBytes) throw tooLong();
      await writer.flush();
    }
    if (waiting.length > 0) pending = Buffer.concat([pending, ...waiting]);
    if (first) {
      throw new LakeError(`${options.sourceName} is empty (0 bytes)`, {
        kind: 'bad-file',
        retry: 'needs-person',
        remedy: 'the publisher sent an empty file; check the source URL or wait for a corrected file',
      });
    }
    if (earlyError) throw earlyError;
    if (pending.length > 0) process(pending, true);
    await writer.end();
  } catch (error) {
    throw translateStreamError(error, options.sourceName);
  } finally {
    input.off('error', keepError);
    await out.close();
  }
  if (width < 0) {
    throw new LakeError(`${options.sourceName} has no header line (only blank lines)`, {
      kind: 'bad-file',
      retry: 'needs-person',
    });
  }
  if (stats.dataRows === 0) {
    throw new LakeError(`${options.sourceName} has a header but no data rows`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'the file was published without data; the previous partition was kept',
    });
  }
  return stats;
}

/**
 * Parses one line field by field, honouring quotes (which may span line breaks). Leading spaces before
 * an opening quote are dropped (the "space after delimiter" quirk); unquoted fields are kept verbatim.
 * Returns null when the line is not complete in `buf` and more data may follow.
 */
function parseLine(buf: Buffer, start: number, DELIM: number, final: boolean): ParsedLine | null {
  const fields: string[] = [];
  let i = start;
  // With a tab delimiter a tab is a field boundary, never padding before a quote.
  const isPad = (byte: number) => byte === SPACE || (byte === TAB && DELIM !== TAB);
  for (;;) {
    // One field.
    let j = i;
    while (j < buf.length && isPad(buf[j])) j++;
    let value: string;
    if (j < buf.length && buf[j] === QUOTE) {
      const parts: Buffer[] = [];
      let k = j + 1;
      let from = k;
      for (;;) {
        if (k >= buf.length) {
          if (!final) return null;
          // An unterminated quote at end of file (a truncated file): keep the raw text, quote included.
          parts.length = 0;
          parts.push(buf.subarray(j, k));
          break;
        }
        if (buf[k] === QUOTE) {
          if (k + 1 >= buf.length && !final) return null;
          if (buf[k + 1] === QUOTE) {
            parts.push(buf.subarray(from, k + 1));
            k += 2;
            from = k;
            continue;
          }
          parts.push(buf.subarray(from, k));
          k++;
          break;
        }
        k++;
      }
      // Anything between the closing quote and the delimiter is kept, not lost.
      let tailEnd = k;
      while (tailEnd < buf.length && buf[tailEnd] !== DELIM && buf[tailEnd] !== LF && buf[tailEnd] !== CR) tailEnd++;
      if (tailEnd >= buf.length && !final) return null;
      const tail = buf.subarray(k, tailEnd).toString('utf8');
      value = Buffer.concat(parts).toString('utf8') + tail.trimEnd();
      i = tailEnd;
    } else {
      let k = i;
      while (k < buf.length && buf[k] !== DELIM && buf[k] !== LF && buf[k] !== CR) k++;
      if (k >= buf.length && !final) return null;
      value = buf.subarray(i, k).toString('utf8');
      i = k;
    }
    fields.push(value);
    if (i >= buf.length) return { fields, next: i, terminator: 'eof' };
    const byte = buf[i];
    if (byte === DELIM) {
      i++;
      continue;
    }
    if (byte === LF) return { fields, next: i + 1, terminator: 'lf' };
    // CR
    if (i + 1 >= buf.length && !final) return null;
    if (buf[i + 1] === LF) return { fields, next: i + 2, terminator: 'crlf' };
    return { fields, next: i + 1, terminator: 'cr' };
  }
}

/**
 * The bytes with every byte that is not part of a valid UTF-8 sequence replaced by the ASCII text
 * `\xNN` (never a delimiter, quote or line break), and how many were replaced.
 */
export function escapeInvalidUtf8(bytes: Buffer): { bytes: Buffer; bad: number } {
  const out: number[] = [];
  let bad = 0;
  const hex = '0123456789ABCDEF';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need > 0 && i + need < bytes.length && isUtf8(bytes.subarray(i, i + need + 1))) {
      for (let k = 0; k <= need; k++) out.push(bytes[i + k]);
      i += need + 1;
    } else if (need === 0) {
      out.push(b);
      i++;
    } else {
      out.push(0x5c, 0x78, hex.charCodeAt(b >> 4), hex.charCodeAt(b & 15)); // \xNN
      bad++;
      i++;
    }
  }
  return { bytes: Buffer.from(out), bad };
}

function countEnding(stats: NormalizeStats, terminator: ParsedLine['terminator']): void {
  if (terminator !== 'eof') stats.lineEndings[terminator]++;
}

/** Only spaces and tabs (or nothing) between `from` and `to`. */
function isBlankBytes(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== SPACE && bytes[i] !== TAB) return false;
  return true;
}

function isBlank(value: string): boolean {
  return value.trim().length === 0;
}

function quoteField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** Header names as written, trimmed of quotes and spaces; empty or repeated names get a suffix. */
export function cleanHeader(fields: string[], reserved: string[] = []): string[] {
  const seen = new Map<string, number>(reserved.map((name) => [name.toLowerCase(), 1]));
  return fields.map((raw, index) => {
    let name = raw.trim().replace(/^"+|"+$/g, '').trim();
    if (name === '') name = `column_${index + 1}`;
    const count = seen.get(name.toLowerCase()) ?? 0;
    seen.set(name.toLowerCase(), count + 1);
    return count === 0 ? name : `${name}_${count + 1}`;
  });
}

/** Refuses HTML pages and binary files before they are mistaken for one-column CSVs. */
export function checkLooksLikeCsv(head: Buffer, sourceName: string): void {
  const sample = head.subarray(0, 4096);
  if (sample.subarray(0, 4).toString('latin1') === 'PAR1') {
    throw new LakeError(`${sourceName} is a Parquet file, but the source is declared as csv`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'set type: parquet for this source',
    });
  }
  const text = sample.toString('latin1').trimStart().slice(0, 512).toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || (text.startsWith('<') && text.includes('<html'))) {
    throw new LakeError(`${sourceName} is an HTML page, not CSV data`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'the URL probably points at an error or login page; check the source URL template',
    });
  }
  if (text.startsWith('<?xml') || text.startsWith('<error')) {
    throw new LakeError(`${sourceName} is an XML document (often an object-store error), not CSV data`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'check the source URL template and credentials',
    });
  }
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      control = sample.length;
      break;
    }
    if (byte < 32 && byte !== LF && byte !== CR && byte !== TAB) control++;
  }
  if (control > sample.length / 100) {
    throw new LakeError(`${sourceName} is a binary file, not CSV text`, {
      kind: 'bad-file',
      retry: 'needs-person',
      remedy: 'check the source type and URL; compressed files other than gzip are not supported',
    });
  }
}

function translateStreamError(error: unknown, sourceName: string): unknown {
  if (error instanceof LakeError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new LakeError(`${sourceName} is a truncated or corrupt gzip file (${(error as Error).message})`, {
      kind: 'bad-file',
      // The publisher's file may be complete next time, but an immediate retry of the same bytes is not.
      retry: 'needs-person',
      remedy: 'download again later; if it persists, the published file is damaged',
      cause: error,
    });
  }
  return error;
}

/**
 * Copies output into one large reused buffer: the fast path appends thousands of small pieces per chunk,
 * and a Buffer per piece cost about a quarter of the normaliser's time (bench/, BENCHMARKS.md).
 */
class BufferedWriter {
  private static readonly SIZE = 1 << 22;
  /** Longer lines take the general path. */
  private static readonly MAX_PLAIN_LINE = 1 << 16;
  private buf = Buffer.allocUnsafe(BufferedWriter.SIZE);
  private readonly digits = Buffer.alloc(24, 48);
  private digitsLength = 1;
  private digitsValue = 0;
  private off = 0;
  private full: Buffer[] = [];
  private done = 0;

  constructor(private readonly out: CanonicalOutput) {}

  /** Bytes written so far. */
  get position(): number {
    return this.done + this.off;
  }

  private ensure(n: number): void {
    if (this.off + n <= this.buf.length) return;
    this.full.push(this.buf.subarray(0, this.off));
    this.done += this.off;
    this.buf = Buffer.allocUnsafe(Math.max(BufferedWriter.SIZE, n));
    this.off = 0;
  }

  ascii(value: string): void {
    this.ensure(value.length);
    this.off += this.buf.write(value, this.off, 'latin1');
  }

  text(value: string): void {
    this.ensure(Buffer.byteLength(value));
    this.off += this.buf.write(value, this.off, 'utf8');
  }

  bytes(value: Buffer): void {
    this.ensure(value.length);
    value.copy(this.buf, this.off);
    this.off += value.length;
  }

  /** A non-negative integer followed by a one-byte delimiter, written digit by digit. */
  intDelimited(n: number, delimiter: number): void {
    this.ensure(22);
    const b = this.buf;
    const start = this.off;
    if (n === 0) b[this.off++] = 48;
    while (n > 0) {
      b[this.off++] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    for (let a = start, z = this.off - 1; a < z; a++, z--) {
      const t = b[a];
      b[a] = b[z];
      b[z] = t;
    }
    b[this.off++] = delimiter;
  }

  /**
   * The fast path, for the lines almost every file is made of: no quote, ended by LF or CRLF, at most
   * `maxLine` bytes, valid UTF-8 (the caller checked up to `limit`), no more fields than the header. One
   * pass over each line counts its fields, finds its end and copies it behind its row number and field
   * count, padding missing fields with `\N`. Returns where it stopped: at `limit`, or at the first line the
   * general code must look at (nothing of that line is written).
   */
  plainLines(src: Buffer, pos: number, limit: number, width: number, delimiter: number, stats: NormalizeStats): number {
    const widthDigits = Buffer.from(String(width), 'latin1');
    while (pos < limit) {
      const end = Math.min(limit, pos + BufferedWriter.MAX_PLAIN_LINE);
      this.ensure(end - pos + 48 + 3 * width + 4);
      const b = this.buf;
      const lineStart = this.off;
      let o = this.rowNumber(stats.dataRows + 1, lineStart);
      b[o++] = delimiter;
      // The header's width as the field count; rewritten below for a short line.
      const countAt = o;
      for (let k = 0; k < widthDigits.length; k++) b[o++] = widthDigits[k];
      b[o++] = delimiter;
      b[o++] = 48; // no invalid bytes
      b[o++] = delimiter;
      const copyAt = o;
      let i = pos;
      let count = 1;
      let byte = 0;
      for (; i < end; i++) {
        byte = src[i];
        if (byte === delimiter) count++;
        else if (byte <= QUOTE && (byte === LF || byte === CR || byte === QUOTE)) break;
        b[o++] = byte;
      }
      if (i >= end || byte === QUOTE || count > width) return pos;
      let next: number;
      if (byte === LF) next = i + 1;
      else if (src[i + 1] === LF) next = i + 2;
      else return pos; // a lone CR: the general code decides whether it ends the line
      if (byte === LF) stats.lineEndings.lf++;
      else stats.lineEndings.crlf++;
      pos = next;
      if (count === 1 && isBlankBytes(b, copyAt, o)) {
        stats.blankLines++;
        continue;
      }
      if (count < width) {
        stats.malformedRows++;
        const countDigits = Buffer.from(String(count), 'latin1');
        if (countDigits.length !== widthDigits.length) {
          const shift = widthDigits.length - countDigits.length;
          b.copyWithin(countAt + countDigits.length, countAt + widthDigits.length, o);
          o -= shift;
        }
        countDigits.copy(b, countAt);
        for (let k = count; k < width; k++) {
          b[o++] = delimiter;
          b[o++] = 92; // \
          b[o++] = 78; // N
        }
      }
      b[o++] = delimiter;
      b[o++] = 92;
      b[o++] = 78;
      b[o++] = LF;
      stats.dataRows++;
      this.off = o;
      if (o - lineStart > stats.longestLine) stats.longestLine = o - lineStart;
    }
    return pos;
  }

  /** Writes `n` in decimal at `at` and returns the end; consecutive numbers only increment the last digits. */
  private rowNumber(n: number, at: number): number {
    const d = this.digits;
    if (n === this.digitsValue + 1) {
      let k = this.digitsLength - 1;
      while (k >= 0 && d[k] === 57) d[k--] = 48;
      if (k < 0) {
        d.copyWithin(1, 0, this.digitsLength++);
        d[0] = 49;
      } else {
        d[k]++;
      }
    } else {
      const text = String(n);
      this.digitsLength = d.write(text, 0, 'latin1');
    }
    this.digitsValue = n;
    const b = this.buf;
    for (let k = 0; k < this.digitsLength; k++) b[at + k] = d[k];
    return at + this.digitsLength;
  }

  /**
   * Writes out once half a buffer is filled; everything is copied, so input chunks may be reused, and the
   * buffer itself is reused once the write has completed.
   */
  async flush(): Promise<void> {
    if (this.full.length === 0 && this.off < BufferedWriter.SIZE / 2) return;
    const reusable = this.buf.length === BufferedWriter.SIZE ? this.buf : undefined;
    await this.end();
    this.buf = reusable ?? Buffer.allocUnsafe(BufferedWriter.SIZE);
  }

  async end(): Promise<void> {
    this.full.push(this.buf.subarray(0, this.off));
    this.done += this.off;
    const parts = this.full.filter((part) => part.length > 0);
    this.full = [];
    this.off = 0;
    if (parts.length > 0) await this.out.writev(parts);
  }
}
