/**
 * Secrets never appear in logs or error messages: passwords in connection strings and URLs, API tokens
 * in headers. The logger is fed every shape a secret can take in; then real commands fail against a real
 * Postgres (wrong password) and a real HTTP server (500s, credentials in the URL, a bearer token), with
 * LAKE_DEBUG stack traces on, and nothing they print contains a secret.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../src/observability/log.ts';
import { clearRegisteredSecrets, registerConfigSecrets } from '../src/errors/redact.ts';
import { startFileServer, type FileServer } from '../src/testing/file-server.ts';
import { makeTempDir, REPO_ROOT, TLC_HEADS } from '../src/testing/lake.ts';
import { startPostgres, type TestPostgres } from '../src/testing/postgres.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'lake.js');
const DB_PASSWORD = 'Wr0ng-pa55word-x1';
const URL_PASSWORD = 'url-s3cret-77';
const TOKEN = 'tok_live_9f8e7d6c5b4a';
const SECRETS = [DB_PASSWORD, URL_PASSWORD, TOKEN, encodeURIComponent(DB_PASSWORD)];

function assertNoSecret(text: string, what: string): void {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${what} contains a secret (${secret}):\n${text}`);
}

function run(args: string[], env: NodeJS.ProcessEnv, options: { stopAfterMs?: number } = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  if (options.stopAfterMs) setTimeout(() => child.kill('SIGTERM'), options.stopAfterMs).unref();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('secrets never appear in logs or error messages', () => {
  it('the logger redacts them from messages, fields, bindings, errors and stacks, in JSON and readable form', () => {
    registerConfigSecrets({ http: { headers: { Authorization: `Bearer ${TOKEN}` } } });
    try {
      for (const format of ['json', 'pretty'] as const) {
        let output = '';
        const log = createLogger({ format, level: 'debug', destination: { write: (s: string) => (output += s) }, env: {} });
        const child = log.child({ component: 'cdc', source: 'shop', connection: `postgres://lake:${DB_PASSWORD}@db.internal:5432/shop` });
        child.info(`connecting to postgres://lake:${DB_PASSWORD}@db.internal:5432/shop`);
        child.warn({ url: `https://reader:${URL_PASSWORD}@files.example.com/yellow_2021-01.csv`, headers: { authorization: `Bearer ${TOKEN}` } }, 'download failed');
        const driverError = new Error(`could not connect: host=db.internal user=lake password=${DB_PASSWORD} dbname=shop`);
        child.error({ err: driverError }, 'CDC failed');
        child.error(driverError);
        child.debug({ detail: `server echoed ${TOKEN}`, config: { password: DB_PASSWORD, api_key: TOKEN } }, 'debug dump');
        assertNoSecret(output, `${format} log`);
        // Redaction leaves the context an operator needs.
        assert.match(output, /db\.internal/);
        assert.match(output, /files\.example\.com/);
        assert.match(output, /CDC failed/);
      }
    } finally {
      clearRegisteredSecrets();
    }
  });

  describe('commands failing against real servers', () => {
    let pg: TestPostgres;
    let files: FileServer;
    let dir: string;
    let config: string;
    const env = { API_TOKEN: TOKEN, LAKE_DEBUG: '1', LAKE_LOG_LEVEL: 'debug' };

    before(async () => {
      pg = await startPostgres();
      files = await startFileServer(TLC_HEADS);
      dir = makeTempDir();
      const badConnection = pg.connectionString.replace(':lake-test-password@', `:${encodeURIComponent(DB_PASSWORD)}@`);
      assert.notEqual(badConnection, pg.connectionString);
      const authedUrl = files.url.replace('http://', `http://reader:${URL_PASSWORD}@`);
      config = path.join(dir, 'lake.yaml');
      writeFileSync(
        config,
        `lake:
  root: ./lake
http:
  idle_timeout_ms: 2000
  retry: { attempts: 2, base_delay_ms: 10, max_delay_ms: 20 }
  headers:
    Authorization: Bearer \${API_TOKEN}
# The download fails for good: no job retry tries it again once its own retries ran out.
jobs:
  retry: { attempts: 1 }
sources:
  yellow:
    type: csv
    url: ${authedUrl}/yellow/yellow_tripdata_{yyyy}-{mm}.csv.gz
  shop:
    type: postgres
    connection: ${badConnection}
    publication: lake_shop
    slot: lake_shop
    tables:
      - name: public.customers
observability:
  metrics: { port: 0 }
  log: { format: json }
`,
      );
      await pg.query(`CREATE TABLE customers (id serial PRIMARY KEY, name text)`);
      files.fault('/yellow/yellow_tripdata_2019-01.csv.gz', { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    });
    after(async () => {
      await files?.close();
      await pg?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('a download that fails with credentials in its URL and a bearer token', async () => {
      const { code, output } = await run(['ingest', '--config', config, '--source', 'yellow', '--month', '2019-01'], env);
      assert.equal(code, 1, output);
      assert.match(output, /FAILED/);
      assertNoSecret(output, 'lake ingest');
    });

    it('the daemon whose CDC source rejects its password', async () => {
      const { output } = await run(['run', '--config', config], env, { stopAfterMs: 8_000 });
      assert.match(output, /password authentication failed/, output);
      assertNoSecret(output, 'lake run');
    });

    it('a command that cannot reach its source', async () => {
      const { code, output } = await run(['slots', '--config', config, '--source', 'shop'], env);
      assert.notEqual(code, 0, output);
      assertNoSecret(output, 'lake slots');
    });
  });
});
