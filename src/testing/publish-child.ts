/**
 * One `publishFile` in its own process, for the storage contract's crash tests:
 * `node --import tsx publish-child.ts <storage spec JSON> <key> <file> [pause|pause-created]`.
 *
 * The spec is `{"kind":"local","root":…}` or `{"kind":"s3","root":"s3://…","s3":{lake.s3},"workDir":…}`.
 * Prints `STARTED` before publishing and `DONE` after. With `pause`, it stops at the instant a crash
 * matters most (local disk: the complete temporary is written but not renamed; S3: the first part of a
 * multipart upload is stored, the upload not completed), prints `PAUSED`, and waits to be killed. With
 * `pause-created` (S3 only), it stops right after creating the multipart upload, before its marker names it.
 */
import { LocalStorage, S3Storage, s3Options, type LakeStorage, type StorageSettings } from '../storage/index.ts';

export type StorageSpec = { kind: 'local'; root: string } | ({ kind: 's3'; root: string } & StorageSettings);

const [specJson, key, file, mode] = process.argv.slice(2);
const spec = JSON.parse(specJson) as StorageSpec;
const pauseIn = (when: string) => async (): Promise<void> => {
  if (mode !== when) return;
  process.stdout.write('PAUSED\n');
  await new Promise(() => {}); // until SIGKILL
};
const storage: LakeStorage =
  spec.kind === 'local'
    ? new LocalStorage(spec.root, { beforeRename: pauseIn('pause') })
    : new S3Storage(s3Options(spec.root, spec), { afterPart: pauseIn('pause'), afterCreate: pauseIn('pause-created') });
process.stdout.write('STARTED\n');
await storage.publishFile(key, file);
process.stdout.write('DONE\n');
if (storage instanceof S3Storage) storage.close();
