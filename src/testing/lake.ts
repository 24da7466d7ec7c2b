/** Builds throwaway lakes for tests: a temp directory, a config file in it, and a runtime over it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openRuntime, type LakeRuntime } from '../orchestrator/index.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SAMPLES = path.join(REPO_ROOT, 'samples');
export const TLC_HEADS = path.join(SAMPLES, 'tlc-heads');

export interface TestLake {
  dir: string;
  configFile: string;
  runtime: LakeRuntime;
  cleanup(): Promise<void>;
}

export function makeTempDir(prefix = 'lake-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `yaml` as the config of a new temp lake (lake.root defaults to ./lake inside it) and opens it. */
export async function makeTestLake(yaml: string, env: NodeJS.ProcessEnv = process.env): Promise<TestLake> {
  const dir = makeTempDir();
  const configFile = path.join(dir, 'lake.yaml');
  const withRoot = /^lake:/m.test(yaml) ? yaml : `lake:\n  root: ./lake\n${yaml}`;
  writeFileSync(configFile, withRoot);
  const runtime = await openRuntime(configFile, env);
  return {
    dir,
    configFile,
    runtime,
    async cleanup() {
      await runtime.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Fast retries so fault tests do not wait on production backoff. */
export const FAST_HTTP = `http:
  idle_timeout_ms: 2000
  retry:
    attempts: 3
    base_delay_ms: 10
    max_delay_ms: 50
`;
