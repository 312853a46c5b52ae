/**
 * The health endpoint for an orchestrator: `GET /healthz` answers 200 `ready`
 * when the bot can answer (the coverage loaded and the gateway READY), 503
 * with what it is waiting for otherwise; `GET /metrics` the Prometheus
 * metrics. Plain node:http, on HEALTH_HOST (127.0.0.1 unless set) and HEALTH_PORT.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.js';
import type { BotMetrics } from './metrics.js';

/** Null when ready; otherwise what the bot is still waiting for (or that it is stopping). */
export type Readiness = () => string | null;

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(options: { port: number; host: string; readiness: Readiness; log: Logger; metrics?: BotMetrics | null }): Promise<HealthServer> {
  const { readiness, log, metrics } = options;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics' && metrics) {
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          log.error({ err: error }, 'could not collect the metrics');
          response.writeHead(500).end();
        },
      );
      return;
    }
    if (path !== '/healthz') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const waiting = readiness();
    response.writeHead(waiting === null ? 200 : 503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    response.end(waiting === null ? 'ready\n' : `not ready: ${waiting}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  log.info({ host: options.host, port }, `health endpoint on http://${options.host}:${port}/healthz`);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
