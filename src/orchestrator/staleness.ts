/**
 * Whether a partition needs building, decided from what the lake records, never from timestamps of
 * files: each layer's manifest names the versions (batch ids) of its inputs and a hash of the config
 * that shaped it, so "stale" is a comparison.
 *
 * - bronze: missing, or its last attempt failed after its last success. (Bronze has no upstream in the
 *   lake; re-pulling a published month is `--force`.)
 * - silver: missing or failed, or built from another bronze batch, or under another table definition
 *   (`silverDefinitionHash`). No bronze partition: nothing to build (no-input).
 * - gold: missing or failed, or any silver partition it read is now another batch (or appeared or
 *   disappeared), or its SQL changed (`goldSqlHash`). No silver partition of any dependency: no-input.
 */
import { readBronzeManifest } from '../bronze/index.ts';
import { bronzeTableOf, catalog, type LakeConfig } from '../config/index.ts';
import { goldSqlHash, readGoldManifest } from '../gold/index.ts';
import { readSilverManifest, silverDefinitionHash } from '../silver/index.ts';
import { compareMonths, formatMonth, parseMonth, type LakeStorage, type Month } from '../storage/index.ts';
import { readPartitionState, type PartitionState } from './history.ts';
import type { Layer } from './pipeline.ts';

export type Decision =
  | { action: 'build'; reason: string }
  | { action: 'skip'; status: 'up-to-date' | 'no-input'; reason: string };

export interface StalenessContext {
  config: LakeConfig;
  storage: LakeStorage;
}

export async function decide(
  ctx: StalenessContext,
  layer: Layer,
  name: string,
  month: Month,
  options: { force?: boolean } = {},
): Promise<Decision> {
  const monthText = formatMonth(month);
  const state = await readPartitionState(ctx.storage, { layer, name, month: monthText });
  const failedSince = (builtAt: string | undefined): PartitionState | undefined =>
    state?.status === 'failed' && (builtAt === undefined || Date.parse(state.at) > Date.parse(builtAt)) ? state : undefined;
  const failedReason = (s: PartitionState) => `its last attempt failed (run ${s.run_id}: ${s.error?.message ?? 'failed'})`;

  if (layer === 'bronze') {
    const source = ctx.config.sources[name];
    const start = source && 'start' in source && source.start ? parseMonth(source.start) : undefined;
    if (start && compareMonths(month, start) < 0) {
      return { action: 'skip', status: 'no-input', reason: `${name} publishes from ${source && 'start' in source ? source.start : ''}` };
    }
    if (options.force) return { action: 'build', reason: 'forced' };
    const manifest = await readBronzeManifest(ctx.storage, bronzeTableOf(name, ctx.config), month);
    if (!manifest) return { action: 'build', reason: 'missing' };
    const failed = failedSince(manifest.ingested_at);
    if (failed) return { action: 'build', reason: failedReason(failed) };
    return { action: 'skip', status: 'up-to-date', reason: `published ${manifest.ingested_at} (batch ${manifest.batch_id})` };
  }

  const inputs = catalog(ctx.config).get(layer, name)?.inputs.map((t) => t.table) ?? [];
  if (layer === 'silver') {
    const from = inputs[0];
    const bronze = await readBronzeManifest(ctx.storage, from, month);
    if (!bronze) return { action: 'skip', status: 'no-input', reason: `bronze.${from} has no ${monthText} partition` };
    if (options.force) return { action: 'build', reason: 'forced' };
    const manifest = await readSilverManifest(ctx.storage, name, month);
    if (!manifest) return { action: 'build', reason: 'missing' };
    const failed = failedSince(manifest.promoted_at);
    if (failed) return { action: 'build', reason: failedReason(failed) };
    if (manifest.input.batch_id !== bronze.batch_id) {
      return { action: 'build', reason: `stale: bronze.${from} ${monthText} changed (batch ${manifest.input.batch_id} → ${bronze.batch_id})` };
    }
    if (manifest.definition_hash !== silverDefinitionHash(ctx.config, name)) {
      return { action: 'build', reason: `stale: the definition of silver.${name} changed in the config` };
    }
    return { action: 'skip', status: 'up-to-date', reason: `built ${manifest.promoted_at} from bronze batch ${bronze.batch_id}` };
  }

  const silver = await Promise.all(inputs.map(async (table) => ({ table, manifest: await readSilverManifest(ctx.storage, table, month) })));
  if (silver.every((i) => !i.manifest)) {
    return { action: 'skip', status: 'no-input', reason: `no silver partition of ${inputs.join(', ')} for ${monthText}` };
  }
  if (options.force) return { action: 'build', reason: 'forced' };
  const manifest = await readGoldManifest(ctx.storage, name, month);
  if (!manifest) return { action: 'build', reason: 'missing' };
  const failed = failedSince(manifest.built_at);
  if (failed) return { action: 'build', reason: failedReason(failed) };
  if (manifest.sql_hash !== goldSqlHash(ctx.config, name)) {
    return { action: 'build', reason: `stale: the SQL of gold.${name} changed in the config` };
  }
  for (const { table, manifest: current } of silver) {
    const read = manifest.lineage.find((l) => l.table === table);
    const readBatch = read && 'batch_id' in read ? read.batch_id : undefined;
    if (readBatch !== current?.batch_id) {
      return {
        action: 'build',
        reason: `stale: silver.${table} ${monthText} changed (${readBatch ? `batch ${readBatch}` : 'missing'} → ${current ? `batch ${current.batch_id}` : 'missing'})`,
      };
    }
  }
  return { action: 'skip', status: 'up-to-date', reason: `built ${manifest.built_at} from the current silver partitions` };
}
