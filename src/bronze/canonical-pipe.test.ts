/**
 * The FIFO between the normaliser and DuckDB: whatever the reader does (open late, read nothing, fail
 * before opening, stop halfway), a write or a close ends instead of waiting forever, and a reader that
 * reads to the end gets every byte.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CanonicalPipe } from './canonical-pipe.ts';

describe('the canonical CSV pipe', { skip: process.platform === 'win32' }, () => {
  let dir: string;
  let count = 0;
  const made: CanonicalPipe[] = [];
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'canonical-pipe-'));
  });
  afterEach(() => {
    for (const pipe of made.splice(0)) pipe.dispose();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const create = async () => {
    const pipe = (await CanonicalPipe.create(path.join(dir, `p${count++}.fifo`)))!;
    made.push(pipe);
    return pipe;
  };

  it('gives a reader that opens it late every byte written, then EOF', async () => {
    const pipe = await create();
    const reading = sleep(30).then(() => readFile(pipe.path));
    pipe.reader = reading.then(() => {});
    const parts = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, 65 + (i % 26)));
    await pipe.writev(parts.slice(0, 20));
    await pipe.writev(parts.slice(20));
    await pipe.close();
    assert.deepEqual(await reading, Buffer.concat(parts));
  });

  it('ends a reader that gets nothing (a header and no rows) when closed', async () => {
    const pipe = await create();
    const reading = readFile(pipe.path);
    pipe.reader = reading.then(() => {});
    await pipe.close();
    assert.equal((await reading).length, 0);
  });

  it('fails the first write with the reader\'s error when the reader fails before opening it', async () => {
    const pipe = await create();
    pipe.reader = sleep(10).then(() => Promise.reject(new Error('Binder Error: no such column')));
    await assert.rejects(pipe.writev([Buffer.from('1,2\n')]), /Binder Error/);
    await pipe.close();
  });

  it("makes no more pipes than libuv's pool can serve while their readers wait, and makes them again once disposed", async () => {
    const pipes: CanonicalPipe[] = [];
    for (let i = 0; i < 10; i++) {
      const pipe = await CanonicalPipe.create(path.join(dir, `limit${i}.fifo`));
      if (!pipe) break;
      pipes.push(pipe);
    }
    // The default pool of 4 threads, less two for the readers' own file reads and gunzip.
    assert.equal(pipes.length, Math.max(0, (Number(process.env.UV_THREADPOOL_SIZE) || 4) - 2));
    for (const pipe of pipes) pipe.dispose();
    pipes[0]?.dispose(); // twice: no effect
    const again = await CanonicalPipe.create(path.join(dir, 'again.fifo'));
    assert.ok(again);
    again.dispose();
  });

  it('fails a write when the reader stops halfway, instead of waiting for room in the pipe', async () => {
    const pipe = await create();
    pipe.reader = (async () => {
      const handle = await open(pipe.path, 'r');
      await handle.read(Buffer.alloc(10), 0, 10);
      await handle.close();
      throw new Error('Out of Memory Error');
    })();
    await assert.rejects(pipe.writev([Buffer.alloc(8 * 1024 * 1024, 66)]));
    await pipe.close();
  });
});
