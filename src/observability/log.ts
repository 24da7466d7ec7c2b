/**
 * The daemon's logger: pino, one JSON object per line by default, readable lines (pino-pretty) on a
 * terminal. Components log through child loggers carrying their bindings (`component`, `source`,
 * `table`, `partition`, `run_id`), so every line says where it comes from without repeating it.
 *
 * Every line passes through `redactSecrets` on its way out, whatever logged it and however the secret
 * got into it (a message, a binding, a serialised error's message or stack). Writes are synchronous, so
 * the last lines before an exit are never lost.
 *
 * The level and format come from `observability.log` in config; `LAKE_LOG_LEVEL` and `LAKE_LOG_FORMAT`
 * override them.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactSecrets } from '../errors/index.ts';

export type { Logger } from 'pino';

/** `auto`: readable when stdout is a terminal, JSON otherwise (files, pipes, log collectors). */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LoggerOptions {
  level?: string;
  format?: LogFormat;
  /** A file descriptor (default 1, stdout) or any stream-like object with write(). */
  destination?: number | { write(chunk: string): unknown };
  env?: NodeJS.ProcessEnv;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const env = options.env ?? process.env;
  const level = env.LAKE_LOG_LEVEL || options.level || 'info';
  const dest = options.destination ?? 1;
  const requested = (env.LAKE_LOG_FORMAT as LogFormat | undefined) || options.format || 'auto';
  const isTty = typeof dest === 'number' ? Boolean(process.stdout.isTTY && dest === 1) : false;
  const readable = requested === 'pretty' || (requested === 'auto' && isTty);

  const target: { write(chunk: string): unknown } = typeof dest === 'number' ? pino.destination({ dest, sync: true }) : dest;
  const prettify = readable ? pretty.prettyFactory({ colorize: isTty, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,name' }) : undefined;
  const redacting: DestinationStream = {
    write: (line: string) => {
      const safe = redactSecrets(line);
      target.write(prettify ? prettify(safe) : safe);
    },
  };
  return pino(
    {
      name: 'lake',
      level,
      timestamp: readable ? pino.stdTimeFunctions.epochTime : pino.stdTimeFunctions.isoTime,
      // JSON carries the level's name ("level":"warn"), which log search tools read without a lookup
      // table; pino-pretty wants the number.
      ...(readable ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
    },
    redacting,
  );
}

/** A component's logger: every line carries `component` and the bindings (source, table, run_id...). */
export function componentLogger(root: Logger, component: string, bindings: Record<string, unknown> = {}): Logger {
  return root.child({ component, ...bindings });
}
