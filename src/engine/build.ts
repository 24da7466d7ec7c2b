/**
 * The one shape of a partition build, shared by every layer (a bronze month, a silver month, a gold
 * month or whole model, a CDC silver table and its history): a batch id that names the files it writes,
 * a private work directory, and a commit that publishes the data files, then writes the manifest (the
 * one write that makes them visible), then removes what the manifest no longer names. Whatever happens,
 * the work directory and the build's scratch relations are gone afterwards; a failure is reported as a
 * LakeError (and as the layer's failure event) and leaves the previous version published.
 *
 * It sits on the engine floor because a build needs the config, the storage and the engine together,
 * and every layer above may import it.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LakeConfig } from '../config/index.ts';
import { toLakeError, type LakeError } from '../errors/index.ts';
import type { PipelineEvent, PipelineEvents } from '../events/index.ts';
import { removeUnreferenced, writeManifest, type LakeStorage } from '../storage/index.ts';
import type { Engine } from './duckdb.ts';

/** What every build is given: the lake runtime's parts, and the job's cancellation. */
export interface BuildContext {
  config: LakeConfig;
  storage: LakeStorage;
  engine: Engine;
  /** Scratch space; each build works in its own directory under it. */
  workDir: string;
  events?: PipelineEvents;
  /** A cancelled job (timeout, shutdown, lost lock) must not publish, even if its work ran to the end. */
  signal?: AbortSignal;
}

/** One build's commit: its staged files, the manifest naming them, and what that manifest replaces. */
export interface Publication {
  files: Array<{ key: string; staged: string }>;
  manifestKey: string;
  manifest: unknown;
  /** Directories whose data files the manifest does not name are cleared of them (old versions, dead writers). */
  clears?: Array<{ dir: string; keep: string[] }>;
  /** Keys the previous manifest named and this one does not; one left behind is an orphan for the next build. */
  replaces?: string[];
  /** The layer's published event, given the build's duration. */
  published?: (durationMs: number) => PipelineEvent;
}

export interface PartitionBuild {
  readonly batchId: string;
  /** This build's own directory, created before the step runs and removed after it. */
  readonly workDir: string;
  /** Runs after the build, whatever its outcome (dropping its scratch tables or schema). */
  afterwards(cleanup: () => Promise<unknown>): void;
  /** The commit point; returns the build's duration so far. */
  commit(publication: Publication): Promise<number>;
}

export interface BuildSpec<T> {
  /** Names the work directory (`<pid>-<kind>-<batch>`: a dead process's directory is recognised by its pid). */
  kind: string;
  /** Leads the batch id (a month), so a partition's files sort by what they hold. */
  label?: string;
  step: (build: PartitionBuild) => Promise<T>;
  /** The layer's failure event, if it has one. */
  failed?: (error: LakeError) => PipelineEvent;
}

export async function runBuild<T>(ctx: BuildContext, spec: BuildSpec<T>): Promise<T> {
  const started = Date.now();
  const batchId = [spec.label, Date.now().toString(36), randomUUID().slice(0, 8)].filter(Boolean).join('-');
  const workDir = path.join(ctx.workDir, `${process.pid}-${spec.kind}-${batchId}`);
  const cleanups: Array<() => Promise<unknown>> = [];
  const build: PartitionBuild = {
    batchId,
    workDir,
    afterwards: (cleanup) => void cleanups.push(cleanup),
    async commit(publication) {
      ctx.signal?.throwIfAborted();
      // New files beside the old version; nothing reads them until the manifest names them.
      for (const file of publication.files) await ctx.storage.publishFile(file.key, file.staged, { move: true });
      await writeManifest(ctx.storage, publication.manifestKey, publication.manifest);
      for (const { dir, keep } of publication.clears ?? []) await removeUnreferenced(ctx.storage, dir, keep);
      for (const key of publication.replaces ?? []) await ctx.storage.delete(key).catch(() => {});
      const durationMs = Date.now() - started;
      if (publication.published) ctx.events?.emit(publication.published(durationMs));
      return durationMs;
    },
  };
  try {
    await fs.mkdir(workDir, { recursive: true });
    return await spec.step(build);
  } catch (error) {
    const lakeError = toLakeError(error);
    if (spec.failed) ctx.events?.emit(spec.failed(lakeError));
    throw lakeError;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
