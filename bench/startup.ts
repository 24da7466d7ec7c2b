/**
 * `npm run bench -- startup`: how long `lake` takes to start, against a bare `node -e 0`.
 *
 * Every command a person types pays the start: Node itself, then what `lake` loads before it does any
 * work. bin/lake.js runs the compiled dist/ (which this suite builds first when it is missing or older
 * than src/) and each command imports only what it needs, so `lake --help` loads no config parser or
 * DuckDB, and `lake query "select 1"` no pg, AWS SDK, daemon or metrics. The same commands through tsx
 * (LAKE_FROM_SOURCE=1, as a checkout runs while its sources are edited) are shown for comparison.
 *
 * Each run is a fresh child process timed from spawn to exit; runs of the commands alternate, so load on
 * the machine hits them alike. `lake query` reads a fresh empty lake in a temporary directory. The
 * targets (issue 18) are printed next to the medians; nothing here fails on a timing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NODE, positive, REPO, suiteOptions } from './lib/harness.ts';
import { formatTable, median } from './lib/measure.ts';

const LAKE = path.join(REPO, 'bin', 'lake.js');

const HELP = `usage: npm run bench -- startup [options]

  --runs N        runs per command; median, fastest and slowest are reported (default 10)
  --no-source     skip the same commands through tsx (the development path)
  --help          this text

Builds dist/ first (npm run build) when it is missing or older than src/.`;

interface Workload {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Target for the median wall time, in ms. */
  targetMs?: number;
}

function newestSource(dir = path.join(REPO, 'src')): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  const stamp = path.join(REPO, 'dist', 'BUILD');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) return;
  process.stdout.write('building dist/ (npm run build)…\n');
  const build = spawnSync(NODE, [path.join(REPO, 'scripts', 'build.js')], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

async function timeOnce(workload: Workload): Promise<number> {
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(NODE, workload.args, { cwd: REPO, env: { ...process.env, ...workload.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err }));
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${workload.name} exited with ${code}\n${stderr.trim()}`);
  return ms;
}

export async function run(args: string[]): Promise<void> {
  const values = suiteOptions(args, HELP, {
    runs: { type: 'string', default: '10' },
    'no-source': { type: 'boolean', default: false },
  });
  if (!values) return;
  const runs = positive('runs', values.runs);
  ensureBuild();
  const lakeRoot = mkdtempSync(path.join(os.tmpdir(), 'lake-bench-startup-'));
  try {
    const built = { LAKE_FROM_SOURCE: '0', LAKE_ROOT: lakeRoot };
    const source = { LAKE_FROM_SOURCE: '1', LAKE_ROOT: lakeRoot };
    const workloads: Workload[] = [
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: 'lake --help', args: [LAKE, '--help'], env: built, targetMs: 300 },
      { name: 'lake query "select 1"', args: [LAKE, 'query', 'select 1'], env: built, targetMs: 600 },
      ...(values['no-source']
        ? []
        : [
            { name: 'lake --help (tsx, sources)', args: [LAKE, '--help'], env: source },
            { name: 'lake query "select 1" (tsx, sources)', args: [LAKE, 'query', 'select 1'], env: source },
          ]),
    ];
    // One unmeasured round warms the page cache (DuckDB's library alone is 70 MB).
    for (const workload of workloads) await timeOnce(workload);
    const times = new Map(workloads.map((w) => [w, [] as number[]]));
    for (let i = 0; i < runs; i++) for (const workload of workloads) times.get(workload)!.push(await timeOnce(workload));
    const bare = median(times.get(workloads[0])!);
    const ms = (n: number) => `${Math.round(n)} ms`;
    const rows = workloads.map((w) => {
      const t = times.get(w)!;
      const med = median(t);
      return [
        w.name,
        ms(med),
        ms(Math.min(...t)),
        ms(Math.max(...t)),
        w === workloads[0] ? '' : `+${ms(med - bare)}`,
        w.targetMs ? `< ${ms(w.targetMs)} ${med < w.targetMs ? 'met' : 'MISSED'}` : '',
      ];
    });
    process.stdout.write(
      `\n${runs} runs each on ${os.cpus().length} CPUs (load average ${os.loadavg()[0].toFixed(2)}), node ${process.version}\n\n` +
        formatTable(['command', 'median', 'fastest', 'slowest', 'over node -e 0', 'target'], rows) +
        '\n',
    );
  } finally {
    rmSync(lakeRoot, { recursive: true, force: true });
  }
}
