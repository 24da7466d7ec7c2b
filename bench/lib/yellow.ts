/**
 * A synthetic yellow-taxi month in the TLC's 2019+ schema, generated once and cached under `.bench/`.
 *
 * It imitates what matters for parsing cost: CRLF line endings, ~105-byte rows of short numeric fields
 * and two timestamps, 2-decimal money, location ids 1..265 skewed towards busy zones, and ~4% of rows
 * with the empty VendorID/passenger_count/RatecodeID/flag/payment_type/congestion fields the real
 * 2020+ files have. A fixed seed makes the file identical on every machine.
 */
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, promises as fs, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export const YELLOW_HEADER =
  'VendorID,tpep_pickup_datetime,tpep_dropoff_datetime,passenger_count,trip_distance,RatecodeID,' +
  'store_and_fwd_flag,PULocationID,DOLocationID,payment_type,fare_amount,extra,mta_tax,tip_amount,' +
  'tolls_amount,improvement_surcharge,total_amount,congestion_surcharge';

/** Bump when the generated content changes, so stale cached files are not reused. */
const GENERATOR_VERSION = 1;
/** Rows are encoded into one reused buffer of this size and written when it fills: few, large writes. */
const CHUNK_BYTES = 8 << 20;
/** Longer than any generated row. */
const MAX_ROW_BYTES = 512;

const BUSY_ZONES = [
  132, 138, 161, 162, 230, 236, 237, 186, 170, 142, 48, 68, 79, 234, 239, 141, 140, 263, 262, 107, 100,
  164, 113, 249, 90, 246, 231, 229, 233, 43, 50, 143, 144, 114, 125, 211, 224,
];

// Rough frequencies of the real 2021 files, as lists to draw from uniformly.
const PASSENGERS = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 5, 6, 0];
const PAYMENTS = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4];
const RARE_RATECODES = [2, 2, 2, 5, 5, 3, 4, 99];

export interface YellowFile {
  /** Directory holding only this file, so a `{yyyy}-{mm}` template resolves to it. */
  dir: string;
  file: string;
  /** Template for a lake source url. */
  urlTemplate: string;
  rows: number;
  bytes: number;
  /** Uncompressed size; equals `bytes` for plain files. */
  csvBytes: number;
  generatedMs?: number;
}

/** Returns the cached file for these parameters, generating (and gzipping) it first when missing. */
export async function ensureYellowCsv(
  cacheRoot: string,
  opts: { rows: number; year: number; month: number; gzip: boolean },
  log: (line: string) => void,
): Promise<YellowFile> {
  const mm = String(opts.month).padStart(2, '0');
  const base = `yellow-${opts.year}-${mm}-r${opts.rows}-v${GENERATOR_VERSION}`;
  const name = `yellow_tripdata_${opts.year}-${mm}.csv`;
  const plainDir = path.join(cacheRoot, base);
  const plain = path.join(plainDir, name);
  let generatedMs: number | undefined;
  if (!existsSync(plain)) {
    await fs.mkdir(plainDir, { recursive: true });
    log(`generating ${opts.rows.toLocaleString('en-US')} rows into ${path.relative(process.cwd(), plain)} ...`);
    const started = Date.now();
    // Written under a temporary name and renamed: an interrupted run never leaves a short file cached.
    writeYellow(`${plain}.partial`, opts);
    renameSync(`${plain}.partial`, plain);
    generatedMs = Date.now() - started;
    log(`  done in ${(generatedMs / 1000).toFixed(1)} s`);
  }
  const csvBytes = (await fs.stat(plain)).size;
  if (!opts.gzip) {
    return { dir: plainDir, file: plain, urlTemplate: path.join(plainDir, 'yellow_tripdata_{yyyy}-{mm}.csv'), rows: opts.rows, bytes: csvBytes, csvBytes, generatedMs };
  }
  const gzDir = `${plainDir}-gz`;
  const gz = path.join(gzDir, `${name}.gz`);
  if (!existsSync(gz)) {
    await fs.mkdir(gzDir, { recursive: true });
    log(`gzipping into ${path.relative(process.cwd(), gz)} ...`);
    const started = Date.now();
    await pipeline(createReadStream(plain, { highWaterMark: 1 << 20 }), createGzip(), createWriteStream(`${gz}.partial`));
    renameSync(`${gz}.partial`, gz);
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const bytes = (await fs.stat(gz)).size;
  return { dir: gzDir, file: gz, urlTemplate: path.join(gzDir, 'yellow_tripdata_{yyyy}-{mm}.csv.gz'), rows: opts.rows, bytes, csvBytes, generatedMs };
}

function writeYellow(file: string, opts: { rows: number; year: number; month: number }): void {
  const random = mulberry32(0x5eed + opts.rows);
  const pick = (n: number) => Math.floor(random() * n);
  const monthStart = Date.UTC(opts.year, opts.month - 1, 1) / 1000;
  const monthSeconds = (Date.UTC(opts.year, opts.month, 1) / 1000) - monthStart;
  // "YYYY-MM-DD " for each day from the month's start, with spares for drop-offs after month end.
  const days = Array.from({ length: 40 }, (_, d) => new Date((monthStart + d * 86_400) * 1000).toISOString().slice(0, 10) + ' ');
  const two = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
  const stamp = (offset: number) => {
    const s = offset % 86_400;
    return `${days[Math.floor(offset / 86_400)]}${two[Math.floor(s / 3600)]}:${two[Math.floor(s / 60) % 60]}:${two[s % 60]}`;
  };
  const money = (cents: number) => `${Math.floor(cents / 100)}.${two[cents % 100]}`;
  const zone = () => (random() < 0.7 ? BUSY_ZONES[pick(BUSY_ZONES.length)] : 1 + pick(265));

  const fd = openSync(file, 'w');
  // Rows go straight into a byte buffer: concatenating them into one big string spends most of the
  // time in the garbage collector.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = chunk.write(YELLOW_HEADER + '\r\n', 0, 'latin1');
  try {
    for (let i = 0; i < opts.rows; i++) {
      // Pick-ups drift through the month with some disorder, like the real files.
      const pickup = Math.floor((i / opts.rows) * (monthSeconds - 1200)) + pick(1200);
      const duration = 60 + Math.floor(-Math.log(1 - random()) * 900);
      const distanceCents = Math.floor(-Math.log(1 - random()) * 300);
      const unknown = random() < 0.04;
      const payment = unknown ? 0 : PAYMENTS[pick(PAYMENTS.length)];
      const fare = Math.max(250, Math.round((250 + distanceCents * 2.5 + duration * 0.5) / 50) * 50);
      const hour = Math.floor((pickup % 86_400) / 3600);
      const extra = hour >= 20 || hour < 6 ? 50 : hour >= 16 && hour < 20 ? 100 : 0;
      const tip = payment === 1 ? Math.round(fare * (0.1 + random() * 0.2)) : 0;
      const tolls = random() < 0.05 ? 612 : 0;
      const congestion = unknown ? 0 : random() < 0.85 ? 250 : 0;
      const total = fare + extra + 50 + tip + tolls + 30 + congestion;
      const row =
        (unknown ? '' : random() < 0.3 ? '1' : '2') + ',' +
        stamp(pickup) + ',' +
        stamp(pickup + duration) + ',' +
        (unknown ? '' : PASSENGERS[pick(PASSENGERS.length)]) + ',' +
        money(distanceCents) + ',' +
        (unknown ? '' : random() < 0.96 ? '1' : RARE_RATECODES[pick(RARE_RATECODES.length)]) + ',' +
        (unknown ? '' : random() < 0.985 ? 'N' : 'Y') + ',' +
        zone() + ',' +
        zone() + ',' +
        (unknown ? '' : payment) + ',' +
        money(fare) + ',' +
        money(extra) + ',0.50,' +
        money(tip) + ',' +
        money(tolls) + ',0.30,' +
        money(total) + ',' +
        (unknown ? '' : money(congestion)) + '\r\n';
      if (used + MAX_ROW_BYTES > CHUNK_BYTES) {
        writeSync(fd, chunk, 0, used);
        used = 0;
      }
      used += chunk.write(row, used, 'latin1');
    }
    writeSync(fd, chunk, 0, used);
  } finally {
    closeSync(fd);
  }
}

/** Small, fast, seedable PRNG; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
