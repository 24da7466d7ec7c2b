/**
 * Observability's public surface: typed pipeline events, the logger, Prometheus metrics and the HTTP
 * endpoint that serves them. `startObservability` wires them for the daemon: metrics subscribe to the
 * event bus (batch and CDC events alike), the collector starts, and the endpoint
 * listens on `observability.metrics.host:port`.
 */
import os from 'node:os';
import type { Logger } from 'pino';
import { isCdcSource, type LakeConfig } from '../config/index.ts';
import { healthProbeKey, type LakeStorage } from '../storage/index.ts';
import type { Clock } from './collector.ts';
import type { EventBus } from '../events/index.ts';
import { startMetricsServer, type MetricsServer, type MetricsServerOptions, type ReadinessCheck } from './http.ts';
import { LakeMetrics } from './metrics.ts';

export { EventBus, type PipelineEvent, type PipelineEvents } from '../events/index.ts';
export { createLogger, componentLogger, type Logger, type LoggerOptions } from './log.ts';
export { redactSecrets, registerSecret, registerConfigSecrets } from '../errors/index.ts';
export { LakeMetrics } from './metrics.ts';
export { LakeStateCollector } from './collector.ts';
export { startMetricsServer, type MetricsServer, type ReadinessCheck } from './http.ts';

/** A failed write probe is remembered this long, so a scraper hammering /readyz does not hammer storage. */
const WRITE_PROBE_CACHE_MS = 5_000;

export interface Observability {
  metrics: LakeMetrics;
  server: MetricsServer;
  close(): Promise<void>;
}

export interface ObservedRuntime {
  config: LakeConfig;
  storage: LakeStorage;
  events: EventBus;
}

export async function startObservability(
  runtime: ObservedRuntime,
  options: { log?: Logger; clock?: Clock; routes?: MetricsServerOptions['routes'] } = {},
): Promise<Observability> {
  const settings = runtime.config.observability.metrics;
  const log = options.log?.child({ component: 'metrics' });
  const metrics = new LakeMetrics({ config: runtime.config, storage: runtime.storage, ...(options.clock ? { clock: options.clock } : {}), ...(log ? { log } : {}) });
  const detach = metrics.attach(runtime.events);
  metrics.start(settings.collect_interval_ms, runtime.storage);
  const cdcSources = Object.entries(runtime.config.sources).filter(([, s]) => isCdcSource(s)).map(([name]) => name);
  const probeKey = healthProbeKey(os.hostname(), process.pid);
  let probe: { at: number; check: ReadinessCheck } | undefined;

  const lakeWritable = async (): Promise<ReadinessCheck> => {
    if (probe && Date.now() - probe.at < WRITE_PROBE_CACHE_MS) return probe.check;
    let check: ReadinessCheck;
    try {
      await runtime.storage.writeText(probeKey, new Date().toISOString());
      await runtime.storage.delete(probeKey);
      check = { name: 'lake-writable', ok: true, detail: runtime.storage.location };
    } catch (error) {
      check = { name: 'lake-writable', ok: false, detail: (error as Error).message };
    }
    probe = { at: Date.now(), check };
    return check;
  };

  let server: MetricsServer;
  try {
    server = await startMetricsServer({
      host: settings.host,
      port: settings.port,
      registry: metrics.registry,
      ...(options.routes ? { routes: options.routes } : {}),
      readiness: async () => [
        await lakeWritable(),
        ...cdcSources.map((source): ReadinessCheck => {
          const streaming = metrics.cdcStreaming.get(source);
          return { name: `cdc:${source}`, ok: streaming === true, detail: streaming === undefined ? 'not streaming yet (starting or snapshotting)' : streaming ? 'streaming' : 'not streaming (reconnecting or failed)' };
        }),
      ],
    });
  } catch (error) {
    detach();
    await metrics.close();
    throw error;
  }
  log?.info({ url: server.url }, 'serving /metrics, /healthz and /readyz');
  return {
    metrics,
    server,
    async close() {
      detach();
      await server.close();
      await metrics.close();
    },
  };
}
