/**
 * The folders of src/ are floors, and imports only run downward (or stay on their floor): a contract
 * sits below everything that uses it, wire protocols below the lake's domain, the pipeline below what
 * observes and drives it. The README's "Layout" section draws the same order. This test reads every
 * import of every non-test source file (static and lazy `import()`) and names each one that runs up.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Lowest first. A unit is a folder under src/ (ingest is three: its Postgres and Kafka sides sit apart). */
const FLOORS: string[][] = [
  ['errors', 'changes'],
  ['events'],
  ['config'],
  ['storage'],
  ['engine'],
  ['ingest/postgres'],
  ['kafka'],
  ['ingest', 'ingest/kafka'],
  ['bronze'],
  ['silver'],
  ['gold'],
  ['sinks'],
  ['observability'],
  ['orchestrator'],
  ['console'],
  ['demo'],
  ['cli'],
  ['testing'],
];

function floorOf(unit: string): number {
  const floor = FLOORS.findIndex((units) => units.includes(unit));
  assert.ok(floor >= 0, `src/${unit} has no floor in test/layering.test.ts: give it one (and a line in the README's Layout)`);
  return floor;
}

/** The unit of a file under src/: its first folder, or its first two for ingest/postgres and ingest/kafka. */
function unitOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  const sub = `${parts[0]}/${parts[1]}`;
  return FLOORS.some((units) => units.includes(sub)) ? sub : parts[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'public' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1] ?? m[2]));
}

describe('the layering of src/', () => {
  it('has imports that only run downward: no folder imports one on a higher floor', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const from = unitOf(file);
      for (const target of importsOf(file)) {
        if (!target.startsWith(SRC + path.sep)) continue;
        const to = unitOf(target);
        if (floorOf(to) > floorOf(from)) upward.push(`${path.relative(SRC, file)} (${from}) imports ${path.relative(SRC, target)} (${to})`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('can see an upward import: the rule is not vacuous', () => {
    // The scan must find the imports it judges: the CLI imports the orchestrator, which is below it.
    const cli = sourceFiles(path.join(SRC, 'cli')).flatMap(importsOf).map(unitOf);
    assert.ok(cli.includes('orchestrator'), 'no import of src/orchestrator found in src/cli');
    assert.ok(floorOf('orchestrator') > floorOf('bronze'));
  });
});
