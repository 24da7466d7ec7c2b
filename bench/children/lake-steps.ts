/**
 * Lake's CSV path taken apart, one step per process, to see where `lake ingest` spends its time:
 *
 *   read       stream the source as lake opens it (gunzip included) and discard it: the I/O floor
 *   normalize  normalizeCsv() from the source into the canonical CSV file
 *   copy       DuckDB COPY of that canonical CSV into Parquet (copyCanonicalToParquet, lake's own)
 *
 * `lake ingest` runs the last two at once, through a FIFO; run alone they show what overlapping saves.
 *
 * argv[2] is JSON (see Job). Prints JSON with the step's own timing on stdout.
 */
import './report-rss.ts';
import { promises as fs } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BRONZE_METADATA_COLUMNS, copyCanonicalToParquet } from '../../src/bronze/index.ts';
import { Engine } from '../../src/engine/index.ts';
import { normalizeCsv, openContent } from '../../src/ingest/index.ts';

type Job =
  | { step: 'read'; input: string }
  | { step: 'normalize'; input: string; canonical: string }
  | {
      step: 'copy';
      canonical: string;
      output: string;
      header: string[];
      longestLine: number;
      threads: number;
      memoryLimit: string;
      tempDirectory: string;
    };

const job = JSON.parse(process.argv[2]) as Job;
const started = performance.now();
const elapsed = () => Math.round(performance.now() - started);

switch (job.step) {
  case 'read': {
    const { stream } = await openContent(job.input);
    let bytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) bytes += chunk.length;
    report({ bytes, ms: elapsed() });
    break;
  }
  case 'normalize': {
    const { stream } = await openContent(job.input);
    const stats = await normalizeCsv(stream, job.canonical, {
      sourceName: job.input,
      reserved: [...BRONZE_METADATA_COLUMNS],
    });
    const ms = elapsed();
    const canonicalBytes = (await fs.stat(job.canonical)).size;
    report({ rows: stats.dataRows, header: stats.header, longestLine: stats.longestLine, canonicalBytes, ms });
    break;
  }
  case 'copy': {
    const engine = await Engine.open({ threads: job.threads, memoryLimit: job.memoryLimit, tempDirectory: job.tempDirectory });
    await copyCanonicalToParquet(engine, job.canonical, job.header, job.output, {
      shownUrl: job.canonical,
      batchId: 'bench',
      ingestedAt: new Date(),
      longestLine: job.longestLine,
    });
    engine.close();
    report({ ms: elapsed() });
    break;
  }
}

function report(result: object): void {
  process.stdout.write(JSON.stringify(result) + '\n');
}
