import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { LakeError } from '../errors/index.ts';
import { normalizeCsv } from './csv-normalize.ts';

const out = path.join(os.tmpdir(), `normalize-${process.pid}.csv`);

async function normalize(content: string | Buffer, chunkSize = 1 << 20, extra: { delimiter?: string; maxLineBytes?: number } = {}) {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  try {
    const stats = await normalizeCsv(Readable.from(chunks), out, { sourceName: 'test.csv', ...extra });
    return { stats, text: readFileSync(out, 'utf8') };
  } finally {
    rmSync(out, { force: true });
  }
}

const MESSY = 'a,b , "c"\r\n1,2,3\r\n\r\n4, 5\n6,7,8,9\r7, "x,y",9\n10,,"12"\r\n"q""x",1,2\n"multi\nline",1,2';

describe('the CSV normaliser', () => {
  it('reads CRLF, LF and CR endings mixed in one file and counts each', async () => {
    const { stats } = await normalize(MESSY);
    assert.deepEqual(stats.lineEndings, { crlf: 4, lf: 3, cr: 1 });
    assert.equal(stats.dataRows, 7);
    assert.equal(stats.blankLines, 1);
  });

  it('trims quotes and surrounding spaces from header names', async () => {
    const { stats } = await normalize(MESSY);
    assert.deepEqual(stats.header, ['a', 'b', 'c']);
  });

  it('pads short rows with NULL and keeps the overflow of long rows, flagging both', async () => {
    const { stats, text } = await normalize(MESSY);
    const lines = text.split('\n');
    assert.equal(lines[1], '2,2,0,4, 5,\\N,\\N');
    assert.equal(lines[2], '3,4,0,6,7,8,"9"');
    assert.equal(stats.malformedRows, 2);
  });

  it('unquotes quoted fields, including doubled quotes, delimiters and line breaks inside them', async () => {
    const { text } = await normalize(MESSY);
    const lines = text.split('\n');
    assert.equal(lines[3], '4,3,0,"7","x,y","9",\\N');
    assert.equal(lines[5], '6,3,0,"q""x","1","2",\\N');
    assert.equal(lines[6], '7,3,0,"multi');
    assert.equal(lines[7], 'line","1","2",\\N');
  });

  it('keeps an empty field as an empty string, distinct from a missing one', async () => {
    const { text } = await normalize(MESSY);
    assert.equal(text.split('\n')[4], '5,3,0,"10","","12",\\N');
  });

  it('gives the same output whatever the chunk boundaries', async () => {
    const whole = await normalize(MESSY);
    for (const size of [1, 2, 3, 5, 7, 11]) {
      const split = await normalize(MESSY, size);
      assert.equal(split.text, whole.text, `chunk size ${size}`);
      assert.deepEqual(split.stats, whole.stats, `chunk size ${size}`);
    }
  });

  it('skips a UTF-8 byte order mark', async () => {
    const { stats } = await normalize(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x,y\n1,2\n')]));
    assert.deepEqual(stats.header, ['x', 'y']);
  });

  it('renames repeated and empty header names instead of losing a column', async () => {
    const { stats } = await normalize('a,A,,_row\n1,2,3,4\n');
    assert.deepEqual(stats.header, ['a', 'A_2', 'column_3', '_row']);
  });

  const refusals: Array<[string, string | Buffer, RegExp]> = [
    ['an empty file', '', /is empty \(0 bytes\)/],
    ['a header with no rows', 'a,b,c\r\n\r\n', /has a header but no data rows/],
    ['an HTML page', '\n<!DOCTYPE html><html><body>Not here</body></html>', /is an HTML page, not CSV data/],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0]), /is a binary file/],
    ['a Parquet file', Buffer.from('PAR1\0\0\0'), /is a Parquet file/],
    ['only blank lines', '\r\n\r\n  \n', /no header line/],
  ];
  for (const [what, content, message] of refusals) {
    it(`refuses ${what} with a file-level error`, async () => {
      await assert.rejects(normalize(content), (error: unknown) => {
        assert.ok(error instanceof LakeError);
        assert.equal(error.kind, 'bad-file');
        assert.match(error.message, message);
        return true;
      });
    });
  }

  for (const [name, d] of [['semicolon', ';'], ['tab', '\t'], ['pipe', '|']] as const) {
    it(`keeps the ${name} delimiter in its output, so commas inside fields stay data`, async () => {
      const source = [`a${d}b${d}c`, `1,5${d}x${d}"q${d}r"`, `2${d}${d}`, `3${d}y`].join('\n');
      const { stats, text } = await normalize(source, 1 << 20, { delimiter: d });
      assert.equal(stats.delimiter, d);
      assert.deepEqual(stats.header, ['a', 'b', 'c']);
      const lines = text.trimEnd().split('\n');
      // A line with a quote is parsed and written with every field quoted; plain lines are copied as they are.
      assert.equal(lines[0], ['1', '3', '0', '"1,5"', '"x"', '"q' + d + 'r"', '\\N'].join(d));
      assert.equal(lines[1], ['2', '3', '0', '2', '', '', '\\N'].join(d));
      assert.equal(lines[2], ['3', '2', '0', '3', 'y', '\\N', '\\N'].join(d));
      assert.equal(stats.malformedRows, 1);
    });
  }

  it('does not mistake an empty tab-delimited field for padding before a quoted one', async () => {
    const { text } = await normalize('a\tb\tc\n1\t\t"z"\n', 1 << 20, { delimiter: '\t' });
    assert.equal(text.trimEnd().split('\n')[0], '1\t3\t0\t"1"\t""\t"z"\t\\N');
  });

  it('reads a line far longer than a chunk in linear time, byte for byte', async () => {
    const long = 'x'.repeat(3_000_000);
    const quoted = `"${'y'.repeat(1_000_000)}\n${'z'.repeat(1_000_000)}"`;
    // 1 KiB chunks: the old normaliser re-scanned the growing line on every chunk (minutes, not ms).
    const { stats, text } = await normalize(`a,b\n${long},1\n${quoted},2\n`, 1024);
    assert.equal(stats.dataRows, 2);
    const lines = text.split('\n');
    assert.equal(lines[0], ['1', '2', '0', long, '1', '\\N'].join(','));
    assert.ok(text.includes('y'.repeat(1_000_000) + '\n' + 'z'.repeat(1_000_000)));
  });

  it('refuses a record longer than the line limit, naming the line it starts on', async () => {
    await assert.rejects(
      normalize(`a,b\n1,2\n3,4\n"${'q'.repeat(200_000)}`, 4096, { maxLineBytes: 100_000 }),
      (error: unknown) => error instanceof LakeError && /record starting on line 4 is longer than 100000 bytes/.test(error.message) && error.kind === 'bad-file',
    );
  });

  it('keeps bytes that are not UTF-8 as \\xNN text in quoted and unquoted fields, counts them, and never replaces them silently', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('name,city\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]), // Caf\xE9 (Latin-1), unquoted
      Buffer.from(',"M\u00fcnchen"\n'), // valid UTF-8 stays as it is
      Buffer.from('"'),
      Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]), // Gr\xFC\xDFe (Latin-1), quoted
      Buffer.from('",ok\n'),
      Buffer.from('plain,row\n'),
    ]);
    // 5-byte chunks: the valid-chunk shortcut and the per-record path both run.
    for (const chunk of [1 << 20, 5]) {
      const { stats, text } = await normalize(latin1, chunk);
      const lines = text.trimEnd().split('\n');
      assert.equal(lines[0], '1,2,1,"Caf\\xE9","M\u00fcnchen",\\N');
      assert.equal(lines[1], '2,2,2,"Gr\\xFC\\xDFe","ok",\\N');
      assert.equal(lines[2], '3,2,0,plain,row,\\N');
      assert.equal(stats.invalidUtf8Rows, 2);
      assert.ok(!text.includes('\ufffd'), 'no replacement character');
    }
  });
});

