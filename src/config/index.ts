/**
 * Loads, interpolates and validates a config file. Nothing runs on a config that did not validate:
 * the error names the file, the key path and what was expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { LakeError } from '../errors/index.ts';
import { registerConfigSecrets } from '../errors/index.ts';
import { interpolate, type MissingVariable } from './interpolate.ts';
import { configSchema, isBatchSource, type LakeConfig } from './schema.ts';

export type { CdcSourceConfig, KafkaConnectionConfig, KafkaSinkConfig, KafkaSourceConfig } from './schema.ts';
export { cdcTablesOf, isBatchSource, isCdcSource, kafkaSinkTopic, kafkaTableName } from './schema.ts';
export type { LakeConfig, SourceConfig, BatchSourceConfig, PostgresSourceConfig, HttpConfig, SilverTableConfig, SilverColumnConfig, CheckConfig, GoldModelConfig, JobsConfig, LocksConfig, ObservabilityConfig, S3Config } from './schema.ts';
export { configSchema, DEFAULT_TIMESTAMP_FORMATS, cdcTableName, DEFAULT_S3, DEFAULT_MAX_LINE_BYTES } from './schema.ts';

export { bronzeTableOf, catalog, historyTableOf, type Catalog, type CatalogTable, type Layer, type TableKind, type TableRef } from './catalog.ts';

export { packageVersion } from './version.ts';

export const DEFAULT_CONFIG_PATH = 'config/lake.yaml';

export interface LoadedConfig {
  /** Absolute path of the file that was read. */
  file: string;
  config: LakeConfig;
  /** Lake root resolved against the config file's directory (or an s3:// URL as written). */
  lakeRoot: string;
}

export interface ConfigProblem {
  path: string;
  message: string;
}

export class ConfigError extends LakeError {
  readonly file: string;
  readonly problems: ConfigProblem[];

  constructor(file: string, problems: ConfigProblem[]) {
    const lines = problems.map((p) => `${file}: ${p.path || '(top level)'}: ${p.message}`);
    super(`invalid config\n${lines.join('\n')}`, {
      kind: 'config',
      retry: 'needs-person',
      remedy: 'fix the listed keys; README.md documents every option',
    });
    this.name = 'ConfigError';
    this.file = file;
    this.problems = problems;
  }
}

export function resolveConfigPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(explicit ?? env.LAKE_CONFIG ?? DEFAULT_CONFIG_PATH);
}

export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(absolute, [{ path: '', message: `cannot read the file (${(error as Error).message})` }]);
  }
  return parseConfig(text, absolute, env);
}

export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const document = parseDocument(text, { prettyErrors: true, merge: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      file,
      document.errors.map((e) => ({ path: '', message: `YAML syntax: ${e.message.split('\n')[0]}` })),
    );
  }
  const raw = withIncludes(document.toJS() ?? {}, file);
  const missing: MissingVariable[] = [];
  const interpolated = interpolate(raw, env, [], missing);
  if (missing.length > 0) {
    throw new ConfigError(
      file,
      missing.map((m) => ({
        path: m.path,
        message: `environment variable ${m.variable} is not set (use \${${m.variable}:-default} for a default)`,
      })),
    );
  }
  // Before validation: even a message about an invalid config must not echo a password.
  registerConfigSecrets(interpolated);
  const parsed = configSchema.safeParse(interpolated);
  if (!parsed.success) {
    throw new ConfigError(
      file,
      parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) })),
    );
  }
  const config = parsed.data;
  for (const reference of Object.values(config.reference)) {
    if (!path.isAbsolute(reference.path)) reference.path = path.resolve(path.dirname(file), reference.path);
  }
  // Local source paths are relative to the config file, like the lake root.
  for (const source of Object.values(config.sources)) {
    if (!isBatchSource(source)) continue;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source.url) && !path.isAbsolute(source.url)) {
      source.url = path.resolve(path.dirname(file), source.url);
    }
  }
  const lakeRoot = /^[a-z][a-z0-9+.-]*:\/\//i.test(config.lake.root)
    ? config.lake.root
    : path.resolve(path.dirname(file), config.lake.root);
  return { file, config, lakeRoot };
}

/**
 * `include: [file, ...]` merges other YAML files under this one (paths relative to the including file);
 * keys of the including file win. Lets several configs share one silver/gold definition.
 */
function withIncludes(raw: Record<string, unknown>, file: string, seen: string[] = []): Record<string, unknown> {
  const includes = raw.include;
  if (includes === undefined) return raw;
  if (!Array.isArray(includes) || includes.some((i) => typeof i !== 'string')) {
    throw new ConfigError(file, [{ path: 'include', message: 'expected a list of YAML file paths' }]);
  }
  const { include: _omit, ...own } = raw;
  let merged: Record<string, unknown> = {};
  for (const relative of includes as string[]) {
    const included = includedFile(file, relative);
    if (seen.includes(included)) throw new ConfigError(file, [{ path: 'include', message: `include cycle through ${included}` }]);
    let text: string;
    try {
      text = readFileSync(included, 'utf8');
    } catch (error) {
      throw new ConfigError(file, [{ path: 'include', message: `cannot read ${included} (${(error as Error).message})` }]);
    }
    const document = parseDocument(text, { merge: true });
    if (document.errors.length > 0) {
      throw new ConfigError(included, document.errors.map((e) => ({ path: '', message: `YAML syntax: ${e.message.split('\n')[0]}` })));
    }
    const content = withIncludes(document.toJS() ?? {}, included, [...seen, file]);
    // Paths inside an included file are relative to that file.
    for (const reference of Object.values((content.reference ?? {}) as Record<string, { path?: unknown }>)) {
      if (typeof reference?.path === 'string' && !path.isAbsolute(reference.path)) {
        reference.path = path.resolve(path.dirname(included), reference.path);
      }
    }
    merged = deepMerge(merged, content);
  }
  return deepMerge(merged, own);
}

/** lake's own config directory (config/ of this installation, from src/config or dist/config). */
const SHIPPED_CONFIG_DIR = path.resolve(import.meta.dirname, '..', '..', 'config');

/**
 * An include is relative to the including file; one that is not there is looked up among lake's shipped
 * configs, so a config mounted alone (one file into a container) still finds `tlc.yaml`.
 */
function includedFile(file: string, relative: string): string {
  const beside = path.resolve(path.dirname(file), relative);
  if (path.isAbsolute(relative) || existsSync(beside)) return beside;
  const shipped = path.resolve(SHIPPED_CONFIG_DIR, relative);
  return existsSync(shipped) ? shipped : beside;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] =
      isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  }
  return issue.message;
}
