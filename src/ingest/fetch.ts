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
import { LakeError, retryPolicyOf, TRANSIENT_SYSTEM_CODES, withRetry } from '../errors/index.ts';

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

/** Query parameters that carry credentials (presigned URLs, API keys, SAS tokens). */
const SECRET_PARAM = /^(?:token|access_token|api[_-]?key|apikey|key|secret|password|passwd|sig|signature|auth|code|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|se|sp|sv)$/i;

/**
 * The URL as lake shows it anywhere (logs, errors, run history, manifests, the `_source` column): user
 * name and password (a token is often passed as the user name) and credential query parameters become
 * `***`; the rest, which says what was read, stays.
 */
export function redactUrl(location: string): string {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return location.replace(/\/\/[^/@\s]+@/, '//***@');
  }
  if (!/^https?:$|^s3:$|^gs:$/i.test(url.protocol)) return location;
  if (url.username) url.username = '***';
  if (url.password) url.password = '***';
  for (const name of [...url.searchParams.keys()]) if (SECRET_PARAM.test(name)) url.searchParams.set(name, '***');
  return url.toString().replaceAll('%2A%2A%2A', '***');
}

/**
 * What fetch() is given: the URL without user info (Node's fetch refuses it) and the user info as a
 * Basic Authorization header instead.
 */
export function requestOf(location: string, headers: Record<string, string>): { url: string; headers: Record<string, string> } {
  const url = new URL(location);
  if (!url.username && !url.password) return { url: location, headers };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  const hasAuthorization = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
  return {
    url: url.toString(),
    headers: hasAuthorization ? headers : { ...headers, Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  };
}

/** Headers that are credentials: sent to the source's host, never on to another host it redirects to. */
const ALWAYS_SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-auth-token', 'private-token'];
const MAX_REDIRECTS = 10;

/**
 * fetch() with redirects followed here rather than by fetch: on a redirect to another origin the secret
 * headers are dropped (a presigned storage URL must not receive the API token of the server that
 * issued it), and the new location must still be http(s).
 */
async function fetchFollowing(first: string, headers: Record<string, string>, secretHeaders: string[], signal: AbortSignal): Promise<Response> {
  const secret = new Set([...ALWAYS_SECRET_HEADERS, ...secretHeaders.map((h) => h.toLowerCase())]);
  let url = first;
  let sent = headers;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { signal, headers: sent, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return response;
    await response.body?.cancel().catch(() => {});
    if (hop >= MAX_REDIRECTS) {
      throw new LakeError(`${redactUrl(first)} redirected more than ${MAX_REDIRECTS} times`, { kind: 'download', retry: 'needs-person', remedy: 'check the source URL' });
    }
    const next = new URL(location, url);
    if (!/^https?:$/.test(next.protocol)) {
      throw new LakeError(`${redactUrl(first)} redirected to a ${next.protocol} URL`, { kind: 'download', retry: 'needs-person', remedy: 'check the source URL' });
    }
    if (next.origin !== new URL(url).origin) sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !secret.has(name.toLowerCase())));
    url = next.toString();
  }
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
  const bytes = await withRetry(
    retryPolicyOf(http.retry),
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
      const request = requestOf(url, http.headers);
      response = await fetchFollowing(request.url, request.headers, http.secret_headers ?? [], controller.signal);
    } catch (error) {
      if (error instanceof LakeError) throw error;
      throw networkError(shown, error, controller.signal);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw statusError(shown, response.status, response.statusText, http.not_published_statuses ?? [404, 410]);
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

function statusError(url: string, status: number, statusText: string, notPublished: number[]): LakeError {
  if (notPublished.includes(status)) {
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
