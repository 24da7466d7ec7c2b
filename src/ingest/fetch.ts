/**
 * Brings one source file to local disk, streaming (memory stays bounded whatever the size), with
 * retries on transient failures. HTTP outcomes are translated here into LakeErrors:
 * 404/410 → not published yet (reported, never retried); 408/429/5xx, resets and stalls → retried;
 * other 4xx → needs a person. A body shorter than its Content-Length is a transient failure.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { HttpConfig } from '../config/index.ts';
import { LakeError, TRANSIENT_SYSTEM_CODES } from '../errors/index.ts';
import { withRetry } from '../errors/retry.ts';

export interface FetchedFile {
  /** Local path of the bytes. */
  path: string;
  bytes: number;
  /** True when the file was downloaded into the work directory (and is ours to delete). */
  downloaded: boolean;
  attempts: number;
}

export interface FetchEvents {
  onRetry?: (info: { url: string; attempt: number; delayMs: number; error: LakeError }) => void;
}

export function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Hides credentials in URLs before they reach a log or an error message. */
export function redactUrl(location: string): string {
  return location.replace(/\/\/([^/@:]+):([^/@]+)@/, '//$1:***@');
}

export async function fetchSource(
  location: string,
  workDir: string,
  http: HttpConfig,
  events: FetchEvents = {},
  signal?: AbortSignal,
): Promise<FetchedFile> {
  if (!isRemote(location)) return statLocal(location);
  const target = path.join(workDir, `download-${path.basename(new URL(location).pathname) || 'file'}`);
  let attempts = 0;
  const retry = {
    attempts: http.retry.attempts,
    baseDelayMs: http.retry.base_delay_ms,
    maxDelayMs: http.retry.max_delay_ms,
  };
  const bytes = await withRetry(
    retry,
    async (attempt) => {
      attempts = attempt;
      return download(location, target, http, signal);
    },
    (error, attempt, delayMs) => events.onRetry?.({ url: redactUrl(location), attempt, delayMs, error }),
    signal,
  );
  return { path: target, bytes, downloaded: true, attempts };
}

async function statLocal(location: string): Promise<FetchedFile> {
  const file = location.startsWith('file://') ? fileURLToPath(location) : location;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error('not a regular file');
    return { path: file, bytes: stat.size, downloaded: false, attempts: 1 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LakeError(`${file} does not exist (not published yet)`, { kind: 'not-published', retry: 'never' });
    }
    throw new LakeError(`cannot read ${file}: ${(error as Error).message}`, {
      kind: 'download',
      retry: 'needs-person',
      cause: error,
    });
  }
}

async function download(url: string, target: string, http: HttpConfig, outerSignal?: AbortSignal): Promise<number> {
  const controller = new AbortController();
  const abortFromOuter = () => controller.abort(outerSignal?.reason);
  outerSignal?.addEventListener('abort', abortFromOuter, { once: true });
  let idleTimer: NodeJS.Timeout | undefined;
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => controller.abort(new Error('idle timeout')), http.idle_timeout_ms);
  };
  const shown = redactUrl(url);
  try {
    armIdle();
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: http.headers, redirect: 'follow' });
    } catch (error) {
      throw networkError(shown, error, controller.signal);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw statusError(shown, response.status, response.statusText);
    }
    const expected = Number(response.headers.get('content-length') ?? NaN);
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        armIdle();
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(response.body as never), counter, createWriteStream(target));
    } catch (error) {
      throw networkError(shown, error, controller.signal);
    }
    if (Number.isFinite(expected) && received !== expected) {
      throw new LakeError(`download of ${shown} ended after ${received} of ${expected} bytes`, {
        kind: 'download',
        retry: 'automatic',
      });
    }
    return received;
  } finally {
    clearTimeout(idleTimer);
    outerSignal?.removeEventListener('abort', abortFromOuter);
  }
}

function statusError(url: string, status: number, statusText: string): LakeError {
  if (status === 404 || status === 410) {
    return new LakeError(`${url} is not published yet (HTTP ${status})`, { kind: 'not-published', retry: 'never' });
  }
  if (status === 408 || status === 429 || status >= 500) {
    return new LakeError(`${url} answered HTTP ${status} ${statusText}`.trim(), { kind: 'download', retry: 'automatic' });
  }
  return new LakeError(`${url} answered HTTP ${status} ${statusText}`.trim(), {
    kind: 'download',
    retry: 'needs-person',
    remedy: status === 401 || status === 403 ? 'check credentials (http.headers) and the URL' : 'check the source URL',
  });
}

function networkError(url: string, error: unknown, signal: AbortSignal): LakeError {
  const cause = (error as { cause?: { code?: string } })?.cause;
  const code = (error as NodeJS.ErrnoException)?.code ?? cause?.code;
  const reason = signal.aborted ? String((signal.reason as Error)?.message ?? signal.reason) : undefined;
  if (reason === 'idle timeout') {
    return new LakeError(`download of ${url} stalled (no data within the idle timeout)`, {
      kind: 'download',
      retry: 'automatic',
      cause: error,
    });
  }
  if (signal.aborted) {
    return new LakeError(`download of ${url} was cancelled`, { kind: 'cancelled', retry: 'never', cause: error });
  }
  const transient = (code !== undefined && TRANSIENT_SYSTEM_CODES.has(code)) || /terminated|socket|fetch failed/i.test(String((error as Error)?.message));
  return new LakeError(`download of ${url} failed: ${code ?? (error as Error)?.message ?? error}`, {
    kind: 'download',
    retry: transient ? 'automatic' : 'needs-person',
    cause: error,
  });
}
