/**
 * The NYC TLC trip files as the official Parquet files are shaped, era by era (column names, their order
 * and their types as DuckDB reads them), and a deterministic generator of realistic synthetic trips in
 * those shapes. The bundled synthetic samples (`samples/generate.ts`) and the Parquet era tests
 * (`test/parquet-eras.test.ts`) are both written from here, so they cannot drift apart.
 *
 * Where the shapes come from (details and what is assumed: samples/README.md):
 *   - names and order, every official file 2009–2024: the `file_column_names` read from each file by
 *     lykmapipo/NYC-TLC-Trip-Data (`data/trips-metadata/<service>_tripmetadata_<year>.csv`);
 *   - yellow physical types per month 2009-01…2024-08: the footer survey in snowch/vast-docker-compose-examples
 *     (`jupyter-pyspark/examples/yellow_taxi_data_pt0_schema.ipynb`);
 *   - Arrow types per month 2019–2026 for all four services (the 2023-02 type changes, `Airport_fee`,
 *     `cbd_congestion_fee` from 2025-01, all-null columns typed `null`): a schema-change timeline read from
 *     the footers of every official file (a data-lake benchmark's MANIFEST.md), cross-checked with pyarrow
 *     printouts of yellow 2023-01 and 2025-09 and snowch/vastdb_parq_schema_file's fhvhv 2024-01.
 * Not found in any source, so assumed: green and fhv types before 2019 equal their 2019-01 types; yellow
 * 2011–2018 timestamps are microseconds like every footer seen; an Arrow `null` column is an all-NULL
 * INTEGER here (the same physical INT32, without the Null annotation DuckDB cannot write). No official
 * footer seen has nanosecond timestamps; the `ns` era is a pandas/pyarrow re-export of a 2019 file, the
 * shape mirrors and local copies often have.
 */
import { Engine, sqlIdent, sqlString } from '../engine/index.ts';

export type Service = 'yellow' | 'green' | 'fhv' | 'fhvhv';
export type Value = string | number | null;
/** One trip, by field name (the fields of its service; timestamps as 'YYYY-MM-DD HH:MM:SS'). */
export type Trip = Record<string, Value>;

export interface EraColumn {
  name: string;
  /** The DuckDB type the official file's column reads as. */
  type: string;
  value: (trip: Trip) => Value;
  /** Declared by the file but every value NULL (Arrow type `null`). */
  empty?: boolean;
}

export interface TlcEra {
  id: string;
  service: Service;
  /** The months this shape covers. */
  months: string;
  /** A month of this era (the tests serve one file per era under it). */
  example: string;
  columns: EraColumn[];
}

const f = (field: string) => (trip: Trip) => trip[field];
const col = (name: string, type: string, value: EraColumn['value'] | string = name): EraColumn => ({
  name,
  type,
  value: typeof value === 'string' ? f(value) : value,
});
/** A column the file declares but leaves empty (Arrow `null`: physical INT32, every value NULL). */
const allNull = (name: string): EraColumn => ({ name, type: 'INTEGER', value: () => null, empty: true });

const PAYMENT_2009: Record<number, string> = { 1: 'Credit', 2: 'CASH', 3: 'No Charge', 4: 'Dispute' };
const PAYMENT_2010: Record<number, string> = { 1: 'CRE', 2: 'CAS', 3: 'NOC', 4: 'DIS' };
const vendorName = (trip: Trip) => (trip.vendor === 1 ? 'CMT' : 'VTS');

/**
 * Yellow from 2011: one column list whose drift is in its options. From 2023-02 the ids are INTEGER,
 * codes BIGINT and the airport fee is spelled `Airport_fee`; from 2025-01 `cbd_congestion_fee` follows.
 */
function yellowModern(options: {
  codes: 'BIGINT' | 'DOUBLE';
  congestion: 'null' | 'DOUBLE';
  airport: 'null' | 'DOUBLE';
  timestamp?: 'TIMESTAMP' | 'TIMESTAMP_NS';
  ids?: 'BIGINT' | 'INTEGER';
  airportName?: 'airport_fee' | 'Airport_fee';
  cbd?: boolean;
}): EraColumn[] {
  const ts = options.timestamp ?? 'TIMESTAMP';
  const ids = options.ids ?? 'BIGINT';
  const airport = options.airportName ?? 'airport_fee';
  return [
    col('VendorID', ids, 'vendor'),
    col('tpep_pickup_datetime', ts, 'pickup'),
    col('tpep_dropoff_datetime', ts, 'dropoff'),
    col('passenger_count', options.codes, 'passengers'),
    col('trip_distance', 'DOUBLE', 'distance'),
    col('RatecodeID', options.codes, 'rate_code'),
    col('store_and_fwd_flag', 'VARCHAR', 'store_and_fwd'),
    col('PULocationID', ids, 'pu'),
    col('DOLocationID', ids, 'do'),
    col('payment_type', 'BIGINT', 'payment'),
    col('fare_amount', 'DOUBLE', 'fare'),
    col('extra', 'DOUBLE'),
    col('mta_tax', 'DOUBLE'),
    col('tip_amount', 'DOUBLE', 'tip'),
    col('tolls_amount', 'DOUBLE', 'tolls'),
    col('improvement_surcharge', 'DOUBLE', 'improvement'),
    col('total_amount', 'DOUBLE', 'total'),
    options.congestion === 'null' ? allNull('congestion_surcharge') : col('congestion_surcharge', 'DOUBLE', 'congestion'),
    options.airport === 'null' ? allNull(airport) : col(airport, 'DOUBLE', 'airport'),
    ...(options.cbd ? [col('cbd_congestion_fee', 'DOUBLE', 'cbd')] : []),
  ];
}

const YELLOW_2023 = { codes: 'BIGINT', congestion: 'DOUBLE', airport: 'DOUBLE', ids: 'INTEGER', airportName: 'Airport_fee' } as const;

function green(modern: boolean, options: { ehail: 'null' | 'DOUBLE'; cbd?: boolean }): EraColumn[] {
  const code = modern ? 'BIGINT' : 'DOUBLE';
  const id = modern ? 'INTEGER' : 'BIGINT';
  return [
    col('VendorID', id, 'vendor'),
    col('lpep_pickup_datetime', 'TIMESTAMP', 'pickup'),
    col('lpep_dropoff_datetime', 'TIMESTAMP', 'dropoff'),
    col('store_and_fwd_flag', 'VARCHAR', 'store_and_fwd'),
    col('RatecodeID', code, 'rate_code'),
    col('PULocationID', id, 'pu'),
    col('DOLocationID', id, 'do'),
    col('passenger_count', code, 'passengers'),
    col('trip_distance', 'DOUBLE', 'distance'),
    col('fare_amount', 'DOUBLE', 'fare'),
    col('extra', 'DOUBLE'),
    col('mta_tax', 'DOUBLE'),
    col('tip_amount', 'DOUBLE', 'tip'),
    col('tolls_amount', 'DOUBLE', 'tolls'),
    options.ehail === 'null' ? allNull('ehail_fee') : col('ehail_fee', 'DOUBLE', 'ehail'),
    col('improvement_surcharge', 'DOUBLE', 'improvement'),
    col('total_amount', 'DOUBLE', 'total'),
    col('payment_type', code, 'payment'),
    col('trip_type', code, 'trip_type'),
    col('congestion_surcharge', 'DOUBLE', 'congestion'),
    ...(options.cbd ? [col('cbd_congestion_fee', 'DOUBLE', 'cbd')] : []),
  ];
}

function fhv(options: { locations: 'DOUBLE' | 'BIGINT'; sr: 'DOUBLE' | 'null' | 'BIGINT' }): EraColumn[] {
  return [
    col('dispatching_base_num', 'VARCHAR', 'base'),
    col('pickup_datetime', 'TIMESTAMP', 'pickup'),
    col('dropOff_datetime', 'TIMESTAMP', 'dropoff'),
    col('PUlocationID', options.locations, 'pu'),
    col('DOlocationID', options.locations, 'do'),
    options.sr === 'null' ? allNull('SR_Flag') : col('SR_Flag', options.sr, 'sr_flag'),
    col('Affiliated_base_number', 'VARCHAR', 'affiliated'),
  ];
}

function fhvhv(options: { modern: boolean; airport: 'null' | 'DOUBLE'; wavMatch: 'null' | 'VARCHAR'; cbd?: boolean }): EraColumn[] {
  const id = options.modern ? 'INTEGER' : 'BIGINT';
  return [
    col('hvfhs_license_num', 'VARCHAR', 'license'),
    col('dispatching_base_num', 'VARCHAR', 'base'),
    col('originating_base_num', 'VARCHAR', 'originating'),
    col('request_datetime', 'TIMESTAMP', 'request'),
    col('on_scene_datetime', 'TIMESTAMP', 'on_scene'),
    col('pickup_datetime', 'TIMESTAMP', 'pickup'),
    col('dropoff_datetime', 'TIMESTAMP', 'dropoff'),
    col('PULocationID', id, 'pu'),
    col('DOLocationID', id, 'do'),
    col('trip_miles', 'DOUBLE', 'miles'),
    col('trip_time', 'BIGINT', 'seconds'),
    col('base_passenger_fare', 'DOUBLE', 'fare'),
    col('tolls', 'DOUBLE', 'tolls'),
    col('bcf', 'DOUBLE'),
    col('sales_tax', 'DOUBLE'),
    col('congestion_surcharge', 'DOUBLE', 'congestion'),
    options.airport === 'null' ? allNull('airport_fee') : col('airport_fee', 'DOUBLE', 'airport'),
    col('tips', 'DOUBLE', 'tip'),
    col('driver_pay', 'DOUBLE'),
    col('shared_request_flag', 'VARCHAR'),
    col('shared_match_flag', 'VARCHAR'),
    col('access_a_ride_flag', 'VARCHAR'),
    col('wav_request_flag', 'VARCHAR'),
    options.wavMatch === 'null' ? allNull('wav_match_flag') : col('wav_match_flag', 'VARCHAR'),
    ...(options.cbd ? [col('cbd_congestion_fee', 'DOUBLE', 'cbd')] : []),
  ];
}

/** Every shape the tests cover; `example` months are distinct per service (one file each). */
export const TLC_ERAS: TlcEra[] = [
  {
    id: 'yellow 2009',
    service: 'yellow',
    months: '2009-01…2009-12',
    example: '2009-01',
    columns: [
      col('vendor_name', 'VARCHAR', vendorName),
      col('Trip_Pickup_DateTime', 'VARCHAR', 'pickup'),
      col('Trip_Dropoff_DateTime', 'VARCHAR', 'dropoff'),
      col('Passenger_Count', 'BIGINT', 'passengers'),
      col('Trip_Distance', 'DOUBLE', 'distance'),
      col('Start_Lon', 'DOUBLE', 'pickup_lon'),
      col('Start_Lat', 'DOUBLE', 'pickup_lat'),
      col('Rate_Code', 'DOUBLE', 'rate_code'),
      col('store_and_forward', 'DOUBLE', (t) => (t.store_and_fwd === 'Y' ? 1 : 0)),
      col('End_Lon', 'DOUBLE', 'dropoff_lon'),
      col('End_Lat', 'DOUBLE', 'dropoff_lat'),
      col('Payment_Type', 'VARCHAR', (t) => PAYMENT_2009[t.payment as number]),
      col('Fare_Amt', 'DOUBLE', 'fare'),
      col('surcharge', 'DOUBLE', 'extra'),
      col('mta_tax', 'DOUBLE'),
      col('Tip_Amt', 'DOUBLE', 'tip'),
      col('Tolls_Amt', 'DOUBLE', 'tolls'),
      col('Total_Amt', 'DOUBLE', 'total'),
    ],
  },
  {
    // 2010-02 and 2010-03 also carry pandas' index column and a BIGINT rate_code (VARCHAR in the other 2010 months).
    id: 'yellow 2010-02',
    service: 'yellow',
    months: '2010-02…2010-03',
    example: '2010-02',
    columns: [
      col('vendor_id', 'VARCHAR', vendorName),
      col('pickup_datetime', 'VARCHAR', 'pickup'),
      col('dropoff_datetime', 'VARCHAR', 'dropoff'),
      col('passenger_count', 'BIGINT', 'passengers'),
      col('trip_distance', 'DOUBLE', 'distance'),
      col('pickup_longitude', 'DOUBLE', 'pickup_lon'),
      col('pickup_latitude', 'DOUBLE', 'pickup_lat'),
      col('rate_code', 'BIGINT', 'rate_code'),
      col('store_and_fwd_flag', 'VARCHAR', (t) => (t.store_and_fwd === 'Y' ? '1' : '0')),
      col('dropoff_longitude', 'DOUBLE', 'dropoff_lon'),
      col('dropoff_latitude', 'DOUBLE', 'dropoff_lat'),
      col('payment_type', 'VARCHAR', (t) => PAYMENT_2010[t.payment as number]),
      col('fare_amount', 'DOUBLE', 'fare'),
      col('surcharge', 'DOUBLE', 'extra'),
      col('mta_tax', 'DOUBLE'),
      col('tip_amount', 'DOUBLE', 'tip'),
      col('tolls_amount', 'DOUBLE', 'tolls'),
      col('total_amount', 'DOUBLE', 'total'),
      col('__index_level_0__', 'BIGINT', 'index'),
    ],
  },
  { id: 'yellow 2015', service: 'yellow', months: '2011-01…2018-06', example: '2015-01', columns: yellowModern({ codes: 'BIGINT', congestion: 'null', airport: 'null' }) },
  { id: 'yellow 2019', service: 'yellow', months: '2018-07…2020-10', example: '2019-01', columns: yellowModern({ codes: 'DOUBLE', congestion: 'DOUBLE', airport: 'null' }) },
  {
    id: 'yellow 2019 re-exported with nanoseconds',
    service: 'yellow',
    months: '(a pandas/pyarrow copy of a 2019 file)',
    example: '2019-02',
    columns: yellowModern({ codes: 'DOUBLE', congestion: 'DOUBLE', airport: 'null', timestamp: 'TIMESTAMP_NS' }),
  },
  { id: 'yellow 2022', service: 'yellow', months: '2020-11…2023-01', example: '2022-06', columns: yellowModern({ codes: 'DOUBLE', congestion: 'DOUBLE', airport: 'DOUBLE' }) },
  { id: 'yellow 2023-02', service: 'yellow', months: '2023-02…2024-12', example: '2023-06', columns: yellowModern(YELLOW_2023) },
  { id: 'yellow 2025', service: 'yellow', months: '2025-01…', example: '2025-01', columns: yellowModern({ ...YELLOW_2023, cbd: true }) },
  { id: 'green 2021', service: 'green', months: '2019-09…2023-01', example: '2021-03', columns: green(false, { ehail: 'null' }) },
  { id: 'green 2025', service: 'green', months: '2025-01…', example: '2025-01', columns: green(true, { ehail: 'DOUBLE', cbd: true }) },
  { id: 'fhv 2015', service: 'fhv', months: '2015-01…2019-02', example: '2015-01', columns: fhv({ locations: 'DOUBLE', sr: 'DOUBLE' }) },
  { id: 'fhv 2021', service: 'fhv', months: '2019-03…2023-01', example: '2021-03', columns: fhv({ locations: 'DOUBLE', sr: 'null' }) },
  { id: 'fhv 2023-02', service: 'fhv', months: '2023-02…', example: '2024-01', columns: fhv({ locations: 'BIGINT', sr: 'BIGINT' }) },
  { id: 'fhvhv 2019-02', service: 'fhvhv', months: '2019-02…2019-03', example: '2019-02', columns: fhvhv({ modern: false, airport: 'null', wavMatch: 'null' }) },
  { id: 'fhvhv 2022', service: 'fhvhv', months: '2020-11…2023-01', example: '2022-06', columns: fhvhv({ modern: false, airport: 'DOUBLE', wavMatch: 'VARCHAR' }) },
  { id: 'fhvhv 2025', service: 'fhvhv', months: '2025-01…', example: '2025-01', columns: fhvhv({ modern: true, airport: 'DOUBLE', wavMatch: 'VARCHAR', cbd: true }) },
];

/** The shape of the official file of `service` for `month` (the bundled samples' months and the tests' eras). */
export function eraOf(service: Service, month: string): TlcEra {
  const pick = (id: string) => TLC_ERAS.find((e) => e.id === id)!;
  if (service === 'yellow') return pick(month >= '2025-01' ? 'yellow 2025' : month >= '2023-02' ? 'yellow 2023-02' : month >= '2020-11' ? 'yellow 2022' : month >= '2018-07' ? 'yellow 2019' : 'yellow 2015');
  if (service === 'green') return pick(month >= '2025-01' ? 'green 2025' : 'green 2021');
  if (service === 'fhv') return pick(month >= '2023-02' ? 'fhv 2023-02' : month >= '2019-03' ? 'fhv 2021' : 'fhv 2015');
  return pick(month >= '2025-01' ? 'fhvhv 2025' : month >= '2019-04' ? 'fhvhv 2022' : 'fhvhv 2019-02');
}

/** Months of the bundled synthetic samples (the real file heads stop at 2020). */
export const SAMPLE_MONTHS = ['2021-03', '2022-06', '2023-01', '2025-01'];
export const SERVICES: Service[] = ['yellow', 'green', 'fhv', 'fhvhv'];

/** The bundled real file heads are 2009–2020; the same folder holds the synthetic samples from 2021 on. */
export function isRealTlcHead(file: string): boolean {
  const match = /_tripdata_(\d{4})-\d{2}\.csv$/.exec(file);
  return match !== null && Number(match[1]) <= 2020;
}

// ---------------------------------------------------------------------------------------------------
// Synthetic trips

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (x: number) => Math.round(x * 100) / 100;
const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
function monthStart(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y, m - 1, 1);
}
function daysIn(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Busy zones with their rough centres (zone id, longitude, latitude); 132 JFK and 138 LaGuardia are airports.
const ZONES: Array<[number, number, number]> = [
  [161, -73.9776, 40.758], [237, -73.9656, 40.7685], [236, -73.9573, 40.7806], [162, -73.9724, 40.7565],
  [230, -73.9845, 40.7591], [186, -73.9918, 40.7488], [48, -73.9903, 40.7625], [170, -73.978, 40.7475],
  [142, -73.9817, 40.7736], [79, -73.9857, 40.7276], [132, -73.7781, 40.6413], [138, -73.874, 40.7769],
  [74, -73.9406, 40.8015], [41, -73.9497, 40.8046], [7, -73.9196, 40.7644], [255, -73.9571, 40.7171],
];
const CBD = new Set([161, 162, 230, 186, 48, 170, 79]);
const AIRPORTS = new Set([132, 138]);
const BASES = ['B00013', 'B00111', 'B01312', 'B02510', 'B02764', 'B02872', 'B03404'];

/** `count` trips of `service` inside `month`, in pickup order, the same on every run. */
export function syntheticTrips(service: Service, month: string, count: number): Trip[] {
  const random = prng(`${service}:${month}`);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const start = monthStart(month);
  const span = daysIn(month) * 86_400_000;
  const pickups = Array.from({ length: count }, () => start + Math.floor((random() * span) / 1000) * 1000).sort((a, b) => a - b);
  const congestionStarted = month >= '2019-02';
  return pickups.map((pickup, index): Trip => {
    const minutes = 3 + Math.floor(random() * 40);
    const dropoff = pickup + minutes * 60_000 + Math.floor(random() * 60) * 1000;
    const [pu, puLon, puLat] = pick(ZONES);
    const [dz, doLon, doLat] = pick(ZONES);
    const distance = money(0.4 + minutes * (0.18 + random() * 0.2));
    const jitter = () => Math.round((random() - 0.5) * 2000) / 1_000_000;
    if (service === 'fhv') {
      const base = pick(BASES);
      return {
        base,
        pickup: stamp(pickup),
        dropoff: stamp(dropoff),
        pu: random() < 0.15 ? null : pu,
        do: random() < 0.15 ? null : dz,
        sr_flag: random() < 0.1 ? 1 : null,
        affiliated: random() < 0.7 ? base : pick(BASES),
      };
    }
    if (service === 'fhvhv') {
      const uber = random() < 0.7;
      const request = pickup - (2 + Math.floor(random() * 8)) * 60_000;
      const fare = money(5 + distance * 1.6 + minutes * 0.55);
      const congestion = congestionStarted && (CBD.has(pu) || CBD.has(dz)) ? 2.75 : 0;
      const airport = month >= '2019-07' ? (AIRPORTS.has(pu) || AIRPORTS.has(dz) ? 2.5 : 0) : null;
      return {
        license: uber ? 'HV0003' : 'HV0005',
        base: uber ? pick(['B02764', 'B02872', 'B03404']) : 'B02510',
        originating: uber ? pick(['B02764', 'B02872', 'B03404']) : null,
        request: stamp(request),
        on_scene: uber ? stamp(request + Math.floor((pickup - request) * 0.8)) : null,
        pickup: stamp(pickup),
        dropoff: stamp(dropoff),
        pu,
        do: dz,
        miles: distance,
        seconds: Math.round((dropoff - pickup) / 1000),
        fare,
        tolls: random() < 0.08 ? 6.94 : 0,
        bcf: money(fare * 0.0275),
        sales_tax: money(fare * 0.08875),
        congestion,
        airport,
        tip: random() < 0.25 ? money(fare * 0.15) : 0,
        driver_pay: money(fare * 0.75),
        shared_request_flag: 'N',
        shared_match_flag: 'N',
        access_a_ride_flag: uber ? ' ' : 'N',
        wav_request_flag: 'N',
        wav_match_flag: random() < 0.05 ? 'Y' : 'N',
        cbd: month >= '2025-01' && (CBD.has(pu) || CBD.has(dz)) ? 1.5 : 0,
      };
    }
    const payment = random() < 0.7 ? 1 : random() < 0.9 ? 2 : pick([3, 4]);
    const rateCode = AIRPORTS.has(pu) || AIRPORTS.has(dz) ? pick([1, 2]) : random() < 0.97 ? 1 : 5;
    const fare = money(3 + distance * 2.5 + minutes * 0.5);
    const extra = pick([0, 0.5, 1, 2.5]);
    const mta = 0.5;
    const tolls = AIRPORTS.has(pu) || AIRPORTS.has(dz) ? (month >= '2023-01' ? 6.94 : 6.55) : 0;
    const improvement = month >= '2015-01' ? (month >= '2022-12' ? 1 : 0.3) : 0;
    const congestion = congestionStarted ? (CBD.has(pu) || CBD.has(dz) ? (service === 'green' ? 2.75 : 2.5) : 0) : null;
    const airport = service === 'yellow' && month >= '2020-11' ? (AIRPORTS.has(pu) ? (month >= '2023-01' ? 1.75 : 1.25) : 0) : null;
    const cbd = month >= '2025-01' ? (CBD.has(pu) || CBD.has(dz) ? 0.75 : 0) : null;
    const tip = payment === 1 ? money(fare * (0.1 + random() * 0.15)) : 0;
    const total = money(fare + extra + mta + tip + tolls + improvement + (congestion ?? 0) + (airport ?? 0) + (cbd ?? 0));
    return {
      index,
      vendor: random() < 0.35 ? 1 : 2,
      pickup: stamp(pickup),
      dropoff: stamp(dropoff),
      passengers: pick([1, 1, 1, 1, 2, 2, 3, 5]),
      distance,
      rate_code: rateCode,
      store_and_fwd: random() < 0.02 ? 'Y' : 'N',
      pu,
      do: dz,
      pickup_lon: money(puLon * 1e4) / 1e4 + jitter(),
      pickup_lat: money(puLat * 1e4) / 1e4 + jitter(),
      dropoff_lon: money(doLon * 1e4) / 1e4 + jitter(),
      dropoff_lat: money(doLat * 1e4) / 1e4 + jitter(),
      payment,
      fare,
      extra,
      mta_tax: mta,
      tip,
      tolls,
      improvement,
      total,
      congestion,
      airport,
      cbd,
      ehail: null,
      trip_type: service === 'green' ? (random() < 0.95 ? 1 : 2) : null,
    };
  });
}

/**
 * The bundled samples' rows: `count` trips plus the faults real files have, one each: an exact duplicate
 * of an earlier row, and a pickup from another year (the real files carry stray dates like these).
 * Returns the rows and which of them silver must drop.
 */
export function sampleTrips(service: Service, month: string, count = 30): { trips: Trip[]; duplicateRow: number; strayRow: number } {
  const trips = syntheticTrips(service, month, count);
  const stray = { ...trips[7] };
  const shift = (value: Value) => (typeof value === 'string' ? `${Number(value.slice(0, 4)) - 1}${value.slice(4)}` : value);
  for (const key of ['pickup', 'dropoff', 'request', 'on_scene']) if (key in stray) stray[key] = shift(stray[key]);
  trips.splice(12, 0, { ...trips[4] });
  trips.splice(20, 0, stray);
  trips.forEach((trip, i) => {
    if ('index' in trip) trip.index = i;
  });
  return { trips, duplicateRow: 13, strayRow: 21 };
}

// ---------------------------------------------------------------------------------------------------
// Writers

function selectSql(columns: EraColumn[], trips: Trip[]): string {
  const text = (v: Value) => (v === null || v === undefined ? 'NULL' : sqlString(String(v)));
  const rows = trips.map((trip, i) => `(${[String(i), ...columns.map((c) => text(c.value(trip)))].join(', ')})`);
  const names = ['__i', ...columns.map((_, i) => `c${i}`)];
  // Every value travels as text and is cast once, so a number is exactly the double its text reads as.
  return `SELECT ${columns.map((c, i) => `CAST(c${i} AS ${c.type}) AS ${sqlIdent(c.name)}`).join(', ')}
          FROM (VALUES ${rows.join(',\n')}) v(${names.join(', ')}) ORDER BY __i`;
}

/** Writes `trips` as `era`'s official Parquet file would hold them. */
export async function writeEraParquet(engine: Engine, era: TlcEra, trips: Trip[], file: string): Promise<void> {
  await engine.run(`COPY (${selectSql(era.columns, trips)}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION snappy)`);
}

/** Writes the same rows as CSV, as a CSV export of that Parquet file reads (floats as `1.0`, NULL empty). */
export async function writeEraCsv(engine: Engine, era: TlcEra, trips: Trip[], file: string): Promise<void> {
  await engine.run(`COPY (${selectSql(era.columns, trips)}) TO ${sqlString(file)} (FORMAT csv, HEADER)`);
}

/**
 * Writes the bundled synthetic samples: for each sample month and service, the CSV into `csvDir` (the
 * default config's layout) and the Parquet file into `parquetDir`, both from the same rows.
 */
export async function writeSamples(csvDir: string, parquetDir: string): Promise<string[]> {
  const engine = await Engine.open({ threads: 1, memoryLimit: '256MB' });
  const written: string[] = [];
  try {
    for (const month of SAMPLE_MONTHS) {
      for (const service of SERVICES) {
        const era = eraOf(service, month);
        const { trips } = sampleTrips(service, month);
        const name = `${service}_tripdata_${month}`;
        await writeEraCsv(engine, era, trips, `${csvDir}/${name}.csv`);
        await writeEraParquet(engine, era, trips, `${parquetDir}/${name}.parquet`);
        written.push(`${csvDir}/${name}.csv`, `${parquetDir}/${name}.parquet`);
      }
    }
  } finally {
    await engine.close();
  }
  return written;
}
