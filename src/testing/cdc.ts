/**
 * What the CDC end-to-end tests share: running a pipeline in the test process with deadlines on every
 * wait, child processes that are always killed, and the comparison that proves `silver.<table>` equals
 * its Postgres source, column by column.
 *
 * The comparison is made on Postgres' own text form of each value (its type output function, as
 * `SELECT col` returns it with no client-side parsing). Silver's typed values are rendered back to that
 * form by DuckDB SQL, per silver column type (`renderSilverValue`); a value silver keeps in `_pg_text`
 * (PLAN decision 1: a value the typed column cannot hold) is taken from there. Where the two text forms of
 * one value legitimately differ (a timestamptz printed in another time zone, a float printed with other
 * digits, an interval's unit names, jsonb whitespace), both sides are normalised the same way
 * (`canonicalText`), and only there. A silver column type without a renderer fails the comparison: a
 * new type must be rendered explicitly, never compared loosely.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Engine, sqlIdent } from '../engine/index.ts';
import { attachLakeViews } from '../engine/views.ts';
import { parseLsn, formatLsn, type Lsn } from '../ingest/postgres/index.ts';
import type { CdcPipelineEvent } from '../events/index.ts';
import { CdcPipeline, promote, type LakeRuntime } from '../orchestrator/index.ts';
import type { LakeStorage } from '../storage/index.ts';
import type { TestPostgres } from './postgres.ts';

// ───────────────────────────── waiting with deadlines ─────────────────────────────

/** Polls `condition` until it holds; fails after `timeoutMs` with `what` (a test never waits forever). */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `promise`, or an error naming `what` after `timeoutMs`. */
export async function withDeadline<T>(promise: Promise<T>, what: string, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function currentLsn(pg: TestPostgres): Promise<Lsn> {
  return parseLsn((await pg.query<{ l: string }>(`SELECT pg_current_wal_lsn()::text AS l`)).rows[0].l);
}

// ───────────────────────────── a pipeline in the test process ─────────────────────────────

export interface RunningPipeline {
  pipeline: CdcPipeline;
  events: CdcPipelineEvent[];
  /** Waits until everything committed in Postgres so far is flushed, then promotes like the daemon; returns the promotion failures. */
  catchUp(timeoutMs?: number): Promise<string[]>;
}

/** The newest error the pipeline retried on, to say why a wait timed out. */
function lastError(events: CdcPipelineEvent[]): string {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.type === 'reconnecting') return `; last error: ${event.error.message}`;
  }
  return '';
}

/**
 * Starts a CdcPipeline for `source`, waits until it streams, runs `body`, and always stops it (within a
 * deadline: a stop that never returns fails the test instead of hanging it).
 */
export async function runPipeline(
  lake: { runtime: LakeRuntime },
  pg: TestPostgres,
  body: (run: RunningPipeline) => Promise<void>,
  source = 'shop',
): Promise<void> {
  const events: CdcPipelineEvent[] = [];
  const pipeline = new CdcPipeline(lake.runtime, source, (e) => events.push(e));
  let failure: unknown;
  const running = pipeline.start().catch((error) => {
    failure = error;
  });
  const run: RunningPipeline = {
    pipeline,
    events,
    async catchUp(timeoutMs = 60_000) {
      const target = await currentLsn(pg);
      await waitFor(
        () => failure !== undefined || pipeline.flushedLsn >= target,
        () => `the pipeline to flush up to ${formatLsn(target)} (flushed ${formatLsn(pipeline.flushedLsn)})${lastError(events)}`,
        timeoutMs,
      );
      if (failure !== undefined) throw failure;
      const failures = (await promote(lake.runtime, source, null)).failures.map((error) => error.message);
      return failures;
    },
  };
  try {
    await waitFor(() => failure !== undefined || events.some((e) => e.type === 'streaming'), () => `the pipeline to stream${lastError(events)}`);
    if (failure !== undefined) throw failure;
    await body(run);
  } finally {
    await withDeadline(
      (async () => {
        await pipeline.stop();
        await running;
      })(),
      'the pipeline to stop',
      30_000,
    );
  }
}

// ───────────────────────────── child processes ─────────────────────────────

export interface TrackedChild {
  child: ChildProcess;
  /** Exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
  running(): boolean;
  /** Resolves once the output matches; fails when the child exits first or after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * Every process a test starts, so `killAll()` in `after()` stops each one whatever the outcome of the
 * test (SIGKILL, then waits for its exit with a deadline).
 */
export class ChildProcesses {
  private readonly live = new Set<TrackedChild>();

  start(command: string, args: string[], options: SpawnOptions = {}): TrackedChild {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    let done = false;
    const exited = new Promise<number | null>((resolve) => {
      child.on('exit', (code) => {
        done = true;
        this.live.delete(tracked);
        resolve(code);
      });
      child.on('error', () => {
        done = true;
        this.live.delete(tracked);
        resolve(null);
      });
    });
    const tracked: TrackedChild = {
      child,
      exited,
      output: () => output,
      running: () => !done,
      waitForOutput: (pattern, timeoutMs = 60_000) =>
        waitFor(
          () => {
            if (pattern.test(output)) return true;
            if (done) throw new Error(`the child exited before printing ${pattern}: ${output}`);
            return false;
          },
          () => `${pattern} from the child: ${output.slice(-2000)}`,
          timeoutMs,
        ),
    };
    this.live.add(tracked);
    return tracked;
  }

  async killAll(timeoutMs = 10_000): Promise<void> {
    const children = [...this.live];
    for (const { child } of children) child.kill('SIGKILL');
    await withDeadline(Promise.all(children.map((c) => c.exited)), `${children.length} killed child process(es) to exit`, timeoutMs);
  }
}

// ───────────────────────────── silver against its source ─────────────────────────────

export interface SourceColumn {
  name: string;
  /** `format_type(atttypid, atttypmod)`: `numeric(12,3)`, `timestamp with time zone`, `integer[]`, ... */
  type: string;
}

export async function sourceColumns(pg: TestPostgres, table: string): Promise<SourceColumn[]> {
  const result = await pg.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [table],
  );
  return result.rows;
}

export async function primaryKeyColumns(pg: TestPostgres, table: string): Promise<string[]> {
  const result = await pg.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n`,
    [table],
  );
  return result.rows.map((r) => r.name);
}

type TextRow = Array<string | null>;

/** Rows as Postgres prints them: every value in its type's text output, none parsed by the client. */
async function sourceText(pg: TestPostgres, table: string, columns: SourceColumn[]): Promise<TextRow[]> {
  const client = await pg.client();
  try {
    const result = await client.query<TextRow>({
      text: `SELECT ${columns.map((c) => sqlIdent(c.name)).join(', ')} FROM ${table}`,
      rowMode: 'array',
      types: { getTypeParser: () => (value: string) => value },
    });
    return result.rows;
  } finally {
    await client.end();
  }
}

/** Matches a Postgres array element that array_out quotes: empty, NULL, or holding a delimiter, quote, backslash or space. */
const ARRAY_QUOTE = `'^$|[{}",\\\\\\s]|^null$'`;

/**
 * DuckDB SQL that prints the silver value `x` of DuckDB type `type` as Postgres prints the source value.
 * Explicit per type; a type not listed throws, so a new silver type cannot pass the comparison unseen.
 */
export function renderSilverValue(x: string, type: string): string {
  if (type.endsWith('[]')) {
    // Postgres array text: {a,NULL,"b c"}; nested arrays are not quoted, scalar elements are when array_out would.
    const element = type.slice(0, -2);
    const inner = renderSilverValue('e', element);
    const quoted = element.endsWith('[]')
      ? inner
      : `CASE WHEN regexp_matches(${inner}, ${ARRAY_QUOTE}, 'i') THEN '"' || replace(replace(${inner}, '\\', '\\\\'), '"', '\\"') || '"' ELSE ${inner} END`;
    return `'{' || array_to_string(list_transform(${x}, lambda e: CASE WHEN e IS NULL THEN 'NULL' ELSE ${quoted} END), ',') || '}'`;
  }
  if (/^DECIMAL\(\d+,\d+\)$/.test(type)) {
    // DuckDB prints every digit of the scale, as Postgres does for numeric(p,s): 1.500.
    return `CAST(${x} AS VARCHAR)`;
  }
  if (/^ENUM\(/.test(type)) return `CAST(${x} AS VARCHAR)`;
  switch (type) {
    case 'VARCHAR': // the Postgres text itself (text, varchar, char(n), inet, enums, numeric kept as text, ...)
    case 'JSON': // DuckDB's JSON keeps the text it was given
    case 'UUID': // both print lower-case 8-4-4-4-12
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
    case 'HUGEINT':
    case 'UTINYINT':
    case 'USMALLINT':
    case 'UINTEGER':
    case 'UBIGINT':
    case 'TIME': // 10:00:00.5 on both sides (trailing zeros of the fraction dropped)
    case 'TIMETZ': // 10:00:00+05:30 on both sides
      return `CAST(${x} AS VARCHAR)`;
    case 'BOOLEAN':
      return `CASE WHEN ${x} THEN 't' WHEN NOT ${x} THEN 'f' END`;
    case 'FLOAT':
    case 'DOUBLE':
      // DuckDB prints nan/inf/-inf; the digits of finite values are compared by canonicalText.
      return `CASE WHEN isnan(${x}) THEN 'NaN' WHEN isinf(${x}) THEN CASE WHEN ${x} > 0 THEN 'Infinity' ELSE '-Infinity' END ELSE CAST(${x} AS VARCHAR) END`;
    case 'DATE':
      // DuckDB: 0044-03-15 (BC); Postgres: 0044-03-15 BC. infinity and -infinity print alike.
      return `replace(CAST(${x} AS VARCHAR), ' (BC)', ' BC')`;
    case 'TIMESTAMP':
      // DuckDB: 0044-03-15 (BC) 10:00:00; Postgres: 0044-03-15 10:00:00 BC.
      return `regexp_replace(CAST(${x} AS VARCHAR), '^(\\S+) \\(BC\\) (.*)$', '\\1 \\2 BC')`;
    case 'TIMESTAMP WITH TIME ZONE':
      // Printed in UTC (the comparison engine's TimeZone) and compared as an instant by canonicalText.
      return `regexp_replace(CAST(${x} AS VARCHAR), '^(\\S+) \\(BC\\) (.*)$', '\\1 \\2 BC')`;
    case 'INTERVAL':
      // DuckDB says "months" where Postgres says "mons"; canonicalText compares the parts.
      return `CAST(${x} AS VARCHAR)`;
    case 'BLOB':
      // bytea's hex output: \x then lower-case hex digits.
      return `'\\x' || lower(hex(${x}))`;
  }
  throw new Error(`no renderer for silver type ${type}: add one to renderSilverValue in src/testing/cdc.ts`);
}

/**
 * The form both sides are compared in. Identity except where Postgres text and silver's rendering may
 * legitimately spell one value differently; each case says why.
 */
export function canonicalText(type: string, text: string | null): string | null {
  if (text === null) return null;
  switch (type) {
    case 'real':
      // float4: DuckDB and Postgres may choose different (both exact) digit strings for one float32 value.
      return canonicalFloat(text, Math.fround);
    case 'double precision':
      // 1e+20 vs 100000000000000000000, -0 vs -0.0: the same double.
      return canonicalFloat(text, (n) => n);
    case 'timestamp with time zone':
      // Each side prints the instant in its own session TimeZone (the source server's, silver's in UTC).
      return canonicalInstant(text);
    case 'interval':
      return canonicalInterval(text);
    case 'jsonb':
      // jsonb's output puts a space after ':' and ','; the whitespace is not part of the value.
      return stripJsonWhitespace(text);
  }
  return text;
}

function canonicalFloat(text: string, round: (n: number) => number): string {
  if (text === 'NaN' || text === 'Infinity' || text === '-Infinity') return text;
  const n = Number(text);
  if (Number.isNaN(n)) return `not a number: ${text}`;
  const value = round(n);
  return Object.is(value, -0) ? '-0' : String(value);
}

/** `2021-03-01 10:00:00.123+05:30`, `0044-03-15 10:00:00+05:53:28 BC` → microseconds since the epoch. */
function canonicalInstant(text: string): string {
  if (text === 'infinity' || text === '-infinity') return text;
  const m = /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?( BC)?$/.exec(text);
  if (!m) return `not a timestamptz: ${text}`;
  const [, y, mo, d, h, mi, s, fraction, sign, oh, om, os, bc] = m;
  const date = new Date(0);
  date.setUTCFullYear(bc ? 1 - Number(y) : Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const offsetSeconds = (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0));
  const micros = BigInt(date.getTime()) * 1000n + BigInt((fraction ?? '').padEnd(6, '0')) - BigInt(offsetSeconds) * 1_000_000n;
  return `${micros} µs after the epoch`;
}

/** Postgres `1 year 2 mons 3 days -04:05:06.7` and DuckDB `1 year 2 months 3 days -04:05:06.7` → the parts. */
function canonicalInterval(text: string): string {
  let months = 0;
  let days = 0;
  let micros = 0n;
  let rest = text;
  for (const m of text.matchAll(/([+-]?\d+) (years?|mons?|months?|days?)\b/g)) {
    const n = Number(m[1]);
    if (m[2].startsWith('year')) months += 12 * n;
    else if (m[2].startsWith('mon')) months += n;
    else days += n;
    rest = rest.replace(m[0], '');
  }
  const time = /([+-])?(\d+):(\d\d):(\d\d)(?:\.(\d{1,6}))?/.exec(rest);
  if (time) {
    const [, sign, h, mi, s, fraction] = time;
    const value = (BigInt(h) * 3600n + BigInt(mi) * 60n + BigInt(s)) * 1_000_000n + BigInt((fraction ?? '').padEnd(6, '0'));
    micros = sign === '-' ? -value : value;
    rest = rest.replace(time[0], '');
  }
  if (rest.trim() !== '') return `not an interval: ${text}`;
  return `${months} months ${days} days ${micros} µs`;
}

function stripJsonWhitespace(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (!/\s/.test(c)) {
      out += c;
    }
  }
  return out;
}

export interface SilverComparison {
  /** Source rows and silver rows. */
  sourceRows: number;
  silverRows: number;
  /** Keys silver holds more than once. */
  duplicateKeys: string[];
  /** One line per difference (missing row, extra row, differing value), at most `limit`. */
  differences: string[];
  /** How many differences there were in all. */
  differenceCount: number;
}

/** Runs `sql` against the lake's views (`silver.<table>`, ...) in an engine of its own, as `lake query` would. */
export async function queryLake(storage: LakeStorage, sql: string): Promise<Array<Record<string, unknown>>> {
  const engine = await Engine.open({ threads: 1, memoryLimit: '1GB' });
  try {
    await engine.run(`SET TimeZone = 'UTC'`);
    await attachLakeViews(engine, storage);
    return await engine.all(sql);
  } finally {
    engine.close();
  }
}

/** What a value looks like in a message: short values as JSON, long ones by length and hash. */
function show(value: string | null): string {
  if (value === null) return 'NULL';
  if (value.length <= 80) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, 40))}… (${value.length} chars, md5 ${createHash('md5').update(value).digest('hex').slice(0, 12)})`;
}

/**
 * `silver.<table>` (through attachLakeViews, as `lake query` reads it) against `SELECT * FROM <source>`:
 * every source column, every row, matched by primary key; NULL is not ''.
 */
export async function compareSilverWithSource(
  pg: TestPostgres,
  storage: LakeStorage,
  table: string,
  options: { source?: string; limit?: number } = {},
): Promise<SilverComparison> {
  const source = options.source ?? `public.${table}`;
  const limit = options.limit ?? 20;
  const columns = await sourceColumns(pg, source);
  const key = await primaryKeyColumns(pg, source);
  if (key.length === 0) throw new Error(`${source} has no primary key to match rows by`);
  const keyIndexes = key.map((name) => columns.findIndex((c) => c.name === name));

  const engine = await Engine.open({ threads: 1, memoryLimit: '1GB' });
  let silver: TextRow[];
  try {
    await engine.run(`SET TimeZone = 'UTC'`);
    await attachLakeViews(engine, storage);
    const described = await engine.all(`DESCRIBE silver.${sqlIdent(table)}`).catch((error) => {
      throw new Error(`silver.${table} cannot be read: ${error.message}`);
    });
    const types = new Map(described.map((c) => [String(c.column_name), String(c.column_type)]));
    const hasPgText = types.has('_pg_text');
    const select = columns.map((column, i) => {
      const type = types.get(column.name);
      if (type === undefined) return `NULL::VARCHAR AS c${i}`; // reported below as a missing column
      const typed = renderSilverValue(sqlIdent(column.name), type);
      if (!hasPgText) return `${typed} AS c${i}`;
      // PLAN decision 1: the typed column is NULL and the exact text is in _pg_text; both set is a defect.
      const kept = `map_extract_value(_pg_text, '${column.name.replaceAll("'", "''")}')`;
      return `CASE WHEN ${kept} IS NULL THEN ${typed} WHEN ${sqlIdent(column.name)} IS NULL THEN ${kept}
                   ELSE 'both a typed value ' || ${typed} || ' and _pg_text ' || ${kept} END AS c${i}`;
    });
    const missing = columns.filter((c) => !types.has(c.name)).map((c) => c.name);
    if (missing.length > 0) throw new Error(`silver.${table} lacks the source column(s) ${missing.join(', ')}`);
    const rows = await engine.all(`SELECT ${select.join(', ')} FROM silver.${sqlIdent(table)}`);
    silver = rows.map((row) => columns.map((_, i) => (row[`c${i}`] as string | null) ?? null));
  } finally {
    engine.close();
  }
  const sourceRows = await sourceText(pg, source, columns);

  const canonical = (row: TextRow) => row.map((value, i) => canonicalText(columns[i].type, value));
  const keyOf = (row: TextRow) => JSON.stringify(keyIndexes.map((i) => row[i]));
  const bySource = new Map<string, TextRow>();
  for (const row of sourceRows.map(canonical)) bySource.set(keyOf(row), row);
  const bySilver = new Map<string, TextRow>();
  const duplicateKeys: string[] = [];
  for (const row of silver.map(canonical)) {
    const k = keyOf(row);
    if (bySilver.has(k)) duplicateKeys.push(k);
    bySilver.set(k, row);
  }
  const differences: string[] = [];
  const describeKey = (k: string) => `${key.join(',')}=${(JSON.parse(k) as TextRow).join(',')}`;
  for (const [k, row] of bySource) {
    const other = bySilver.get(k);
    if (!other) {
      differences.push(`row ${describeKey(k)} is missing from silver`);
      continue;
    }
    columns.forEach((column, i) => {
      if (row[i] !== other[i]) differences.push(`row ${describeKey(k)} column ${column.name} (${column.type}): source ${show(row[i])}, silver ${show(other[i])}`);
    });
  }
  for (const k of bySilver.keys()) if (!bySource.has(k)) differences.push(`row ${describeKey(k)} is in silver but not in the source`);
  return {
    sourceRows: sourceRows.length,
    silverRows: silver.length,
    duplicateKeys,
    differences: differences.slice(0, limit),
    differenceCount: differences.length,
  };
}

/** Fails with the first differences when silver is not exactly the source. */
export async function assertSilverEqualsSource(pg: TestPostgres, storage: LakeStorage, table: string, options: { source?: string } = {}): Promise<SilverComparison> {
  const result = await compareSilverWithSource(pg, storage, table, options);
  const problems = [
    ...(result.duplicateKeys.length ? [`${result.duplicateKeys.length} key(s) twice in silver, e.g. ${result.duplicateKeys.slice(0, 5).join(' ')}`] : []),
    ...(result.differenceCount ? [`${result.differenceCount} difference(s) (${result.sourceRows} source rows, ${result.silverRows} silver rows):`, ...result.differences] : []),
  ];
  if (problems.length > 0) throw new Error(`silver.${table} differs from ${options.source ?? `public.${table}`}:\n  ${problems.join('\n  ')}`);
  return result;
}
