/**
 * The storage contract (src/storage/types.ts), run once per backend. S3 joins this list with the same
 * assertions.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LocalStorage, type LakeStorage } from '../src/storage/index.ts';
import { makeTempDir } from '../src/testing/lake.ts';

const backends: Array<[string, () => Promise<LakeStorage>]> = [
  ['local disk', async () => new LocalStorage(path.join(makeTempDir('lake-storage-'), 'root'))],
];

for (const [name, open] of backends) {
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

    it('refuses keys that leave the lake root', async () => {
      const storage = await open();
      await assert.rejects(storage.writeText('../escape', 'x'), /escapes the lake root/);
    });

    it("hides and recovers a dead writer's temporaries but leaves a live writer's alone", async () => {
      const storage = await open();
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
}
