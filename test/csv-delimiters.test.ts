/**
 * A source's `delimiter` holds from the file to silver: `;`, tab and `|` files land in bronze with every
 * field where it belongs, and a `;` file with decimal commas (`decimal_separator: ','`) reaches silver
 * with the right amounts, while a value that is still ambiguous is quarantined rather than guessed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingestBronzeMonth, readBronzeManifest } from '../src/bronze/index.ts';
import { sqlString } from '../src/engine/index.ts';
import { promoteSilverMonth, readSilverManifest } from '../src/silver/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { makeTestLake, type TestLake } from '../src/testing/lake.ts';

const MONTH = parseMonth('2021-03');

const SOURCES: Array<{ name: string; delimiter: string; yaml: string }> = [
  { name: 'semi', delimiter: ';', yaml: "';'" },
  { name: 'tab', delimiter: '\t', yaml: '"\\t"' },
  { name: 'pipe', delimiter: '|', yaml: "'|'" },
];

// vendor, pickup, total (with a decimal comma), note (commas as data; the file's own delimiter only quoted)
const ROWS = (d: string) => [
  ['1', '2021-03-01 08:00:00', '10,50', 'a, b'],
  ['2', '2021-03-02 09:15:00', '22', `"quoted${d} note, with ""quotes"""`],
  ['2', '2021-03-03 10:00:00', '1.234,5', 'thousands mark: ambiguous, quarantined'],
];
const unquote = (v: string) => (v.startsWith('"') ? v.slice(1, -1).replaceAll('""', '"') : v);

function write(dir: string, name: string, delimiter: string): void {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const lines = [['vendor', 'pickup', 'total', 'note'].join(delimiter), ...ROWS(delimiter).map((r) => r.join(delimiter))];
  writeFileSync(path.join(dir, 'data', `${name}_2021-03.csv`), lines.join('\r\n') + '\r\n');
}

describe('CSV delimiters and decimal commas', () => {
  let lake: TestLake;

  before(async () => {
    const sources = SOURCES.map(
      (s) => `  ${s.name}:\n    type: csv\n    url: ./data/${s.name}_{yyyy}-{mm}.csv\n    delimiter: ${s.yaml}\n    decimal_separator: ','\n`,
    ).join('');
    lake = await makeTestLake(`sources:
${sources}silver:
  tables:
    semi_trips:
      from: semi
      columns:
        vendor_id: { type: VARCHAR, aliases: [vendor] }
        pickup_datetime: { type: TIMESTAMP, aliases: [pickup] }
        total_amount: { type: 'DECIMAL(12,2)', aliases: [total] }
        note: { type: VARCHAR, aliases: [note] }
      unique_key: [vendor_id, pickup_datetime]
`);
    for (const s of SOURCES) write(lake.dir, s.name, s.delimiter);
  });
  after(async () => lake?.cleanup());

  for (const s of SOURCES) {
    it(`puts every field of a ${s.name}-delimited file in its own bronze column`, async () => {
      assert.equal((await ingestBronzeMonth(lake.runtime, s.name, MONTH)).status, 'published');
      const manifest = (await readBronzeManifest(lake.runtime.storage, s.name, MONTH))!;
      assert.deepEqual(manifest.columns, ['vendor', 'pickup', 'total', 'note']);
      assert.equal(manifest.malformed_rows, 0);
      const file = sqlString(await lake.runtime.storage.localPath(manifest.key));
      const rows = await lake.runtime.engine.all(`SELECT vendor, pickup, total, note, _malformed FROM read_parquet(${file}) ORDER BY _row`);
      assert.deepEqual(
        rows.map((r) => [r.vendor, r.pickup, r.total, r.note, r._malformed]),
        ROWS(s.delimiter).map((r) => [...r.slice(0, 3), unquote(r[3]), false]),
      );
    });
  }

  it('reads decimal commas as amounts in silver and quarantines an amount with a thousands mark', async () => {
    const result = await promoteSilverMonth(lake.runtime, 'semi_trips', MONTH);
    assert.equal(result.status, 'published');
    const manifest = (await readSilverManifest(lake.runtime.storage, 'semi_trips', MONTH))!;
    assert.deepEqual(manifest.counts, { bronze: 3, silver: 2, quarantined: 1, duplicates: 0 });
    const silver = sqlString(await lake.runtime.storage.localPath(manifest.key));
    const rows = await lake.runtime.engine.all(`SELECT vendor_id, total_amount::VARCHAR AS total FROM read_parquet(${silver}) ORDER BY vendor_id`);
    assert.deepEqual(rows, [
      { vendor_id: '1', total: '10.50' },
      { vendor_id: '2', total: '22.00' },
    ]);
    const quarantine = sqlString(await lake.runtime.storage.localPath(manifest.quarantine_key));
    const [bad] = await lake.runtime.engine.all(`SELECT _reason FROM read_parquet(${quarantine})`);
    assert.match(String(bad._reason), /total_amount: cannot read '1\.234,5'/);
  });

  it('keeps a Latin-1 row in bronze byte for byte as \\xNN text, flagged, and quarantines it in silver with the reason', async () => {
    const file = path.join(lake.dir, 'data', 'semi_2021-04.csv');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('vendor;pickup;total;note\n1;2021-04-01 08:00:00;1,5;ok\n2;2021-04-02 08:00:00;2,5;Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const april = parseMonth('2021-04');
    assert.equal((await ingestBronzeMonth(lake.runtime, 'semi', april)).status, 'published');
    const bronze = (await readBronzeManifest(lake.runtime.storage, 'semi', april))!;
    assert.equal(bronze.invalid_utf8_rows, 1);
    const rows = await lake.runtime.engine.all(
      `SELECT note, _invalid_utf8 FROM read_parquet(${sqlString(await lake.runtime.storage.localPath(bronze.key))}) ORDER BY _row`,
    );
    assert.deepEqual(rows, [
      { note: 'ok', _invalid_utf8: false },
      { note: 'Caf\\xE9', _invalid_utf8: true },
    ]);
    assert.equal((await promoteSilverMonth(lake.runtime, 'semi_trips', april)).status, 'published');
    const silver = (await readSilverManifest(lake.runtime.storage, 'semi_trips', april))!;
    assert.deepEqual(silver.counts, { bronze: 2, silver: 1, quarantined: 1, duplicates: 0 });
    const [bad] = await lake.runtime.engine.all(
      `SELECT note, _failed_checks, _reason FROM read_parquet(${sqlString(await lake.runtime.storage.localPath(silver.quarantine_key))})`,
    );
    assert.equal(bad.note, 'Caf\\xE9');
    assert.deepEqual(bad._failed_checks, ['encoding']);
    assert.match(String(bad._reason), /^encoding: the row has bytes that are not UTF-8/);
  });
});

