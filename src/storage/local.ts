/**
 * Local-disk lake. Atomic publish is write-to-temporary + fsync + rename(2) in the target directory:
 * rename replaces the old file in one step, so readers never see a partial file. Temporaries are
 * dot-prefixed, end in `.partial` and carry the writer's pid, so `*.parquet` globs (DuckDB, Spark) never match them and
 * `recover` can tell a dead writer's leftovers from a live writer's work in progress.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { LakeError } from '../errors/index.ts';
import type { LakeStorage } from './types.ts';

const TEMP_PREFIX = '.tmp-';
/** DuckDB's globs match dot-files, so a temporary must not end in the published extension either. */
const TEMP_SUFFIX = '.partial';

/** Test seams for crash tests (src/testing): called at the instants a crash matters most. */
export interface LocalStorageHooks {
  /** After the temporary is complete and synced, before it replaces the target. */
  beforeRename?: (temp: string, target: string) => Promise<void>;
}

export class LocalStorage implements LakeStorage {
  readonly location: string;

  constructor(
    readonly root: string,
    private readonly hooks: LocalStorageHooks = {},
  ) {
    this.location = root;
  }

  private resolve(key: string): string {
    const normalized = path.posix.normalize(key);
    if (normalized.startsWith('..') || path.posix.isAbsolute(normalized)) {
      throw new LakeError(`storage key escapes the lake root: ${key}`, { kind: 'internal', retry: 'never' });
    }
    return path.join(this.root, ...normalized.split('/'));
  }

  private tempPathFor(target: string): string {
    return path.join(
      path.dirname(target),
      `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}-${path.basename(target)}${TEMP_SUFFIX}`,
    );
  }

  async publishFile(key: string, localPath: string, options: { move?: boolean } = {}): Promise<void> {
    const target = this.resolve(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = this.tempPathFor(target);
    try {
      let moved = false;
      if (options.move) {
        try {
          await fs.rename(localPath, temp);
          moved = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        }
      }
      if (!moved) await fs.copyFile(localPath, temp, constants.COPYFILE_FICLONE);
      await fsyncPath(temp);
      await this.hooks.beforeRename?.(temp, target);
      await fs.rename(temp, target);
      await fsyncPath(path.dirname(target));
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw storageError(`cannot publish ${key}`, error);
    }
  }

  async writeText(key: string, text: string): Promise<void> {
    const target = this.resolve(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = this.tempPathFor(target);
    try {
      const handle = await fs.open(temp, 'w');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
      // A manifest is a commit point: the rename itself must survive a power loss, not only the bytes.
      await fsyncPath(path.dirname(target));
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw storageError(`cannot write ${key}`, error);
    }
  }

  /**
   * The complete text is written and synced to a temporary first, then link(2)ed to the key: link fails
   * with EEXIST when the key exists, and is atomic, so exactly one of several creators wins and nobody
   * ever reads a half-written object.
   */
  async createExclusive(key: string, text: string): Promise<boolean> {
    const target = this.resolve(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = this.tempPathFor(target);
    try {
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await fs.link(temp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
      await fsyncPath(path.dirname(target));
      return true;
    } catch (error) {
      throw storageError(`cannot create ${key}`, error);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async readText(key: string): Promise<string | undefined> {
    try {
      return await fs.readFile(this.resolve(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw storageError(`cannot read ${key}`, error);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.resolve(key));
      return true;
    } catch {
      return false;
    }
  }

  async list(prefix: string): Promise<string[]> {
    const base = this.resolve(prefix || '.');
    const keys: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        throw storageError(`cannot list ${prefix}`, error);
      }
      for (const entry of entries) {
        if (entry.name.startsWith(TEMP_PREFIX)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.isFile()) keys.push(path.relative(this.root, full).split(path.sep).join('/'));
      }
    };
    await walk(base);
    return keys.sort();
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  async localPath(key: string): Promise<string> {
    return this.resolve(key);
  }

  async recover(): Promise<{ removed: string[] }> {
    const removed: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.name.startsWith(TEMP_PREFIX)) {
          const pid = Number(entry.name.slice(TEMP_PREFIX.length).split('-')[0]);
          if (!isProcessAlive(pid)) {
            await fs.rm(full, { force: true, recursive: true });
            removed.push(path.relative(this.root, full));
          }
        } else if (entry.isDirectory()) {
          await walk(full);
        }
      }
    };
    await walk(this.root);
    return { removed };
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await fs.open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function storageError(message: string, cause: unknown): LakeError {
  const code = (cause as NodeJS.ErrnoException)?.code;
  return new LakeError(`${message}: ${(cause as Error)?.message ?? cause}`, {
    kind: 'storage',
    // A full disk or a permissions problem needs a person; anything else may be a passing hiccup.
    retry: code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS' ? 'needs-person' : 'automatic',
    cause,
  });
}
