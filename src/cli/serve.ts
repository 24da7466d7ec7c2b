/**
 * The daemon as a process: logs, metrics endpoint, schedules, CDC, and a graceful shutdown on SIGTERM or
 * SIGINT within `daemon.shutdown_grace_ms`. Shared by `lake run` and `lake demo`.
 */
import { isCdcSource } from '../config/index.ts';
import { Daemon, startCdcService, type Clock, type LakeRuntime } from '../orchestrator/index.ts';
import { createLogger, logEvents } from '../observability/logger.ts';
import { startObservability, type Observability } from '../observability/index.ts';
import { createConsole, type LakeConsole } from '../console/index.ts';

const EXIT_FAILURE = 1;

export interface ServeOptions {
  clock: Clock;
  /** Called once the daemon runs (schedules set, CDC started): the demo prints its banner then. */
  onStarted?: (observability: Observability, console: LakeConsole | undefined) => void | Promise<void>;
  /** Called on shutdown, before the process exits (the demo stops its Postgres and workload). */
  onStopped?: () => Promise<void>;
}

export async function serveDaemon(runtime: LakeRuntime, options: ServeOptions): Promise<never> {
  const { clock } = options;
  const logger = createLogger(runtime.config.observability.log);
  logEvents(runtime.events, logger);
  let observability: Observability;
  let lakeConsole: LakeConsole | undefined;
  try {
    lakeConsole = createConsole(runtime, { clock, log: logger });
    observability = await startObservability(runtime, { log: logger, clock, ...(lakeConsole?.sharesMetricsPort ? { routes: lakeConsole.routes } : {}) });
  } catch (error) {
    await lakeConsole?.close();
    await runtime.close();
    throw error;
  }
  try {
    await lakeConsole?.start({ metricsUrl: observability.server.url, cdcStats: () => observability.metrics.collector.cdcSources() });
  } catch (error) {
    await lakeConsole?.close();
    await observability.close();
    await runtime.close();
    throw error;
  }
  const daemon = new Daemon(runtime, {
    clock,
    // Its events reach the logs, the metrics and the console through the runtime's bus, like the batch jobs'.
    services: Object.values(runtime.config.sources).some((s) => isCdcSource(s)) ? [{ name: 'cdc', start: () => startCdcService(runtime) }] : [],
    cronLogger: {
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(String(m)),
      debug: (m) => logger.debug(String(m)),
    },
  });
  const graceMs = runtime.config.daemon.shutdown_grace_ms;
  let backstop: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    void daemon.shutdown(signal);
    // Backfills started from the console stop taking work now, like the daemon's own jobs.
    void lakeConsole?.close(graceMs * 0.8);
    // The backstop: whatever still runs when the grace period is over, the process exits on time
    // (publishing is atomic, so no partition is left half written).
    backstop ??= setTimeout(() => {
      logger.error({ grace_ms: graceMs }, 'shutdown grace period is over; exiting now');
      process.exit(EXIT_FAILURE);
    }, graceMs).unref();
  };
  // Installed before start: a signal at any instant is a graceful shutdown, never the default kill.
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    await daemon.start();
    await options.onStarted?.(observability, lakeConsole);
  } catch (error) {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await lakeConsole?.close();
    await observability.close();
    await runtime.close();
    await options.onStopped?.();
    throw error;
  }
  await daemon.stopped;
  // Console actions (backfills it started) stop taking work and get part of the grace period.
  await lakeConsole?.close(graceMs / 2);
  await observability.close();
  await runtime.close();
  await options.onStopped?.();
  // Idle keep-alive sockets and the like must not hold the process past its grace period.
  process.exit(0);
}
