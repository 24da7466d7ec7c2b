/**
 * `npm run bench -- long-line`: how the CSV normaliser's cost grows with the length of one line.
 *
 * A file of a header and one very long record (unquoted, and quoted with line breaks inside) is fed to
 * normalizeCsv in 64 KiB chunks, as a gzip stream delivers it, at 4, 16 and 64 MiB. Beside it, DuckDB's
 * own read_csv of the same file (max_line_size raised to fit) is what a user would otherwise run. The
 * normaliser used to re-scan the growing line on every chunk (quadratic: a 255 KiB gzip took 87 s); the
 * figure to read is the growth column: linear time doubles cost when the size doubles, so 4x the size
 * should cost about 4x, not 16x.
 */
import { createReadStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine, sqlString } from '../src/engine/index.ts';
import { normalizeCsv } from '../src/ingest/csv-normalize.ts';
import { formatTable, MiB } from './lib/measure.ts';

const SIZES_MIB = [4, 16, 64];

async function writeLongFile(file: string, mib: number, quoted: boolean): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.write('id,text\n1,');
    if (quoted) await handle.write('"');
    const block = Buffer.alloc(MiB, quoted ? 'abc\ndef,' : 'abcdefgh');
    for (let i = 0; i < mib; i++) await handle.write(block);
    await handle.write(quoted ? '"\n' : '\n');
  } finally {
    await handle.close();
  }
}

async function timeNormalizer(file: string): Promise<{ ms: number; rssMb: number }> {
  const out = `${file}.canonical`;
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  const started = performance.now();
  await normalizeCsv(stream, out, { sourceName: file, maxLineBytes: 512 * MiB });
  const ms = performance.now() - started;
  await fs.rm(out, { force: true });
  return { ms, rssMb: process.memoryUsage().rss / MiB };
}

async function timeDuckdb(engine: Engine, file: string, mib: number): Promise<number> {
  const started = performance.now();
  await engine.all(
    `SELECT count(*) AS n FROM read_csv(${sqlString(file)}, header = true, auto_detect = false, columns = {'id': 'VARCHAR', 'text': 'VARCHAR'}, max_line_size = ${(mib + 2) * MiB})`,
  );
  return performance.now() - started;
}

export async function run(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write('usage: npm run bench -- long-line\n\nTimes the CSV normaliser on one 4, 16 and 64 MiB line against DuckDB read_csv, and prints how cost grows with size.\n');
    return;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-long-line-'));
  const engine = await Engine.open({ threads: 2, memoryLimit: '2GB' });
  try {
    const rows: string[][] = [];
    for (const quoted of [false, true]) {
      let previous: number | undefined;
      for (const mib of SIZES_MIB) {
        const file = path.join(dir, `long-${mib}-${quoted ? 'q' : 'u'}.csv`);
        await writeLongFile(file, mib, quoted);
        const lake = await timeNormalizer(file);
        const duck = await timeDuckdb(engine, file, mib);
        const growth = previous === undefined ? '' : `${(lake.ms / previous).toFixed(1)}x for 4x the size`;
        previous = lake.ms;
        rows.push([quoted ? 'quoted, line breaks inside' : 'unquoted', `${mib}`, lake.ms.toFixed(0), (mib / (lake.ms / 1000)).toFixed(0), duck.toFixed(0), (duck / lake.ms).toFixed(2), growth, lake.rssMb.toFixed(0)]);
        await fs.rm(file, { force: true });
      }
    }
    process.stdout.write(
      formatTable(['record', 'MiB', 'lake normaliser ms', 'MiB/s', 'DuckDB read_csv ms', 'ratio (DuckDB/lake)', 'lake growth', 'lake RSS MiB'], rows) + '\n',
    );
  } finally {
    engine.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
