import type { BotMetrics } from '../../health/metrics.js';
import type { Logger } from '../../logging/logger.js';
import type { Coverage } from '../../retrieval/coverage.js';
import type { PageRequestMemory } from '../interactions/page-id.js';
import type { RateLimiter } from '../rate-limit.js';

/** What every interaction handler gets. */
export interface BotContext {
  coverage: Coverage;
  log: Logger;
  rateLimiter: RateLimiter | null;
  /** Answers over a corpus this large are deferred first: they may take longer than Discord's 3 s. */
  deferAboveArticles: number;
  /** The requests of page buttons whose custom_id could not hold them. */
  pageRequests: PageRequestMemory;
  /** Counters for `/metrics`; null when HEALTH_PORT is not set. */
  metrics: BotMetrics | null;
  /** Whether the corpus is watched (CORPUS_WATCH): a coverage an ingest changed is then followed by a new one, worth waiting for. */
  followed?: boolean;
}
