/**
 * Every bad input a download can meet ends in a clear, file-level outcome, and never costs the lake the
 * partition it already had.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestBronzeMonth, readBronzeManifest } from '../src/bronze/index.ts';
import { LakeError } from '../src/errors/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { FAST_HTTP, makeTestLake, TLC_HEADS, type TestLake } from '../src/testing/lake.ts';

const MONTH = parseMonth('2019-01');
const PATH = '/yellow_tripdata_2019-01.csv.gz';
const gz = gzipSync(readFileSync(path.join(TLC_HEADS, 'yellow_tripdata_2019-01.csv')));

describe('bad inputs at the bronze boundary', () => {
  let server: FileServer;
  let lake: TestLake;

  before(async () => {
    server = await startFileServer(TLC_HEADS);
    lake = await makeTestLake(`${FAST_HTTP}sources:\n  yellow:\n    type: csv\n    url: ${server.url}/yellow_tripdata_{yyyy}-{mm}.csv.gz\n  pq:\n    type: parquet\n    url: ${server.url}/yellow_tripdata_{yyyy}-{mm}.csv.gz\n`);
    // A good version of the partition that every failure below must leave in place.
    const first = await ingestBronzeMonth(lake.runtime, 'yellow', MONTH);
    assert.equal(first.status, 'published');
  });

  after(async () => {
    await lake?.cleanup();
    await server?.close();
  });

  async function goodVersionIsKept(): Promise<void> {
    const manifest = await readBronzeManifest(lake.runtime.storage, 'yellow', MONTH);
    const file = await lake.runtime.storage.localPath(manifest!.key);
    const { n } = await lake.runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM '${file}'`);
    assert.equal(n, 9);
    assert.equal(manifest!.rows, 9);
  }

  async function failsWith(pattern: RegExp, kind: string, source = 'yellow'): Promise<LakeError> {
    let caught: LakeError | undefined;
    try {
      await ingestBronzeMonth(lake.runtime, source, MONTH);
    } catch (error) {
      caught = error as LakeError;
    }
    assert.ok(caught instanceof LakeError, 'expected a LakeError');
    assert.match(caught.message, pattern);
    assert.equal(caught.kind, kind);
    await goodVersionIsKept();
    return caught;
  }

  it('reports a 404 as not published yet, without failing', async () => {
    const result = await ingestBronzeMonth(lake.runtime, 'yellow', parseMonth('2031-01'));
    assert.equal(result.status, 'not-published');
    assert.match(result.status === 'not-published' ? result.reason : '', /not published yet \(HTTP 404\)/);
  });

  it('reports a 403 as not published yet where the source says its server answers so for missing files', async () => {
    const cdn = await makeTestLake(`http:\n  retry: { attempts: 1, base_delay_ms: 1, max_delay_ms: 1 }\n  not_published_statuses: [403, 404, 410]\nsources:\n  yellow:\n    type: csv\n    url: ${server.url}/yellow_tripdata_{yyyy}-{mm}.csv.gz\n`);
    try {
      server.fault('/yellow_tripdata_2031-02.csv.gz', { kind: 'status', status: 403 });
      const result = await ingestBronzeMonth(cdn.runtime, 'yellow', parseMonth('2031-02'));
      assert.equal(result.status, 'not-published');
      assert.match(result.status === 'not-published' ? result.reason : '', /not published yet \(HTTP 403\)/);
    } finally {
      await cdn.cleanup();
    }
  });

  it('retries HTTP 503 twice and then succeeds', async () => {
    server.fault(PATH, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    const before = server.requests.get(PATH) ?? 0;
    const result = await ingestBronzeMonth(lake.runtime, 'yellow', MONTH);
    assert.equal(result.status, 'published');
    assert.equal(result.status === 'published' && result.attempts, 3);
    assert.equal((server.requests.get(PATH) ?? 0) - before, 3);
  });

  it('retries a connection reset and a body cut short of its Content-Length', async () => {
    server.fault(PATH, { kind: 'reset' }, { kind: 'truncate', bytes: 40, lieAboutLength: true });
    const result = await ingestBronzeMonth(lake.runtime, 'yellow', MONTH);
    assert.equal(result.status, 'published');
    assert.equal(result.status === 'published' && result.attempts, 3);
  });

  it('gives up on a server that keeps failing, naming the status', async () => {
    server.fault(PATH, ...Array(3).fill({ kind: 'status', status: 502 }));
    const error = await failsWith(/answered HTTP 502/, 'download');
    assert.equal(error.retry, 'automatic');
  });

  it('does not retry a 403 and says what to check', async () => {
    server.fault(PATH, { kind: 'status', status: 403 });
    const before = server.requests.get(PATH) ?? 0;
    const error = await failsWith(/answered HTTP 403/, 'download');
    assert.equal(error.retry, 'needs-person');
    assert.match(error.remedy ?? '', /credentials/);
    assert.equal((server.requests.get(PATH) ?? 0) - before, 1);
  });

  it('refuses an HTML page where data was expected', async () => {
    server.fault(PATH, { kind: 'html' });
    await failsWith(/is an HTML page, not CSV data/, 'bad-file');
  });

  it('refuses a truncated gzip file', async () => {
    server.fault(PATH, { kind: 'truncate', bytes: Math.floor(gz.length / 2) });
    await failsWith(/truncated or corrupt gzip/, 'bad-file');
  });

  it('refuses an empty file', async () => {
    server.fault(PATH, { kind: 'body', body: Buffer.alloc(0) });
    await failsWith(/is empty \(0 bytes\)/, 'bad-file');
  });

  it('refuses a header with no rows', async () => {
    server.fault(PATH, { kind: 'body', body: gzipSync('VendorID,tpep_pickup_datetime\r\n\r\n') });
    await failsWith(/has a header but no data rows/, 'bad-file');
  });

  it('refuses a binary file', async () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    server.fault(PATH, { kind: 'body', body: binary });
    await failsWith(/is a binary file/, 'bad-file');
  });

  it('refuses CSV bytes on a source declared as parquet', async () => {
    await failsWith(/is a gzip file, but the source is declared as parquet/, 'bad-file', 'pq');
  });

  it('refuses a gzip bomb once it decompresses past the configured ratio, before the disk fills', async () => {
    // 200 MB of one repeated row gzip to about 200 KB: a ratio of ~1000, far above the default 100.
    const row = Buffer.from('1,2019-01-01 00:00:00,2019-01-01 00:10:00,1,1.5,1,N,1,1,1,7,0.5,0.5,1,0,0.3,9.8\n');
    const bomb = gzipSync(Buffer.concat([Buffer.from('VendorID,tpep_pickup_datetime\n'), Buffer.alloc(200 * 1024 * 1024, row)]));
    server.fault(PATH, { kind: 'body', body: bomb });
    const error = await failsWith(/decompresses to more than \d+ bytes/, 'bad-file');
    assert.match(error.remedy ?? '', /max_decompression_ratio/);
  });

  it('refuses a record longer than the configured line limit with the line it starts on', async () => {
    const limited = await makeTestLake(`${FAST_HTTP}sources:\n  yellow:\n    type: csv\n    url: ${server.url}/yellow_tripdata_{yyyy}-{mm}.csv.gz\n    max_line_bytes: 100000\n`);
    try {
      // An unclosed quote on line 3 runs to the end of the file.
      server.fault(PATH, { kind: 'body', body: gzipSync(Buffer.concat([Buffer.from('a,b\r\n1,2\r\n"'), Buffer.alloc(300_000, 'x\n')])) });
      await assert.rejects(ingestBronzeMonth(limited.runtime, 'yellow', MONTH), (error: LakeError) => {
        assert.match(error.message, /record starting on line 3 is longer than 100000 bytes/);
        assert.equal(error.kind, 'bad-file');
        assert.match(error.remedy ?? '', /max_line_bytes/);
        return true;
      });
    } finally {
      await limited.cleanup();
    }
  });

  it('keeps a 10 MB field whole in bronze', async () => {
    // Random text, so the gzip is not a bomb by the ratio rule.
    const big = randomBytes(7.5 * 1024 * 1024).toString('base64');
    server.fault('/yellow_tripdata_2019-02.csv.gz', { kind: 'body', body: gzipSync(`a,b\n1,"${big}"\n2,x\n`) });
    const result = await ingestBronzeMonth(lake.runtime, 'yellow', parseMonth('2019-02'));
    assert.equal(result.status, 'published');
    const manifest = (await readBronzeManifest(lake.runtime.storage, 'yellow', parseMonth('2019-02')))!;
    const file = await lake.runtime.storage.localPath(manifest.key);
    const rows = await lake.runtime.engine.all(`SELECT a, length(b)::INTEGER AS n FROM '${file}' ORDER BY _row`);
    assert.deepEqual(rows, [{ a: '1', n: big.length }, { a: '2', n: 1 }]);
  });

  it('explains a file too wide for the memory limit, with the setting to change, and does not retry it', async () => {
    const width = 2_000;
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
    // Random values, so the gzip is not mistaken for a bomb.
    const rows = Array.from({ length: 2_000 }, () => randomBytes(width * 3).toString('hex').match(/.{6}/g)!.join(','));
    server.fault(PATH, { kind: 'body', body: gzipSync(`${header}\n${rows.join('\n')}\n`) });
    const error = await failsWith(/has 2000 columns, and writing it as Parquet ran out of memory/, 'engine');
    assert.equal(error.retry, 'needs-person');
    assert.match(error.remedy ?? '', /engine\.memory_limit to at least 3328MB with engine\.threads: 2, or 1792MB with engine\.threads: 1/);
  });

  it('reports a stalled download as a retryable timeout', async () => {
    const stalled = await makeTestLake(
      `http:\n  idle_timeout_ms: 150\n  retry:\n    attempts: 2\n    base_delay_ms: 1\n    max_delay_ms: 1\nsources:\n  yellow:\n    type: csv\n    url: ${server.url}/yellow_tripdata_{yyyy}-{mm}.csv.gz\n`,
    );
    try {
      server.fault(PATH, { kind: 'stall', ms: 2000 }, { kind: 'stall', ms: 2000 });
      await assert.rejects(ingestBronzeMonth(stalled.runtime, 'yellow', MONTH), (error: LakeError) => {
        assert.match(error.message, /stalled/);
        assert.equal(error.retry, 'automatic');
        return true;
      });
    } finally {
      await stalled.cleanup();
    }
  });
});
