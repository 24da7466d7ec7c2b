/**
 * The normaliser's fast path (plain lines copied byte for byte) against a plain reference written from
 * the canonical format's definition, on generated files of every shape the fast path takes or hands on:
 * short and long rows, blank lines, LF and CRLF, a line longer than the fast path's limit, row numbers
 * and field counts crossing a digit, and every way chunk boundaries can cut a line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { normalizeCsv, type CanonicalOutput } from './csv-normalize.ts';

const out = path.join(os.tmpdir(), `normalize-fast-${process.pid}.csv`);

/** Small seeded PRNG, so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The canonical output of an unquoted file, straight from the format's definition. */
function reference(lines: string[], width: number): string {
  let row = 0;
  const rows: string[] = [];
  for (const line of lines.slice(1)) {
    if (/^[ \t]*$/.test(line)) continue;
    const fields = line.split(',');
    row++;
    if (fields.length <= width) {
      rows.push([row, fields.length, 0, ...fields, ...Array(width - fields.length).fill('\\N'), '\\N'].join(','));
    } else {
      rows.push([row, fields.length, 0, ...fields.slice(0, width), `"${fields.slice(width).join(',')}"`].join(','));
    }
  }
  return rows.map((r) => r + '\n').join('');
}

function generate(seed: number, width: number, rows: number): { lines: string[]; text: string } {
  const next = random(seed);
  const lines = [Array.from({ length: width }, (_, i) => `c${i}`).join(',')];
  for (let i = 0; i < rows; i++) {
    const roll = next();
    if (roll < 0.03) {
      lines.push(roll < 0.015 ? '' : ' \t ');
      continue;
    }
    // Mostly full rows; some short (down to one field), some long.
    const count = roll < 0.1 ? 1 + Math.floor(next() * width) : roll < 0.13 ? width + 1 + Math.floor(next() * 3) : width;
    lines.push(Array.from({ length: count }, () => (next() < 0.1 ? '' : String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 6)))))).join(','));
  }
  // Mixed endings, and no ending after the last line half of the time.
  const text = lines.map((line, i) => line + (i === lines.length - 1 && seed % 2 ? '' : next() < 0.5 ? '\r\n' : '\n')).join('');
  return { lines, text };
}

async function normalize(text: string | Buffer, chunkSizes: number[]) {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const size = chunkSizes[k % chunkSizes.length];
    chunks.push(bytes.subarray(i, i + size));
    i += size;
  }
  try {
    const stats = await normalizeCsv(Readable.from(chunks), out, { sourceName: 'fast.csv' });
    return { stats, text: readFileSync(out, 'utf8') };
  } finally {
    rmSync(out, { force: true });
  }
}

describe("the normaliser's fast path", () => {
  for (const [seed, width] of [
    [1, 1],
    [2, 3],
    [3, 9],
    [4, 10],
    [5, 18],
    [6, 120],
  ] as const) {
    it(`writes exactly the canonical rows of a generated ${width}-column file, whatever the chunk sizes (seed ${seed})`, async () => {
      const { lines, text } = generate(seed, width, 1_500);
      const expected = reference(lines, width);
      for (const sizes of [[1 << 20], [1], [7, 13, 64], [4093]]) {
        const result = await normalize(text, sizes);
        assert.equal(result.text, expected, `chunk sizes ${sizes.join(', ')}`);
        assert.equal(result.stats.dataRows, expected.split('\n').length - 1);
        assert.equal(result.stats.longestLine, Math.max(...expected.split('\n').map((l) => Buffer.byteLength(l) + 1)));
      }
    });
  }

  it('counts rows past a digit boundary (9 → 10, 99 → 100, 999 → 1000) and short rows whose count has fewer digits than the header', async () => {
    const width = 12;
    const lines = ['h' + ',h'.repeat(width - 1)];
    for (let i = 0; i < 1_200; i++) lines.push(i % 7 === 0 ? '1,2,3' : Array.from({ length: width }, (_, k) => String(k)).join(','));
    const { text } = await normalize(lines.join('\n') + '\n', [1 << 20]);
    assert.equal(text, reference(lines, width));
  });

  it('hands a line longer than its limit to the general path, which writes it the same way', async () => {
    const long = 'x'.repeat(200_000);
    const lines = ['a,b', '1,2', `${long},3`, '4', `5,${long}`, '6,7'];
    const { text, stats } = await normalize(lines.join('\r\n') + '\r\n', [65_536]);
    assert.equal(text, reference(lines, 2));
    assert.deepEqual(stats.lineEndings, { crlf: 6, lf: 0, cr: 0 });
  });

  it('leaves lines with quotes, lone CRs and bytes that are not UTF-8 to the general path', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n"x",3\r4,5\n'), Buffer.from([0x36, 0x2c, 0xff, 0x0a]), Buffer.from('7,8\n')]);
    const { text, stats } = await normalize(bytes, [1 << 20]);
    assert.equal(text, '1,2,0,1,2,\\N\n2,2,0,"x","3",\\N\n3,2,0,4,5,\\N\n4,2,1,6,\\xFF,\\N\n5,2,0,7,8,\\N\n');
    assert.deepEqual(stats.lineEndings, { crlf: 0, lf: 5, cr: 1 });
    assert.equal(stats.invalidUtf8Rows, 1);
  });

  it('writes into any output that takes buffers, and reuses none of them before the write has finished', async () => {
    const { lines, text } = generate(7, 5, 20_000);
    const received: Buffer[] = [];
    const output: CanonicalOutput = {
      async writev(parts) {
        // Copied only after a pause: a writer that reused its buffer early would show here.
        await new Promise((resolve) => setTimeout(resolve, 1));
        for (const part of parts) received.push(Buffer.from(part));
      },
      async close() {},
    };
    await normalizeCsv(Readable.from([Buffer.from(text)]), output, { sourceName: 'fast.csv' });
    assert.equal(Buffer.concat(received).toString('utf8'), reference(lines, 5));
  });
});
