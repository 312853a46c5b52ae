/**
 * Prometheus metrics (prom-client), served at `/metrics` next to `/healthz`:
 * commands answered and their latency by command, errors by kind, gateway
 * reconnects, and the size of the coverage. One registry per process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface BotMetrics {
  registry: Registry;
  commandsAnswered: Counter<'command'>;
  answerSeconds: Histogram<'command'>;
  errors: Counter<'kind'>;
  gatewayReconnects: Counter;
  corpusArticles: Gauge;
  corpusStatements: Gauge;
}

export function createMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'quotewire_' });
  const registers = [registry];
  const errors = new Counter({ name: 'quotewire_errors_total', help: 'Interactions that failed or could not be read, by kind.', labelNames: ['kind'], registers });
  for (const kind of ['interaction', 'malformed']) errors.inc({ kind }, 0); // listed at 0 from the start
  return {
    registry,
    commandsAnswered: new Counter({ name: 'quotewire_commands_answered_total', help: 'Slash commands answered, by command.', labelNames: ['command'], registers }),
    answerSeconds: new Histogram({
      name: 'quotewire_answer_seconds',
      help: 'From the interaction being created to the reply sent, by command.',
      labelNames: ['command'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    }),
    errors,
    gatewayReconnects: new Counter({ name: 'quotewire_gateway_reconnects_total', help: 'Gateway connections lost and reconnected or resumed.', registers }),
    corpusArticles: new Gauge({ name: 'quotewire_corpus_articles', help: 'Articles in the loaded coverage.', registers }),
    corpusStatements: new Gauge({ name: 'quotewire_corpus_statements', help: 'Statements (clustered) in the loaded coverage.', registers }),
  };
}
