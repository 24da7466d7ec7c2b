/**
 * What `lake validate` checks beyond the config's shape: the places it names exist for this process. A
 * config can be valid and still useless where it runs (mounted into a container, its relative paths
 * resolve against the mount point): the lake root and the work directory must be writable by this user,
 * and local sources and reference tables must be there. S3 roots and HTTP sources are not contacted.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isBatchSource, type ConfigProblem, type LoadedConfig } from '../config/index.ts';

const whoAmI = () => `uid ${process.getuid?.() ?? '?'}`;

/** The directory itself when it exists, else the nearest ancestor that does (what mkdir -p starts from). */
async function nearestExisting(dir: string): Promise<string> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (await fs.stat(at).then(() => true, () => false)) return at;
    if (at === path.dirname(at)) return at;
  }
}

/** Why `dir` could not be created and written by this process, or undefined when it can. */
async function notWritable(dir: string): Promise<string | undefined> {
  const base = await nearestExisting(dir);
  const stat = await fs.stat(base);
  if (!stat.isDirectory()) return base === path.resolve(dir) ? `${dir} is not a directory` : `${dir} cannot be created: ${base} is not a directory`;
  // A real write, not access(2): root passes access() on directories it still cannot write (read-only
  // mounts report EROFS only to an attempt).
  try {
    const probe = await fs.mkdtemp(path.join(base, '.lake-validate-'));
    await fs.rmdir(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return base === path.resolve(dir) ? `${dir} is not writable by this process (${whoAmI()}, ${code})` : `${dir} cannot be created: ${base} is not writable by this process (${whoAmI()}, ${code})`;
  }
  return undefined;
}

/** The local directory a batch source's URL template reads from, or undefined for a remote source. */
function localSourceDir(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^file:\/\//i.test(url)) return undefined;
  const local = /^file:\/\//i.test(url) ? decodeURIComponent(new URL(url.replaceAll('{yyyy}', '0000').replaceAll('{mm}', '00')).pathname) : url;
  const templated = local.search(/\{yyyy\}|\{mm\}/);
  // The directory up to the first placeholder: `…/tlc-heads/yellow_tripdata_{yyyy}-{mm}.csv` → `…/tlc-heads`.
  return path.dirname(templated >= 0 ? local.slice(0, templated) + 'x' : local);
}

export async function environmentProblems(loaded: LoadedConfig): Promise<ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  const { config, lakeRoot } = loaded;
  const s3 = /^s3:\/\//i.test(lakeRoot);
  if (!s3) {
    const why = await notWritable(lakeRoot);
    if (why) problems.push({ path: 'lake.root', message: `${why}; point lake.root (or LAKE_ROOT) at a writable directory, e.g. a mounted volume` });
  }
  const workDir = config.lake.work_dir
    ? path.resolve(path.dirname(loaded.file), config.lake.work_dir)
    : s3
      ? path.join(os.tmpdir(), 'lake-work')
      : undefined; // inside the lake root, checked above
  if (workDir) {
    const why = await notWritable(workDir);
    if (why) problems.push({ path: 'lake.work_dir', message: `${why}; set lake.work_dir to a writable directory` });
  }
  for (const [name, source] of Object.entries(config.sources)) {
    if (!isBatchSource(source)) continue;
    const dir = localSourceDir(source.url);
    if (dir && !(await fs.stat(dir).then((s) => s.isDirectory(), () => false))) {
      problems.push({ path: `sources.${name}.url`, message: `the directory ${dir} does not exist (relative paths are resolved against the config file's directory)` });
    }
  }
  for (const [name, reference] of Object.entries(config.reference)) {
    if (!(await fs.stat(reference.path).then((s) => s.isFile(), () => false))) {
      problems.push({ path: `reference.${name}.path`, message: `the file ${reference.path} does not exist` });
    }
  }
  return problems;
}
