/**
 * Every real TLC head promoted to silver with the shipped mapping: for each partition the rows add up
 * (bronze = silver + quarantined + duplicates), the quarantine table holds exactly the quarantined rows
 * with a reason, and the money in silver equals the money in the raw file over the rows kept.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth } from '../src/bronze/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { openRuntime, type LakeRuntime } from '../src/orchestrator/runtime.ts';
import { normalizeName, promoteSilverMonth } from '../src/silver/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { isRealTlcHead } from '../src/testing/tlc-eras.ts';

// The folder also holds the synthetic samples from 2021 on (samples/README.md); these tests are about the real heads.
const files = readdirSync(TLC_HEADS).filter((f) => f.endsWith('.csv') && isRealTlcHead(f)).sort();

function rawRows(file: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path.join(TLC_HEADS, file), 'utf8').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  const split = (line: string) => line.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
  return { header: split(lines[0]), rows: lines.slice(1).map(split) };
}

describe('silver over every real TLC file head', () => {
  let runtime: LakeRuntime;

  before(async () => {
    runtime = await openRuntime(path.join(REPO_ROOT, 'config/lake.yaml'), { ...process.env, LAKE_ROOT: path.join(makeTempDir(), 'lake') });
  });
  after(async () => runtime?.close());

  it('accounts for every bronze row and keeps the money of the rows it kept', async () => {
    let quarantinedTotal = 0;
    for (const file of files) {
      const [, service, month] = /^(\w+?)_tripdata_(\d{4}-\d{2})\.csv$/.exec(file)!;
      const table = `${service}_trips`;
      const bronze = await ingestBronzeMonth(runtime, service, parseMonth(month));
      assert.equal(bronze.status, 'published');
      const result = await promoteSilverMonth(runtime, table, parseMonth(month));
      assert.equal(result.status, 'published', file);
      if (result.status !== 'published') continue;
      const { counts, key, quarantine_key } = result.manifest;
      const raw = rawRows(file);
      assert.equal(counts.bronze, raw.rows.length, `${file}: bronze rows`);
      assert.equal(counts.bronze, counts.silver + counts.quarantined + counts.duplicates, `${file}: rows add up`);

      const silverFile = sqlString(await runtime.storage.localPath(key));
      const quarantineFile = sqlString(await runtime.storage.localPath(quarantine_key));
      const silverRows = await runtime.engine.all(`SELECT _row, CAST(total_amount AS VARCHAR) AS total FROM read_parquet(${silverFile}) ORDER BY _row`).catch(
        async () => runtime.engine.all(`SELECT _row, NULL AS total FROM read_parquet(${silverFile}) ORDER BY _row`),
      );
      assert.equal(silverRows.length, counts.silver, `${file}: silver table rows`);
      const q = await runtime.engine.all(`SELECT _row, _reason, _failed_checks FROM read_parquet(${quarantineFile})`);
      assert.equal(q.length, counts.quarantined, `${file}: quarantine table rows`);
      for (const row of q) {
        assert.ok(String(row._reason).length > 0, `${file}: quarantined row ${row._row} has a reason`);
        assert.ok((row._failed_checks as string[]).length > 0, `${file}: quarantined row ${row._row} names its checks`);
      }
      quarantinedTotal += q.length;

      // Money: the raw file's total over the rows kept, each rounded to cents as DECIMAL(12,2) does.
      const totalIndex = raw.header.findIndex((h) => ['total_amount', 'total_amt'].includes(normalizeName(h)));
      if (totalIndex >= 0) {
        const kept = new Set(silverRows.map((r) => Number(r._row)));
        let expectedCents = 0;
        raw.rows.forEach((fields, i) => {
          if (kept.has(i + 1) && fields[totalIndex]) expectedCents += Math.round(Number(fields[totalIndex]) * 100);
        });
        const actualCents = silverRows.reduce((sum, r) => sum + (r.total === null ? 0 : Math.round(Number(r.total) * 100)), 0);
        assert.equal(actualCents, expectedCents, `${file}: sum of total_amount in cents`);
      }
    }
    // The heads are cut mid-row and contain stray months: some rows must have been quarantined.
    assert.ok(quarantinedTotal > 0);
  });
});
