/**
 * One error type for the whole daemon. Every failure that reaches an operator is a LakeError that says
 * what happened, whether retrying can help, and what a person should do about it. Third-party errors
 * (HTTP, DuckDB, zlib, Postgres) are translated into LakeErrors where they enter, so the orchestrator
 * decides on retries from `retry` alone.
 */
import { redactSecrets } from './redact.ts';

/** Whether trying the same work again can succeed. */
export type RetryVerdict =
  /** Transient: a timeout, a 5xx, a reset connection. The retry module backs off and tries again. */
  | 'automatic'
  /** Will fail the same way until a person changes something (config, source file, credentials). */
  | 'needs-person'
  /** Nothing to retry: the work is not there yet (e.g. a month not published), or was cancelled. */
  | 'never';

export type ErrorKind =
  | 'config'
  | 'not-published'
  | 'download'
  | 'bad-file'
  | 'storage'
  | 'engine'
  | 'mapping'
  | 'quality'
  | 'cancelled'
  | 'timeout'
  | 'lock'
  | 'replication'
  | 'internal';

export interface LakeErrorOptions {
  kind: ErrorKind;
  retry: RetryVerdict;
  /** One sentence the operator can act on. */
  remedy?: string;
  cause?: unknown;
}

export class LakeError extends Error {
  readonly kind: ErrorKind;
  readonly retry: RetryVerdict;
  readonly remedy?: string;

  constructor(message: string, options: LakeErrorOptions) {
    // Messages reach stderr, logs and run history: a password in a wrapped driver message stops here.
    super(redactSecrets(message), { cause: options.cause });
    this.name = 'LakeError';
    this.kind = options.kind;
    this.retry = options.retry;
    this.remedy = options.remedy === undefined ? undefined : redactSecrets(options.remedy);
  }

  /** The one-line form used on stderr and in run reports. */
  describe(): string {
    return this.remedy ? `${this.message} (${this.remedy})` : this.message;
  }
}

/** Classifies anything thrown into a LakeError. Programming errors are never retried. */
export function toLakeError(error: unknown): LakeError {
  if (error instanceof LakeError) return error;
  if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) {
    return new LakeError(`internal error: ${error.message}`, { kind: 'internal', retry: 'never', cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    const where = (error as { path?: string }).path;
    return new LakeError(`no space left on the disk${where ? ` writing ${where}` : ''} (${code})`, {
      kind: 'storage',
      retry: 'needs-person',
      remedy: `free space on the disk holding ${where ? where.replace(/\/[^/]*$/, '') : 'the lake and its work directory'}, or point lake.work_dir at a larger disk; the previous versions of every partition are intact`,
      cause: error,
    });
  }
  if (code && TRANSIENT_SYSTEM_CODES.has(code)) {
    return new LakeError(message, { kind: 'download', retry: 'automatic', cause: error });
  }
  return new LakeError(message, { kind: 'internal', retry: 'needs-person', cause: error });
}

/** Socket and DNS failures that are worth another try. */
export const TRANSIENT_SYSTEM_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ABORT_ERR',
]);
