/**
 * The table catalogue: every table the config makes the lake keep, per layer, as a pure function of the
 * config. It is the one answer to "which tables exist, where do they come from, how fresh must they be,
 * and what reads them"; `lake status`, the metrics collector, the runner, staleness and the console ask
 * it rather than walking the config themselves.
 *
 * Kinds:
 * - `monthly`: a batch source's bronze table, a silver table over one, a gold model over silver tables;
 *   one partition per month.
 * - `cdc`: a CDC source's silver current state (and its SCD2 `_history` when `scd2` is set); one
 *   whole-table state applied from a change log. CDC bronze holds change files, not a table anyone
 *   reads by partition, so it is not listed here (its state is the silver table's).
 * - `whole`: a gold model over CDC tables, rebuilt whole from their current state.
 *
 * SLA, in seconds: a monthly table takes the strictest `freshness_sla_days` of the batch sources under
 * it, and is expected on the schedule of the slowest (`lag_months`, the latest `start`); a CDC table its
 * own or its source's `freshness_sla_seconds`; a whole gold model the strictest of its inputs'.
 */
import { cdcTablesOf, isBatchSource, type BatchSourceConfig, type LakeConfig } from './schema.ts';

export type Layer = 'bronze' | 'silver' | 'gold';
export type TableKind = 'monthly' | 'cdc' | 'whole';

export interface TableRef {
  layer: Layer;
  table: string;
}

export interface CatalogTable extends TableRef {
  kind: TableKind;
  /** The configured sources it comes from (for bronze, the batch sources writing it: its jobs' names). */
  sources: string[];
  /** The tables it reads. */
  inputs: TableRef[];
  /** The tables that read it. */
  downstream: TableRef[];
  slaSeconds?: number;
  /** Monthly: `lag_months` of the slowest-publishing source under it. */
  lagMonths?: number;
  /** Monthly: the latest `start` (YYYY-MM) among its sources, when one sets it. */
  start?: string;
  /** CDC: the source table (or topic) it follows. */
  sourceTable?: string;
  /** An SCD2 history table: the current-state table it records. */
  historyOf?: string;
}

export interface Catalog {
  tables: CatalogTable[];
  /** The table, or undefined when the config does not define it. */
  get(layer: Layer, table: string): CatalogTable | undefined;
  ofLayer(layer: Layer): CatalogTable[];
}

const DAY_SECONDS = 86_400;

/** The SCD2 history table kept beside a CDC table with `scd2`. */
export function historyTableOf(table: string): string {
  return `${table}_history`;
}

export function bronzeTableOf(sourceName: string, config: LakeConfig): string {
  const source = config.sources[sourceName];
  return isBatchSource(source) ? (source.table ?? sourceName) : sourceName;
}

/** The schedule and SLA a monthly table inherits from the batch sources under it. */
function monthlyTerms(config: LakeConfig, sources: string[]): Pick<CatalogTable, 'slaSeconds' | 'lagMonths' | 'start'> {
  const configs = sources.map((s) => config.sources[s]).filter((s): s is BatchSourceConfig => isBatchSource(s));
  if (configs.length === 0) return {};
  const slas = configs.map((s) => s.freshness_sla_days).filter((d): d is number => d !== undefined);
  const starts = configs.map((s) => s.start).filter((s): s is string => s !== undefined).sort();
  return {
    lagMonths: Math.max(...configs.map((s) => s.lag_months)),
    ...(starts.length > 0 ? { start: starts.at(-1) } : {}),
    ...(slas.length > 0 ? { slaSeconds: Math.min(...slas) * DAY_SECONDS } : {}),
  };
}

export function catalog(config: LakeConfig): Catalog {
  const tables: CatalogTable[] = [];
  const byKey = new Map<string, CatalogTable>();
  const add = (table: Omit<CatalogTable, 'downstream'>): CatalogTable => {
    const entry = { ...table, downstream: [] };
    tables.push(entry);
    byKey.set(`${table.layer}:${table.table}`, entry);
    return entry;
  };
  const unique = (names: string[]) => [...new Set(names)];

  const batchSources = Object.keys(config.sources).filter((s) => isBatchSource(config.sources[s]));
  const sourcesOfBronze = (bronze: string) => batchSources.filter((s) => bronzeTableOf(s, config) === bronze);
  for (const bronze of unique(batchSources.map((s) => bronzeTableOf(s, config)))) {
    const sources = sourcesOfBronze(bronze);
    add({ layer: 'bronze', table: bronze, kind: 'monthly', sources, inputs: [], ...monthlyTerms(config, sources) });
  }
  for (const [table, def] of Object.entries(config.silver.tables)) {
    const sources = sourcesOfBronze(def.from);
    add({ layer: 'silver', table, kind: 'monthly', sources, inputs: [{ layer: 'bronze', table: def.from }], ...monthlyTerms(config, sources) });
  }
  for (const [source, def] of Object.entries(config.sources)) {
    for (const t of cdcTablesOf(def)) {
      const sla = t.freshness_sla_seconds ?? ('freshness_sla_seconds' in def ? def.freshness_sla_seconds : undefined);
      const terms = { kind: 'cdc' as const, sources: [source], sourceTable: t.from, ...(sla !== undefined ? { slaSeconds: sla } : {}) };
      add({ layer: 'silver', table: t.name, inputs: [], ...terms });
      if (t.scd2) add({ layer: 'silver', table: historyTableOf(t.name), inputs: [{ layer: 'silver', table: t.name }], historyOf: t.name, ...terms });
    }
  }
  for (const [model, def] of Object.entries(config.gold)) {
    const inputs = def.depends_on.map((table) => byKey.get(`silver:${table}`)).filter((t): t is CatalogTable => t !== undefined);
    const sources = unique(inputs.flatMap((t) => t.sources));
    const refs = inputs.map(({ layer, table }) => ({ layer, table }));
    // The config refuses a model over both kinds, so one input's kind is every input's.
    if (inputs.length > 0 && inputs.every((t) => t.kind === 'cdc')) {
      const slas = inputs.map((t) => t.slaSeconds).filter((s): s is number => s !== undefined);
      add({ layer: 'gold', table: model, kind: 'whole', sources, inputs: refs, ...(slas.length > 0 ? { slaSeconds: Math.min(...slas) } : {}) });
    } else {
      add({ layer: 'gold', table: model, kind: 'monthly', sources, inputs: refs, ...monthlyTerms(config, sources) });
    }
  }
  for (const table of tables) {
    for (const input of table.inputs) byKey.get(`${input.layer}:${input.table}`)?.downstream.push({ layer: table.layer, table: table.table });
  }
  return {
    tables,
    get: (layer, table) => byKey.get(`${layer}:${table}`),
    ofLayer: (layer) => tables.filter((t) => t.layer === layer),
  };
}
