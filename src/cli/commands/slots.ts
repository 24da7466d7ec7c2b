/** `lake slots`: list or drop a postgres source's logical replication slots (lake never drops one by itself). */
import type { Command } from 'commander';
import type { Row } from '../../engine/index.ts';
import { LakeError } from '../../errors/index.ts';
import { configOption } from '../options.ts';

export function registerSlots(program: Command): void {
  const slots = program
    .command('slots')
    .description('list (default) or drop the logical replication slots of a postgres source');
  slots
    .command('list', { isDefault: true })
    .description('list logical replication slots: active, WAL status, retained WAL bytes, lag bytes')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .option('--json', 'print as JSON')
    .action(async (options: { config?: string; source: string; json?: boolean }) => {
      const [{ listSlots }, { formatRows }] = await Promise.all([import('../../ingest/postgres/index.ts'), import('../format.ts')]);
      const { client } = await sourceClient(options);
      try {
        const rows = await listSlots(client);
        if (options.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        else {
          const columns = ['slot_name', 'active', 'wal_status', 'retained_wal_bytes', 'lag_bytes', 'confirmed_flush_lsn'];
          process.stdout.write(formatRows(columns, rows as unknown as Row[], 'table'));
        }
      } finally {
        await client.end();
      }
    });
  slots
    .command('drop')
    .description('drop a replication slot (lake never drops one by itself)')
    .argument('<name>', 'slot name')
    .addOption(configOption())
    .requiredOption('-s, --source <name>', 'the postgres source')
    .action(async (name: string, options: { config?: string; source: string }) => {
      const { dropSlot, slotInfo } = await import('../../ingest/postgres/index.ts');
      const { client } = await sourceClient(options);
      try {
        const slot = await slotInfo(client, name);
        if (!slot) throw new LakeError(`no replication slot named ${name}`, { kind: 'config', retry: 'needs-person' });
        if (slot.active) {
          throw new LakeError(`slot ${name} is in use`, { kind: 'replication', retry: 'needs-person', remedy: 'stop the process streaming from it first' });
        }
        await dropSlot(client, name);
        process.stdout.write(`dropped slot ${name}\n`);
      } finally {
        await client.end();
      }
    });
}

async function sourceClient(options: { config?: string; source: string }) {
  const [{ loadConfig, resolveConfigPath }, { connect }] = await Promise.all([import('../../config/index.ts'), import('../../ingest/postgres/index.ts')]);
  const loaded = loadConfig(resolveConfigPath(options.config));
  const source = loaded.config.sources[options.source];
  if (!source || source.type !== 'postgres') {
    throw new LakeError(`'${options.source}' is not a postgres source`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: `postgres sources: ${Object.entries(loaded.config.sources).filter(([, s]) => s.type === 'postgres').map(([n]) => n).join(', ') || '(none)'}`,
    });
  }
  return { client: await connect(source.connection), source };
}
