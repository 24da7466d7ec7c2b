import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvRowBoundaries, RotatingCsvFiles } from './snapshot.ts';

/** Rows as Postgres' CSV writes them: quoted fields may hold commas, doubled quotes and newlines. */
function csvRows(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = i % 3 === 0 ? `"line one\nline ""two"" ${i}"` : i % 3 === 1 ? `plain ${i}` : `"a,b,""c""\n\n"`;
    out.push(`${i},${text},\\N\n`);
  }
  return out;
}

/** Splits `bytes` into chunks of varying sizes, so row ends and quotes fall on chunk edges. */
function* chunks(bytes: Buffer): Generator<Buffer> {
  let at = 0;
  let size = 1;
  while (at < bytes.length) {
    yield bytes.subarray(at, at + size);
    at += size;
    size = (size * 7 + 3) % 97 || 1;
  }
}

describe('CSV row boundaries', () => {
  it('finds only newlines outside quoted fields, across chunks', () => {
    const boundaries = new CsvRowBoundaries();
    const first = Buffer.from('1,"a\nb');
    assert.equal(boundaries.rowEnd(first, 0), -1);
    const second = Buffer.from('c""d\n",x\n2,y\n');
    assert.equal(boundaries.rowEnd(second, 0), second.indexOf('x') + 2);
  });
});

describe('snapshot files', () => {
  it('cut at row ends only, in order, and together hold every byte once', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lake-snapshot-'));
    try {
      const input = Buffer.from(csvRows(500).join(''));
      const handed: Array<{ index: number; text: string }> = [];
      await pipeline(
        Readable.from(chunks(input)),
        new RotatingCsvFiles(dir, 1000, async (file, index) => {
          handed.push({ index, text: await fs.readFile(file, 'utf8') });
        }),
      );
      assert.ok(handed.length > 5, `cut into ${handed.length} files`);
      assert.deepEqual(handed.map((h) => h.index), handed.map((_, i) => i));
      assert.equal(handed.map((h) => h.text).join(''), input.toString());
      const rows = csvRows(500);
      let next = 0;
      for (const { text } of handed) {
        // Each file is a whole number of rows: the next rows of the input, exactly.
        let rebuilt = '';
        while (rebuilt.length < text.length) rebuilt += rows[next++];
        assert.equal(rebuilt, text);
        assert.ok(text.length >= 1000 || next === rows.length, 'only the last file is smaller than the size');
      }
      assert.deepEqual(await fs.readdir(dir), [], 'every handed-over file is removed');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('hands nothing over for an empty table', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lake-snapshot-'));
    try {
      let calls = 0;
      await pipeline(Readable.from([]), new RotatingCsvFiles(dir, 1000, async () => void calls++));
      assert.equal(calls, 0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('fails the copy when a hand-over fails, leaving no file behind', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lake-snapshot-'));
    try {
      const input = Buffer.from(csvRows(200).join(''));
      await assert.rejects(
        pipeline(
          Readable.from(chunks(input)),
          new RotatingCsvFiles(dir, 500, async () => {
            throw new Error('bronze is down');
          }),
        ),
        /bronze is down/,
      );
      assert.deepEqual(await fs.readdir(dir), []);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
