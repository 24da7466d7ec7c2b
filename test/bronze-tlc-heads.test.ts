/**
 * Every real TLC file head (2009–2020, all four services, 16 header variants) goes through the example
 * config, served gzipped by a real HTTP server, and lands in bronze 1:1: one row per data line, the
 * original column names, and every field as it was in the file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth, BRONZE_METADATA_COLUMNS } from '../src/bronze/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { openRuntime, type LakeRuntime } from '../src/orchestrator/runtime.ts';
import { parseMonth } from '../src/storage/index.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { isRealTlcHead } from '../src/testing/tlc-eras.ts';

// The folder also holds the synthetic samples from 2021 on (samples/README.md); these tests are about the real heads.
const files = readdirSync(TLC_HEADS).filter((f) => f.endsWith('.csv') && isRealTlcHead(f)).sort();

/** The file's data lines, split naively: the heads have no delimiters or line breaks inside quotes. */
function expectedRows(file: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path.join(TLC_HEADS, file), 'utf8')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
  const unquote = (field: string) => field.trim().replace(/^"(.*)"$/, '$1');
  return {
    header: lines[0].split(',').map((name) => unquote(name)),
    rows: lines.slice(1).map((line) => line.split(',').map((f) => (f.trim().startsWith('"') ? unquote(f) : f))),
  };
}

describe('bronze over every real TLC file head', () => {
  let server: FileServer;
  let runtime: LakeRuntime;

  before(async () => {
    // The mirror's layout: /<service>/<service>_tripdata_YYYY-MM.csv.gz
    server = await startFileServer(TLC_HEADS, { mapPath: (p) => p.replace(/^\/[a-z]+\//, '/') });
    const dir = makeTempDir();
    runtime = await openRuntime(path.join(REPO_ROOT, 'config/examples/nyc-taxi.yaml'), {
      ...process.env,
      TLC_BASE_URL: server.url,
      LAKE_ROOT: path.join(dir, 'lake'),
    });
  });

  after(async () => {
    await runtime?.close();
    await server?.close();
  });

  it(`has all ${files.length} heads as fixtures`, () => {
    assert.equal(files.length, 254);
  });

  it('ingests each head into its month with exactly the data rows and original columns of the file', async () => {
    for (const file of files) {
      const match = /^(yellow|green|fhv|fhvhv)_tripdata_(\d{4}-\d{2})\.csv$/.exec(file);
      assert.ok(match, file);
      const [, service, month] = match;
      const result = await ingestBronzeMonth(runtime, service, parseMonth(month));
      assert.equal(result.status, 'published', `${file}: ${JSON.stringify(result)}`);
      if (result.status !== 'published') continue;
      const expected = expectedRows(file);
      assert.equal(result.manifest.rows, expected.rows.length, `${file}: row count`);
      assert.deepEqual(result.manifest.columns, expected.header, `${file}: column names`);
      assert.equal(result.manifest.gzip, true, `${file}: served gzipped`);

      const parquet = await runtime.storage.localPath(result.manifest.key);
      const described = await runtime.engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(parquet)}, hive_partitioning = false)`);
      assert.deepEqual(
        described.map((c) => c.column_name),
        [...expected.header, ...BRONZE_METADATA_COLUMNS],
        `${file}: parquet columns`,
      );
      const rows = await runtime.engine.all(
        `SELECT * FROM read_parquet(${sqlString(parquet)}, hive_partitioning = false) ORDER BY _row`,
      );
      assert.equal(rows.length, expected.rows.length);
      rows.forEach((row, i) => {
        const fields = expected.header.map((name) => row[name]).filter((v) => v !== null);
        const extra = row._extra_fields === null ? [] : String(row._extra_fields).split(',');
        assert.deepEqual([...fields, ...extra], expected.rows[i], `${file} row ${i + 1}`);
        assert.equal(Number(row._row), i + 1);
        assert.equal(row._malformed, expected.rows[i].length !== expected.header.length, `${file} row ${i + 1} flag`);
        assert.equal(row._source, `${server.url}/${service}/${file}.gz`);
      });
    }
  });

  it('exposes each service as one bronze view whose count adds up to all its files', async () => {
    const { attachLakeViews } = await import('../src/engine/views.ts');
    await attachLakeViews(runtime.engine, runtime.storage);
    for (const service of ['yellow', 'green', 'fhv', 'fhvhv']) {
      const expected = files
        .filter((f) => f.startsWith(`${service}_tripdata_`))
        .reduce((sum, f) => sum + expectedRows(f).rows.length, 0);
      const { n } = await runtime.engine.one(`SELECT count(*)::INTEGER AS n FROM bronze.${service}`);
      assert.equal(n, expected, service);
    }
  });
});
