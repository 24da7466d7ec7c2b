/**
 * Secrets never leave the process in text: every log line and every LakeError message passes through
 * `redactSecrets` (the logger's output stream and the LakeError constructor are the two choke points).
 *
 * Two layers, because neither is enough alone:
 * - patterns for the shapes secrets take in text: a URL's `user:password@`, libpq's `password=…`,
 *   `token=`/`signature=`-style query parameters, `"password": "…"`-style fields, `Bearer …`;
 * - the literal values the config holds in secret places (`registerConfigSecrets`): passwords of
 *   connection strings and URLs, HTTP header values, anything under a key named like a secret. These
 *   catch a secret echoed in a shape no pattern knows (a driver quoting its connection parameters).
 *
 * This module imports nothing, so the error base can use it without a cycle.
 */

export const REDACTED = '***';

/** Key names whose values are secrets (matched on the whole key, case-insensitively, with any prefix like `aws_`). */
const SECRET_KEY = String.raw`(?:[A-Za-z0-9]+[_-])*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?access[_-]?key|private[_-]?key|client[_-]?secret|session[_-]?token|credentials?)`;

const PATTERNS: Array<[RegExp, string]> = [
  // scheme://user:password@host (postgres, http, s3 endpoints...)
  [/([a-z][a-z0-9+.-]*:\/\/[^:/@\s"'`]*:)[^@\s"'`]+@/gi, `$1${REDACTED}@`],
  // Query parameters that carry credentials (presigned URLs, API keys in URLs).
  [
    /([?&](?:token|access_token|api_key|apikey|key|secret|password|sig|signature|auth|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&\s#"'`\\]+/gi,
    `$1${REDACTED}`,
  ],
  // key=value and "key": "value" (libpq keyword strings, JSON, YAML, env dumps): quoted values whole,
  // then bare ones, also inside a JSON string (\"password\": \"…\"). A bare value stops at a backslash:
  // in a JSON line that starts an escape, and eating it would break the line.
  [new RegExp(String.raw`(\b${SECRET_KEY}["']?\s*[:=]\s*)"(?:[^"\\]|\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  [new RegExp(String.raw`(\b${SECRET_KEY}["']?\s*[:=]\s*)'(?:[^'\\]|\\.)*'`, 'gi'), `$1'${REDACTED}'`],
  [new RegExp(String.raw`(\b${SECRET_KEY}\\?["']?\s*[:=]\s*\\?["']?)(?!\*\*\*)[^"'\s,;&}\\]+`, 'gi'), `$1${REDACTED}`],
  // Authorization header values.
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/-]{8,}=*/g, `$1 ${REDACTED}`],
];

/** Literal secret values registered from config, longest first so a secret containing another is replaced whole. */
let literals: string[] = [];

/** Values shorter than this are not registered: replacing "1" or "on" everywhere would garble every line. */
const MIN_LITERAL_LENGTH = 4;

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_LITERAL_LENGTH || value === REDACTED) return;
  const forms = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
  let changed = false;
  for (const form of forms) {
    if (!literals.includes(form)) {
      literals.push(form);
      changed = true;
    }
  }
  if (changed) literals.sort((a, b) => b.length - a.length);
}

/** Forgets registered literals (tests). */
export function clearRegisteredSecrets(): void {
  literals = [];
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of literals) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const SECRET_KEY_WHOLE = new RegExp(`^${SECRET_KEY}$`, 'i');
/** Header names whose values are credentials. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|x-auth-token|api-key)$/i;

/** The password inside a connection string or URL, in either libpq form. */
export function passwordOf(connection: string): string | undefined {
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/i.exec(connection);
  if (url) {
    try {
      return decodeURIComponent(url[1]);
    } catch {
      return url[1];
    }
  }
  const keyword = /(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/i.exec(connection);
  if (keyword) return keyword[1].startsWith("'") ? keyword[1].slice(1, -1).replace(/\\(.)/g, '$1') : keyword[1];
  return undefined;
}

/**
 * Registers every secret a validated config holds: passwords in any string that is a connection string
 * or URL, values of credential headers, and values under secret-named keys (wherever they are).
 */
export function registerConfigSecrets(config: unknown): void {
  const walk = (value: unknown, key: string, parentKey: string): void => {
    if (typeof value === 'string') {
      const password = passwordOf(value);
      if (password) registerSecret(password);
      if (SECRET_KEY_WHOLE.test(key)) registerSecret(value);
      if (parentKey === 'headers' && SECRET_HEADER.test(key)) {
        registerSecret(value);
        const token = /^\s*\S+\s+(\S+)\s*$/.exec(value)?.[1];
        registerSecret(token);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key, parentKey);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, key);
    }
  };
  walk(config, '', '');
}
