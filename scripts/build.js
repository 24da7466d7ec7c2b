#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` in a clone builds too): compiles src/ to dist/ with tsc
// and copies the other files under src/ (static assets) beside the modules that read them.
// The build goes to a fresh directory that replaces dist/ in one rename, so a `lake` started meanwhile
// runs the previous build or the new one, never half of each. dist/BUILD is written before tsc reads
// a single source: bin/lake.js runs dist/ only while no source file is newer than it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, `dist.next-${process.pid}`);
const old = path.join(root, `dist.old-${process.pid}`);
const dist = path.join(root, 'dist');
rmSync(next, { recursive: true, force: true });
mkdirSync(next);
writeFileSync(path.join(next, 'BUILD'), 'dist/ holds src/ as of this file\'s modification time (scripts/build.js)\n');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // A production install (`npm ci --omit=dev`) has no compiler: it runs a dist/ built before.
  rmSync(next, { recursive: true, force: true });
  process.stderr.write('build: typescript is not installed (a production install?); dist/ is left as it is\n');
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', next], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`build: tsc failed (exit ${result.status ?? result.signal}); dist/ is unchanged\n`);
  process.exit(1);
}
// What tsc does not emit, the program still reads beside its modules (the console's static files).
cpSync(path.join(root, 'src'), next, {
  recursive: true,
  filter: (from) => {
    const relative = path.relative(path.join(root, 'src'), from);
    return relative.split(path.sep)[0] !== 'testing' && (statSync(from).isDirectory() || !from.endsWith('.ts'));
  },
});
try {
  renameSync(dist, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
