/** Lake storage: one interface, one backend per kind of root. */
import { LakeError } from '../errors/index.ts';
import { LocalStorage } from './local.ts';
import type { LakeStorage } from './types.ts';

export type { LakeStorage } from './types.ts';
export { LocalStorage, isProcessAlive, type LocalStorageHooks } from './local.ts';

export function openStorage(lakeRoot: string): LakeStorage {
  if (/^s3:\/\//i.test(lakeRoot)) {
    throw new LakeError(`S3 lake roots are not supported in this build (${lakeRoot})`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'use a local directory for lake.root',
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(lakeRoot)) {
    throw new LakeError(`unsupported lake root ${lakeRoot}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'lake.root is a local directory or s3://bucket/prefix',
    });
  }
  return new LocalStorage(lakeRoot);
}
export * from './partitions.ts';
