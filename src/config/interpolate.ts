/**
 * `${VAR}` and `${VAR:-default}` in string values, resolved from the environment after YAML parsing,
 * so a value can never inject YAML structure. `$${` writes a literal `${`.
 */
const PATTERN = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export interface MissingVariable {
  path: string;
  variable: string;
}

export function interpolate(
  value: unknown,
  env: NodeJS.ProcessEnv,
  path: string[] = [],
  missing: MissingVariable[] = [],
): unknown {
  if (typeof value === 'string') {
    return value.replace(PATTERN, (whole, escaped: string | undefined, name: string, fallback: string | undefined) => {
      if (escaped) return whole.slice(1);
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      missing.push({ path: path.join('.'), variable: name });
      return whole;
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, env, [...path, String(i)], missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, env, [...path, key], missing)]),
    );
  }
  return value;
}
