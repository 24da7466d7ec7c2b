import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { toLakeError } from './index.ts';

describe('error classification', () => {
  it('reports a full disk with the path written and a remedy, for a person rather than a retry loop', () => {
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC', path: '/var/lib/lake/work/123-batch/canonical.csv' });
    const error = toLakeError(enospc);
    assert.equal(error.kind, 'storage');
    assert.equal(error.retry, 'needs-person');
    assert.match(error.message, /no space left on the disk writing \/var\/lib\/lake\/work\/123-batch\/canonical\.csv \(ENOSPC\)/);
    assert.match(error.remedy ?? '', /free space on the disk holding \/var\/lib\/lake\/work\/123-batch, or point lake\.work_dir at a larger disk/);
  });

  it('never retries a programming error', async () => {
    const error = toLakeError(await fs.readFile(123 as unknown as string).catch((e: unknown) => e));
    assert.equal(error.retry === 'automatic', false);
    assert.equal(toLakeError(new TypeError('x is undefined')).retry, 'never');
  });
});
