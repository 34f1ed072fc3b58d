/**
 * The worker-thread side of the batch pool: analyses one article per task. Word lists are built
 * once per worker (and per set of caller extras).
 */
import { analyzeArticle, ArticleTimeoutError, type Article } from '../extract.js';
import { renderDocument, type RenderedDocument, type RenderSpec } from '../formats/render.js';
import { buildLexicons, type LexiconExtras, type Lexicons } from '../lexicons.js';
import { WARM_UP_ARTICLE } from './warm-up.js';

/** One task: an article and how to analyse it. */
export interface WorkerTask {
  readonly article: Article;
  readonly referenceDate: string | null;
  readonly lexicon: LexiconExtras;
  /** Milliseconds the analysis may take, counted from when this worker starts it. */
  readonly timeLimitMs: number;
  /** The output texts to render here and send instead of the document, or null to send the document. */
  readonly render: RenderSpec | null;
}

/** What the worker answers: the document as JSON text, its rendered output texts, or that the time limit was reached. */
export type WorkerReply = { readonly json: string } | { readonly rendered: RenderedDocument } | { readonly timedOut: true };

let cached: { key: string; lexicons: Lexicons } | null = null;

// Warm up when the thread starts (the tagger's model, the word lists), so that an article's time
// limit measures its own analysis, not the worker's start.
cached = { key: JSON.stringify({}), lexicons: buildLexicons({}) };
analyzeArticle(WARM_UP_ARTICLE, { referenceDate: null, lexicons: cached.lexicons });

/**
 * Analyse one article in this worker (`null`: a warm-up call, answered once the worker is ready).
 * The document comes back as JSON text: a string crosses to the main thread at almost no cost,
 * where a structured clone of the document would keep the main thread busy decoding it before it
 * can hand this worker its next article (measured: about 13% more throughput per worker). With a
 * render spec, only the output texts come back, and the main thread does not even parse. The
 * time limit is checked here between stages, from the moment this worker starts the article, so
 * that time spent waiting for a free worker does not count against it.
 */
export default function analyse(task: WorkerTask | null): WorkerReply | null {
  if (task === null) return null;
  const key = JSON.stringify(task.lexicon);
  if (!cached || cached.key !== key) cached = { key, lexicons: buildLexicons(task.lexicon) };
  const deadline = { at: performance.now() + task.timeLimitMs, limitMs: task.timeLimitMs };
  try {
    const doc = analyzeArticle(task.article, { referenceDate: task.referenceDate, lexicons: cached.lexicons, deadline });
    return task.render ? { rendered: renderDocument(doc, task.render) } : { json: JSON.stringify(doc) };
  } catch (error) {
    if (error instanceof ArticleTimeoutError) return { timedOut: true };
    throw error;
  }
}
