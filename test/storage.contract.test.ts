/**
 * The storage contract (src/storage/types.ts), run once per backend: the local disk, and S3 on s3rver
 * (real HTTP on 127.0.0.1, the real AWS SDK). Each backend also runs the crash test: a writer process
 * killed with SIGKILL mid-publish (local disk: before the rename; S3: inside a multipart upload).
 *
 * What s3rver can and cannot verify: s3rver 3.7.1 writes objects in place (not atomically), ignores
 * `If-None-Match: *` on PutObject, cannot list or abort multipart uploads, and does not answer
 * NoSuchUpload for an aborted one. src/testing/s3.ts adds those behaviours of real S3 as AWS documents
 * them (and says how). So these tests prove that our client sends the right requests and handles S3's
 * documented answers, including 412 for a lost create race; they cannot prove that a given S3 or
 * S3-compatible store honours them. A store that ignores `If-None-Match` is detected and refused (last
 * test of the S3 section, against s3rver as it is).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LakeError } from '../src/errors/index.ts';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { LocalStorage, S3Storage, s3Options, type LakeStorage } from '../src/storage/index.ts';
import { makeTempDir, REPO_ROOT } from '../src/testing/lake.ts';
import type { StorageSpec } from '../src/testing/publish-child.ts';
import { startTestS3, type TestS3 } from '../src/testing/s3.ts';

interface Backend {
  name: string;
  open(): Promise<LakeStorage>;
  /** How a child process opens the same storage. */
  spec(storage: LakeStorage): Promise<StorageSpec>;
  /** What unfinished writes have left behind (temporaries, incomplete uploads). */
  leftovers(storage: LakeStorage): Promise<string[]>;
}

let s3: Promise<TestS3> | undefined;
const testS3 = () => (s3 ??= startTestS3());
after(async () => (await s3)?.close());
let lakes = 0;

const backends: Backend[] = [
  {
    name: 'local disk',
    open: async () => new LocalStorage(path.join(makeTempDir('lake-storage-'), 'root')),
    spec: async (storage) => ({ kind: 'local', root: (storage as LocalStorage).root }),
    leftovers: async (storage) => findTemporaries((storage as LocalStorage).root),
  },
  {
    name: 'S3 (s3rver)',
    open: async () => (await testS3()).storage(`contract-${++lakes}`),
    spec: async (storage) => ({
      kind: 's3',
      root: (storage as S3Storage).location,
      s3: (await testS3()).settings,
      workDir: makeTempDir('lake-s3-cache-'),
    }),
    leftovers: async (storage) =>
      (await (await testS3()).incompleteUploads())
        .filter((u) => u.key.startsWith((storage as S3Storage).prefix))
        .map((u) => `${u.key} (upload ${u.uploadId})`),
  },
];

for (const { name, open, spec, leftovers } of backends) {
  describe(`storage contract: ${name}`, () => {
    it('publishes a file under its key and lists it', async () => {
      const storage = await open();
      const local = path.join(makeTempDir(), 'x.parquet');
      writeFileSync(local, 'version 1');
      await storage.publishFile('bronze/t/year=2021/month=03/data.parquet', local);
      assert.deepEqual(await storage.list('bronze/'), ['bronze/t/year=2021/month=03/data.parquet']);
      assert.equal(await storage.readText('bronze/t/year=2021/month=03/data.parquet'), 'version 1');
    });

    it('replaces an object in one step, so a reader sees the old or the new version', async () => {
      const storage = await open();
      const dir = makeTempDir();
      writeFileSync(path.join(dir, 'a'), 'old');
      writeFileSync(path.join(dir, 'b'), 'new');
      await storage.publishFile('k/data.parquet', path.join(dir, 'a'));
      const seen = new Set<string>();
      const reads = (async () => {
        for (let i = 0; i < 200; i++) seen.add((await storage.readText('k/data.parquet')) ?? 'missing');
      })();
      await storage.publishFile('k/data.parquet', path.join(dir, 'b'));
      await reads;
      for (const value of seen) assert.ok(value === 'old' || value === 'new', `saw '${value}'`);
      assert.equal(await storage.readText('k/data.parquet'), 'new');
    });

    it('moves a staged file when asked, leaving nothing behind', async () => {
      const storage = await open();
      const local = path.join(makeTempDir(), 'staged.parquet');
      writeFileSync(local, 'x');
      await storage.publishFile('m/data.parquet', local, { move: true });
      assert.equal(await storage.exists('m/data.parquet'), true);
      assert.equal(existsSync(local), false, 'the staged file is gone');
    });

    it('writes and reads text atomically, and reads a missing key as undefined', async () => {
      const storage = await open();
      assert.equal(await storage.readText('_lake/none.json'), undefined);
      await storage.writeText('_lake/a.json', '{"v":1}');
      await storage.writeText('_lake/a.json', '{"v":2}');
      assert.equal(await storage.readText('_lake/a.json'), '{"v":2}');
    });

    it('deletes objects and lists only what is left', async () => {
      const storage = await open();
      await storage.writeText('d/1', '1');
      await storage.writeText('d/2', '2');
      await storage.delete('d/1');
      assert.deepEqual(await storage.list('d/'), ['d/2']);
      assert.deepEqual(await storage.list('nothing-here/'), []);
    });

    it('creates an object exclusively: a second create of the key is refused and the first text stays', async () => {
      const storage = await open();
      assert.equal(await storage.createExclusive('_lake/locks/a.lock', 'first'), true);
      assert.equal(await storage.createExclusive('_lake/locks/a.lock', 'second'), false);
      assert.equal(await storage.readText('_lake/locks/a.lock'), 'first');
      assert.deepEqual(await storage.list('_lake/locks/'), ['_lake/locks/a.lock']);
      await storage.delete('_lake/locks/a.lock');
      assert.equal(await storage.createExclusive('_lake/locks/a.lock', 'third'), true);
      assert.equal(await storage.readText('_lake/locks/a.lock'), 'third');
    });

    it('lets exactly one of many concurrent creators win', async () => {
      const storage = await open();
      for (let round = 0; round < 20; round++) {
        const key = `_lake/locks/race-${round}.lock`;
        const results = await Promise.all(Array.from({ length: 8 }, (_, i) => storage.createExclusive(key, `creator ${i}`)));
        assert.equal(results.filter(Boolean).length, 1, `round ${round}: ${results}`);
        assert.equal(await storage.readText(key), `creator ${results.indexOf(true)}`);
      }
      assert.equal((await storage.list('_lake/locks/')).length, 20, 'no temporaries are listed');
    });

    it('refuses keys that leave the lake root', async () => {
      const storage = await open();
      await assert.rejects(storage.writeText('../escape', 'x'), /escapes the lake root/);
    });

    it('gives DuckDB a local file of the current version, and a new one once the object is replaced', async () => {
      const storage = await open();
      const dir = makeTempDir();
      writeFileSync(path.join(dir, 'v1'), 'version 1');
      writeFileSync(path.join(dir, 'v2'), 'version 2, longer');
      const key = 'bronze/t/year=2021/month=03/data.parquet';
      await storage.publishFile(key, path.join(dir, 'v1'));
      const first = await storage.localPath(key);
      assert.equal(readFileSync(first, 'utf8'), 'version 1');
      assert.match(first, /\/year=2021\/month=03\//, 'the partition directories stay in the path, for hive partitioning');
      await storage.publishFile(key, path.join(dir, 'v2'));
      assert.equal(readFileSync(await storage.localPath(key), 'utf8'), 'version 2, longer');
    });

    it('publishes a file larger than an upload part whole', async () => {
      const storage = await open();
      const file = bigFile();
      await storage.publishFile('big/data.parquet', file);
      assert.equal(sha(readFileSync(await storage.localPath('big/data.parquet'))), sha(readFileSync(file)));
      assert.deepEqual(await storage.list('big/'), ['big/data.parquet']);
      assert.deepEqual(await leftovers(storage), []);
    });

    it('keeps the previous version and lists nothing new when a writer is killed mid-publish, and recovery clears what it left', async () => {
      const storage = await open();
      const key = 'bronze/t/year=2021/month=03/data.parquet';
      const old = path.join(makeTempDir(), 'old.parquet');
      writeFileSync(old, 'the previous version');
      await storage.publishFile(key, old);

      const run = startChild(await spec(storage), key, bigFile(), 'pause');
      await run.waitFor('PAUSED');
      assert.notDeepEqual(await leftovers(storage), [], 'the writer is inside its publish');
      run.child.kill('SIGKILL');
      await run.exited;

      assert.equal(await storage.readText(key), 'the previous version');
      assert.equal(readFileSync(await storage.localPath(key), 'utf8'), 'the previous version');
      assert.deepEqual(await storage.list(''), [key]);
      const { removed } = await storage.recover();
      assert.ok(removed.some((entry) => entry.startsWith('bronze/t/year=2021/month=03/')), `removed: ${removed}`);
      assert.deepEqual(await leftovers(storage), []);
      assert.equal(await storage.readText(key), 'the previous version');
    });

    it('leaves the previous or the new version, whole, when a writer is killed at any instant', async () => {
      const storage = await open();
      const key = 'k/data.parquet';
      const old = path.join(makeTempDir(), 'old.parquet');
      writeFileSync(old, 'the previous version');
      await storage.publishFile(key, old);
      const next = bigFile();
      const versions = new Map([
        [sha('the previous version'), 'previous'],
        [sha(readFileSync(next)), 'new'],
      ]);
      for (const delayMs of [0, 30, 100, 250, 500]) {
        const run = startChild(await spec(storage), key, next);
        await run.waitFor('STARTED');
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        run.child.kill('SIGKILL');
        await run.exited;
        const seen = versions.get(sha(readFileSync(await storage.localPath(key))));
        assert.ok(seen, `after a kill at ${delayMs} ms the object is neither version`);
        assert.deepEqual(await storage.list('k/'), [key]);
        if (seen === 'new') break;
      }
      const done = startChild(await spec(storage), key, next);
      assert.equal(await done.exited, 0, done.output());
      assert.equal(versions.get(sha(readFileSync(await storage.localPath(key)))), 'new');
      await storage.recover();
      assert.deepEqual(await leftovers(storage), []);
    });
  });
}

describe('local disk storage', () => {
    it("hides and recovers a dead writer's temporaries but leaves a live writer's alone", async () => {
      const storage = new LocalStorage(path.join(makeTempDir('lake-storage-'), 'root'));
      await storage.writeText('p/data.parquet', 'published');
      const dir = path.join((storage as LocalStorage).root, 'p');
      writeFileSync(path.join(dir, '.tmp-999999999-abc-data.parquet.partial'), 'half written by a dead process');
      writeFileSync(path.join(dir, `.tmp-${process.pid}-def-data.parquet.partial`), 'being written right now');
      assert.deepEqual(await storage.list('p/'), ['p/data.parquet']);
      const { removed } = await storage.recover();
      assert.deepEqual(removed, ['p/.tmp-999999999-abc-data.parquet.partial']);
      assert.deepEqual((await readdir(dir)).sort(), [`.tmp-${process.pid}-def-data.parquet.partial`, 'data.parquet']);
    });
});

describe('S3 storage on s3rver', () => {
  let server: TestS3;
  before(async () => {
    server = await testS3();
  });

  /** A writer whose multipart upload stops after its first part until `release` is called. */
  function pausedWriter(prefix: string) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let paused!: () => void;
    const atPause = new Promise<void>((resolve) => (paused = resolve));
    const storage = server.storage(prefix, {
      hooks: {
        afterPart: async ({ partNumber }) => {
          if (partNumber !== 1) return;
          paused();
          await released;
        },
      },
    });
    return { storage, atPause, release };
  }

  const incomplete = async (prefix: string) => (await server.incompleteUploads()).filter((u) => u.key.startsWith(`${prefix}/`));

  it("leaves a live writer's upload alone on recovery, and the writer's publish then completes", async () => {
    const writer = pausedWriter('live');
    const file = bigFile();
    const publishing = writer.storage.publishFile('t/data.parquet', file);
    await writer.atPause;
    const other = server.storage('live');
    assert.deepEqual((await other.recover()).removed, []);
    assert.equal((await incomplete('live')).length, 1);
    assert.deepEqual(await other.list(''), []);
    writer.release();
    await publishing;
    assert.equal(sha(readFileSync(await other.localPath('t/data.parquet'))), sha(readFileSync(file)));
    assert.deepEqual(await incomplete('live'), []);
    assert.deepEqual(await rawKeys(other, 'live/'), ['live/t/data.parquet'], 'the writer removed its marker');
  });

  it('aborts an upload older than stale_upload_hours whatever its writer, and that writer then fails without publishing', async () => {
    const writer = pausedWriter('old');
    await writer.storage.writeText('t/data.parquet', 'before');
    const publishing = writer.storage.publishFile('t/data.parquet', bigFile());
    await writer.atPause;
    await server.ageUploads(25 * 3_600_000, 'old/');
    const { removed } = await server.storage('old').recover();
    assert.equal(removed.filter((entry) => entry.startsWith('t/data.parquet (incomplete upload ')).length, 1, `removed: ${removed}`);
    writer.release();
    await assert.rejects(publishing, (error) => error instanceof LakeError && /NoSuchUpload/.test(error.message));
    assert.equal(await writer.storage.readText('t/data.parquet'), 'before');
    assert.deepEqual(await incomplete('old'), []);
    assert.deepEqual(await rawKeys(writer.storage, 'old/'), ['old/t/data.parquet']);
  });

  it('aborts the upload of a writer killed after creating it and before naming it in its marker', async () => {
    const storage = server.storage('created');
    await storage.writeText('t/data.parquet', 'before');
    const spec: StorageSpec = { kind: 's3', root: storage.location, s3: server.settings, workDir: makeTempDir() };
    const run = startChild(spec, 't/data.parquet', bigFile(), 'pause-created');
    try {
      await run.waitFor('PAUSED');
    } finally {
      run.child.kill('SIGKILL');
      await run.exited;
    }
    assert.equal((await incomplete('created')).length, 1, 'the writer died with its upload created');
    const { removed } = await storage.recover();
    assert.equal(removed.filter((entry) => entry.startsWith('t/data.parquet (incomplete upload ')).length, 1, `removed: ${removed}`);
    assert.deepEqual(await incomplete('created'), []);
    assert.deepEqual(await rawKeys(storage, 'created/'), ['created/t/data.parquet'], 'the marker is gone too');
    assert.equal(await storage.readText('t/data.parquet'), 'before');
  });

  it('aborts its own upload when a publish fails midway, leaving the previous version and nothing else', async () => {
    const storage = server.storage('failing', {
      hooks: {
        afterPart: async () => {
          throw new Error('the network went away');
        },
      },
    });
    await storage.writeText('t/data.parquet', 'before');
    await assert.rejects(storage.publishFile('t/data.parquet', bigFile()), /the network went away/);
    assert.equal(await storage.readText('t/data.parquet'), 'before');
    assert.deepEqual(await incomplete('failing'), []);
    assert.deepEqual(await rawKeys(storage, 'failing/'), ['failing/t/data.parquet']);
  });

  it('keeps one cached download per key: a replaced object is fetched again and the older copy removed', async () => {
    const storage = server.storage('cache');
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'v1'), 'one');
    writeFileSync(path.join(dir, 'v2'), 'two');
    await storage.publishFile('t/data.parquet', path.join(dir, 'v1'));
    const first = await storage.localPath('t/data.parquet');
    assert.equal(await storage.localPath('t/data.parquet'), first, 'an unchanged object is not downloaded again');
    await storage.publishFile('t/data.parquet', path.join(dir, 'v2'));
    const second = await storage.localPath('t/data.parquet');
    assert.notEqual(second, first);
    assert.equal(readFileSync(second, 'utf8'), 'two');
    assert.equal(existsSync(first), false);
  });

  it('names a missing bucket as a problem for a person, not for a retry', async () => {
    const storage = new S3Storage(s3Options('s3://no-such-bucket/lake', { s3: server.settings, workDir: makeTempDir() }));
    try {
      await assert.rejects(
        storage.writeText('a.json', '{}'),
        (error) => error instanceof LakeError && error.retry === 'needs-person' && /NoSuchBucket/.test(error.message),
      );
    } finally {
      storage.close();
    }
  });

  it('refuses exclusive creates on a store that ignores If-None-Match, rather than let two creators win', async () => {
    const plain = await startTestS3({ conditionalWrites: false });
    try {
      const storage = plain.storage('locks');
      await assert.rejects(
        storage.createExclusive('_lake/locks/a.lock', 'mine'),
        (error) => error instanceof LakeError && error.retry === 'needs-person' && /ignores conditional writes/.test(error.message),
      );
      assert.equal(await storage.exists('_lake/locks/a.lock'), false);
      assert.deepEqual(await rawKeys(storage, 'locks/'), [], 'the probe object is gone');
    } finally {
      await plain.close();
    }
  });
});

/** Larger than the test S3 part size (5 MiB), so S3 publishes it by multipart upload in four parts. */
const BIG_BYTES = 16 * 1024 * 1024;

function bigFile(): string {
  const file = path.join(makeTempDir(), 'big.parquet');
  writeFileSync(file, randomBytes(BIG_BYTES));
  return file;
}

function sha(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every object under a bucket prefix, hidden bookkeeping included. */
async function rawKeys(storage: S3Storage, prefix: string): Promise<string[]> {
  const page = await storage.client.send(new ListObjectsV2Command({ Bucket: storage.bucket, Prefix: prefix }));
  return (page.Contents ?? []).map((object) => object.Key!).sort();
}

async function findTemporaries(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  return names.filter((name) => path.basename(name).startsWith('.tmp-')).sort();
}

const CHILD = path.join(REPO_ROOT, 'src/testing/publish-child.ts');

function startChild(spec: StorageSpec, key: string, file: string, pause?: 'pause' | 'pause-created') {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(spec), key, file, ...(pause ? [pause] : [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string) => {
    while (!output.includes(text)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`child exited before '${text}': ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { child, exited, waitFor, output: () => output };
}
