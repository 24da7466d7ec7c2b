import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeTestLake, type TestLake } from '../testing/lake.ts';
import { lakeStatus } from '../orchestrator/status.ts';
import { systemClock } from '../orchestrator/schedule.ts';
import { createConsole, type LakeConsole } from './index.ts';

const TOKEN = 'unit-test-token-0123456789';

async function open(yaml: string, env: NodeJS.ProcessEnv = {}): Promise<{ lake: TestLake; console: LakeConsole; url: string }> {
  const lake = await makeTestLake(yaml);
  const lakeConsole = createConsole(lake.runtime, { clock: systemClock, env })!;
  await lakeConsole.start({ metricsUrl: 'http://unused' });
  return { lake, console: lakeConsole, url: lakeConsole.url! };
}

describe('the console over HTTP', () => {
  describe('read-only by default', () => {
    let ctx: Awaited<ReturnType<typeof open>>;
    before(async () => (ctx = await open('console:\n  port: 0\n  host: 127.0.0.1\n')));
    after(async () => {
      await ctx?.console.close();
      await ctx?.lake.cleanup();
    });

    it('serves the page with a strict content security policy, and only from its own folder', async () => {
      const page = await fetch(ctx.url);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type')!, /text\/html/);
      assert.match(page.headers.get('content-security-policy')!, /default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal((await fetch(`${ctx.url}assets/app.js`)).status, 200);
      assert.equal((await fetch(`${ctx.url}assets/..%2Fserver.ts`)).status, 404);
      assert.equal((await fetch(`${ctx.url}assets/server.ts`)).status, 404);
      assert.equal((await fetch(ctx.url.replace('/console/', '/'), { redirect: 'manual' })).headers.get('location'), '/console/');
    });

    it('loads nothing from another host: no absolute URL in any asset', () => {
      const dir = path.join(import.meta.dirname, 'public');
      for (const name of readdirSync(dir)) {
        const text = readFileSync(path.join(dir, name), 'utf8').replace('http://www.w3.org/2000/svg', '');
        assert.doesNotMatch(text, /(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i, `${name} references another host`);
        assert.doesNotMatch(text, /@import|url\(\s*['"]?https?:/i, name);
      }
    });

    it('answers the status API with what lake status reads', async () => {
      const api = await (await fetch(`${ctx.url}api/status`)).json();
      const status = await lakeStatus(ctx.lake.runtime, systemClock);
      const { at: _a, ...served } = api;
      const { at: _b, ...read } = JSON.parse(JSON.stringify(status));
      assert.deepEqual(served, read);
      const session = await (await fetch(`${ctx.url}api/session`)).json();
      assert.equal(session.actions_enabled, false);
      assert.equal((await fetch(`${ctx.url}api/runs/20240101T000000.000Z-abcdef`)).status, 404);
      assert.equal((await fetch(`${ctx.url}api/manifest?layer=silver&table=../x&month=2021-01`)).status, 404);
      assert.deepEqual(await (await fetch(`${ctx.url}api/runs`)).json(), []);
    });

    it('refuses every action while actions are disabled', async () => {
      const response = await fetch(`${ctx.url}api/actions/retry-failed`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{}' });
      assert.equal(response.status, 403);
      assert.match((await response.json()).error, /read-only/);
      assert.equal((await fetch(`${ctx.url}api/status`, { method: 'DELETE' })).status, 405);
    });
  });

  describe('with actions enabled', () => {
    let ctx: Awaited<ReturnType<typeof open>>;
    const post = (kind: string, headers: Record<string, string>, body = '{}') =>
      fetch(`${ctx.url}api/actions/${kind}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    before(async () => (ctx = await open('console:\n  port: 0\n  host: 127.0.0.1\n  actions: { enabled: true, token_env: CONSOLE_TOKEN }\n', { CONSOLE_TOKEN: TOKEN })));
    after(async () => {
      await ctx?.console.close();
      await ctx?.lake.cleanup();
    });

    it('refuses to start without a long enough token in the environment', async () => {
      const lake = await makeTestLake('console:\n  actions: { enabled: true }\n');
      try {
        assert.throws(() => createConsole(lake.runtime, { clock: systemClock, env: {} }), /console\.actions\.enabled is true but LAKE_CONSOLE_TOKEN is not set/);
        assert.throws(() => createConsole(lake.runtime, { clock: systemClock, env: { LAKE_CONSOLE_TOKEN: 'short' } }), /shorter than 16 characters/);
      } finally {
        await lake.cleanup();
      }
    });

    it('needs the token, a JSON body and the same origin', async () => {
      assert.equal((await post('retry-failed', {})).status, 401);
      assert.equal((await post('retry-failed', { authorization: 'Bearer wrong-token-wrong-token' })).status, 401);
      assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}`, origin: 'https://elsewhere.example' })).status, 403);
      assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}`, origin: 'null' })).status, 403);
      assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}`, 'sec-fetch-site': 'cross-site' })).status, 403);
      const form = await fetch(`${ctx.url}api/actions/retry-failed`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: '{}' });
      assert.equal(form.status, 415);
      assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}` }, 'x'.repeat(20_000))).status, 413);
      assert.equal((await post('retry-failed', { authorization: `Bearer ${TOKEN}` }, '[1]')).status, 400);
      assert.equal((await post('delete-everything', { authorization: `Bearer ${TOKEN}` })).status, 404);
    });

    it('validates a backfill before running anything', async () => {
      const auth = { authorization: `Bearer ${TOKEN}`, origin: new URL(ctx.url).origin };
      const bad = await post('backfill', auth, JSON.stringify({ layer: 'platinum', from: '2021-01' }));
      assert.equal(bad.status, 400);
      assert.match((await bad.json()).error, /layer/);
      assert.equal((await post('backfill', auth, JSON.stringify({ layer: 'silver', from: '2021-05', to: '2021-01' }))).status, 400);
      assert.equal((await post('backfill', auth, JSON.stringify({ layer: 'silver', from: '1990-01', to: '2021-01' }))).status, 400);
      assert.deepEqual(await (await fetch(`${ctx.url}api/actions`)).json(), [], 'a refused action leaves no record');
    });

    it('records an accepted action in the audit trail', async () => {
      const response = await post('retry-failed', { authorization: `Bearer ${TOKEN}` });
      assert.equal(response.status, 202);
      const accepted = await response.json();
      let records: Array<{ id: string; status: string; result?: string }> = [];
      for (let i = 0; i < 50 && records[0]?.status !== 'done'; i++) {
        records = await (await fetch(`${ctx.url}api/actions`)).json();
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(records[0].id, accepted.id);
      assert.equal(records[0].status, 'done');
      assert.equal(records[0].result, 'no failed partitions to retry');
    });
  });
});
