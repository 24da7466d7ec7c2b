/**
 * Maps a bronze partition's header (whatever year it is from) onto a silver table's canonical columns,
 * using the alias lists from config. Pure: no I/O, so every header variant is unit-testable.
 */
import type { SilverTableConfig } from '../config/index.ts';
import { LakeError } from '../errors/index.ts';

export interface ColumnMapping {
  canonical: string;
  /** The bronze column feeding it, or null when this file has none (the column is NULL). */
  bronze: string | null;
}

export interface MappingPlan {
  columns: ColumnMapping[];
  /** Bronze columns matching an alias of a column already fed by a higher-priority alias. */
  shadowed: Array<{ bronze: string; canonical: string; winner: string }>;
  /** Bronze columns listed under `ignore`. */
  ignored: string[];
}

/** Case- and space-insensitive form of a header name. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

export function planMapping(tableName: string, table: SilverTableConfig, bronzeColumns: string[]): MappingPlan {
  const byNormal = new Map<string, string>();
  for (const column of bronzeColumns) byNormal.set(normalizeName(column), column);
  const used = new Map<string, string>(); // bronze column → canonical
  const columns: ColumnMapping[] = [];
  const shadowed: MappingPlan['shadowed'] = [];

  for (const [canonical, def] of Object.entries(table.columns)) {
    const matches = def.aliases.map((alias) => byNormal.get(normalizeName(alias))).filter((c): c is string => !!c);
    const unique = [...new Set(matches)];
    const winner = unique.find((c) => !used.has(c)) ?? null;
    if (winner) used.set(winner, canonical);
    for (const other of unique) {
      if (other !== winner && !used.has(other)) shadowed.push({ bronze: other, canonical, winner: winner ?? '' });
    }
    columns.push({ canonical, bronze: winner });
  }

  const ignoredNormal = new Set(table.ignore.map(normalizeName));
  const ignored: string[] = [];
  const unmapped: string[] = [];
  for (const column of bronzeColumns) {
    if (used.has(column)) continue;
    if (ignoredNormal.has(normalizeName(column))) ignored.push(column);
    else if (!shadowed.some((s) => s.bronze === column)) unmapped.push(column);
  }
  // A column that lost to a higher-priority alias is carried nowhere: only tolerated when it is also
  // claimed by no other canonical column (it is then reported, not failed).
  if (unmapped.length > 0) {
    throw new LakeError(
      `silver.${tableName}: cannot map source column${unmapped.length > 1 ? 's' : ''} ${unmapped.map((c) => `'${c}'`).join(', ')}`,
      {
        kind: 'mapping',
        retry: 'needs-person',
        remedy: `add ${unmapped.length > 1 ? 'them' : 'it'} to the aliases of a column (or to ignore) under silver.tables.${tableName} in the config`,
      },
    );
  }
  if (columns.every((c) => c.bronze === null)) {
    throw new LakeError(`silver.${tableName}: no source column matches any alias`, {
      kind: 'mapping',
      retry: 'needs-person',
      remedy: `check silver.tables.${tableName}.from and the column aliases`,
    });
  }
  return { columns, shadowed, ignored };
}
