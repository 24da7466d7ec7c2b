/**
 * Credentials in a source URL work and never reach the lake: a token as the URL's user name is sent as
 * an Authorization header (Node's fetch refuses user info in URLs), credential query parameters are
 * redacted in the `_source` column, manifests, run history, `lake status` and `lake report`, and a
 * redirect to another host gets none of the secret headers. Two real HTTP servers on 127.0.0.1 (two
 * ports, so two origins) play the API and the storage it redirects to.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { redactUrl } from '../src/ingest/fetch.ts';
import { runLake } from '../src/testing/cli.ts';
import { makeTempDir, TLC_HEADS } from '../src/testing/lake.ts';

const USER_TOKEN = 'ghp_userinfoToken1234';
const QUERY_TOKEN = 'qtok-5f4e3d2c1b';
const SIGNATURE = 'a1b2c3d4e5f60718293a4b5c';
const API_KEY = 'apikey-77aa88bb99';
const CUSTOM = 'custom-secret-0011';
const SECRETS = [USER_TOKEN, QUERY_TOKEN, SIGNATURE, API_KEY, CUSTOM];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('credentials in source URLs and headers', () => {
  const gz = gzipSync(readFileSync(path.join(TLC_HEADS, 'yellow_tripdata_2019-01.csv')));
  let api: Server;
  let storage: Server;
  let storageHeaders: IncomingHttpHeaders[] = [];
  let apiAuthorization: string | undefined;
  let dir: string;
  let config: string;

  before(async () => {
    storage = createServer((req, res) => {
      storageHeaders.push(req.headers);
      res.setHeader('content-length', gz.length);
      res.end(gz);
    });
    const storageUrl = await listen(storage);
    api = createServer((req, res) => {
      apiAuthorization = req.headers.authorization;
      const expected = `Basic ${Buffer.from(`${USER_TOKEN}:`).toString('base64')}`;
      if (req.headers.authorization !== expected || req.headers['x-api-key'] !== API_KEY) {
        res.statusCode = 401;
        res.end('no');
        return;
      }
      res.statusCode = 302;
      res.setHeader('location', `${storageUrl}/signed/yellow.csv.gz?X-Amz-Signature=${SIGNATURE}`);
      res.end();
    });
    const apiUrl = await listen(api);
    dir = makeTempDir();
    config = path.join(dir, 'lake.yaml');
    writeFileSync(
      config,
      `lake:
  root: ./lake
http:
  retry: { attempts: 1, base_delay_ms: 1, max_delay_ms: 1 }
  headers:
    X-Api-Key: ${API_KEY}
    X-Custom-Auth: ${CUSTOM}
  secret_headers: [X-Custom-Auth]
sources:
  yellow:
    type: csv
    url: ${apiUrl.replace('http://', `http://${USER_TOKEN}@`)}/trips/{yyyy}-{mm}.csv.gz?token=${QUERY_TOKEN}&month={yyyy}{mm}
`,
    );
  });
  after(async () => {
    await new Promise((r) => api?.close(r));
    await new Promise((r) => storage?.close(r));
  });

  it('redacts user info and credential parameters but keeps what was read', () => {
    assert.equal(
      redactUrl(`https://${USER_TOKEN}@api.example.com/a.csv?token=${QUERY_TOKEN}&month=2021-03&X-Amz-Signature=${SIGNATURE}`),
      'https://***@api.example.com/a.csv?token=***&month=2021-03&X-Amz-Signature=***',
    );
    assert.equal(redactUrl('https://reader:pw-123456@host/x.csv'), 'https://***:***@host/x.csv');
  });

  it('sends a token given as the URL user name as an Authorization header, and no secret header across a redirect', async () => {
    storageHeaders = [];
    const ingest = await runLake(['ingest', '--config', config, '--source', 'yellow', '--month', '2019-01'], { LAKE_LOG_LEVEL: 'debug', LAKE_DEBUG: '1' });
    assert.equal(ingest.code, 0, ingest.stderr + ingest.stdout);
    for (const secret of SECRETS) assert.ok(!(ingest.stdout + ingest.stderr).includes(secret), `lake ingest printed a secret (${secret})`);
    assert.ok(apiAuthorization?.startsWith('Basic '));
    assert.equal(storageHeaders.length, 1);
    for (const name of ['authorization', 'x-api-key', 'x-custom-auth', 'cookie']) assert.equal(storageHeaders[0][name], undefined, `${name} reached the other host`);
  });

  it('keeps every secret out of the lake, the work directory, status, report and the data itself', async () => {
    const query = await runLake(['query', '--config', config, '--format', 'json', 'SELECT DISTINCT _source FROM bronze.yellow']);
    assert.equal(query.code, 0, query.stderr);
    assert.match(query.stdout, /\*\*\*@127\.0\.0\.1:\d+\/trips\/2019-01\.csv\.gz\?token=\*\*\*&month=201901/);
    const status = await runLake(['status', '--config', config]);
    const report = await runLake(['report', '--config', config]);
    const texts = [query.stdout, status.stdout + status.stderr, report.stdout + report.stderr];
    // Parquet pages may be compressed: read every file both as bytes and through DuckDB's text of _source.
    for (const file of filesUnder(path.join(dir, 'lake'))) texts.push(readFileSync(file, 'latin1'));
    for (const text of texts) for (const secret of SECRETS) assert.ok(!text.includes(secret), `a secret (${secret}) leaked:\n${text.slice(0, 400)}`);
  });
});
