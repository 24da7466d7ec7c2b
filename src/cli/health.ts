/**
 * `lake health`: asks the daemon this config describes whether it is alive, at the /healthz of its
 * configured metrics port. The Docker image's HEALTHCHECK runs it, so the check follows
 * `observability.metrics` wherever the config puts it instead of a port written into the image.
 */
import type { LakeConfig } from '../config/index.ts';

/** Where a client on this host reaches a server listening on `host` (a wildcard address is reached on loopback). */
export function healthUrl(metrics: LakeConfig['observability']['metrics']): string {
  const host = metrics.host === '0.0.0.0' || metrics.host === '' ? '127.0.0.1' : metrics.host === '::' ? '[::1]' : metrics.host.includes(':') ? `[${metrics.host}]` : metrics.host;
  return `http://${host}:${metrics.port}/healthz`;
}

export async function checkHealth(url: string, timeoutMs: number): Promise<{ ok: boolean; line: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.text()).trim().split('\n')[0].slice(0, 200);
    return { ok: response.ok, line: `${url}: ${response.status}${body ? ` ${body}` : ''}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { ok: false, line: `${url}: no answer (${cause}); is \`lake run\` running with this config?` };
  }
}
