/**
 * The version of this lake, from package.json. A leaf with no imports of ours: `lake --version` reads it
 * before any config parser is loaded, and the metrics' `lake_build_info` labels it.
 */
import { readFileSync } from 'node:fs';

/** `unknown` when package.json cannot be read (a copied dist/ without it): a label, never a reason to fail. */
export function packageVersion(): string {
  try {
    // src/config/ and dist/config/ both sit two levels below package.json.
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
