import type { Article } from '../extract.js';

/**
 * A tiny article analysed when an analyser or a worker starts, so that the tagger's model and the
 * word lists are loaded before the first real article, whose time limit then measures only its
 * own analysis.
 */
export const WARM_UP_ARTICLE: Article = {
  text: 'Officials said on Friday that 2,000 people had left.',
  id: 'warm-up',
  title: null,
  url: null,
  publishedAt: null,
  source: { path: null, format: 'text', sha256: null, record: null },
};
