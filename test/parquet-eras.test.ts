/**
 * The official TLC trip files are Parquet, republished for every year back to 2009, and their shape drifts:
 * 2009–2010 text timestamps and differently named columns (and pandas' `__index_level_0__` in 2010-02/03),
 * typed TIMESTAMP from 2011, codes as BIGINT until 2018-06 then as DOUBLE (`1.0`) until 2023-01, then
 * BIGINT again with INTEGER ids, `airport_fee` renamed `Airport_fee` in 2023-02, `cbd_congestion_fee` from
 * 2025-01, columns declared all-NULL in some months, fhv location ids as DOUBLE, fhvhv's 24–25 columns.
 *
 * Each era's file is generated with DuckDB in the exact column names, order and types of the official
 * files (src/testing/tlc-eras.ts, which names the sources: the per-file column lists of
 * lykmapipo/NYC-TLC-Trip-Data, the yellow footer survey of snowch/vast-docker-compose-examples, a schema
 * timeline read from every official footer 2019–2026, and pyarrow printouts of yellow 2023-01 and 2025-09
 * and fhvhv 2024-01). Assumed where no source shows it: green and fhv types before 2019 equal 2019-01's;
 * an Arrow `null` column is an all-NULL INTEGER; the nanosecond era is a pandas re-export, not an official
 * footer. The files are served over HTTP on 127.0.0.1 and pulled through config/examples/nyc-taxi-parquet.yaml
 * (TLC_BASE_URL pointed at the server), then promoted to silver.
 *
 * Per era it shows: bronze keeps the file's columns and types; silver has the same columns and types for
 * every era; codes stored as `1.0` read as `1` and a code that is not whole (1.5) is quarantined, not
 * rounded; typed timestamps equal the generated ones (text ones are parsed); and bronze rows = silver +
 * quarantined + duplicates, with one duplicate and one stray-year pickup in every file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BRONZE_METADATA_COLUMNS, ingestBronzeMonth } from '../src/bronze/index.ts';
import { Engine, sqlString } from '../src/engine/index.ts';
import { openRuntime, type LakeRuntime } from '../src/orchestrator/runtime.ts';
import { promoteSilverMonth, type SilverPartitionManifest } from '../src/silver/index.ts';
import { parseMonth } from '../src/storage/index.ts';
import { queryLake } from '../src/testing/cdc.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import { syntheticTrips, TLC_ERAS, writeEraParquet, type TlcEra, type Trip } from '../src/testing/tlc-eras.ts';

const TABLE = { yellow: 'yellow_trips', green: 'green_trips', fhv: 'fhv_trips', fhvhv: 'fhvhv_trips' } as const;

/** Where each era stores a code as a float, the field to set to 1.5 and the silver column that must refuse it. */
const FLOAT_CODE: Record<string, { field: string; canonical: string; value: number }> = {
  yellow: { field: 'rate_code', canonical: 'rate_code_id', value: 1.5 },
  green: { field: 'rate_code', canonical: 'rate_code_id', value: 1.5 },
  fhv: { field: 'pu', canonical: 'pickup_location_id', value: 161.5 },
};
const FLOAT_SOURCE: Record<string, string> = { rate_code: 'RatecodeID|Rate_Code', pu: 'PUlocationID' };

interface EraFile {
  era: TlcEra;
  trips: Trip[];
  /** `_row` → the check that must quarantine it. */
  quarantined: Map<number, RegExp>;
  duplicateRow: number;
}

/** 12 trips and the faults: a duplicate, a stray-year pickup, a non-whole float code, a bad text date. */
function eraFile(era: TlcEra): EraFile {
  const trips = syntheticTrips(era.service, era.example, 12);
  const quarantined = new Map<number, RegExp>();
  const stray = { ...trips[5] };
  for (const key of ['pickup', 'dropoff', 'request', 'on_scene']) {
    if (typeof stray[key] === 'string') stray[key] = `${Number((stray[key] as string).slice(0, 4)) - 1}${(stray[key] as string).slice(4)}`;
  }
  trips.push({ ...trips[2] });
  const duplicateRow = trips.length;
  trips.push(stray);
  quarantined.set(trips.length, /^pickup_in_file_month: pickup_datetime \d{4}-.* is outside/);
  const float = FLOAT_CODE[era.service];
  const floatColumn = float && era.columns.find((c) => new RegExp(`^(${FLOAT_SOURCE[float.field]})$`).test(c.name) && c.type === 'DOUBLE');
  if (float && floatColumn) {
    trips.push({ ...trips[6], [float.field]: float.value });
    quarantined.set(trips.length, new RegExp(`^cast: ${float.canonical}: cannot read '${float.value}' as `));
  }
  if (era.columns.find((c) => c.name.toLowerCase().includes('pickup_datetime'))?.type === 'VARCHAR') {
    trips.push({ ...trips[7], pickup: `${era.example}-32 10:00:00` });
    quarantined.set(trips.length, /^cast: pickup_datetime: cannot read '.*-32 10:00:00' as TIMESTAMP/);
  }
  if (era.id.startsWith('yellow 2010')) trips.forEach((trip, i) => (trip.index = i));
  return { era, trips, quarantined, duplicateRow };
}

const money = (v: unknown) => (v === null || v === undefined ? null : Number(v).toFixed(2));
const code = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** What silver must hold for one trip of an era: the columns that differ by era, as `lake query` prints them. */
function expectedRow(era: TlcEra, trip: Trip): Record<string, unknown> {
  const column = (name: string) => era.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  const declared = (name: string) => column(name) !== undefined;
  const filled = (name: string) => declared(name) && !column(name)!.empty;
  if (era.service === 'fhv') {
    return {
      dispatching_base_num: trip.base,
      pickup: trip.pickup,
      dropoff: trip.dropoff,
      pickup_location_id: trip.pu,
      dropoff_location_id: trip.do,
      sr_flag: filled('SR_Flag') ? code(trip.sr_flag) : null,
    };
  }
  if (era.service === 'fhvhv') {
    return {
      hvfhs_license_num: trip.license,
      pickup: trip.pickup,
      dropoff: trip.dropoff,
      request: trip.request,
      on_scene: trip.on_scene,
      pickup_location_id: trip.pu,
      trip_miles: trip.miles,
      trip_time: trip.seconds,
      base_passenger_fare: money(trip.fare),
      airport_fee: filled('airport_fee') ? money(trip.airport) : null,
      cbd_congestion_fee: declared('cbd_congestion_fee') ? money(trip.cbd) : null,
      wav_match_flag: filled('wav_match_flag') ? trip.wav_match_flag : null,
    };
  }
  const lonLat = declared('Start_Lon') || declared('pickup_longitude');
  return {
    vendor_id: code(trip.vendor),
    pickup: trip.pickup,
    dropoff: trip.dropoff,
    passenger_count: trip.passengers,
    rate_code_id: code(trip.rate_code),
    store_and_fwd_flag: trip.store_and_fwd,
    payment_type: code(trip.payment),
    pickup_location_id: lonLat ? null : trip.pu,
    pickup_longitude: lonLat ? trip.pickup_lon : null,
    total_amount: money(trip.total),
    ...(era.service === 'yellow' ? { airport_fee: filled('airport_fee') ? money(trip.airport) : null } : { trip_type: code(trip.trip_type) }),
    cbd_congestion_fee: declared('cbd_congestion_fee') ? money(trip.cbd) : null,
  };
}

function silverSelect(service: string): string {
  if (service === 'fhv') {
    return `dispatching_base_num, CAST(pickup_datetime AS VARCHAR) AS pickup, CAST(dropoff_datetime AS VARCHAR) AS dropoff,
            pickup_location_id, dropoff_location_id, sr_flag`;
  }
  if (service === 'fhvhv') {
    return `hvfhs_license_num, CAST(pickup_datetime AS VARCHAR) AS pickup, CAST(dropoff_datetime AS VARCHAR) AS dropoff,
            CAST(request_datetime AS VARCHAR) AS request, CAST(on_scene_datetime AS VARCHAR) AS on_scene, pickup_location_id,
            trip_miles, trip_time, CAST(base_passenger_fare AS VARCHAR) AS base_passenger_fare, CAST(airport_fee AS VARCHAR) AS airport_fee,
            CAST(cbd_congestion_fee AS VARCHAR) AS cbd_congestion_fee, wav_match_flag`;
  }
  return `vendor_id, CAST(pickup_datetime AS VARCHAR) AS pickup, CAST(dropoff_datetime AS VARCHAR) AS dropoff, passenger_count,
          rate_code_id, store_and_fwd_flag, payment_type, pickup_location_id, pickup_longitude, CAST(total_amount AS VARCHAR) AS total_amount,
          ${service === 'yellow' ? 'CAST(airport_fee AS VARCHAR) AS airport_fee' : 'trip_type'}, CAST(cbd_congestion_fee AS VARCHAR) AS cbd_congestion_fee`;
}

describe('the official TLC Parquet files of every era, through bronze into the same silver tables', () => {
  let server: FileServer;
  let runtime: LakeRuntime;
  const files = TLC_ERAS.map(eraFile);
  const dir = makeTempDir('lake-parquet-eras-');

  before(async () => {
    // The official layout: one flat folder of `<service>_tripdata_YYYY-MM.parquet`.
    const tripData = path.join(dir, 'trip-data');
    mkdirSync(tripData);
    const generator = await Engine.open({ threads: 1, memoryLimit: '256MB' });
    try {
      for (const { era, trips } of files) await writeEraParquet(generator, era, trips, path.join(tripData, `${era.service}_tripdata_${era.example}.parquet`));
    } finally {
      generator.close();
    }
    server = await startFileServer(tripData);
    runtime = await openRuntime(path.join(REPO_ROOT, 'config/examples/nyc-taxi-parquet.yaml'), {
      ...process.env,
      TLC_BASE_URL: server.url,
      LAKE_ROOT: path.join(dir, 'lake'),
    });
  });

  after(async () => {
    await runtime?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const silverColumnsOf = (table: string) => [
    ...Object.entries(runtime.config.silver.tables[table].columns).map(([name, def]) => [name, def.type]),
    ['unique_row_id', 'VARCHAR'],
    ['_source', 'VARCHAR'],
    ['_row', 'BIGINT'],
    ['_batch_id', 'VARCHAR'],
  ];

  for (const file of files) {
    const { era, trips } = file;
    const table = TABLE[era.service];
    it(`${era.id} (${era.months}): bronze keeps the file's columns and types, silver.${table} gets its columns, codes and timestamps`, async () => {
      const month = parseMonth(era.example);
      const bronze = await ingestBronzeMonth(runtime, era.service, month);
      assert.equal(bronze.status, 'published', JSON.stringify(bronze));
      if (bronze.status !== 'published') return;
      assert.deepEqual(bronze.manifest.columns, era.columns.map((c) => c.name));
      const bronzeFile = await runtime.storage.localPath(bronze.manifest.key);
      const described = await runtime.engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(bronzeFile)}, hive_partitioning = false)`);
      assert.deepEqual(
        described.map((r) => [r.column_name, r.column_type]).slice(0, era.columns.length),
        era.columns.map((c) => [c.name, c.type]),
        'bronze holds the file as it is typed',
      );
      assert.deepEqual(described.slice(era.columns.length).map((r) => r.column_name), [...BRONZE_METADATA_COLUMNS]);

      const silver = await promoteSilverMonth(runtime, table, month);
      assert.equal(silver.status, 'published', JSON.stringify(silver));
      const manifest = (silver as { manifest: SilverPartitionManifest }).manifest;
      const silverFile = await runtime.storage.localPath(manifest.key);
      const columns = await runtime.engine.all(`DESCRIBE SELECT * FROM read_parquet(${sqlString(silverFile)}, hive_partitioning = false)`);
      assert.deepEqual(columns.map((r) => [r.column_name, r.column_type]), silverColumnsOf(table), 'the same silver columns and types in every era');

      // bronze = silver + quarantined + duplicates, with each fault where it was put.
      const { counts } = manifest;
      assert.equal(counts.bronze, trips.length);
      assert.equal(counts.duplicates, 1);
      assert.equal(counts.quarantined, file.quarantined.size);
      assert.equal(counts.silver, trips.length - 1 - file.quarantined.size);
      assert.equal(counts.bronze, counts.silver + counts.quarantined + counts.duplicates);
      const quarantine = await runtime.engine.all(
        `SELECT _row, _reason FROM read_parquet(${sqlString(await runtime.storage.localPath(manifest.quarantine_key))}, hive_partitioning = false) ORDER BY _row`,
      );
      assert.deepEqual(quarantine.map((r) => Number(r._row)), [...file.quarantined.keys()]);
      for (const row of quarantine) assert.match(String(row._reason), file.quarantined.get(Number(row._row))!);

      // Every published row as generated: codes `1.0` read as `1`, timestamps equal, money exact.
      const rows = await runtime.engine.all(`SELECT _row, ${silverSelect(era.service)} FROM read_parquet(${sqlString(silverFile)}, hive_partitioning = false) ORDER BY _row`);
      const expected = trips
        .map((trip, i) => ({ _row: String(i + 1), ...expectedRow(era, trip) }))
        .filter((row) => !file.quarantined.has(Number(row._row)) && Number(row._row) !== file.duplicateRow);
      assert.deepEqual(rows, expected);
    });
  }

  it('reads every era of a table together through the lake views (bronze by name, silver as one schema)', async () => {
    const rows = await queryLake(
      runtime.storage,
      `SELECT year, month FROM silver.yellow_trips GROUP BY ALL ORDER BY ALL`,
    );
    const yellow = files.filter((f) => f.era.service === 'yellow');
    assert.deepEqual(
      rows.map((r) => `${r.year}-${String(r.month).padStart(2, '0')}`),
      yellow.map((f) => f.era.example).sort(),
    );
    const bronze = await queryLake(runtime.storage, `SELECT count(*)::INTEGER AS n FROM bronze.yellow`);
    assert.equal(bronze[0].n, yellow.reduce((n, f) => n + f.trips.length, 0));
  });
});
