/**
 * The benchmark's pool run, in a process of its own: it receives the articles and the number of
 * threads from its parent, times claimkit on the worker pool, and answers with the seconds and
 * its own peak RSS (main thread and workers), untouched by the parent's one-thread measurement.
 */
import type { BenchArticle } from './corpus.js';
import { poolSeconds } from './pool.js';

/** What the parent sends. */
export interface PoolRequest {
  readonly articles: readonly BenchArticle[];
  readonly threads: number;
}

/** What the child answers. */
export interface PoolReply {
  readonly seconds: number;
  readonly peakRssMb: number;
}

process.once('message', (request: PoolRequest) => {
  poolSeconds(request.articles, request.threads).then(
    (seconds) => {
      const reply: PoolReply = { seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
      process.send!(reply, () => process.exit(0));
    },
    (error: unknown) => {
      process.stderr.write(`pool run failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
});
