import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { analyzeArticle, ArticleTimeoutError, type Article } from '../extract.js';
import { buildLexicons, type LexiconExtras } from '../lexicons.js';
import { renderDocument, type RenderedDocument, type RenderSpec } from '../formats/render.js';
import type { Document } from '../schema/index.js';
import { WARM_UP_ARTICLE } from './warm-up.js';
import type { WorkerReply, WorkerTask } from './worker.js';

/**
 * What the batch needs from an analyser: one article in, its document out (`T` = Document), or
 * its output texts (`T` = RenderedDocument) when the analyser was given a {@link RenderSpec}.
 */
export interface Analyzer<T = Document> {
  /** Analyse an article; rejects with {@link ArticleTimeoutError} past the time limit. */
  analyze(article: Article): Promise<T>;
  /** Stop the workers, if any. */
  close(): Promise<void>;
}

/** How to analyse: reference date, word lists, and the time limit per article. */
export interface AnalyzerSettings {
  readonly referenceDate: string | null;
  readonly lexicon: LexiconExtras;
  /** Milliseconds an article may take before it fails with a timeout. */
  readonly timeLimitMs: number;
}

/**
 * Analysis in this thread (`--jobs 1`): no worker to start, and the time limit is checked between
 * pipeline stages (a stage that never returns cannot be stopped here; the pool can stop it).
 */
export function inProcessAnalyzer(settings: AnalyzerSettings): Analyzer;
export function inProcessAnalyzer(settings: AnalyzerSettings, render: RenderSpec): Analyzer<RenderedDocument>;
export function inProcessAnalyzer(settings: AnalyzerSettings, render: RenderSpec | null = null): Analyzer<Document | RenderedDocument> {
  const lexicons = buildLexicons(settings.lexicon);
  // Load the tagger's model now, as a worker does when it starts, so that the first article's
  // time limit measures its own analysis.
  analyzeArticle(WARM_UP_ARTICLE, { referenceDate: null, lexicons });
  return {
    analyze: (article) => {
      try {
        const doc = analyzeArticle(article, { referenceDate: settings.referenceDate, lexicons, deadline: { at: performance.now() + settings.timeLimitMs, limitMs: settings.timeLimitMs } });
        return Promise.resolve(render ? renderDocument(doc, render) : doc);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    close: () => Promise.resolve(),
  };
}

/** The compiled worker module (tests run the TypeScript sources, the worker always runs from dist). */
function workerFile(): string {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL('../../dist/batch/worker.js', here) : new URL('./worker.js', here);
  return fileURLToPath(url);
}

/**
 * Analysis on a pool of worker threads (piscina). The worker checks an article's time limit
 * between stages, from when it starts the article; a stage that never returns is stopped from
 * here, past twice the limit and a second (the article may first wait for a free worker):
 * piscina terminates that worker and starts a fresh one, and the article fails alone.
 *
 * With a {@link RenderSpec}, the worker also renders the document's output texts and sends only
 * those: this thread then has nothing to decode or serialise, and keeps up with more workers.
 */
export function poolAnalyzer(settings: AnalyzerSettings, threads: number): Analyzer;
export function poolAnalyzer(settings: AnalyzerSettings, threads: number, render: RenderSpec): Analyzer<RenderedDocument>;
export function poolAnalyzer(settings: AnalyzerSettings, threads: number, render: RenderSpec | null = null): Analyzer<Document | RenderedDocument> {
  let pool: Piscina | null = null;
  let ready: Promise<unknown> = Promise.resolve();
  // One empty task: resolves once a thread has started and warmed up.
  const warmUp = (): Promise<unknown> => pool!.run(null);
  // The threads start with the first article, so that a run with nothing to analyse starts none.
  const start = (): void => {
    // A small young generation: each thread's short-lived garbage (tokens, drafts) is collected
    // sooner, which keeps the pool's peak memory about 15% lower at no measured cost in speed.
    pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: Infinity, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    ready = Promise.all(Array.from({ length: threads }, warmUp));
    ready.catch(() => undefined);
  };
  // At most two tasks per thread are handed to the pool: enough to keep every thread busy while
  // results travel back, few enough that a task waits for a worker at most one article's time.
  const slots = new PQueue({ concurrency: threads * 2 });
  return {
    analyze: (article) =>
      slots.add(async () => {
        if (!pool) start();
        await ready;
        const task: WorkerTask = { article, referenceDate: settings.referenceDate, lexicon: settings.lexicon, timeLimitMs: settings.timeLimitMs, render };
        const signal = AbortSignal.timeout(settings.timeLimitMs * 2 + 1000);
        let reply: WorkerReply;
        try {
          reply = (await pool!.run(task, { signal })) as WorkerReply;
        } catch (error) {
          if (!signal.aborted) throw error;
          // The stopped thread is replaced; wait until a thread is ready again before the next task.
          await warmUp();
          throw new ArticleTimeoutError(settings.timeLimitMs);
        }
        if ('timedOut' in reply) throw new ArticleTimeoutError(settings.timeLimitMs);
        if ('rendered' in reply) return reply.rendered;
        // The worker sends the document as JSON text (see worker.ts); it is the same document.
        return JSON.parse(reply.json) as Document;
      }) as Promise<Document | RenderedDocument>,
    close: async () => {
      if (pool) await pool.destroy();
    },
  };
}
